"""The crash path: log every uncaught error to the user's log folder and show copyable details.

`sys.excepthook` and `threading.excepthook` write the traceback to gcomdesk.log and to a
crash-<time>.log file. The dialog is shown on the GUI thread only (errors from worker threads are
relayed by a queued signal) and can be turned off with GCOMDESK_NO_CRASH_DIALOG=1 or the
`debug/crash_dialog` setting, which tests do.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from gcomdesk import __version__
from gcomdesk.app import settings
from gcomdesk.app.forms import load_form

log = logging.getLogger("gcomdesk")


def setup_logging() -> Path:
    """Send gcomdesk's log records to gcomdesk.log in the log folder; return the file's path."""
    path = settings.log_dir() / "gcomdesk.log"
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def dialog_enabled() -> bool:
    """False when the environment or the settings turn the crash dialog off."""
    if os.environ.get("GCOMDESK_NO_CRASH_DIALOG", "") not in ("", "0"):
        return False
    return bool(settings.get(settings.CRASH_DIALOG))


def write_report(exc_type, exc, tb, thread_name: str = "") -> tuple[Path, str]:
    """Log an error and write it to its own crash file; return the file and the report text."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    header = f"gcomdesk {__version__} · Python {sys.version.split()[0]} · {sys.platform}"
    if thread_name:
        header += f" · thread {thread_name}"
    report = f"{header}\n{datetime.now().isoformat(timespec='seconds')}\n\n{details}"
    log.error("uncaught error%s\n%s", f" in {thread_name}" if thread_name else "", details)
    path = settings.log_dir() / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
    path.write_text(report, encoding="utf-8")
    return path, report


class CrashDialog(QDialog):
    """Says something went wrong, where the log is, and holds the details to copy."""

    def __init__(self, report: str, path: Path, parent=None) -> None:
        super().__init__(parent)
        load_form("crash_dialog.ui", self)
        self.detailsEdit.setPlainText(report)
        self._path = path
        self.copyButton.clicked.connect(self._copy)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts that carry values."""
        self.whereLabel.setText(self.tr("The details were saved to {path}.").format(path=self._path))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.detailsEdit.toPlainText())


class _Relay(QObject):
    crashed = Signal(str, str)  # report, crash file


class CrashHandler:
    """Installs the hooks; keeps the previous hooks to restore them."""

    def __init__(self) -> None:
        self._relay = _Relay()
        self._relay.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)
        self.last_report: str = ""
        self.showing = False

    def install(self) -> None:
        """Take over sys.excepthook and threading.excepthook."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Give the hooks back."""
        sys.excepthook, threading.excepthook = self._previous

    def handle(self, exc_type, exc, tb, thread_name: str = "") -> None:
        """Log the error and (on the GUI thread, later) show it."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        path, report = write_report(exc_type, exc, tb, thread_name)
        self.last_report = report
        self._relay.crashed.emit(report, str(path))

    def _handle_thread(self, args) -> None:
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, getattr(args.thread, "name", ""))

    def _show(self, report: str, path: str) -> None:
        if not dialog_enabled() or self.showing or QApplication.instance() is None:
            return
        self.showing = True  # one dialog at a time, even if the error repeats
        try:
            CrashDialog(report, Path(path), QApplication.activeWindow()).exec()
        finally:
            self.showing = False
