"""The one rule for reading a number an officer typed or a file holds, for every entry path: the
importer (vectorised over a whole column), a table cell, a method form and a CLI option.

Korean and English both write `.` for the decimal point and `,` for thousands, so:
- `150,000`, `1,234.5`, `-5`, `+.5`, `7.`, `1e3` are numbers; surrounding spaces do not matter;
- full-width digits, comma, point and signs (`１２３`, `１，５００`) are read as their ASCII forms, and
  the minus sign `−` (U+2212, what word processors put in) as `-`;
- `1,5` (or `1,23,456`, `1,5000`) is refused as ambiguous rather than guessed: a European decimal
  comma would otherwise become fifteen. The message asks for `1.5` or `1,500`;
- anything else (`nan`, `inf`, `1_000`, `5%`, `1 000`, other scripts' digits) is not a number, and a
  value too large for a float (`1e999`) is not finite.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from gcomdesk.core.messages import Message

if TYPE_CHECKING:
    import pandas as pd

# full-width forms (U+FF01..U+FF5E) -> ASCII, ideographic space -> space, minus signs -> '-'
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " ", 0x2212: "-", 0x2012: "-", 0x2013: "-"}
_FOLD = str.maketrans({chr(k): (v if isinstance(v, str) else chr(v)) for k, v in _FOLD.items()})
# A plain number ("-5", "+.5", "7.", "1e3") or one with comma thousands groups ("1,234.5"; no exponent).
NUMBER = re.compile(r"[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
# Digits with commas that are not thousands groups: "1,5", "1,23,456", "12,5.0".
AMBIGUOUS = re.compile(r"[+-]?[0-9]+(?:,[0-9]+)+(?:\.[0-9]*)?")

INVALID, NOT_FINITE, COMMA = "number.invalid", "number.not_finite", "number.comma"
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


def parse_number(text: str) -> float:
    """The number `text` holds (see the module's rule), or NumberTextError."""
    text = str(text)
    folded = (text if text.isascii() else text.translate(_FOLD)).strip()
    if not NUMBER.fullmatch(folded):
        raise NumberTextError(COMMA if AMBIGUOUS.fullmatch(folded) else INVALID, text.strip())
    value = float(folded.replace(",", "") if "," in folded else folded)
    if not math.isfinite(value):
        raise NumberTextError(NOT_FINITE, text.strip())
    return value


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
