"""Helpers the GUI tests share: open a file through the window, type into table cells, read the file."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from gcomdesk.app.pages import review
from gcomdesk.app.records_model import COLUMNS
from gcomdesk.core.reference import load_reference
from gcomdesk.store.project import Project

REF = load_reference()


def type_text(widget, text: str) -> None:
    """Type any text (Hangul too, which QTest.keyClicks cannot) as key presses into a widget."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def closed(widget) -> bool:
    """True once an editor is hidden or deleted."""
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()


def click(qtbot, button) -> None:
    """Click a button where an officer would: on its label or indicator (a radio button's hit area
    is not its whole width)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def open_in(window, qtbot, path: Path) -> None:
    """Open a file through the window and wait until it is shown."""
    with qtbot.waitSignal(window.session_changed, timeout=20000, check_params_cb=lambda s: s is not None):
        window.files.open_path(path)


def stored_records(path: Path):
    """The records as another program would read them from the file."""
    with Project.open(path) as project:
        return project.records_frame()


def stored_profile(path: Path):
    """The profile as stored in the file."""
    with Project.open(path) as project:
        return project.profile


def cell_editor(table, row: int, column: str):
    """Open the editor of a cell with F2, as an officer would, and return it."""
    index = table.model().index(row, COLUMNS.index(column))
    table.setFocus()
    table.setCurrentIndex(index)
    table.scrollTo(index)
    from PySide6.QtTest import QTest

    QTest.keyClick(table, Qt.Key.Key_F2)
    candidates = table.viewport().findChildren(QLineEdit) + table.viewport().findChildren(QComboBox)
    editors = [w for w in candidates if w.isVisible() and w.parent() is table.viewport()]
    assert editors, f"no editor opened for {column}"
    return editors[-1]


def type_into_cell(qtbot, table, row: int, column: str, text: str, refused: bool = False) -> QLineEdit:
    """Type text into a cell and press Enter; returns the editor (still open when the text is refused)."""
    editor = cell_editor(table, row, column)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if not refused:  # the view commits on the next turn of the event loop
        qtbot.waitUntil(lambda: closed(editor), timeout=3000)
    return editor


def choose_in_cell(qtbot, table, row: int, column: str, value: str) -> None:
    """Pick a value from a cell's list and press Enter."""
    combo = cell_editor(table, row, column)
    position = combo.findData(value)
    assert position >= 0, f"{value} is not offered in {column}: {[combo.itemData(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(position)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(combo), timeout=3000)



def release(obj) -> None:
    """Delete a Qt object now, on the GUI thread, and collect its garbage here too: left to Python's
    cyclic collector it could be destroyed later on a worker thread (a crash in other tests)."""
    obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def leaves(page):
    """On the review page: (model index of column 0, finding) for every finding row in the tree."""
    out = []

    def walk(parent):
        for row in range(page.model.rowCount(parent)):
            index = page.model.index(row, 0, parent)
            if index.data(review.FINDING_ROLE) is not None:
                out.append((index, page.findings()[index.data(review.FINDING_ROLE)]))
            walk(index)
    walk(page.model.index(-1, -1))
    return out


def preview_of(window, qtbot, monkeypatch, path: Path):
    """File > Import with `path` chosen: the import preview, once it has read the file."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.actionImport.trigger()
    dialog = window.files.preview_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.runner.busy, timeout=20000)
    return dialog


def import_through_preview(window, qtbot, monkeypatch, path: Path) -> None:
    """File > Import, then Enter in the preview (its default button imports), then wait for the write."""
    dialog = preview_of(window, qtbot, monkeypatch, path)
    assert dialog.importButton.isEnabled(), dialog.summaryLabel.text()
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        dialog.importButton.click()
