"""The shape every sheet shares: the header block, a table with typed columns, frozen header,
filter, column widths and print setup (landscape, fit to width, repeated header row). Every sheet
is written in openpyxl's write-only mode, so a workbook of any size is streamed to disk row by row."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from functools import lru_cache

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from gcomdesk.exchange.export.cells import FORMULA_TRIGGERS, clean_text, is_number, set_cell
from gcomdesk.exchange.export.stream import ColumnCell, StreamedSheet, new_sheet

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
FLAG_FILL = PatternFill("solid", fgColor="FFE699")  # a row that needs attention (prints as a mid grey)
OPTIONAL_FILL = PatternFill("solid", fgColor="FFF2CC")  # empty but not required at this reporting level
ESTIMATE_FILL = PatternFill("solid", fgColor="E4DFEC")  # a row holding a top-down estimate (lavender; prints light grey)
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


@lru_cache(maxsize=1024)  # the same texts (factor editions, sources, names) recur row after row
def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes in a wrapped cell `width` characters wide."""
    usable = max(width - 1.0, 1.0)
    return sum(max(1, math.ceil(text_width(part) / usable)) for part in text.split("\n"))


_NO_COLUMN = Column("")
_CLEANED_LIMIT = 20_000


def _is_empty(value) -> bool:
    """None, '' and NaN leave a table cell empty (an unstyled empty cell is not written at all)."""
    return value is None or value == "" or (type(value) is float and value != value)


def _print_text(text: str) -> str:
    return text.replace("&", "&&")[:200]  # '&' starts a header/footer code in Excel


class SheetWriter:
    """Writes one sheet of a write-only workbook top to bottom: header block, a table, `finish()`.

    openpyxl streams a write-only sheet to a temporary file as rows are appended, and fixes column
    widths, frozen panes and page fit with the first row. So rows are held until the table header
    is written (or until `finish()` for a sheet without a table); after that every row is written
    as soon as the next one starts. Only the newest row can still be shaded (`style_cells`)."""

    def __init__(self, wb: Workbook, title: str, header_lines: Sequence[str], print_header: str = "",
                 heading: str | None = None) -> None:
        self.ws: StreamedSheet = new_sheet(wb, valid_sheet_name(title, wb.sheetnames))
        self.title = self.ws.title
        self.row = 1
        self.columns: list[Column] = []
        self.header_row: int | None = None
        self._held: list[tuple[int, list, float | None]] = []  # (row, cells, height) not yet written
        self._streaming = False
        self._styles: dict[tuple, StyleArray] = {}  # (wrap, number format) -> the style of such a cell
        self._print_header = print_header
        self.line(heading or title, font=TITLE)
        for line in header_lines:
            self.line(line)
        self.row = len(header_lines) + 3  # one blank line before what follows

    def line(self, text: str, font: Font | None = None, fill: PatternFill | None = None) -> int:
        """Write one line of text in column A (it overflows to the right) and return its row."""
        cell = set_cell(WriteOnlyCell(self.ws), text)
        if font:
            cell.font = font
        if fill:
            cell.fill = fill
        return self._put([cell])

    def blank(self, count: int = 1) -> None:
        """Skip rows."""
        self.row += count

    def table_header(self, columns: Sequence[Column], freeze_columns: int = 1) -> int:
        """Write the column headers of the table, freeze the panes below them and `freeze_columns`
        to their right, and return their row. From here on rows are streamed."""
        self.columns = list(columns)
        self.header_row = self.row
        cells = []
        for col in self.columns:
            cell = set_cell(WriteOnlyCell(self.ws), col.header)
            cell.font, cell.fill = BOLD, HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cells.append(cell)
        lines = max([wrapped_lines(c.header, c.width) for c in self.columns] + [2])
        self.ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{self.header_row + 1}"
        self._put(cells, LINE_HEIGHT * min(lines, 4))
        self._start_streaming()
        return self.header_row

    def add_row(self, values: Sequence, font: Font | None = None, fill: PatternFill | None = None,
                border: Border | None = None, formats: dict[int, str] | None = None) -> int:
        """Write one table row (numbers as numbers, text made safe) and return its row number.

        A filled row (a section heading) is shaded across the whole table."""
        if fill is not None and len(values) < len(self.columns):
            values = [*values, *[None] * (len(self.columns) - len(values))]
        styled = font is not None or fill is not None or border is not None
        lines = 1
        cells = []
        columns = self.columns
        for j, value in enumerate(values):
            col = columns[j] if j < len(columns) else _NO_COLUMN
            if not styled and _is_empty(value):
                cells.append(None)  # an empty cell is not written at all
                continue
            if col.wrap and value and isinstance(value, str):
                lines = max(lines, wrapped_lines(value, col.width))
            fmt = formats.get(j, col.number_format) if formats else col.number_format
            cell = self._plain_cell(value, fmt, col.wrap)
            if font:
                cell.font = font
            if fill:
                cell.fill = fill
            if border:
                cell.border = border
            cells.append(cell)
        # openpyxl cannot autofit; without a height wrapped text spills over the next rows
        return self._put(cells, LINE_HEIGHT * min(lines, MAX_LINES) if lines > 1 else None)

    def add_rows(self, rows: Iterable[Sequence]) -> None:
        """Write the rows of a long table as they come, each as soon as it is made: one styled cell
        per column and kind of value is reused, so a row costs little more than its values. These
        rows cannot be shaded afterwards. Same values, formats and heights as `add_row`."""
        self._flush()
        ws, columns = self.ws, self.columns
        texts = [ColumnCell(ws, self._plain_cell("x", None, c.wrap)) for c in columns]
        numbers = [ColumnCell(ws, self._plain_cell(0.0, c.number_format, c.wrap)) for c in columns]
        widths = [c.width if c.wrap else 0.0 for c in columns]
        cleaned: dict[str, str] = {}  # the same texts recur row after row
        for values in rows:
            cells: list = []
            lines = 1
            for j, value in enumerate(values):
                kind = type(value)
                if kind is str:
                    if not value:
                        cells.append(None)
                        continue
                    text = cleaned.get(value)
                    if text is None:
                        if len(cleaned) >= _CLEANED_LIMIT:
                            cleaned.clear()
                        text = cleaned[value] = clean_text(value)
                    if text.startswith(FORMULA_TRIGGERS) or value.startswith(FORMULA_TRIGGERS):
                        cells.append(self._plain_cell(value, None, columns[j].wrap))  # quote-prefixed
                    else:
                        cells.append(texts[j].put(text, "s"))
                    if widths[j]:
                        lines = max(lines, wrapped_lines(value, widths[j]))
                elif value is None or (kind is float and value != value):  # empty, or NaN
                    cells.append(None)
                elif (kind is float or kind is int) and is_number(value):
                    cells.append(numbers[j].put(value, "n"))
                else:
                    cells.append(self._plain_cell(value, columns[j].number_format, columns[j].wrap))
            self._write(self.row, cells, LINE_HEIGHT * min(lines, MAX_LINES) if lines > 1 else None)
            self.row += 1

    def _plain_cell(self, value, fmt: str | None, wrap: bool) -> WriteOnlyCell:
        """A cell holding `value` with the column's alignment and number format. Styling a cell the
        usual way hashes every style object; the style of the first such cell is reused instead."""
        key = (wrap, fmt if is_number(value) else None)
        cell = WriteOnlyCell(self.ws)
        cached = self._styles.get(key)
        if cached is not None:
            cell._style = copy(cached)  # openpyxl's style-array indexes, valid within this workbook
            return set_cell(cell, value)
        set_cell(cell, value, fmt)
        cell.alignment = WRAP if wrap else TOP
        if not cell.quotePrefix:
            self._styles[key] = copy(cell._style)
        return cell

    def style_cells(self, row: int, columns: Sequence[int], fill: PatternFill | None = None,
                    alignment: Alignment | None = None) -> None:
        """Shade or align some cells (0-based column indexes) of a row not yet written: the newest
        row, or any row before the table header."""
        cells = next((cells for held_row, cells, _height in self._held if held_row == row), None)
        if cells is None:
            raise ValueError(f"row {row} of {self.title!r} is already written")
        for j in columns:
            cells.extend([None] * (j + 1 - len(cells)))
            cell = cells[j] or set_cell(WriteOnlyCell(self.ws), None)
            if fill is not None:
                cell.fill = fill
            if alignment is not None:
                cell.alignment = alignment
            cells[j] = cell

    def fill_cells(self, row: int, columns: Sequence[int], fill: PatternFill) -> None:
        """Shade some cells of the newest row (0-based column indexes)."""
        self.style_cells(row, columns, fill=fill)

    def _put(self, cells: list, height: float | None = None) -> int:
        """Hold a row at self.row; when streaming, write the one before it. Returns its row number."""
        self._held.append((self.row, cells, height))
        self.row += 1
        if self._streaming and len(self._held) > 1:
            self._write(*self._held.pop(0))
        return self.row - 1

    def _flush(self) -> None:
        """Write every held row."""
        if not self._streaming:
            self._start_streaming()
        while self._held:
            self._write(*self._held.pop(0))

    def _start_streaming(self) -> None:
        """Fix what openpyxl writes before the first row (widths, page fit), then write the held rows
        except the newest."""
        for j, col in enumerate(self.columns, start=1):
            self.ws.column_dimensions[get_column_letter(j)].width = col.width
        self.ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        self._streaming = True
        while len(self._held) > 1:
            self._write(*self._held.pop(0))

    def _write(self, row: int, cells: list, height: float | None) -> None:
        ws = self.ws
        while ws.rows_written < row - 1:  # blank rows between
            ws.append_row(())
        ws.append_row(cells, height)

    def finish(self, last_table_row: int | None = None, autofilter: bool = True) -> None:
        """Write the held rows and set the filter and the print setup (landscape, fit to width,
        repeated header row)."""
        ws = self.ws
        self._flush()
        if self.header_row is not None:
            last = last_table_row or self.row - 1
            end = get_column_letter(max(len(self.columns), 1))
            if autofilter and last > self.header_row:
                ws.auto_filter.ref = f"A{self.header_row}:{end}{last}"
            ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_options.gridLines = False
        ws.oddHeader.left.text = _print_text(self._print_header)
        ws.oddHeader.right.text = _print_text(self.title)
        ws.oddFooter.center.text = "&P / &N"
