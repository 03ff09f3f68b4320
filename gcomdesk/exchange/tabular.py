"""Reading one table (a header row and data rows) from a CSV or XLSX file.

Korean offices save CSV from Excel in CP949, others in UTF-8 with or without a BOM, so the
encoding is detected: UTF-8 strictly first (it never decodes CP949 by accident), then
charset-normalizer, then CP949. Every cell comes back as a stripped string with the row number a
spreadsheet would show, so later error messages point at the cell the officer sees.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from gcomdesk.core.errors import GcomdeskError

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
KOREAN_CODECS = ("cp949", "euc_kr", "johab", "iso2022_kr")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_MAX_CELL = 1_000_000  # csv's default 128 KiB limit would reject long notes; still bound memory


class ImportFileError(GcomdeskError):
    """The file as a whole cannot be read as a table (missing, wrong type, binary, empty...)."""


@dataclass
class Table:
    """A header and its data rows; row numbers are spreadsheet rows (the header is usually 1)."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str | None = None  # the text encoding of a CSV; None for XLSX
    sheet: str | None = None  # the sheet read from an XLSX
    header_row: int = 1
    source: str = ""


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read the first table of a .csv/.txt or .xlsx/.xlsm file.

    Leading blank rows are skipped; the first non-blank row is the header. Blank rows after it are
    dropped but keep counting, so row numbers match what Excel shows. Raises ImportFileError for a
    file that is missing, of another type, binary, undecodable or empty, and for an unknown sheet.
    """
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
        encoding, sheet_name, raw = None, *_xlsx_rows(path, sheet)
    else:
        if sheet:  # a CSV has no sheets; ignoring the name silently would hide a mistake
            raise ImportFileError("import.sheet.not_xlsx", path=path.name, sheet=sheet)
        sheet_name = None
        encoding, raw = _csv_rows(path)
    return _to_table(raw, path, encoding, sheet_name)


def _to_table(raw: list[list[str]], path: Path, encoding: str | None, sheet: str | None) -> Table:
    header: list[str] | None = None
    header_row = 1
    rows: list[tuple[int, list[str]]] = []
    for number, cells in enumerate(raw, start=1):
        if not any(cells):
            continue
        if header is None:
            header, header_row = _trim_trailing(cells), number
            continue
        rows.append((number, cells))
    if header is None:
        raise ImportFileError("import.file.empty", path=path.name)
    return Table(header=header, rows=rows, encoding=encoding, sheet=sheet, header_row=header_row, source=path.name)


def _trim_trailing(cells: list[str]) -> list[str]:
    # Excel exports often end the header with empty cells (a trailing comma); they are not columns.
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


# ---------------------------------------------------------------- CSV


def _csv_rows(path: Path) -> tuple[str, list[list[str]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError("import.file.unreadable", path=path.name, reason=exc.strerror or str(exc)) from None
    if not data.strip():
        raise ImportFileError("import.file.empty", path=path.name)
    encoding, text = _decode(data, path)
    delimiter = _delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), _MAX_CELL))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        return encoding, [[c.strip() for c in row] for row in reader]
    except csv.Error as exc:
        raise ImportFileError("import.file.csv", path=path.name, reason=str(exc)) from None


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """Return (encoding, text); never guesses silently with replacement characters."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16 with a BOM
        try:
            return "utf-16", data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFileError("import.file.encoding", path=path.name) from None
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError("import.file.zip", path=path.name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError("import.file.xls", path=path.name)
    if b"\x00" in data:  # text files never hold NUL bytes; this is an image, a database...
        raise ImportFileError("import.file.binary", path=path.name)
    try:
        text = data.decode("utf-8-sig")
        return ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"), text
    except UnicodeDecodeError:
        pass
    cp949 = _try_decode(data, "cp949")
    guess = _detect(data)
    if guess is not None:
        encoding, text = guess
        if encoding in KOREAN_CODECS:
            return encoding, text
        # charset-normalizer mistakes short or sparse Korean for Big5, GB18030 or cp1252; in this
        # application a file that is valid CP949 and decodes to Hangul is CP949.
        if cp949 is not None and _HANGUL.search(cp949):
            return "cp949", cp949
        return encoding, text
    if cp949 is not None:
        return "cp949", cp949
    raise ImportFileError("import.file.encoding", path=path.name)


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 files need it

    try:
        best = from_bytes(data).best()
    except Exception:  # a detector failure must fall through to CP949, not crash the import
        return None
    if best is None or best.encoding is None:
        return None
    text = _try_decode(data, best.encoding)
    return None if text is None else (best.encoding, text)


def _delimiter(text: str) -> str:
    # Tab-separated "text" exports and semicolon CSVs exist; decide from the first non-blank line.
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "," in first:
        return ","
    if "\t" in first:
        return "\t"
    if ";" in first:
        return ";"
    return ","


# ---------------------------------------------------------------- XLSX


def _xlsx_rows(path: Path, sheet: str | None) -> tuple[str, list[list[str]]]:
    import openpyxl  # uses defusedxml by itself when it is installed (it is a dependency)

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged or disguised file raises zip, XML or key errors of many kinds
        raise ImportFileError("import.file.bad_xlsx", path=path.name, reason=type(exc).__name__) from None
    try:
        names = workbook.sheetnames
        if sheet is None:
            name = names[0]  # openpyxl refuses workbooks without a sheet, so there is always one
        else:
            name = sheet if sheet in names else next((n for n in names if n.strip() == sheet.strip()), None)
            if name is None:
                raise ImportFileError("import.sheet.unknown", path=path.name, sheet=sheet, sheets=", ".join(names))
        worksheet = workbook[name]
        if hasattr(worksheet, "reset_dimensions"):
            # The stored dimension can be wrong (files written by other tools); trust the rows instead.
            worksheet.reset_dimensions()
        try:
            rows = [[_cell_text(v) for v in row] for row in worksheet.iter_rows(min_row=1, values_only=True)]
        except Exception as exc:  # damaged sheet XML surfaces only while the rows stream
            raise ImportFileError("import.file.bad_xlsx", path=path.name, reason=type(exc).__name__) from None
        return name, rows
    finally:
        workbook.close()  # read-only workbooks keep the zip open until closed


def _cell_text(value: object) -> str:
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
