"""An open inventory, Qt-free: the project file, its records table, its edits and its analysis.

The window's Session wraps one (adding signals, the undo stack and threads); the CLI commands and
the export use one directly. The records table is read once, indexed by record id, and patched
in place by `apply` (never reloaded per edit); the analysis is cached until the next edit.

A project holds one or more inventory years; an Inventory shows one of them at a time (`year`,
default the latest; `set_year` switches). `records`, `profile`, `acknowledgements` and
`analysis()` are the active year's; edits without a year go to it. Every year's figures are kept
for the changes between years, and an edit recomputes only the years it touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from gcomdesk.core.analysis import Analysis, analyse
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.core.totals import summarize
from gcomdesk.core.trend import YearFigures
from gcomdesk.core.years import YEAR_FIELDS
from gcomdesk.store.changes import Applied, ChangeSet
from gcomdesk.store.project import Project

_CELLWISE = 200  # up to this many changed records, patch the table cell by cell


def _missing(dtype):
    """What an empty value is in a column of this dtype."""
    return pd.NA if isinstance(dtype, pd.Int64Dtype) else np.nan if dtype.kind == "f" else None


def indexed(frame: pd.DataFrame) -> pd.DataFrame:
    """A records table indexed by record id (the layout `Inventory.records` keeps)."""
    frame.index = pd.Index(frame["id"].to_numpy(dtype=np.int64))
    return frame


@dataclass(frozen=True)
class Snapshot:
    """What an analysis needs, copied so that it can run on another thread while edits go on.
    `others` holds the other years: their figures, or (records, profile) to compute them from."""

    records: pd.DataFrame
    profile: Profile
    ref: ReferenceLibrary
    acknowledgements: tuple[dict, ...]
    others: dict[int, YearFigures | tuple[pd.DataFrame, Profile]] = field(default_factory=dict)

    def analyse(self, level: str | None = None) -> Analysis:
        """Run the one analysis pipeline over this snapshot."""
        others = {y: v if isinstance(v, YearFigures) else YearFigures.of(summarize(v[0], v[1], self.ref), v[1])
                  for y, v in self.others.items()}
        return analyse(self.records, self.profile, self.ref, self.acknowledgements, level, others)


class Inventory:
    """One open inventory. Use `Inventory.open(path)` (or wrap an open Project); close it or use `with`."""

    def __init__(self, project: Project, ref: ReferenceLibrary | None = None,
                 records: pd.DataFrame | None = None, analysis: Analysis | None = None,
                 year: int | None = None) -> None:
        self.project = project
        self.ref = ref or load_reference()
        self._records: pd.DataFrame | None = indexed(records) if records is not None else None  # every year's
        self._years: list[int] | None = None
        self._year: int | None = int(year) if year is not None else None
        self._view: pd.DataFrame | None = None  # the active year's records
        self._profile: Profile | None = None
        self._acknowledgements: tuple[dict, ...] | None = None
        self._analysis: Analysis | None = analysis
        self._figures: dict[int, YearFigures] = dict(analysis.figures) if analysis is not None else {}

    @classmethod
    def open(cls, path: str | Path, ref: ReferenceLibrary | None = None, year: int | None = None) -> Inventory:
        """Open a project file (refused unchanged when foreign, newer or corrupt) at `year` (default:
        the latest year it holds)."""
        inventory = cls(Project.open(path), ref)
        if year is not None:
            inventory.set_year(year)
        return inventory

    def close(self) -> None:
        """Close the project file."""
        self.project.close()

    def __enter__(self) -> Inventory:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading ----------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        """The project file."""
        return self.project.path

    @property
    def years(self) -> list[int]:
        """The inventory years the project holds, oldest first."""
        if self._years is None:
            self._years = self.project.years()
        return self._years

    @property
    def year(self) -> int:
        """The year being shown and edited (the latest unless `set_year` chose another)."""
        if self._year not in self.years:
            self._year = self.years[-1]
        return self._year

    def set_year(self, year: int) -> None:
        """Show and edit another of the project's years."""
        year = int(year)
        if year not in self.years:
            self.project.year_settings(year)  # raises project.no_year, naming the years there are
        if year != self._year:
            self._year = year
            self._forget_view()

    def _forget_view(self) -> None:
        self._view = self._profile = self._acknowledgements = self._analysis = None

    @property
    def profile(self) -> Profile:
        """The active year's profile (cached until an edit changes it)."""
        if self._profile is None:
            self._profile = self.project.profile_of(self.year)
        return self._profile

    def profile_of(self, year: int) -> Profile:
        """Another year's profile."""
        return self.profile if int(year) == self.year else self.project.profile_of(year)

    @property
    def all_records(self) -> pd.DataFrame:
        """Every year's records, indexed by record id (cached; patched in place by `apply`). Do not modify."""
        if self._records is None:
            self._records = indexed(self.project.records_frame())
        return self._records

    def records_of(self, year: int) -> pd.DataFrame:
        """One year's records, indexed by record id."""
        frame = self.all_records
        return frame[(frame["year"] == int(year)).to_numpy(dtype=bool, na_value=False)]

    @property
    def records(self) -> pd.DataFrame:
        """The active year's records, indexed by record id (cached until an edit). Do not modify."""
        if self._view is None:
            frame = self.all_records
            one_year = len(self.years) == 1 and not frame["year"].ne(self.year).any()
            self._view = frame if one_year else self.records_of(self.year)
        return self._view

    @property
    def acknowledgements(self) -> tuple[dict, ...]:
        """The active year's explained warnings (cached until an edit changes them)."""
        if self._acknowledgements is None:
            self._acknowledgements = tuple(self.project.acknowledgements(self.year))
        return self._acknowledgements

    def analysis(self, level: str | None = None) -> Analysis:
        """The active year's results, findings and progress (cached until the next edit). `level`
        overrides the profile's reporting level for the checks (not cached)."""
        if level is not None and level != self.profile.reporting_level:
            return self.snapshot().analyse(level)
        if self._analysis is None:
            self.install(self.snapshot().analyse())
        return self._analysis

    def figures(self) -> dict[int, YearFigures]:
        """Every year's figures (CO2e by GPC row and the totals), by year."""
        return dict(self.analysis().figures)

    @property
    def analysed(self) -> bool:
        """True when `analysis()` would return at once (nothing changed since it last ran)."""
        return self._analysis is not None

    def install(self, analysis: Analysis) -> None:
        """Keep an analysis computed elsewhere (off the GUI thread) from a snapshot of the current state."""
        self._analysis = analysis
        self._figures.update(analysis.figures)

    def snapshot(self) -> Snapshot:
        """The current state, for an analysis on another thread while edits go on. The records table
        is a shallow copy: pandas copy-on-write copies a column only when `apply` writes into it, so
        taking a snapshot costs well under a millisecond and the snapshot never sees later edits."""
        others = {y: self._figures.get(y) or (self.records_of(y).copy(deep=False), self.project.profile_of(y))
                  for y in self.years if y != self.year}
        return Snapshot(self.records.copy(deep=False), self.profile, self.ref, self.acknowledgements, others)

    # -- writing ----------------------------------------------------------------------------
    def in_year(self, changes: ChangeSet) -> ChangeSet:
        """The ChangeSet with the active year as its year when it names none."""
        return changes if changes.year is not None else replace(changes, year=self.year)

    def apply(self, changes: ChangeSet, user: str = "", progress: Callable[[int, int], None] | None = None) -> Applied:
        """Write a batch of edits in one transaction (in the active year unless it names its own),
        patch the cached state and return what was done (with the exact inverse, for undo)."""
        changes = self.in_year(changes)
        applied = self.project.apply(changes, user=user, progress=progress)
        self.applied_elsewhere(changes, applied)
        return applied

    def applied_elsewhere(self, changes: ChangeSet, applied: Applied) -> None:
        """Take in a ChangeSet written (through this project or another connection to the same file,
        e.g. an import on a worker thread): forget what it outdated, patch the records table."""
        touched = self._touched_years(changes, applied)
        renamed = "year" in changes.profile
        if renamed or changes.touches_years():
            self._years = None
        if renamed:  # every record of a year moved: read the table again
            self._records = None
        elif self._records is not None and changes.touches_records():
            self._patch(applied)
        touched |= self._touched_years(changes, applied)
        project_wide = renamed or any(k not in YEAR_FIELDS for k in changes.profile)
        self._figures = {} if project_wide else {y: f for y, f in self._figures.items() if y not in touched}
        self._view = self._analysis = None
        if changes.touches_profile():
            self._profile = None
        if changes.acknowledge or changes.unacknowledge or changes.delete_years:
            self._acknowledgements = None
        if renamed and self._year == changes.year:
            self._year = int(changes.profile["year"])

    def _touched_years(self, changes: ChangeSet, applied: Applied) -> set[int]:
        """The years whose figures an edit may move (read before and after patching the records)."""
        years = {y for y in (changes.year, *changes.delete_years, *(a.year for a in changes.add_years)) if y is not None}
        if changes.touches_profile():
            years.add(changes.year)
        frame = self._records
        if frame is not None:
            ids = [*applied.added_ids, *applied.updated_ids, *applied.deleted_ids]
            present = frame.index.intersection(pd.Index(ids, dtype=np.int64))
            years |= {int(y) for y in frame.loc[present, "year"].dropna().unique()}
        return years

    def _patch(self, applied: Applied) -> None:
        frame = self._records
        if applied.deleted_ids:
            frame = frame.drop(index=list(applied.deleted_ids), errors="ignore")
        if applied.added_ids:
            rows = self._read(applied.added_ids, frame)
            frame = pd.concat([frame, rows]) if len(frame) else rows
            if len(frame) and not frame.index.is_monotonic_increasing:  # a restored record goes back to its place
                frame = frame.sort_index(kind="stable")
        if len(applied.updated) > _CELLWISE:
            rows = self._read(applied.updated_ids, frame)
            frame.loc[rows.index, rows.columns] = rows
        else:  # a few records: set the written values cell by cell (no read-back)
            for record_id, values in applied.updated:
                for name, value in values.items():
                    frame.at[record_id, name] = _missing(frame[name].dtype) if value is None else value
        self._records = frame

    def _read(self, ids, like: pd.DataFrame) -> pd.DataFrame:
        rows = indexed(self.project.records_frame(ids))
        return rows.astype(like.dtypes.to_dict()) if len(like) else rows
