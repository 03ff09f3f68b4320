"""Workbooks are read within limits (issue 14, case 4): the unpacked size is checked from the zip's
directory before anything is read, rows, cells and cell length while the rows stream, and a
password-protected workbook is named as such — each a clear message, nothing imported."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from gcomdesk.exchange import xlsx_sheet as tabular
from gcomdesk.exchange.tabular import ImportFileError, read_table


def workbook(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def refused(path, key):
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert err.value.message.key == key
    return err.value


def test_a_workbook_too_large_once_unpacked_is_refused_before_reading(tmp_path, monkeypatch):
    path = workbook(tmp_path / "big.xlsx", [["연도", "GPC코드"], [2022, "I.1.1"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:  # whitespace padding: tiny zipped
        archive.writestr("xl/padding.xml", " " * 3_000_000)
    assert path.stat().st_size < 200_000
    monkeypatch.setattr(tabular, "XLSX_MAX_UNCOMPRESSED", 2 * 2**20)
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("read before the size check"))
    err = refused(path, "import.xlsx.too_large")
    assert "split" in err.render("en") and "나누" in err.render("ko")


def test_too_many_rows_or_cells_stop_the_reading_with_a_message(tmp_path, monkeypatch):
    path = workbook(tmp_path / "rows.xlsx", [["a", "b", "c"]] + [[i, i, i] for i in range(30)])
    monkeypatch.setattr(tabular, "XLSX_MAX_ROWS", 10)
    assert "10" in refused(path, "import.xlsx.too_many_rows").render("en")
    monkeypatch.setattr(tabular, "XLSX_MAX_ROWS", 1000)
    monkeypatch.setattr(tabular, "XLSX_MAX_CELLS", 50)
    refused(path, "import.xlsx.too_many_cells")


def test_a_cell_too_long_is_refused_naming_the_row(tmp_path, monkeypatch):
    path = workbook(tmp_path / "long.xlsx", [["a", "b"], ["x", "y" * 500]])
    monkeypatch.setattr(tabular, "MAX_CELL", 100)
    assert "row 2" in refused(path, "import.xlsx.cell_too_long").render("en")


def test_a_password_protected_workbook_is_named_encrypted(tmp_path):
    path = tmp_path / "secret.xlsx"  # what Excel writes: a compound document holding an EncryptedPackage stream
    path.write_bytes(tabular.OLE_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024)
    err = refused(path, "import.file.encrypted")
    assert "password" in err.render("en") and "암호" in err.render("ko")
    old = tmp_path / "old.xlsx"  # an old .xls renamed: the same container without the encrypted stream
    old.write_bytes(tabular.OLE_MAGIC + b"\0" * 2048)
    refused(old, "import.file.xls")


def test_an_ordinary_workbook_still_reads(tmp_path):
    path = workbook(tmp_path / "ok.xlsx", [["연도", "GPC코드"], [2022, "I.1.1"]])
    assert read_table(path).header == ["연도", "GPC코드"]
