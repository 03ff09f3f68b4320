"""Every step page is a StepPage the window calls directly (no probing of pages for methods)."""

from __future__ import annotations

from gcomdesk.app.pages.base import StepPage
from gcomdesk.core.step_ids import STEP_IDS
from tests.app.helpers import open_in


def test_every_step_page_is_a_step_page_and_takes_a_navigation_request(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    for step_id in STEP_IDS:
        page = window.page(step_id)
        assert isinstance(page, StepPage), step_id
        # A request to show a GPC row: the sector pages focus it; the others are simply shown.
        window.navigate(step_id, "I.1.1")
        assert window.pageStack.currentWidget() is page
    window.navigate("stationary", "I.1.2")
    assert window.current_step() == "stationary"
