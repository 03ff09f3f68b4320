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


class UsageError(Exception):
    """The command line names something the file does not hold (a year): like argparse's own usage
    errors, the message goes to stderr and the command exits 2, nothing changed."""

    def __init__(self, key: str, /, **params) -> None:
        super().__init__(key)
        self.message = Message(key, params)


def held_year(project, year: int | None) -> int:
    """`year` when the project holds it, the latest year when None; else UsageError listing the
    project's years (exit 2)."""
    years = project.years()
    if year is None:
        return years[-1]
    if int(year) not in years:
        raise UsageError("cli.year.not_held", year=year, years=", ".join(map(str, years)))
    return int(year)


def open_inventory(path: str, year: int | None, lang: str):
    """Open an inventory at `year` (default: the latest; UsageError for a year it does not hold); say
    on stderr where the copy of an older file was kept when opening migrated it."""
    import sys

    from gcomdesk.store.inventory import Inventory

    inventory = Inventory.open(path)
    note_migration(inventory.project, lang)
    try:
        inventory.set_year(held_year(inventory.project, year))
    except BaseException:
        inventory.close()
        raise
    sys.stdout.flush()
    return inventory


def note_migration(project, lang: str) -> None:
    """One line on stderr when opening the project migrated an older file (and where its copy is)."""
    import sys

    if project.migrated_backup is not None:
        print(text("cli.migrated", lang, path=project.path, backup=project.migrated_backup), file=sys.stderr)
