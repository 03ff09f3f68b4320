"""Reading one table (a header row and data rows) from a CSV or XLSX file.

Korean offices save CSV from Excel in CP949, others in UTF-8 with or without a BOM, so the
encoding is detected: UTF-8 strictly first (it never decodes CP949 by accident), then
charset-normalizer, then CP949. Every cell comes back as a stripped string with the row number a
spreadsheet would show, so later error messages point at the cell the officer sees.

The cells are one pandas table (read by pandas' C parser; Python's csv module only when a row is
longer than the first, which the C parser refuses), so that the importer checks whole columns at once.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import numpy as np
import pandas as pd

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
    """A header and its data rows. `cells` holds the rows as stripped strings ('' = blank), one
    column per position (0, 1, ...), indexed by spreadsheet row number (the header is usually row 1)."""

    header: list[str]
    cells: pd.DataFrame
    encoding: str | None = None  # the text encoding of a CSV; None for XLSX
    sheet: str | None = None  # the sheet read from an XLSX
    header_row: int = 1
    source: str = ""

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


def _to_table(raw: pd.DataFrame, path: Path, encoding: str | None, sheet: str | None) -> Table:
    """`raw`: every row of the file as strings (blank rows included, in file order)."""
    cells = pd.DataFrame({i: _stripped(raw[column]) for i, column in enumerate(raw.columns)},
                         index=range(1, len(raw) + 1), columns=range(raw.shape[1]), dtype=object)  # row numbers
    filled = (cells != "").any(axis=1).to_numpy() if raw.shape[1] else np.zeros(len(raw), dtype=bool)
    numbers = cells.index[filled]
    if not len(numbers):
        raise ImportFileError("import.file.empty", path=path.name)
    header_row = int(numbers[0])
    header = _trim_trailing(cells.loc[header_row].tolist())
    cells = cells.loc[numbers[1:]]  # blank rows dropped; the others keep their numbers
    return Table(header=header, cells=cells, encoding=encoding, sheet=sheet, header_row=header_row, source=path.name)


def _stripped(column: pd.Series) -> np.ndarray:
    """The column's cells stripped, as an object array ('' for none), once per distinct value."""
    codes, uniques = pd.factorize(column.to_numpy(dtype=object))
    stripped = np.empty(len(uniques) + 1, dtype=object)
    stripped[:-1] = [str(value).strip() for value in uniques]
    stripped[-1] = ""  # code -1: a missing cell
    return stripped[codes]


def _padded(rows: list[list[str]]) -> pd.DataFrame:
    """Rows of any length as one table (short rows padded with blanks)."""
    width = max((len(r) for r in rows), default=0)
    return pd.DataFrame([r + [""] * (width - len(r)) for r in rows], columns=range(width), dtype=object)


def _trim_trailing(cells: list[str]) -> list[str]:
    # Excel exports often end the header with empty cells (a trailing comma); they are not columns.
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


# ---------------------------------------------------------------- CSV


def _csv_rows(path: Path) -> tuple[str, pd.DataFrame]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError("import.file.unreadable", path=path.name, reason=exc.strerror or str(exc)) from None
    if not data.strip():
        raise ImportFileError("import.file.empty", path=path.name)
    encoding, text = _decode(data, path)
    delimiter = _delimiter(text)
    try:
        return encoding, pd.read_csv(io.StringIO(text, newline=""), sep=delimiter, header=None, dtype=str,
                                     na_filter=False, skip_blank_lines=False, engine="c")
    except (pd.errors.ParserError, ValueError):  # a row longer than the first; the csv module takes any shape
        pass
    csv.field_size_limit(max(csv.field_size_limit(), _MAX_CELL))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))
    except csv.Error as exc:
        raise ImportFileError("import.file.csv", path=path.name, reason=str(exc)) from None
    return encoding, _padded(rows)


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
    encoding = _detect(data)
    text = None if encoding is None else cp949 if encoding == "cp949" else _try_decode(data, encoding)
    if text is not None:
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


def _head(data: bytes, size: int = 512 * 1024) -> bytes:
    """The first lines of a large file, cut at a line end: enough to tell its encoding (a large
    file is decoded whole once the encoding is chosen, and CP949 is still tried on all of it)."""
    if len(data) <= size:
        return data
    end = data.rfind(b"\n", 0, size)
    return data[: end + 1] if end > 0 else data[:size]


def _detect(data: bytes) -> str | None:
    """charset-normalizer's encoding for the file (from its first lines), or None."""
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 files need it

    try:
        best = from_bytes(_head(data)).best()
    except Exception:  # a detector failure must fall through to CP949, not crash the import
        return None
    return None if best is None else best.encoding


def _delimiter(text: str) -> str:
    # Tab-separated "text" exports and semicolon CSVs exist; decide from the first non-blank line.
    first = next((line for line in text[:65536].splitlines() if line.strip()), "")
    if "," in first:
        return ","
    if "\t" in first:
        return "\t"
    if ";" in first:
        return ";"
    return ","


# ---------------------------------------------------------------- XLSX


# Limits of a workbook, checked before it is read (the zip's own directory) and while its rows stream:
# a 2 MB file can hold gigabytes of whitespace or one gigantic shared string.
XLSX_MAX_UNCOMPRESSED = 300 * 1024 * 1024  # bytes of XML inside; a 100,000-row activity sheet is ~40 MB
XLSX_MAX_ROWS = 1_000_000  # rows read from the sheet (Excel's own limit is 1,048,576)
XLSX_MAX_CELLS = 20_000_000  # rows x columns
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound document: an encrypted workbook or an old .xls


def _check_xlsx_container(path: Path) -> None:
    """Refuse, before openpyxl reads anything, an encrypted workbook and one whose XML is too large."""
    import zipfile

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


def _limited_rows(rows, path: Path) -> list[list[str]]:
    """The sheet's rows as text, stopping with a clear error at a limit (rows, cells, cell length)."""
    out, cells = [], 0
    for row in rows:
        if len(out) >= XLSX_MAX_ROWS:
            raise ImportFileError("import.xlsx.too_many_rows", path=path.name, limit=f"{XLSX_MAX_ROWS:,}")
        texts = [_cell_text(v) for v in row]
        cells += len(texts)
        if cells > XLSX_MAX_CELLS:
            raise ImportFileError("import.xlsx.too_many_cells", path=path.name, limit=f"{XLSX_MAX_CELLS:,}")
        longest = max(map(len, texts), default=0)
        if longest > _MAX_CELL:
            raise ImportFileError("import.xlsx.cell_too_long", path=path.name, row=len(out) + 1,
                                  length=f"{longest:,}", limit=f"{_MAX_CELL:,}")
        out.append(texts)
    return out


def _xlsx_rows(path: Path, sheet: str | None) -> tuple[str, pd.DataFrame]:
    import openpyxl  # uses defusedxml by itself when it is installed (it is a dependency)

    _check_xlsx_container(path)
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
            rows = _limited_rows(worksheet.iter_rows(min_row=1, values_only=True), path)
        except ImportFileError:
            raise
        except Exception as exc:  # damaged sheet XML surfaces only while the rows stream
            raise ImportFileError("import.file.bad_xlsx", path=path.name, reason=type(exc).__name__) from None
        return name, _padded(rows)
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
