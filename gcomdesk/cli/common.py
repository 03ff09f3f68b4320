"""Helpers the CLI commands share: messages in the reader's language, numbers from arguments."""

from __future__ import annotations

import argparse

from gcomdesk.core.errors import ProfileError
from gcomdesk.core.messages import Message


def text(key: str, lang: str, /, **params) -> str:
    """Render a catalogue message."""
    return Message(key, params).render(lang)


def positive_int(value: str) -> int:
    """argparse type: a whole number >= 0, thousands separators allowed."""
    try:
        number = int(str(value).replace(",", "").strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"'{value}' is negative")
    return number


def optional_float(value: str, field: str) -> float | None:
    """Parse an optional decimal from a profile option, or raise ProfileError naming the field."""
    if value is None or str(value).strip() == "":
        return None
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        raise ProfileError("profile.number", field=field, value=value) from None
