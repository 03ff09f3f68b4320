"""The open inventory as the window sees it: a thin Qt adapter over `store.Inventory`.

The Inventory (Qt-free) owns the project file, the records table, the edits and the analysis.
The Session adds what only a window needs: signals that tell the pages what changed, the undo
stack (every edit is an `app.commands.ApplyChangesCommand` whose ChangeSet goes through
`apply`), and running the analysis off the GUI thread when it is not instant. Pages listen to
`records_changed`, `changed` and `results_changed` and redraw from `results()`, `progress()`
and `findings()`. Nothing here touches widgets.

Analysis, newest wins: small inventories are analysed on demand (instant); above SYNC_LIMIT
records an edit keeps the previous figures on screen, says `recalculating(True)` and analyses a
snapshot on the thread pool. At most one analysis runs and at most one more is pending, so a
burst of edits never queues a burst of analyses; a result older than the newest edit is dropped.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from gcomdesk.app.workers import TaskRunner
from gcomdesk.core.analysis import Analysis
from gcomdesk.core.model import Profile, Record
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.steps import InventoryProgress
from gcomdesk.core.totals import InventoryResults
from gcomdesk.store.changes import Applied, ChangeSet
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project

log = logging.getLogger("gcomdesk")
SYNC_LIMIT = 20_000  # above this many records, the analysis runs on the thread pool

Notation = tuple[str, str, str] | None  # (key, explanation, included_in) or no key


class Session(QObject):
    """One open inventory in the window: signals, undo stack, background analysis."""

    changed = Signal()  # records, profile or acknowledgements changed (already committed to the file)
    profile_changed = Signal()
    results_changed = Signal()  # results() would now return fresh figures
    navigate_requested = Signal(str, str, int, str)  # step id, gpc_ref, record id (0 = none), field name
    records_changed = Signal(str, list)  # "updated" (same rows, new values) | "structure" (rows added/removed), ids
    recalculating = Signal(bool)
    write_failed = Signal(object)  # a GcomdeskError from the project; the edit did not happen
    year_changed = Signal(int)  # another year is shown and edited (every page redraws)
    estimate_requested = Signal(list)  # GPC rows a card asks to estimate top-down (the window opens the dialog)
    years_changed = Signal()  # a year was added, deleted or renamed, or the base year moved

    def __init__(self, project: Project | Inventory, ref: ReferenceLibrary | None = None, parent: QObject | None = None,
                 records: pd.DataFrame | None = None, analysis: Analysis | None = None) -> None:
        super().__init__(parent)
        self.inventory = project if isinstance(project, Inventory) else Inventory(project, ref, records, analysis)
        self.ref = self.inventory.ref
        self.undo_stack = QUndoStack(self)
        self._shown: Analysis | None = analysis  # what the pages show (the previous one while recalculating)
        self._generation = 0
        self._running = False
        self._pending = False
        self._runner = TaskRunner(self)
        self._kick = QTimer(self)  # edits made in one pass of the event loop start one analysis
        self._kick.setSingleShot(True)
        self._kick.setInterval(0)
        self._kick.timeout.connect(self._start_analysis)
        self._estimated: frozenset[str] | None = None  # rows holding only estimates, until the next write

    # -- reading ----------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        """The project file (its path, single records for undo; writes go through `apply`)."""
        return self.inventory.project

    @property
    def profile(self) -> Profile:
        """The active year's profile (cached until it changes)."""
        return self.inventory.profile

    @property
    def year(self) -> int:
        """The inventory year shown and edited."""
        return self.inventory.year

    @property
    def years(self) -> list[int]:
        """The project's inventory years, oldest first."""
        return self.inventory.years

    def set_year(self, year: int) -> None:
        """Show and edit another year: every page redraws from that year's records and figures."""
        year = int(year)
        if year == self.year:
            return
        self.inventory.set_year(year)
        self._show_year()

    def _show_year(self) -> None:
        """Another year is shown: every page redraws from its records, profile and figures."""
        self._generation += 1  # a background analysis of the year shown before is not shown
        self._shown = None
        self._estimated = None
        self.year_changed.emit(self.year)
        self.records_changed.emit("structure", [])
        self.profile_changed.emit()
        self.changed.emit()
        self.results_changed.emit()

    def records_frame(self) -> pd.DataFrame:
        """The project's records, indexed by record id (cached; patched in place by edits)."""
        return self.inventory.records

    def record(self, record_id: int) -> Record:
        """One stored record."""
        return self.project.record(int(record_id))

    def _analysed(self) -> Analysis:
        if self._shown is None:
            self._shown = self.inventory.analysis()
        return self._shown

    def analysis(self) -> Analysis:
        """Results, findings and progress together (the previous ones while a large recalculation runs)."""
        return self._analysed()

    def results(self) -> InventoryResults:
        """Calculated results (the previous ones while a large recalculation runs)."""
        return self._analysed().results

    def progress(self) -> InventoryProgress:
        """Every step's state and problems, from the core."""
        return self._analysed().progress

    def findings(self) -> list:
        """The checks' findings."""
        return self._analysed().findings

    @property
    def stale(self) -> bool:
        """True while a background recalculation is due or running (the figures shown are the previous ones)."""
        return self._running or self._pending or self._kick.isActive()

    def record_ids(self, gpc_refs, kinds) -> np.ndarray:
        """Ids of the records of these GPC rows and kinds, in display order (by id: a restored
        record keeps its id, so it comes back where it was)."""
        frame = self.records_frame()
        mask = frame["gpc_ref"].isin(list(gpc_refs)) & frame["kind"].isin(list(kinds))
        return np.sort(frame.index.to_numpy()[mask.to_numpy(dtype=bool)], kind="stable")

    def notation_of(self, gpc_ref: str) -> tuple[str, str, str] | None:
        """(key, explanation, included_in) of a GPC row's notation key, or None."""
        rows = self._notation_rows(gpc_ref)
        if rows.empty:
            return None
        first = rows.iloc[0]
        return tuple("" if pd.isna(first[c]) else str(first[c]) for c in ("notation_key", "explanation", "included_in"))

    def _notation_rows(self, gpc_ref: str) -> pd.DataFrame:
        frame = self.records_frame()
        return frame[(frame["kind"] == "notation") & (frame["gpc_ref"] == gpc_ref)]

    def notation_changes(self, gpc_ref: str, value: Notation) -> ChangeSet:
        """The ChangeSet that gives a GPC row this notation key (None removes it); one key per row."""
        rows = self._notation_rows(gpc_ref)
        existing = [int(i) for i in rows.index]
        if value is None:
            return ChangeSet(delete=existing)
        key, explanation, included_in = value
        values = {"notation_key": key, "explanation": explanation, "included_in": included_in or None}
        if gpc_ref in self.estimated_rows():  # the officer's own key replaces an estimated one
            return ChangeSet(add=[Record("notation", gpc_ref, year=int(self.profile.year), **values)], delete=existing)
        if existing:
            return ChangeSet(update=[(existing[0], values)], delete=existing[1:])
        return ChangeSet(add=[Record("notation", gpc_ref, year=int(self.profile.year), **values)])

    # -- writing (through app.commands.ApplyChangesCommand) ------------------------------------
    def apply(self, changes: ChangeSet) -> Applied:
        """Write a batch of edits in one transaction (in the year shown unless the ChangeSet names
        its own), tell the pages once and analyse once. An edit of another year (an undo of an
        edit made there, a year just added) shows that year."""
        changes = self.inventory.in_year(changes)
        year_before = self.year
        applied = self.inventory.apply(changes)
        self._announce(changes, applied, year_before)
        return applied

    def applied_elsewhere(self, changes: ChangeSet, applied: Applied) -> None:
        """Take in edits another connection wrote (an import on a worker thread)."""
        year_before = self.year
        self.inventory.applied_elsewhere(changes, applied)
        self._announce(changes, applied, year_before)

    def estimated_rows(self) -> frozenset[str]:
        """The GPC rows of the year shown whose records are all top-down estimates (core/estimates)."""
        if self._estimated is None:
            from gcomdesk.core.estimates.totals import estimate_flags

            frame = self.records_frame()
            flags = estimate_flags(frame)
            estimated = set(frame.loc[flags, "gpc_ref"]) if len(frame) else set()
            self._estimated = frozenset(estimated - set(frame.loc[~flags, "gpc_ref"]))
        return self._estimated

    def _announce(self, changes: ChangeSet, applied: Applied, year_before: int) -> None:
        self._estimated = None
        if changes.touches_years() or "year" in changes.profile or "base_year" in changes.profile:
            self.years_changed.emit()
        target = changes.year if changes.year in self.years else self.year
        if target != self.year:
            self.set_year(target)
            return
        if self.year != year_before:  # the year shown was deleted or renamed
            self._show_year()
            return
        background = self._outdate()
        if applied.added_ids or applied.deleted_ids:
            ids = [*applied.deleted_ids, *applied.added_ids, *applied.updated_ids]
            self.records_changed.emit("structure", [int(i) for i in ids])
        elif applied.updated_ids:
            self.records_changed.emit("updated", [int(i) for i in applied.updated_ids])
        if changes.touches_profile():
            self.profile_changed.emit()
        self.changed.emit()
        if not background:
            self.results_changed.emit()

    # -- analysis, newest wins --------------------------------------------------------------------
    def _outdate(self) -> bool:
        """The shown analysis is out of date: forget it (small inventories: recomputed on demand) or
        keep showing it while one runs in the background. True when it runs in the background."""
        self._generation += 1
        if self._shown is None or len(self.records_frame()) <= SYNC_LIMIT:
            self._shown = None
            return False
        if not self.stale:
            self.recalculating.emit(True)
        if self._running:
            self._pending = True
        else:
            self._kick.start()
        return True

    def _start_analysis(self) -> None:
        self._running, self._pending = True, False
        generation, snapshot = self._generation, self.inventory.snapshot()

        def done(analysis: Analysis) -> None:
            self._running = False
            if self._pending:  # edits came meanwhile: this result is already old; analyse the newest state
                self._start_analysis()
                return
            self.recalculating.emit(False)
            if generation == self._generation:
                self.inventory.install(analysis)
                self._shown = analysis
                self.results_changed.emit()

        def failed(exc: BaseException) -> None:
            self._running = False
            log.error("analysis failed", exc_info=exc)
            if self._pending:
                self._start_analysis()
            else:
                self.recalculating.emit(False)

        self._runner.start("recalculate", lambda state: snapshot.analyse(), done, failed)

    def close(self) -> None:
        """Close the project file."""
        self._kick.stop()
        self._runner.cancel()
        self.inventory.close()
