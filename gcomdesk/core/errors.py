"""Errors the core raises; each carries a Message so the reader sees it in their language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gcomdesk.core.messages import Message


class GcomdeskError(Exception):
    """Base error: a message key and its placeholders."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.message = Message(key, params)
        super().__init__(self.message.render("en"))

    def render(self, lang: str) -> str:
        """Return the error text in `lang`."""
        return self.message.render(lang)


class ReferenceDataError(GcomdeskError):
    """A bundled reference file is missing or malformed (a start-up error)."""


class ProjectFileError(GcomdeskError):
    """A project file cannot be opened or written; the file is left untouched."""


class UnitError(GcomdeskError):
    """A unit is unknown or does not fit the activity."""


class ProfileError(GcomdeskError):
    """A profile value is invalid (unknown GWP set, edition, region...)."""


@dataclass(frozen=True)
class CellError:
    """One problem in an input file, at a spreadsheet row (header = row 1) and a column."""

    row: int
    column: str
    message: Message

    def render(self, lang: str) -> str:
        """Return 'row N, column C: text' in `lang`."""
        where = Message("import.where", {"row": self.row, "column": self.column}).render(lang)
        return f"{where}: {self.message.render(lang)}"


class ImportRejected(GcomdeskError):
    """An input file was rejected as a whole; `errors` lists every cell that is wrong."""

    def __init__(self, path: str, errors: list[CellError]) -> None:
        self.errors = errors
        super().__init__("import.rejected", path=path, count=len(errors))

    def render(self, lang: str) -> str:
        """Return the headline and one line per cell error."""
        lines = [self.message.render(lang)] + ["  " + e.render(lang) for e in self.errors]
        return "\n".join(lines)
