"""The crash path: uncaught errors (GUI thread and worker threads) are logged to the user's log
folder; the dialog shows copyable details and is off in tests."""

from __future__ import annotations

import sys
import threading

from PySide6.QtGui import QGuiApplication

from gcomdesk.app import settings
from gcomdesk.app.crash import CrashDialog, CrashHandler, dialog_enabled, setup_logging


def _raise(message: str):
    try:
        raise ValueError(message)
    except ValueError:
        return sys.exc_info()


def test_an_uncaught_error_is_logged_to_the_log_folder(app, config_dir):
    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook == handler.handle
        sys.excepthook(*_raise("boom on the GUI thread"))
    finally:
        handler.uninstall()
    crash_files = list(settings.log_dir().glob("crash-*.log"))
    assert len(crash_files) == 1 and settings.log_dir().is_relative_to(config_dir)
    assert "boom on the GUI thread" in crash_files[0].read_text(encoding="utf-8")
    assert "ValueError" in handler.last_report


def test_errors_in_worker_threads_are_caught_too(app, qtbot):
    setup_logging()
    handler = CrashHandler()
    handler.install()
    try:
        thread = threading.Thread(target=lambda: (_ for _ in ()).throw(RuntimeError("worker failed")), name="worker-1")
        thread.start()
        thread.join()
    finally:
        handler.uninstall()
    assert "worker failed" in handler.last_report and "worker-1" in handler.last_report
    assert "worker failed" in (settings.log_dir() / "gcomdesk.log").read_text(encoding="utf-8")


def test_dialog_is_off_in_tests_and_by_setting(monkeypatch):
    assert not dialog_enabled()
    monkeypatch.setenv("GCOMDESK_NO_CRASH_DIALOG", "0")
    assert dialog_enabled()
    settings.put(settings.CRASH_DIALOG, False)
    assert not dialog_enabled()


def test_crash_dialog_details_can_be_copied(app, qtbot, tmp_path):
    dialog = CrashDialog("Traceback: ValueError: x", tmp_path / "crash.log")
    qtbot.addWidget(dialog)
    assert str(tmp_path / "crash.log") in dialog.whereLabel.text()
    assert dialog.detailsEdit.isReadOnly()
    dialog.copyButton.click()
    assert QGuiApplication.clipboard().text() == "Traceback: ValueError: x"
