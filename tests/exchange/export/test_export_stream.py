"""Streaming: every sheet is written in openpyxl write-only mode. A long table reuses one styled
cell per column (exchange/export/stream.py relies on openpyxl 3.1's write-only row writer; these
tests fail if that changes), keeps the formats, heights and formula safety of `add_row`, and a
failed export leaves no temporary sheet file behind."""

from __future__ import annotations

import os

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.worksheet import _writer as openpyxl_writer

import gcomdesk.exchange.export.writer as writer_module
from gcomdesk.exchange.export import ExportOptions, export_inventory
from gcomdesk.exchange.export.cells import AMOUNT
from gcomdesk.exchange.export.layout import FLAG_FILL, LINE_HEIGHT, Column, SheetWriter, wrapped_lines
from gcomdesk.exchange.export.stream import new_sheet

ROWS = [
    [1.5, "plain", "a long text that wraps over several lines of a narrow column"],
    [None, "=HYPERLINK(\"http://x\")", ""],
    [float("nan"), "+1-2", "#N/A"],
    [3, "@SUM(A1)", "line one\r\nline two"],
]


def _table(path, write_rows):
    wb = Workbook(write_only=True)
    sheet = SheetWriter(wb, "Table", ["header line"])
    sheet.table_header([Column("number", 10, AMOUNT), Column("text", 12), Column("notes", 12, wrap=True)],
                       freeze_columns=1)
    write_rows(sheet)
    sheet.finish()
    wb.save(path)
    return openpyxl.load_workbook(path)["Table"]


def _cells(ws):
    return [[(c.value, c.number_format, c.quotePrefix, c.alignment.vertical, c.alignment.wrap_text) for c in row]
            for row in ws.iter_rows(min_row=4)]


def test_streamed_rows_read_back_like_rows_written_one_by_one(tmp_path):
    one_by_one = _table(tmp_path / "a.xlsx", lambda sheet: [sheet.add_row(row) for row in ROWS])
    streamed = _table(tmp_path / "b.xlsx", lambda sheet: sheet.add_rows(iter(ROWS)))
    assert _cells(streamed) == _cells(one_by_one)
    ws = streamed
    assert [ws.cell(r, 1).value for r in range(5, 9)] == [1.5, None, None, 3]
    assert ws.cell(5, 1).number_format == AMOUNT and ws.cell(5, 1).alignment.vertical == "top"
    for r in (6, 7, 8):  # formula-like text is text, shown and kept as text
        assert ws.cell(r, 2).data_type == "s" and ws.cell(r, 2).quotePrefix, r
    assert ws.cell(5, 2).quotePrefix is False
    assert ws.cell(7, 3).value == "#N/A" and ws.cell(7, 3).data_type == "s"  # not Excel's error value
    assert ws.cell(8, 3).value == "line one\nline two"
    assert ws.row_dimensions[5].height == LINE_HEIGHT * wrapped_lines(ROWS[0][2], 12)  # wrapped text: its height
    assert ws.row_dimensions[5].height > LINE_HEIGHT and ws.row_dimensions[6].height is None
    assert ws.freeze_panes == "B5" and ws.column_dimensions["C"].width == 12
    assert ws.auto_filter.ref == "A4:C8"


def test_only_the_newest_row_can_still_be_shaded(tmp_path):
    wb = Workbook(write_only=True)
    sheet = SheetWriter(wb, "Table", [])
    sheet.table_header([Column("a"), Column("b")])
    first = sheet.add_row(["x", None])
    newest = sheet.add_row(["y", None])
    with pytest.raises(ValueError):
        sheet.fill_cells(first, (0,), FLAG_FILL)
    sheet.fill_cells(newest, (0, 1), FLAG_FILL)
    sheet.finish()
    wb.save(tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "s.xlsx")["Table"]
    assert ws.cell(newest, 2).fill.fgColor.rgb.endswith(FLAG_FILL.fgColor.rgb[-6:])
    assert ws.cell(first, 1).fill.fgColor.rgb in (None, "00000000")


def test_a_streamed_sheet_needs_a_write_only_workbook():
    with pytest.raises(ValueError):
        new_sheet(Workbook(), "x")


def test_a_failed_export_removes_the_temporary_sheet_files(sample_input, tmp_path, monkeypatch):
    def broken_cover(*args, **kwargs):
        raise RuntimeError("disk trouble")

    made = []
    create = openpyxl_writer.create_temporary_file

    def recorded(*args, **kwargs):
        made.append(create(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(openpyxl_writer, "create_temporary_file", recorded)
    monkeypatch.setattr(writer_module, "write_cover_sheet", broken_cover)
    with pytest.raises(RuntimeError):
        export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    assert len(made) >= 8  # every sheet but the cover had streamed into its own temporary file
    assert [p for p in made if os.path.exists(p)] == []
    assert list(tmp_path.glob("*.xlsx")) == []
