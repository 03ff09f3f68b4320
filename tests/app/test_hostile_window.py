"""Damaged and hostile files in the window: the message names what is wrong, the window stays
usable, the file is unchanged; where most of it can be read, the window offers to save that to a
new file and opens it."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.store import hostile


@pytest.fixture
def questions(monkeypatch):
    """Every question asked, answered with Cancel unless a test says otherwise."""
    asked = []
    answer = {"button": QMessageBox.StandardButton.Cancel}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer["button"])
    return asked, answer


@pytest.mark.parametrize("case", ["trigger_deletes", "flipped_text", "profile_not_json", "records_dropped", "amount_infinite"])
def test_open_a_damaged_file_shows_why(window, qtbot, tmp_path, message_boxes, questions, case):
    path = hostile.make(tmp_path / "city.gcdx", case)
    before = path.read_bytes()
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        window.files.open_path(path)
    assert window.session is None and window.centralWidget().isEnabled()
    shown = [text for _, _, text in message_boxes] + questions[0]
    assert shown and hostile.CASES[case][2] in shown[-1]
    assert path.read_bytes() == before


def test_what_can_be_read_is_saved_to_a_new_file_and_opened(window, qtbot, tmp_path, message_boxes, questions, monkeypatch):
    path = hostile.make(tmp_path / "city.gcdx", "trigger_deletes")
    before = path.read_bytes()
    target = tmp_path / "city-recovered.gcdx"
    questions[1]["button"] = QMessageBox.StandardButton.Save
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.session_changed, timeout=20000, check_params_cb=lambda s: s is not None):
        window.files.open_path(path)
    assert "Save what can be read" in questions[0][0]
    assert window.session.project.path == target and len(window.session.records_frame()) == 3
    assert path.read_bytes() == before
