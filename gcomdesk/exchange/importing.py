"""The one entry for reading a file to import, for the command line and the window alike: activity
data (activity, reported and notation rows: `activity_import`) or method records (`method_import`),
told apart by the file itself, read and checked completely before the project is touched.

- A workbook with a sheet named by a method code (`swds_fod`, `incineration.`..) is a method-record
  file: its method sheets are read (with `sheet`, that one and its table sheets), other sheets are
  left out and said so in the report.
- A CSV, or a chosen sheet, with a `method` column holds method records, one per row.
- Anything else is activity data.

The caller writes the records table as ONE ChangeSet (`activity_import.import_changes`): one
transaction, one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from gcomdesk.core.model import Profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import compose, new_year_settings
from gcomdesk.exchange.activity_import import parse_activity_table
from gcomdesk.exchange.activity_layout import COLUMN_ALIASES
from gcomdesk.exchange.method_import import (
    MethodImport,
    has_method_column,
    method_sheet_names,
    read_method_table,
    read_method_workbook,
    workbook_sheets,
)
from gcomdesk.exchange.method_layout import record_aliases
from gcomdesk.exchange.tabular import XLSX_SUFFIXES, Table, fold, read_table

__all__ = ["ImportRead", "ImportYears", "method_workbook", "read_import"]


@dataclass(frozen=True)
class ImportYears:
    """What a read needs of the project, taken once (a worker thread then needs no connection): the
    project's profile fields, each year's settings and the year rows without a year go to."""

    settings: Mapping
    by_year: Mapping[int, Mapping]
    target: int
    _profiles: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, project, year: int | None = None) -> ImportYears:
        """The years of an open `store.Project` (target: `year`, default the latest)."""
        years = project.years()
        return cls(project.settings(), {y: project.year_settings(y) for y in years},
                   int(year) if year is not None else years[-1])

    @property
    def held(self) -> list[int]:
        """The years the project holds."""
        return sorted(self.by_year)

    def profile_for(self, year: int | None) -> Profile:
        """The profile a record of `year` is calculated with: a held year's, or for a year the import
        would add, the one `import_changes` gives it (editions published for it, `target`'s side)."""
        year = self.target if year is None else int(year)
        if year not in self._profiles:
            settings = self.by_year.get(year)
            if settings is None:
                settings = new_year_settings(load_reference(), year, self.by_year[self.target])
            self._profiles[year] = compose(self.settings, year, settings)
        return self._profiles[year]


@dataclass
class ImportRead:
    """A file read for import: its records table, which kind of file it was and what the reading
    reports (method files: the defaults applied; every file: rows skipped, such as totals)."""

    frame: pd.DataFrame
    kind: str  # 'activity' or 'method'
    methods: MethodImport | None = None
    table: Table | None = None

    def report_lines(self, lang: str) -> list[str]:
        """What the import says besides the count, one line each."""
        if self.methods is not None:
            return self.methods.report_lines(lang)
        return [f"  {note.render(lang)}" for note in (self.table.notes if self.table is not None else [])]


def _known_headers() -> set[str]:
    activity = {fold(name) for canon, aliases in COLUMN_ALIASES.items() for name in (canon, *aliases)}
    return activity | set(record_aliases())


def method_workbook(path: str | Path, sheet: str | None = None) -> bool:
    """Whether `path` is a workbook of method sheets (with `sheet`: whether that sheet is one),
    judged by the sheets' names alone. A CSV or another sheet may still hold method records: a
    table with a `method` column (`method_import.has_method_column`)."""
    path = Path(path)
    if path.suffix.lower() not in XLSX_SUFFIXES:
        return False
    names = workbook_sheets(path)
    chosen = [sheet.strip()] if sheet is not None else names
    return bool(method_sheet_names([n for n in chosen if n in names]))


def read_import(path: str | Path, years: ImportYears, sheet: str | None = None, add_years: bool = False,
                gas_volume: str | None = None, header_row: int | None = None) -> ImportRead:
    """Read `path` for import into a project whose years are `years` (see the module's description).

    Rows naming a year the project does not hold are errors unless `add_years`; `gas_volume` says
    what a bare m3 of a gas is (activity data); `header_row` chooses the header row instead of
    finding it (of every sheet read). Raises ImportFileError or ImportRejected (every problem
    listed); nothing is written."""
    path = Path(path)
    held = None if add_years else years.held
    if method_workbook(path, sheet):
        methods = read_method_workbook(path, years.profile_for, held, sheet, header_row=header_row)
        return ImportRead(methods.frame, "method", methods)
    table = read_table(path, sheet, header_row=header_row, known=_known_headers())
    if has_method_column(table):
        methods = read_method_table(table, path.name, years.profile_for, held)
        return ImportRead(methods.frame, "method", methods, table)
    frame = parse_activity_table(table, path.name, years=held, gas_volume=gas_volume)  # its notes go to table.notes
    return ImportRead(frame, "activity", table=table)
