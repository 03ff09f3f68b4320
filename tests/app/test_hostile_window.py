"""Damaged and hostile files in the window: the message names what is wrong, the window stays
usable, the file is unchanged."""

import pytest

from tests.store import hostile


@pytest.mark.parametrize("case", ["trigger_deletes", "flipped_text", "profile_not_json", "records_dropped", "amount_infinite"])
def test_open_a_damaged_file_shows_why(window, qtbot, tmp_path, message_boxes, case):
    path = hostile.make(tmp_path / "city.gcdx", case)
    before = path.read_bytes()
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        window.files.open_path(path)
    assert window.session is None and window.centralWidget().isEnabled()
    assert message_boxes and hostile.CASES[case][2] in message_boxes[-1][2]
    assert path.read_bytes() == before


def test_save_what_can_be_read_to_a_new_file(window, qtbot, tmp_path, message_boxes, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    path = hostile.make(tmp_path / "city.gcdx", "amount_text")
    before = path.read_bytes()
    target = tmp_path / "saved.gcdx"
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: next(
        b for b in self.buttons() if b.text().startswith("Save what can be read")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.session_changed, timeout=20000, check_params_cb=lambda s: s is not None):
        window.files.open_path(path)
    assert window.session.project.path == target
    assert len(window.session.project.records()) == 2  # record 1 (amount 'lots') left out
    kinds = [kind for kind, *_ in message_boxes]
    assert kinds[:2] == ["exec", "information"]
    assert "amount" in message_boxes[0][2] and "Left out (1)" in message_boxes[1][2] and "record 1" in message_boxes[1][2]
    assert path.read_bytes() == before


def test_a_busy_or_foreign_file_offers_no_recovery(window, qtbot, tmp_path, message_boxes):
    broken = tmp_path / "text.gcdx"
    broken.write_text("not sqlite", encoding="utf-8")
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        window.files.open_path(broken)
    assert [kind for kind, *_ in message_boxes] == ["warning"]
