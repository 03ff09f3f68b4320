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
