"""Reading the rows of a CSV file as text: the encoding detected (Korean offices save CSV from Excel
in CP949, others in UTF-8 with or without a BOM), the delimiter guessed, every row kept (blank ones
too, so row numbers match what a spreadsheet shows).

UTF-8 is tried strictly first (it never decodes CP949 by accident), then charset-normalizer, then
CP949. The rows are read by pandas' C parser; Python's csv module only when a row is longer than the
first, which the C parser refuses.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from gcomdesk.core.errors import GcomdeskError

KOREAN_CODECS = ("cp949", "euc_kr", "johab", "iso2022_kr")
_HANGUL = re.compile("[\uac00-\ud7a3]")
MAX_CELL = 1_000_000  # csv's default 128 KiB limit would reject long notes; still bound memory


class ImportFileError(GcomdeskError):
    """The file as a whole cannot be read as a table (missing, wrong type, binary, empty...)."""


def padded(rows: list[list[str]]) -> pd.DataFrame:
    """Rows of any length as one table (short rows padded with blanks)."""
    width = max((len(r) for r in rows), default=0)
    return pd.DataFrame([r + [""] * (width - len(r)) for r in rows], columns=range(width), dtype=object)



def csv_rows(path: Path) -> tuple[str, pd.DataFrame]:
    """(encoding, every row of the file as text); raises ImportFileError for an unreadable file."""
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
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))
    except csv.Error as exc:
        raise ImportFileError("import.file.csv", path=path.name, reason=str(exc)) from None
    return encoding, padded(rows)


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


