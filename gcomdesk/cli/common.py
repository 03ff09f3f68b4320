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


def add_year_option(parser, t) -> None:
    """`--year YEAR`: the inventory year a command works on (default: the project's latest)."""
    parser.add_argument("--year", type=year_number, help=t("cli.opt.year_select"))


def year_number(value: str) -> int:
    """argparse type: an inventory year 1990-2100."""
    try:
        number = parse_number(value)
    except NumberTextError as exc:
        raise argparse.ArgumentTypeError(exc.message.render("en")) from None
    if number != int(number) or not 1990 <= number <= 2100:
        raise argparse.ArgumentTypeError(f"'{value}' is not a year between 1990 and 2100")
    return int(number)


def open_inventory(path: str, year: int | None, lang: str):
    """Open an inventory at `year` (default: the latest); say on stderr where the copy of an older
    file was kept when opening migrated it."""
    import sys

    from gcomdesk.store.inventory import Inventory

    inventory = Inventory.open(path)
    note_migration(inventory.project, lang)
    if year is not None:
        try:
            inventory.set_year(year)
        except Exception:
            inventory.close()
            raise
    sys.stdout.flush()
    return inventory


def note_migration(project, lang: str) -> None:
    """One line on stderr when opening the project migrated an older file (and where its copy is)."""
    import sys

    if project.migrated_backup is not None:
        print(text("cli.migrated", lang, path=project.path, backup=project.migrated_backup), file=sys.stderr)
