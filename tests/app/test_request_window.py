"""File > Data request workbook…: the dialog driven by keyboard writes the workbook (on a worker)
and says so; a path it cannot write gives a plain message and no file."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from gcomdesk.app import i18n
from tests.app.helpers import open_in


def _drive(window, qtbot, path: str, downs: int) -> None:
    """Open the dialog, arrow down to a sector, tab to the path, type it, Enter."""
    window.requests.action.trigger()
    dialog = window.requests.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.sectorCombo.hasFocus, timeout=5000)
    for _ in range(downs):
        qtbot.keyClick(dialog.sectorCombo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.sectorCombo, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.languageCombo, Qt.Key.Key_Tab)
    assert dialog.pathEdit.hasFocus()
    qtbot.keyClick(dialog.pathEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    dialog.pathEdit.insert(path)  # replaces the selection, as an input method commits Korean text
    qtbot.keyClick(dialog.pathEdit, Qt.Key.Key_Return)


def test_keyboard_writes_the_request_in_the_window_language(window, qtbot, empty_file, tmp_path):
    assert window.requests.action in window.menuFile.actions() and not window.requests.action.isEnabled()
    open_in(window, qtbot, empty_file)
    window.actionKorean.trigger()
    qtbot.waitUntil(lambda: window.requests.action.text() == "자료 요청서 만들기(&D)…", timeout=5000)
    assert i18n.language() == "ko"
    target = tmp_path / "수송_요청"
    _drive(window, qtbot, str(target), downs=1)  # stationary -> transport
    written = target.with_suffix(".xlsx")
    qtbot.waitUntil(lambda: written.exists() and not window.runner.busy, timeout=20000)
    wb = openpyxl.load_workbook(written)
    assert wb.sheetnames == ["자료입력", "작성안내", "목록"]
    gpc = [c.value for c in wb["목록"]["A"][1:] if c.value]
    assert gpc[0] == "II.1.1" and all(g.startswith("II.") for g in gpc)
    assert "자료 요청서를 저장했습니다" in window.statusbar.currentMessage()


def test_unwritable_path_says_so_and_writes_nothing(window, qtbot, empty_file, tmp_path, message_boxes):
    open_in(window, qtbot, empty_file)
    target = tmp_path / "missing-folder" / "r.xlsx"
    _drive(window, qtbot, str(target), downs=0)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20000)
    kind, title, text = message_boxes[-1]
    assert (kind, title) == ("warning", "The workbook was not saved") and "cannot be written" in text
    assert not target.parent.exists()
