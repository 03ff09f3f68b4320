"""Helpers the CLI commands share: messages in the reader's language, numbers from arguments."""

from __future__ import annotations

import argparse

from gcomdesk.core.errors import ProfileError
from gcomdesk.core.messages import Message
from gcomdesk.core.numbers import COMMA, NumberTextError, parse_number


def text(key: str, lang: str, /, **params) -> str:
    """Render a catalogue message."""
    return Message(key, params).render(lang)


def positive_int(value: str) -> int:
    """argparse type: a whole number >= 0 (core.numbers: thousands separators allowed, '1,5' refused)."""
    try:
        number = parse_number(value)
    except NumberTextError as exc:
        raise argparse.ArgumentTypeError(exc.message.render("en")) from None
    if number != int(number):
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number")
    number = int(number)
    if number < 0:
        raise argparse.ArgumentTypeError(f"'{value}' is negative")
    return number


def optional_float(value: str, field: str) -> float | None:
    """Parse an optional decimal from a profile option, or raise ProfileError naming the field."""
    if value is None or str(value).strip() == "":
        return None
    try:
        return parse_number(value)
    except NumberTextError as exc:
        key = "profile.number_comma" if exc.key == COMMA else "profile.number"
        raise ProfileError(key, field=field, value=value) from None
