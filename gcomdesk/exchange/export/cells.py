"""Cell safety: outside text never becomes a formula, in the workbook or in the CSV.

Data sources, notes and explanations come from outside (other departments' spreadsheets). A text
that begins with =, +, -, @, a tab or a carriage return could be evaluated by Excel ("formula
injection"). In the workbook such text is stored as a string cell with Excel's quote prefix (shown
as text, kept as text when edited); in the CSV it is prefixed with an apostrophe, as OWASP advises.
Numbers stay numbers: only text is touched.
"""

from __future__ import annotations

import math
import re
from numbers import Number

from openpyxl.cell.cell import Cell

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32767
# XML 1.0 forbids these control characters; openpyxl would refuse the whole workbook.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# Number formats used across the sheets.
TONNES = "#,##0.0"
TONNES_SMALL = "#,##0.000"  # CH4, N2O, SF6, NF3 in tonnes of gas
FACTOR = "#,##0.0####"
AMOUNT = "#,##0.###"
SHARE = "0.00%"
PER_CAPITA = "#,##0.00"
INTEGER = "#,##0"


def is_formula_like(text: str) -> bool:
    """True when Excel could read `text` as a formula or a command."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """Drop characters XML cannot hold, turn carriage returns into line feeds (XML would anyway)
    and cut to Excel's cell limit."""
    text = _ILLEGAL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def is_number(value) -> bool:
    """True for a finite real number (bools are not numbers here)."""
    if type(value) is float:  # the common case, without the abstract-class check
        return math.isfinite(value)
    return isinstance(value, Number) and not isinstance(value, bool) and math.isfinite(float(value))


def set_cell(cell: Cell, value, number_format: str | None = None) -> Cell:
    """Write `value` safely: numbers as numbers, text as text that is never evaluated.

    None and NaN leave the cell empty; bools are written as text."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        cell.value = None
        return cell
    if is_number(value):
        cell.value = float(value) if not isinstance(value, int) else int(value)
        if number_format:
            cell.number_format = number_format
        return cell
    raw = str(value)
    text = clean_text(raw)
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise turn "=..." into a formula
    if is_formula_like(text) or is_formula_like(raw):
        cell.quotePrefix = True
    return cell


def csv_text(value) -> str:
    """Return `value` as a CSV field: numbers plain, formula-like text prefixed with an apostrophe."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if is_number(value):
        number = float(value)
        return repr(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    text = _ILLEGAL.sub("", str(value))
    return "'" + text if is_formula_like(text) else text
