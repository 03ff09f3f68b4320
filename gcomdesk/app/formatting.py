"""Numbers as the window shows them: thousands separators, sensible decimals, nothing for empty."""

from __future__ import annotations

import math


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def format_tonnes(value) -> str:
    """Tonnes with decimals that suit their size: 1,234,567 / 12.3 / 0.042."""
    number = _number(value)
    if number is None:
        return ""
    if number == 0:
        return "0"
    size = abs(number)
    decimals = 0 if size >= 1000 else 1 if size >= 10 else 3 if size >= 0.001 else 6
    return f"{number:,.{decimals}f}"


def format_amount(value) -> str:
    """An amount as typed back: grouped, with the decimals it has (up to six)."""
    number = _number(value)
    if number is None:
        return ""
    text = f"{number:,.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
