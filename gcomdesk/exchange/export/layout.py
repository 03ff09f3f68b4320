"""The shape every sheet shares: the header block, a table with typed columns, frozen header,
filter, column widths and print setup (landscape, fit to width, repeated header row)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from gcomdesk.exchange.export.cells import is_number, set_cell

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
FLAG_FILL = PatternFill("solid", fgColor="FFE699")  # a row that needs attention (prints as a mid grey)
OPTIONAL_FILL = PatternFill("solid", fgColor="FFF2CC")  # empty but not required at this reporting level
NA_FILL = PatternFill("solid", fgColor="BFBFBF")  # a cell that does not apply (CRF/CDP)
FONT_NAME = "Calibri"  # the workbook default; Excel falls back to a Hangul font for Korean text
BOLD = Font(name=FONT_NAME, bold=True)
TITLE = Font(name=FONT_NAME, bold=True, size=14)
DRAFT = Font(name=FONT_NAME, bold=True, size=14, color="C00000")
LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_LINES = 27  # Excel's highest row is 409 points
THIN_TOP = Border(top=Side(style="thin"))
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def valid_sheet_name(name: str, taken: Sequence[str] = ()) -> str:
    """Return a sheet name Excel accepts: <= 31 characters, none of []:*?/\\, unique in `taken`."""
    name = _BAD_SHEET_CHARS.sub("-", name).strip().strip("'") or "Sheet"
    name = name[:31]
    lowered = {t.lower() for t in taken}
    base, n = name, 2
    while name.lower() in lowered or name.lower() == "history":  # 'History' is reserved by Excel
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    return name


@dataclass(frozen=True)
class Column:
    """A table column: its header (already in the export language), width and number format."""

    header: str
    width: float = 12
    number_format: str | None = None
    wrap: bool = False


def text_width(text: str) -> float:
    """Approximate width in Excel character units: Hangul and other wide characters count twice."""
    return sum(1.7 if ord(ch) > 0x2E7F else 1.0 for ch in text)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes in a wrapped cell `width` characters wide."""
    usable = max(width - 1.0, 1.0)
    return sum(max(1, math.ceil(text_width(part) / usable)) for part in text.split("\n"))


def _print_text(text: str) -> str:
    return text.replace("&", "&&")[:200]  # '&' starts a header/footer code in Excel


class SheetWriter:
    """Writes one sheet top to bottom: header block, then a table, then `finish()`."""

    def __init__(self, wb: Workbook, title: str, header_lines: Sequence[str], print_header: str = "") -> None:
        self.ws: Worksheet = wb.create_sheet(valid_sheet_name(title, wb.sheetnames))
        self.title = self.ws.title
        self.row = 1
        self.columns: list[Column] = []
        self.header_row: int | None = None
        self._styles: dict[tuple, object] = {}  # (wrap, number format) -> a cell style to copy
        self._print_header = print_header
        set_cell(self.ws.cell(1, 1), title).font = TITLE
        for i, line in enumerate(header_lines, start=2):
            set_cell(self.ws.cell(i, 1), line)
        self.row = len(header_lines) + 3  # one blank line before what follows

    def line(self, text: str, font: Font | None = None, fill: PatternFill | None = None) -> int:
        """Write one line of text in column A (it overflows to the right) and return its row."""
        cell = set_cell(self.ws.cell(self.row, 1), text)
        if font:
            cell.font = font
        if fill:
            cell.fill = fill
        self.row += 1
        return self.row - 1

    def blank(self, count: int = 1) -> None:
        """Skip rows."""
        self.row += count

    def table_header(self, columns: Sequence[Column]) -> int:
        """Write the column headers of the table and return their row."""
        self.columns = list(columns)
        self.header_row = self.row
        for j, col in enumerate(self.columns, start=1):
            cell = set_cell(self.ws.cell(self.row, j), col.header)
            cell.font, cell.fill = BOLD, HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        lines = max([wrapped_lines(c.header, c.width) for c in self.columns] + [2])
        self.ws.row_dimensions[self.row].height = LINE_HEIGHT * min(lines, 4)
        self.row += 1
        return self.header_row

    def add_row(self, values: Sequence, font: Font | None = None, fill: PatternFill | None = None,
                border: Border | None = None, formats: dict[int, str] | None = None) -> int:
        """Write one table row (numbers as numbers, text made safe) and return its row number.

        A filled row (a section heading) is shaded across the whole table."""
        if fill is not None and len(values) < len(self.columns):
            values = [*values, *[None] * (len(self.columns) - len(values))]
        lines = 1
        for j, value in enumerate(values, start=1):
            col = self.columns[j - 1] if j <= len(self.columns) else Column("")
            if col.wrap and isinstance(value, str) and value:
                lines = max(lines, wrapped_lines(value, col.width))
            fmt = (formats or {}).get(j - 1, col.number_format)
            cell = self._plain_cell(self.ws.cell(self.row, j), value, fmt, col.wrap)
            if font:
                cell.font = font
            if fill:
                cell.fill = fill
            if border:
                cell.border = border
        if lines > 1:  # openpyxl cannot autofit; without a height wrapped text spills over the next rows
            self.ws.row_dimensions[self.row].height = LINE_HEIGHT * min(lines, MAX_LINES)
        self.row += 1
        return self.row - 1

    def _plain_cell(self, cell, value, fmt: str | None, wrap: bool):
        """Write a value with the column's alignment and number format. Styling a cell the usual
        way hashes every style object; on large tables the style of the first such cell is reused."""
        key = (wrap, fmt if is_number(value) else None)
        cached = self._styles.get(key)
        if cached is not None:
            cell._style = copy(cached)  # openpyxl's style-array indexes, valid within this workbook
            return set_cell(cell, value)
        set_cell(cell, value, fmt)
        cell.alignment = WRAP if wrap else TOP
        if not cell.quotePrefix:
            self._styles[key] = copy(cell._style)
        return cell

    def fill_cells(self, row: int, columns: Sequence[int], fill: PatternFill) -> None:
        """Shade some cells of a row (0-based column indexes)."""
        for j in columns:
            self.ws.cell(row, j + 1).fill = fill

    def finish(self, last_table_row: int | None = None, freeze_columns: int = 1, autofilter: bool = True) -> None:
        """Set widths, freeze the header row, add the filter and the print setup."""
        ws = self.ws
        for j, col in enumerate(self.columns, start=1):
            ws.column_dimensions[get_column_letter(j)].width = col.width
        if self.header_row is not None:
            ws.freeze_panes = ws.cell(self.header_row + 1, freeze_columns + 1)
            last = last_table_row or self.row - 1
            end = get_column_letter(max(len(self.columns), 1))
            if autofilter and last > self.header_row:
                ws.auto_filter.ref = f"A{self.header_row}:{end}{last}"
            ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.oddHeader.left.text = _print_text(self._print_header)
        ws.oddHeader.right.text = _print_text(self.title)
        ws.oddFooter.center.text = "&P / &N"
