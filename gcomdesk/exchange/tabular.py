"""Reading one table (a header row and data rows) from a CSV or XLSX file as officers receive them.

The tables departments send are not laid out for machines: a title block above the header
("2022년 용도별 전력 판매량", "단위: MWh"), a header over two rows with merged cells, totals rows
(합계, 소계) among the data. `read_grid` reads every row of the file as text (CSV: `csv_text`;
XLSX: `xlsx_sheet`, merged cells filled, hidden sheets skipped, formulas as their saved values);
`table_of` finds the header in it and returns the data rows:

- the header is the first row whose cells name at least two known columns (`known`: normalised
  column names the caller accepts) or, without such a row, the first row with two different
  non-blank cells (a title merged across the sheet is one value repeated). A chosen `header_row`
  overrides the search;
- a header cell merged across columns, with a second row under it, makes a two-row header whose
  titles join the two ("판매량 kWh");
- totals rows (합계, 소계, 총계, Total...) in the first columns are skipped and reported in `notes`;
- a formula saved without a value in a data row is an error naming the cell.

Every cell comes back as a stripped string with the row number a spreadsheet would show, so later
messages point at the cell the officer sees; the cells are one pandas table, so that the importer
checks whole columns at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from gcomdesk.core.errors import CellError, ImportRejected
from gcomdesk.core.messages import Message
from gcomdesk.core.reference_data import normalize_key
from gcomdesk.exchange.csv_text import ImportFileError, csv_rows
from gcomdesk.exchange.xlsx_sheet import read_sheet

__all__ = ["CSV_SUFFIXES", "XLSX_SUFFIXES", "Grid", "ImportFileError", "Table", "column_letter", "read_grid",
           "fold", "read_table", "table_of", "totals_label"]

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
HEADER_SEARCH_ROWS = 30  # a title block is a few lines; a header further down is chosen by hand
# The first cell of a totals row, spaces removed and case folded (Korean statistics tables and English ones).
TOTAL_WORDS = ("합계", "소계", "총계", "계", "총합계", "전체", "누계", "total", "subtotal", "grandtotal", "sum", "totals")
_TOTAL = re.compile(r"^(?:" + "|".join(TOTAL_WORDS) + r")(?:[\s(（:：\-].*)?$")


def column_letter(index: int) -> str:
    """Return the spreadsheet letter of a 0-based column index (0 -> 'A', 26 -> 'AA')."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Grid:
    """Every row of a CSV file or a workbook's sheet as stripped strings ('' = blank), indexed by
    spreadsheet row number from 1, one column per position; merged ranges filled with their value."""

    cells: pd.DataFrame
    source: str = ""
    encoding: str | None = None  # the text encoding of a CSV; None for XLSX
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)  # the workbook's visible sheets
    hidden_sheets: list[str] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based r1, c1, r2, c2
    formulas_without_value: list[tuple[int, int, str]] = field(default_factory=list)  # row number, column, formula
    filled: np.ndarray | None = None  # per row: holds a non-blank cell (computed once: a province file is large)

    def __post_init__(self) -> None:
        if self.filled is None:
            self.filled = (self.cells.to_numpy(dtype=object) != "").any(axis=1) if self.cells.shape[1] else \
                np.zeros(len(self.cells), dtype=bool)


@dataclass
class Table:
    """A header and its data rows. `cells` holds the rows as stripped strings ('' = blank), one
    column per position (0, 1, ...), indexed by spreadsheet row number (the header is usually row 1).
    `notes`: what was left out on the way (totals rows), as (row, column, message)."""

    header: list[str]
    cells: pd.DataFrame
    encoding: str | None = None  # the text encoding of a CSV; None for XLSX
    sheet: str | None = None  # the sheet read from an XLSX
    header_row: int = 1
    source: str = ""
    title_lines: list[str] = field(default_factory=list)  # the title block above the header, one text per row
    notes: list[CellError] = field(default_factory=list)

    @classmethod
    def from_rows(cls, header: list[str], rows: Sequence[tuple[int, Sequence[str]]], **more) -> Table:
        """A table from (row number, cells) pairs; short rows are padded with blanks."""
        width = max([len(header), *(len(cells) for _, cells in rows)])
        cells = pd.DataFrame([list(c) + [""] * (width - len(c)) for _, c in rows], index=[n for n, _ in rows],
                             columns=range(width), dtype=object)
        return cls(header=header, cells=cells, **more)

    @property
    def rows(self) -> list[tuple[int, list[str]]]:
        """The data rows as (spreadsheet row number, cells)."""
        return list(zip(self.cells.index.tolist(), self.cells.to_numpy().tolist()))


def read_grid(path: str | Path, sheet: str | None = None) -> Grid:
    """Every row of a .csv/.txt file or of a workbook's sheet (default: the first visible one).

    Raises ImportFileError for a file that is missing, of another type, binary, undecodable or
    empty, and for an unknown sheet."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError("import.file.xls", path=path.name)
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        allowed = ", ".join(CSV_SUFFIXES + XLSX_SUFFIXES)
        raise ImportFileError("import.file.type", path=path.name, suffix=suffix or "-", allowed=allowed)
    if not path.is_file():
        raise ImportFileError("import.file.missing", path=str(path))
    if suffix in XLSX_SUFFIXES:
        read = read_sheet(path, sheet)
        grid = Grid(_numbered(read.rows), path.name, None, read.name, read.visible, read.hidden, read.merged,
                    read.formulas_without_value)
    else:
        if sheet:  # a CSV has no sheets; ignoring the name silently would hide a mistake
            raise ImportFileError("import.sheet.not_xlsx", path=path.name, sheet=sheet)
        encoding, raw = csv_rows(path)
        grid = Grid(_numbered(raw), path.name, encoding)
    if not grid.filled.any():
        raise ImportFileError("import.file.empty", path=path.name)
    return grid


def read_table(path: str | Path, sheet: str | None = None, header_row: int | None = None,
               known: Collection[str] = ()) -> Table:
    """The table of a file: `read_grid`, then `table_of` (see the module's description)."""
    return table_of(read_grid(path, sheet), header_row, known)


def _numbered(raw: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({i: _stripped(raw[column]) for i, column in enumerate(raw.columns)},
                        index=range(1, len(raw) + 1), columns=range(raw.shape[1]), dtype=object)


def fold(text: str) -> str:
    """A header or label for matching: full-width forms read as ASCII (NFKC), then the reference
    library's rule (case, spaces, underscores, hyphens and brackets folded)."""
    return normalize_key(unicodedata.normalize("NFKC", text))


def _is_total(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    return bool(_TOTAL.match(re.sub(r"\s+", "", folded)) or _TOTAL.match(folded))


def totals_label(cells: Sequence[str]) -> tuple[int, str] | None:
    """(column index, text) of the first non-blank cell among the first three when it names a total
    ('합계', '소 계', 'Total (A+B)'), else None."""
    for index, cell in enumerate(cells[:3]):
        if cell:
            return (index, cell) if _is_total(cell) else None
    return None


def _first_cells(data: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(column index, text) of each row's first non-blank cell among its first three ('' when none)."""
    first3 = data.iloc[:, :3].to_numpy(dtype=object)
    filled = first3 != ""
    column = filled.argmax(axis=1)
    text = first3[np.arange(len(first3)), column]
    text[~filled.any(axis=1)] = ""
    return column, text


def _header_row(cells: pd.DataFrame, filled: np.ndarray, known: Collection[str]) -> int:
    """The row number of the header (see the module's description)."""
    candidates = cells.index[filled][:HEADER_SEARCH_ROWS]
    if known:
        wanted = set(known)
        for number in candidates:
            if sum(fold(c) in wanted for c in cells.loc[number] if c) >= 2:
                return int(number)
    for number in candidates:
        if len({c for c in cells.loc[number] if c}) >= 2:
            return int(number)
    return int(candidates[0])


def _second_header_row(grid: Grid, number: int) -> bool:
    """Whether the header continues on the next row: a header cell merged across columns (a group
    title over its sub-columns), with the next row filled under it."""
    below = number + 1
    if below not in grid.cells.index:
        return False
    for r1, c1, r2, c2 in grid.merged:
        if r1 == number - 1 and c2 > c1 and r2 == r1:
            if (grid.cells.loc[below, list(range(c1, c2 + 1))] != "").any():
                return True
    return False


def _trim_trailing(cells: list[str]) -> list[str]:
    # Excel exports often end the header with empty cells (a trailing comma); they are not columns.
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def table_of(grid: Grid, header_row: int | None = None, known: Collection[str] = ()) -> Table:
    """The table of a grid: header found (or `header_row`), title block kept aside, blank rows
    dropped (the others keep their numbers), totals rows skipped into `notes`."""
    cells = grid.cells
    if header_row is not None and header_row not in cells.index:
        raise ImportFileError("import.header_row.outside", path=grid.source, row=header_row, rows=len(cells))
    number = header_row if header_row is not None else _header_row(cells, grid.filled, {fold(k) for k in known})
    header = cells.loc[number].tolist()
    last_header = number
    if _second_header_row(grid, number):
        last_header = number + 1
        below = cells.loc[last_header].tolist()
        header = [f"{top} {sub}".strip() if top != sub else top for top, sub in zip(header, below)]
    header = _trim_trailing(header)
    title_lines = [" ".join(dict.fromkeys(c for c in cells.loc[n] if c)) for n in cells.index[cells.index < number]]
    data = cells[(cells.index > last_header) & grid.filled] if cells.shape[1] else cells.iloc[0:0]
    notes = []
    if len(data) and data.shape[1]:
        column, first = _first_cells(data)
        codes, uniques = pd.factorize(first)
        is_total = np.array([bool(text) and _is_total(text) for text in uniques], dtype=bool)  # once per distinct text
        totals = is_total[codes]
        for row, index, label in zip(data.index[totals], column[totals], first[totals]):
            notes.append(CellError(int(row), column_letter(int(index)), Message("import.row.totals_skipped", {"label": label})))
        data = data[~totals]
    _refuse_formulas(grid, set(data.index) | {number, last_header})
    return Table(header=header, cells=data, encoding=grid.encoding, sheet=grid.sheet, header_row=number,
                 source=grid.source, title_lines=[t for t in title_lines if t], notes=notes)


def _refuse_formulas(grid: Grid, rows: set[int]) -> None:
    errors = [CellError(row, column_letter(index), Message("import.cell.formula_without_value", {"formula": formula[:60]}))
              for row, index, formula in grid.formulas_without_value if row in rows]
    if errors:
        raise ImportRejected(grid.source, errors)


def _stripped(column: pd.Series) -> np.ndarray:
    """The column's cells stripped, as an object array ('' for none), once per distinct value."""
    codes, uniques = pd.factorize(column.to_numpy(dtype=object))
    stripped = np.empty(len(uniques) + 1, dtype=object)
    stripped[:-1] = [str(value).strip() for value in uniques]
    stripped[-1] = ""  # code -1: a missing cell
    return stripped[codes]
