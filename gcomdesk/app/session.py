"""The open inventory as the window sees it: the project, its undo stack and its results.

Every page edits the same Session. An edit is a QUndoCommand (app.commands) that writes through
the Session's editing methods: each writes to the project file (committed at once), patches the
cached records table in place (so 100,000 records never reload per keystroke), says which
records changed (`records_changed`) and recalculates: at once for small inventories, on the
thread pool for large ones (the previous results stay visible meanwhile). Pages listen to
`changed` and `results_changed` and redraw from `results()` and `progress()`. Nothing here
touches widgets.

Code that writes to `session.project` directly calls `notify_changed()` afterwards (full reload).
"""

from __future__ import annotations

import json
import logging
from dataclasses import fields

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from gcomdesk.app.workers import TaskRunner
from gcomdesk.core.analysis import Analysis, analyse
from gcomdesk.core.model import RECORD_FIELDS, Profile, Record
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.core.steps import InventoryProgress
from gcomdesk.core.totals import InventoryResults
from gcomdesk.store.inventory import indexed
from gcomdesk.store.project import Project

log = logging.getLogger("gcomdesk")
SYNC_LIMIT = 20_000  # above this many records, recalculation runs on the thread pool


class Session(QObject):
    """One open project: data access, undo stack, cached results and navigation requests."""

    changed = Signal()  # records or profile changed (already committed to the file)
    profile_changed = Signal()
    results_changed = Signal()  # results() would now return fresh figures
    navigate_requested = Signal(str, str, int, str)  # step id, gpc_ref, record id (0 = none), field name
    records_changed = Signal(str, list)  # "updated" | "added" | "deleted" | "reset", record ids
    recalculating = Signal(bool)
    write_failed = Signal(object)  # a GcomdeskError from the project; the edit did not happen

    def __init__(self, project: Project, ref: ReferenceLibrary | None = None, parent: QObject | None = None,
                 records: pd.DataFrame | None = None, analysis: Analysis | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.ref = ref or load_reference()
        self.undo_stack = QUndoStack(self)
        self._records: pd.DataFrame | None = indexed(records) if records is not None else None
        self._analysis: Analysis | None = analysis
        self._profile: Profile | None = None
        self._origin: dict[int, int] = {}  # restored record id -> id it had first (undo of a delete)
        self._alias: dict[int, int] = {}  # old id -> id after restoring
        self._generation = 0
        self._stale = False
        self._runner = TaskRunner(self)
        self._timer = QTimer(self)  # large inventories: recalculate once typing pauses
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._recalculate_in_background)

    # -- reading ----------------------------------------------------------------------------
    @property
    def profile(self) -> Profile:
        """The stored profile (cached until it changes)."""
        if self._profile is None:
            self._profile = self.project.profile
        return self._profile

    def records_frame(self) -> pd.DataFrame:
        """The project's records, indexed by record id (cached; patched in place by edits)."""
        if self._records is None:
            self._records = indexed(self.project.records_frame())
        return self._records

    def _analysed(self) -> Analysis:
        if self._analysis is None:
            self._analysis = analyse(self.records_frame(), self.profile, self.ref, self._acknowledgements())
        return self._analysis

    def _acknowledgements(self) -> list[dict]:
        try:
            return self.project.acknowledgements()
        except Exception:  # an older project layout: nothing acknowledged
            return []

    def results(self) -> InventoryResults:
        """Calculated results (the previous ones while a large recalculation runs)."""
        return self._analysed().results

    def progress(self) -> InventoryProgress:
        """Every step's state and problems, from the core."""
        return self._analysed().progress

    def findings(self) -> list:
        """The checks' findings (empty until gcomdesk.core.checks exists)."""
        return self._analysed().findings

    @property
    def stale(self) -> bool:
        """True while a background recalculation is running."""
        return self._stale

    def current_id(self, record_id: int) -> int:
        """The id a record has now (a deleted and restored record gets a new id)."""
        while record_id in self._alias:
            record_id = self._alias[record_id]
        return record_id

    def order_keys(self, ids: np.ndarray) -> np.ndarray:
        """Sort keys that keep a restored record where it was."""
        if not self._origin:
            return ids
        return pd.Series(ids).map(self._origin).fillna(pd.Series(ids)).to_numpy(dtype=np.int64)

    def record_ids(self, gpc_refs, kinds) -> np.ndarray:
        """Ids of the records of these GPC rows and kinds, in display order."""
        frame = self.records_frame()
        mask = frame["gpc_ref"].isin(list(gpc_refs)) & frame["kind"].isin(list(kinds))
        ids = frame.index.to_numpy()[mask.to_numpy(dtype=bool)]
        return ids[np.argsort(self.order_keys(ids), kind="stable")]

    def notation_of(self, gpc_ref: str) -> tuple[str, str, str] | None:
        """(key, explanation, included_in) of a GPC row's notation key, or None."""
        frame = self.records_frame()
        rows = frame[(frame["kind"] == "notation") & (frame["gpc_ref"] == gpc_ref)]
        if rows.empty:
            return None
        first = rows.iloc[0]
        return tuple("" if pd.isna(first[c]) else str(first[c]) for c in ("notation_key", "explanation", "included_in"))

    def snapshot(self, record_id: int) -> Record:
        """The stored record (for undo)."""
        return self.project.record(self.current_id(record_id))

    # -- writing (used by app.commands) -----------------------------------------------------
    def add_records(self, records: list[Record], restoring: list[int] | None = None) -> list[int]:
        """Store new records; `restoring` gives the ids they had before a delete (for undo)."""
        fresh = [Record(**{f.name: getattr(r, f.name) for f in fields(Record)} | {"id": None}) for r in records]
        ids = self.project.add_records(fresh)
        for old, new in zip(restoring or [], ids):
            self._alias[old] = new
            self._origin[new] = self._origin.get(old, old)
        if self._records is not None:
            rows = pd.DataFrame([self._row(self.project.record(i)) for i in ids], columns=self._records.columns)
            rows.index = np.asarray(ids, dtype=np.int64)
            rows = rows.astype(self._records.dtypes.to_dict()) if len(self._records) else rows
            self._records = pd.concat([self._records, rows]) if len(self._records) else rows
        self._after_write("added", ids)
        return ids

    def update_record(self, record_id: int, **changes) -> None:
        """Change fields of one record."""
        record_id = self.current_id(record_id)
        record = self.project.update_record(record_id, **changes)
        if self._records is not None:
            for name, value in self._row(record).items():
                self._records.at[record_id, name] = value
        self._after_write("updated", [record_id])

    def delete_records(self, record_ids: list[int]) -> list[Record]:
        """Delete records and return what they held (for undo)."""
        ids = [self.current_id(i) for i in record_ids]
        saved = [self.project.record(i) for i in ids]
        self.project.delete_records(ids)
        if self._records is not None:
            self._records = self._records.drop(index=ids, errors="ignore")
        self._after_write("deleted", ids)
        return saved

    def set_notation(self, gpc_ref: str, key: str | None, explanation: str = "", included_in: str = "") -> None:
        """Give a GPC row a notation key (None removes it); one key per row."""
        frame = self.records_frame()
        existing = frame.index[(frame["kind"] == "notation") & (frame["gpc_ref"] == gpc_ref)].tolist()
        if key is None:
            if existing:
                self.delete_records(existing)
            return
        values = {"notation_key": key, "explanation": explanation, "included_in": included_in or None}
        if existing:
            if len(existing) > 1:
                self.delete_records(existing[1:])
            self.update_record(existing[0], **values)
        else:
            self.add_records([Record("notation", gpc_ref, year=int(self.profile.year), **values)])

    def update_profile(self, **changes) -> None:
        """Change profile fields (validated by the project)."""
        self._profile = self.project.update_profile(**changes)
        self.profile_changed.emit()
        self.changed.emit()
        self._recalculate()

    def notify_changed(self, profile: bool = False) -> None:
        """Call after writing to `project` directly: reloads everything and tells every page."""
        self._records = None
        self._profile = None
        self.records_changed.emit("reset", [])
        if profile:
            self.profile_changed.emit()
        self.changed.emit()
        self._recalculate()

    def reload(self, records: pd.DataFrame) -> None:
        """Install a records table read elsewhere (e.g. by an import on a worker thread)."""
        self._records = indexed(records)
        self.records_changed.emit("reset", [])
        self.changed.emit()
        self._recalculate()

    # -- internals --------------------------------------------------------------------------
    @staticmethod
    def _row(record: Record) -> dict:
        row = {name: getattr(record, name) for name in RECORD_FIELDS}
        row["extra"] = json.dumps(record.extra or {}, ensure_ascii=False)
        return row

    def _after_write(self, kind: str, ids: list[int]) -> None:
        self.records_changed.emit(kind, [int(i) for i in ids])
        self.changed.emit()
        self._recalculate()

    def _recalculate(self) -> None:
        self._generation += 1
        records = self.records_frame()
        if len(records) <= SYNC_LIMIT or self._analysis is None:
            self._analysis = None
            self.results_changed.emit()
            return
        if not self._stale:
            self._stale = True
            self.recalculating.emit(True)
        self._timer.start()

    def _recalculate_in_background(self) -> None:
        generation, frame, profile, ref = self._generation, self.records_frame().copy(), self.profile, self.ref
        acknowledgements = self._acknowledgements()

        def done(analysis: Analysis) -> None:
            if generation != self._generation:
                return
            self._analysis, self._stale = analysis, False
            self.recalculating.emit(False)
            self.results_changed.emit()

        self._runner.start("recalculate", lambda state: analyse(frame, profile, ref, acknowledgements), done)

    def close(self) -> None:
        """Close the project file."""
        self._timer.stop()
        self._runner.cancel()
        self.project.close()
