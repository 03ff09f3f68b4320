"""Cell safety: outside text that looks like a formula is stored as text in the workbook and made
inert in activity.csv; numbers stay numbers; characters XML cannot hold never break the file."""

from __future__ import annotations

import csv
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from gcomdesk.core.model import Record
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.export import ExportOptions, export_inventory, input_from_project
from gcomdesk.exchange.export.cells import clean_text, csv_text, is_formula_like, set_cell
from gcomdesk.samples import sample_profile
from gcomdesk.store.project import Project

DANGEROUS = ['=HYPERLINK("http://example.invalid","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
             "\tTAB first", "\rCR first", "=1+1"]


def test_formula_like_text_is_a_string_cell_with_quote_prefix():
    ws = Workbook().active
    for i, text in enumerate(DANGEROUS, start=1):
        cell = set_cell(ws.cell(i, 1), text)
        assert cell.data_type == "s" and cell.quotePrefix and cell.value == clean_text(text)


def test_numbers_stay_numbers_and_empty_stays_empty():
    ws = Workbook().active
    assert set_cell(ws.cell(1, 1), 12.5, "#,##0.0").data_type == "n"
    assert set_cell(ws.cell(2, 1), -3).value == -3
    assert set_cell(ws.cell(3, 1), float("nan")).value is None
    assert set_cell(ws.cell(4, 1), None).value is None
    assert set_cell(ws.cell(5, 1), "plain").quotePrefix is False


def test_csv_fields():
    assert csv_text("=1+1") == "'=1+1"
    assert csv_text("-x") == "'-x"
    assert csv_text("안전한 글") == "안전한 글"
    assert csv_text(-2.5) == "-2.5" and csv_text(3.0) == "3"
    assert csv_text(None) == "" and csv_text(float("nan")) == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_written_as_text_never_as_a_formula(text):
    cell = set_cell(Workbook().active.cell(1, 1), text)
    assert cell.data_type == "s"
    assert cell.value == clean_text(text)
    assert cell.quotePrefix == (is_formula_like(clean_text(text)) or is_formula_like(text))
    field = csv_text(text)
    assert not is_formula_like(field)


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory):
    """A small inventory whose sources and notes come from a hostile spreadsheet, exported."""
    folder = tmp_path_factory.mktemp("hostile")
    profile = sample_profile()
    with Project.create(folder / "hostile.gcdx", profile) as project:
        records = [Record("activity", "I.1.1", year=2022, activity="diesel", amount=100.0 + i, unit="kL",
                          data_source=text, notes=text, quality="M") for i, text in enumerate(DANGEROUS)]
        records.append(Record("notation", "I.4.1", year=2022, notation_key="NO", explanation="=EVIL()\x07bell"))
        project.add_records(records)
        data = input_from_project(project, load_reference())
    result = export_inventory(data, ExportOptions(folder / "out", lang="en", chart_formats=(), draft=True))  # mostly empty: errors
    return result


def test_hostile_sources_are_stored_as_text_in_the_workbook(hostile_export, sheet_table):
    wb = openpyxl.load_workbook(hostile_export.workbook)
    table = sheet_table(wb.worksheets[5], "en", "export.col.record_id")
    source, notes = table.col("export.col.data_source"), table.col("export.col.notes")
    stored = [table.value(r, source) for r in range(table.header_row + 1, table.header_row + 1 + len(DANGEROUS))]
    assert stored == [text.replace("\r", "\n") for text in DANGEROUS]  # XML keeps no carriage return
    for r in range(table.header_row + 1, table.header_row + 1 + len(DANGEROUS)):
        for c in (source, notes):
            assert table.ws.cell(r, c).data_type == "s"
            assert table.ws.cell(r, c).quotePrefix
    explanations = [c.value for row in wb.worksheets[1].iter_rows() for c in row if isinstance(c.value, str)]
    assert "=EVIL()bell" in explanations  # control character dropped, text kept, never a formula


def test_no_sheet_holds_a_formula(hostile_export):
    with zipfile.ZipFile(hostile_export.workbook) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_activity_csv_is_utf8_with_bom_and_inert(hostile_export):
    path = hostile_export.workbook.parent / "activity.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    source = header.index("Data source")
    sources = [row[source] for row in rows[1:1 + len(DANGEROUS)]]
    assert sources == ["'" + text for text in DANGEROUS]
    amount = header.index("Amount (as entered)")
    assert rows[1][amount] == "100"  # numbers are plain numbers


def test_sample_csv_keeps_hangul(exported):
    text = (exported["ko"].workbook.parent / "activity.csv").read_text(encoding="utf-8-sig")
    assert "도시가스사 용도별 공급량" in text and text.splitlines()[0].startswith("레코드,")
