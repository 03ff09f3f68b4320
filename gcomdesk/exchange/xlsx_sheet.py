"""Reading one sheet of an .xlsx/.xlsm workbook as rows of text, the way an officer sees it.

- The workbook's limits are checked before openpyxl reads anything (its zip directory) and while the
  rows stream: a 2 MB file can hold gigabytes of whitespace or one gigantic shared string. An
  encrypted workbook and an old .xls are named as such.
- Without a sheet name the first VISIBLE sheet is read: hidden sheets (lookup lists, pivots) are
  ignored unless chosen by name.
- Merged cells read as their top-left value in every cell they cover, so a merged header
  ("판매량" over kWh and MWh) or a merged category down a column is not lost.
- Formulas read as the value Excel saved with them; a formula saved without one (a file written by
  a program, never opened in Excel) is listed in `formulas_without_value`, so the caller can say so
  instead of reading a blank.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import pandas as pd

from gcomdesk.exchange.csv_text import MAX_CELL, ImportFileError, padded

# Limits of a workbook: a 100,000-row activity sheet is ~40 MB of XML.
XLSX_MAX_UNCOMPRESSED = 300 * 1024 * 1024  # bytes of XML inside
XLSX_MAX_ROWS = 1_000_000  # rows read from the sheet (Excel's own limit is 1,048,576)
XLSX_MAX_CELLS = 20_000_000  # rows x columns
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound document: an encrypted workbook or an old .xls
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?\"")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


@dataclass
class Sheet:
    """A sheet's rows as text (blank rows kept, in order), its name, the workbook's visible and
    hidden sheets, the merged ranges (0-based: first row, first column, last row, last column) and
    the formula cells saved without a value ((row number, column index, formula))."""

    rows: pd.DataFrame
    name: str
    visible: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    formulas_without_value: list[tuple[int, int, str]] = field(default_factory=list)


def column_index(letters: str) -> int:
    """0-based index of a column's letters ('A' -> 0, 'AA' -> 26)."""
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def check_container(path: Path) -> None:
    """Refuse, before openpyxl reads anything, an encrypted workbook and one whose XML is too large."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        data = path.read_bytes()[: 4 * 1024 * 1024]
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ImportFileError("import.file.encrypted", path=path.name)
        raise ImportFileError("import.file.xls", path=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFileError("import.file.bad_xlsx", path=path.name, reason=type(exc).__name__) from None
    if size > XLSX_MAX_UNCOMPRESSED:
        raise ImportFileError("import.xlsx.too_large", path=path.name, size=f"{size / 2**20:,.0f}",
                              limit=f"{XLSX_MAX_UNCOMPRESSED / 2**20:,.0f}")


def limited_rows(rows, path: Path) -> list[list[str]]:
    """The sheet's rows as text, stopping with a clear error at a limit (rows, cells, cell length)."""
    out, cells = [], 0
    for row in rows:
        if len(out) >= XLSX_MAX_ROWS:
            raise ImportFileError("import.xlsx.too_many_rows", path=path.name, limit=f"{XLSX_MAX_ROWS:,}")
        texts = [cell_text(v) for v in row]
        cells += len(texts)
        if cells > XLSX_MAX_CELLS:
            raise ImportFileError("import.xlsx.too_many_cells", path=path.name, limit=f"{XLSX_MAX_CELLS:,}")
        longest = max(map(len, texts), default=0)
        if longest > MAX_CELL:
            raise ImportFileError("import.xlsx.cell_too_long", path=path.name, row=len(out) + 1,
                                  length=f"{longest:,}", limit=f"{MAX_CELL:,}")
        out.append(texts)
    return out


def _choose(workbook, path: Path, sheet: str | None) -> str:
    names = workbook.sheetnames
    if sheet is None:
        visible = [ws.title for ws in workbook.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        return (visible or names)[0]  # openpyxl refuses workbooks without a sheet, so there is always one
    name = sheet if sheet in names else next((n for n in names if n.strip() == sheet.strip()), None)
    if name is None:
        raise ImportFileError("import.sheet.unknown", path=path.name, sheet=sheet, sheets=", ".join(names))
    return name


def _sheet_xml(path: Path, member: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(member.lstrip("/"))


def _merged(xml: bytes) -> list[tuple[int, int, int, int]]:
    tail = xml[xml.rfind(b"sheetData>"):]  # the merge list follows the rows
    ranges = []
    for c1, r1, c2, r2 in _MERGE.findall(tail):
        first_col, first_row = column_index(c1.decode()), int(r1) - 1
        ranges.append((first_row, first_col, int(r2 or r1) - 1, column_index((c2 or c1).decode())))
    return ranges


def _fill_merged(rows: list[list[str]], merged: list[tuple[int, int, int, int]]) -> None:
    for r1, c1, r2, c2 in merged:
        if r1 >= len(rows):
            continue
        value = rows[r1][c1] if c1 < len(rows[r1]) else ""
        if (r2 - r1 + 1) * (c2 - c1 + 1) > 100_000:  # a merge over whole columns: fill only the rows read
            r2 = min(r2, len(rows) - 1)
        for r in range(r1, min(r2, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c2:
                row.extend([""] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                row[c] = value


def _formulas_without_value(path: Path, name: str, rows: list[list[str]]) -> list[tuple[int, int, str]]:
    """Formula cells whose saved value is missing, found by reading the formulas (only when the sheet
    holds any): (row number, column index, formula)."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        found = []
        for number, row in enumerate(workbook[name].iter_rows(values_only=True), start=1):
            for index, value in enumerate(row):
                if isinstance(value, str) and value.startswith("="):
                    cached = rows[number - 1][index] if number - 1 < len(rows) and index < len(rows[number - 1]) else ""
                    if cached == "":
                        found.append((number, index, value))
        return found
    finally:
        workbook.close()


def read_sheet(path: Path, sheet: str | None) -> Sheet:
    """One sheet of a workbook as text rows (see the module's description)."""
    import openpyxl  # uses defusedxml by itself when it is installed (it is a dependency)

    check_container(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged or disguised file raises zip, XML or key errors of many kinds
        raise ImportFileError("import.file.bad_xlsx", path=path.name, reason=type(exc).__name__) from None
    try:
        name = _choose(workbook, path, sheet)
        states = {ws.title: getattr(ws, "sheet_state", "visible") for ws in workbook.worksheets}
        worksheet = workbook[name]
        member = getattr(worksheet, "_worksheet_path", "")
        if hasattr(worksheet, "reset_dimensions"):
            # The stored dimension can be wrong (files written by other tools); trust the rows instead.
            worksheet.reset_dimensions()
        try:
            rows = limited_rows(worksheet.iter_rows(min_row=1, values_only=True), path)
        except ImportFileError:
            raise
        except Exception as exc:  # damaged sheet XML surfaces only while the rows stream
            raise ImportFileError("import.file.bad_xlsx", path=path.name, reason=type(exc).__name__) from None
    finally:
        workbook.close()  # read-only workbooks keep the zip open until closed
    merged, formulas = [], []
    if member:
        try:
            xml = _sheet_xml(path, member)
        except (KeyError, zipfile.BadZipFile, OSError):
            xml = b""
        merged = _merged(xml)
        _fill_merged(rows, merged)
        if _FORMULA.search(xml):
            formulas = _formulas_without_value(path, name, rows)
    return Sheet(padded(rows), name, [n for n, s in states.items() if s == "visible"],
                 [n for n, s in states.items() if s != "visible"], merged, formulas)


def cell_text(value: object) -> str:
    """Return a cell value as text without losing precision (floats via repr, whole floats as ints)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))  # a year typed in Excel is stored as 2022.0
        return repr(value)  # shortest text that reads back to the same float
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value).strip()
