"""An open inventory, Qt-free: the project file, its records table, its edits and its analysis.

The window's Session wraps one (adding signals, the undo stack and threads); the CLI commands and
the export use one directly. The records table is read once, indexed by record id, and patched
in place by `apply` (never reloaded per edit); the analysis is cached until the next edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from gcomdesk.core.analysis import Analysis, analyse
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary, load_reference
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
    """What an analysis needs, copied so that it can run on another thread while edits go on."""

    records: pd.DataFrame
    profile: Profile
    ref: ReferenceLibrary
    acknowledgements: tuple[dict, ...]

    def analyse(self) -> Analysis:
        """Run the one analysis pipeline over this snapshot."""
        return analyse(self.records, self.profile, self.ref, self.acknowledgements)


class Inventory:
    """One open inventory. Use `Inventory.open(path)` (or wrap an open Project); close it or use `with`."""

    def __init__(self, project: Project, ref: ReferenceLibrary | None = None,
                 records: pd.DataFrame | None = None, analysis: Analysis | None = None) -> None:
        self.project = project
        self.ref = ref or load_reference()
        self._records: pd.DataFrame | None = indexed(records) if records is not None else None
        self._profile: Profile | None = None
        self._acknowledgements: tuple[dict, ...] | None = None
        self._analysis: Analysis | None = analysis

    @classmethod
    def open(cls, path: str | Path, ref: ReferenceLibrary | None = None) -> Inventory:
        """Open a project file (refused unchanged when foreign, newer or corrupt)."""
        return cls(Project.open(path), ref)

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
    def profile(self) -> Profile:
        """The stored profile (cached until an edit changes it)."""
        if self._profile is None:
            self._profile = self.project.profile
        return self._profile

    @property
    def records(self) -> pd.DataFrame:
        """Every record, indexed by record id (cached; patched in place by `apply`). Do not modify."""
        if self._records is None:
            self._records = indexed(self.project.records_frame())
        return self._records

    @property
    def acknowledgements(self) -> tuple[dict, ...]:
        """The officer's explained warnings (cached until an edit changes them)."""
        if self._acknowledgements is None:
            self._acknowledgements = tuple(self.project.acknowledgements())
        return self._acknowledgements

    def analysis(self, level: str | None = None) -> Analysis:
        """Results, findings and progress (cached until the next edit). `level` overrides the
        profile's reporting level for the checks (not cached)."""
        if level is not None and level != self.profile.reporting_level:
            return analyse(self.records, self.profile, self.ref, self.acknowledgements, level)
        if self._analysis is None:
            self._analysis = self.snapshot().analyse()
        return self._analysis

    @property
    def analysed(self) -> bool:
        """True when `analysis()` would return at once (nothing changed since it last ran)."""
        return self._analysis is not None

    def install(self, analysis: Analysis) -> None:
        """Keep an analysis computed elsewhere (off the GUI thread) from a snapshot of the current state."""
        self._analysis = analysis

    def snapshot(self) -> Snapshot:
        """The current state, for an analysis on another thread while edits go on. The records table
        is a shallow copy: pandas copy-on-write copies a column only when `apply` writes into it, so
        taking a snapshot costs well under a millisecond and the snapshot never sees later edits."""
        return Snapshot(self.records.copy(deep=False), self.profile, self.ref, self.acknowledgements)

    # -- writing ----------------------------------------------------------------------------
    def apply(self, changes: ChangeSet, user: str = "", progress: Callable[[int, int], None] | None = None) -> Applied:
        """Write a batch of edits in one transaction, patch the cached state and return what was done
        (with the exact inverse, for undo)."""
        applied = self.project.apply(changes, user=user, progress=progress)
        self._forget(changes)
        if self._records is not None and changes.touches_records():
            self._patch(applied)
        return applied

    def applied_elsewhere(self, changes: ChangeSet, applied: Applied) -> None:
        """Take in a ChangeSet another connection to the same file wrote (an import on a worker thread)."""
        self._forget(changes)
        if self._records is not None and changes.touches_records():
            self._patch(applied)

    def _forget(self, changes: ChangeSet) -> None:
        self._analysis = None
        if changes.touches_profile():
            self._profile = None
        if changes.acknowledge or changes.unacknowledge:
            self._acknowledgements = None

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
