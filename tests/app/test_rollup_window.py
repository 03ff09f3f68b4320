"""File > Roll up municipal inventories…: the dialog rolls three municipal files up on a worker, opens
the province file and shows the findings; a municipality given twice writes nothing and says why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.exchange.rollup_files import three


def _drive(window, qtbot, inputs, target) -> None:
    window.rollups.action.trigger()
    dialog = window.rollups.dialog
    qtbot.waitExposed(dialog)
    dialog.add_paths([str(p) for p in inputs])
    dialog.pathEdit.setFocus()
    qtbot.keyClick(dialog.pathEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    dialog.pathEdit.insert(str(target))
    qtbot.keyClick(dialog.pathEdit, Qt.Key.Key_Return)


def test_rollup_from_the_window_opens_the_province(window, qtbot, tmp_path, message_boxes):
    assert window.rollups.action in window.menuFile.actions() and window.rollups.action.isEnabled()
    inputs = three(tmp_path)
    target = tmp_path / "충청남도"
    _drive(window, qtbot, inputs, target)
    written = target.with_suffix(".gcdx")
    qtbot.waitUntil(lambda: window.session is not None and window.session.project.path == written
                    and not window.runner.busy, timeout=30000)
    kind, title, text = next(m for m in message_boxes if m[0] == "information")
    assert title == "Roll-up written" and "3 municipalities" in text and "I.4.4" in text
    assert window.session.inventory.profile.level == "provincial"


def test_a_municipality_twice_writes_nothing(window, qtbot, tmp_path, message_boxes):
    inputs = three(tmp_path)
    target = tmp_path / "p.gcdx"
    copy = tmp_path / "copy.gcdx"
    copy.write_bytes(inputs[0].read_bytes())  # 가시 given twice
    _drive(window, qtbot, [*inputs, copy], target)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30000)
    kind, title, text = message_boxes[-1]
    assert (kind, title) == ("warning", "Nothing was rolled up") and "given twice" in text
    assert not target.exists()
