"""The status bar's long-work indicator: what is running, how far, and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from gcomdesk.app.workers import TaskRunner


class BusyIndicator:
    """Shows the window's file task and the session's background recalculation."""

    def __init__(self, statusbar: QStatusBar, runner: TaskRunner) -> None:
        self.runner = runner
        self.label = QLabel(statusbar)
        self.bar = QProgressBar(statusbar)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(statusbar)
        self.cancel.clicked.connect(runner.cancel)
        for widget in (self.label, self.bar, self.cancel):
            statusbar.addPermanentWidget(widget)
        runner.started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.idle.connect(self._idle)
        self._recalculating = False
        self._labels = dict
        self._idle()

    def set_labels(self, labels) -> None:
        """A function that returns the texts of task labels (the file handling knows them)."""
        self._labels = labels

    def _started(self, label: str) -> None:
        self.label.setText(self._labels().get(label, label))
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel.setText(QCoreApplication.translate("BusyIndicator", "Cancel"))
        for widget in (self.label, self.bar, self.cancel):
            widget.setVisible(True)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _idle(self) -> None:
        self.cancel.setVisible(False)
        if self._recalculating:
            return
        self.label.setVisible(False)
        self.bar.setVisible(False)

    def recalculating(self, running: bool) -> None:
        """The session recalculates a large inventory in the background."""
        self._recalculating = running
        if running and not self.runner.busy:
            self.label.setText(QCoreApplication.translate("BusyIndicator", "Recalculating…"))
            self.bar.setRange(0, 0)
            self.label.setVisible(True)
            self.bar.setVisible(True)
        elif not running and not self.runner.busy:
            self._idle()
