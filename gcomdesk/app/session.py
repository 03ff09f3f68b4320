"""The open inventory as the window sees it: the project, its undo stack and its results.

Every page edits the same Session. An edit is a QUndoCommand that writes to the project file
(committed at once) and then calls `notify_changed()`; pages listen to `changed` and
`results_changed` and redraw from `results()`. Nothing here touches widgets.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.core.totals import InventoryResults, summarize
from gcomdesk.store.project import Project


class Session(QObject):
    """One open project: data access, undo stack, cached results and navigation requests."""

    changed = Signal()  # records or profile changed (already committed to the file)
    profile_changed = Signal()
    results_changed = Signal()  # results() would now return fresh figures
    navigate_requested = Signal(str, str, int, str)  # step id, gpc_ref, record id (0 = none), field name

    def __init__(self, project: Project, ref: ReferenceLibrary | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.ref = ref or load_reference()
        self.undo_stack = QUndoStack(self)
        self._records: pd.DataFrame | None = None
        self._results: InventoryResults | None = None

    @property
    def profile(self):
        """The stored profile."""
        return self.project.profile

    def records_frame(self) -> pd.DataFrame:
        """The project's records (cached until the next change)."""
        if self._records is None:
            self._records = self.project.records_frame()
        return self._records

    def results(self) -> InventoryResults:
        """Calculated results (cached until the next change)."""
        if self._results is None:
            self._results = summarize(self.records_frame(), self.profile, self.ref)
        return self._results

    def set_results(self, results: InventoryResults) -> None:
        """Install results computed off the GUI thread (see the workers module)."""
        self._results = results
        self.results_changed.emit()

    def notify_changed(self, profile: bool = False) -> None:
        """Call after writing to the project: drops caches and tells every page."""
        self._records = None
        self._results = None
        if profile:
            self.profile_changed.emit()
        self.changed.emit()
        self.results_changed.emit()

    def close(self) -> None:
        """Close the project file."""
        self.project.close()
