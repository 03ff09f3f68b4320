"""The one rule for reading a number an officer typed or a file holds, for every entry path: the
importer (vectorised over a whole column), a table cell, a method form and a CLI option.

Korean and English both write `.` for the decimal point and `,` for thousands, so:
- `150,000`, `1,234.5`, `-5`, `+.5`, `7.`, `1e3` are numbers; surrounding spaces do not matter;
- full-width digits, comma, point and signs (`１２３`, `１，５００`) are read as their ASCII forms, and
  the minus sign `−` (U+2212, what word processors put in) as `-`;
- `1,5` (or `1,23,456`, `1,5000`) is refused as ambiguous rather than guessed: a European decimal
  comma would otherwise become fifteen. The message asks for `1.5` or `1,500`;
- thousands grouped by spaces (`1 234 567`, also no-break and thin spaces) are read too, as statistics
  tables print them;
- anything else (`nan`, `inf`, `1_000`, `5%`, `1 5`, other scripts' digits) is not a number, and a
  value too large for a float (`1e999`) is not finite;
- a cell of a file may end in its unit (`1,234 kWh`): `split_unit_suffix` separates the two, and the
  importer reads the unit from it;
- a number is also within the physical range of what it is (`resources/checks/number_ranges.csv`:
  amounts, factors, tonnes, population, area, GRDP, each bound with its reason), the same for the
  import, table cells, method forms, the profile, `set` and the calculation of a file's records:
  `1e308` tonnes is refused, not summed into an infinite total.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from gcomdesk.core.messages import Message

if TYPE_CHECKING:
    import pandas as pd

# full-width forms (U+FF01..U+FF5E) -> ASCII, ideographic space -> space, minus signs -> '-'
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " ", 0x2212: "-", 0x2012: "-", 0x2013: "-",
                                                                   0xA0: " ", 0x2009: " ", 0x202F: " "}
_FOLD = str.maketrans({chr(k): (v if isinstance(v, str) else chr(v)) for k, v in _FOLD.items()})
# A plain number ("-5", "+.5", "7.", "1e3") or one with comma thousands groups ("1,234.5"; no exponent).
NUMBER = re.compile(r"[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
SPACED = re.compile(r"[+-]?[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]*)?")  # "1 234 567.5"
# A number followed by a unit: "1,234 kWh", "５００톤", "1 234.5 천㎥" (the unit starts with a non-digit).
_WITH_UNIT = re.compile(r"([+-]?[0-9.,][0-9., ]*?)\s*([^\s0-9.,+\-][^0-9]*)")
# Digits with commas that are not thousands groups: "1,5", "1,23,456", "12,5.0".
AMBIGUOUS = re.compile(r"[+-]?[0-9]+(?:,[0-9]+)+(?:\.[0-9]*)?")

INVALID, NOT_FINITE, COMMA, OUT_OF_RANGE = "number.invalid", "number.not_finite", "number.comma", "number.out_of_range"
_MAX_SHOWN = 60  # cell values quoted in messages are cut so one huge cell cannot flood a report


def shown(text: str) -> str:
    """`text` cut to a length a message can quote."""
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


class NumberTextError(ValueError):
    """Text that is not a number; `key` says why (number.invalid, number.not_finite, number.comma)."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(key)
        self.key, self.text = key, text

    @property
    def message(self) -> Message:
        """The reason, quoting the text, in a catalogue message (ko/en)."""
        return Message(self.key, {"value": shown(self.text)})


class NumberRangeError(NumberTextError):
    """A number outside the physical range of its field (number_ranges.csv)."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(OUT_OF_RANGE, text)
        self.field = field

    @property
    def message(self) -> Message:
        """The reason, with the field's range."""
        return Message(OUT_OF_RANGE, range_params(self.field, self.text))


_RANGES: dict[str, tuple[float, float]] | None = None


def ranges() -> dict[str, tuple[float, float]]:
    """field -> (low, high), from resources/checks/number_ranges.csv (read once)."""
    global _RANGES
    if _RANGES is None:
        from gcomdesk.core.csvfiles import read_csv_rows
        from gcomdesk.core.errors import ReferenceDataError
        from gcomdesk.paths import resource_path

        table = {}
        for i, row in enumerate(read_csv_rows(resource_path("checks", "number_ranges.csv"), ("field", "low", "high", "why")), 2):
            try:
                low, high = float(row["low"]), float(row["high"])
            except ValueError:
                raise ReferenceDataError("reference.number", file="number_ranges.csv", row=i, column="low/high",
                                         value=f"{row['low']} {row['high']}") from None
            if not (math.isfinite(low) and math.isfinite(high) and low < high and row["why"].strip()):
                raise ReferenceDataError("reference.value", file="number_ranges.csv", row=i, column="low/high",
                                         value=f"{row['low']} {row['high']}")
            table[row["field"].strip()] = (low, high)
        _RANGES = table
    return _RANGES


def range_params(field: str, value) -> dict:
    """Message parameters naming a field's range and the value refused."""
    low, high = ranges()[field]
    return {"value": shown(str(value)), "field": field, "low": f"{low:,.0f}" if abs(low) < 1e6 else f"{low:.0e}",
            "high": f"{high:,.0f}" if abs(high) < 1e6 else f"{high:.0e}"}


def check_range(field: str, value: float) -> float:
    """`value` when it is finite and within `field`'s range (fields without a range: finite), else
    NumberRangeError."""
    if not math.isfinite(value):
        raise NumberTextError(NOT_FINITE, str(value))
    bounds = ranges().get(field)
    if bounds is not None and not bounds[0] <= value <= bounds[1]:
        raise NumberRangeError(field, f"{value:g}")
    return value


def out_of_range(field: str, values):
    """Where an array of floats is infinite or outside `field`'s range (NaN, a blank, is not)."""
    import numpy as np

    values = np.asarray(values, dtype=float)
    low, high = ranges().get(field, (-np.inf, np.inf))
    with np.errstate(invalid="ignore"):
        return np.isinf(values) | (values < low) | (values > high)


def parse_number(text: str) -> float:
    """The number `text` holds (see the module's rule), or NumberTextError."""
    text = str(text)
    folded = (text if text.isascii() else text.translate(_FOLD)).strip()
    if SPACED.fullmatch(folded):
        folded = folded.replace(" ", "")
    elif not NUMBER.fullmatch(folded):
        raise NumberTextError(COMMA if AMBIGUOUS.fullmatch(folded) else INVALID, text.strip())
    value = float(folded.replace(",", "") if "," in folded else folded)
    if not math.isfinite(value):
        raise NumberTextError(NOT_FINITE, text.strip())
    return value


def split_unit_suffix(text: str) -> tuple[str, str] | None:
    """(number text, unit text) of a cell that is a number followed by a unit ('1,234 kWh'), else None."""
    folded = str(text).translate(_FOLD).strip()
    found = _WITH_UNIT.fullmatch(folded)
    if found is None:
        return None
    try:
        parse_number(found.group(1))
    except NumberTextError:
        return None
    return found.group(1).strip(), found.group(2).strip()


def parse_numbers(texts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The same rule over a whole column at once: (float values, NaN where blank or refused; the
    error key of each refused cell, None elsewhere). Blank cells are neither.

    A column of plain ASCII numbers (the usual case) is matched against NUMBER and converted in
    C-level loops; any other column goes cell by cell through `parse_number` itself."""
    import numpy as np
    import pandas as pd

    cells = texts.to_numpy(dtype=object)
    values = np.full(len(cells), np.nan)
    keys = np.full(len(cells), None, dtype=object)
    filled = np.flatnonzero(cells != "")
    if len(filled):
        plain = _plain_column(cells[filled])
        if plain is not None:
            values[filled] = plain
        else:
            for i, result in zip(filled, map(_number_or_key, cells[filled])):
                if isinstance(result, str):
                    keys[i] = result
                else:
                    values[i] = result
    return pd.Series(values, index=texts.index), pd.Series(keys, index=texts.index, dtype=object)


def _plain_column(cells) -> list[float] | None:
    """The floats of cells that all match NUMBER as they stand (ASCII, no spaces, so no line
    breaks either) and are finite, else None."""
    if not all(map(NUMBER.fullmatch, cells)):
        return None
    joined = "\n".join(cells)
    values = list(map(float, (joined.replace(",", "") if "," in joined else joined).split("\n")))
    return values if all(map(math.isfinite, values)) else None


def _number_or_key(text: str) -> float | str:
    try:
        return parse_number(text)
    except NumberTextError as exc:
        return exc.key
