"""The step navigator: states and problem counts come from the core; keyboard and menus move
between steps; "find a GPC row" and navigation requests land on the right card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gcomdesk.app.find_row import FindRowDialog
from gcomdesk.app.navigator import COUNT_ROLE, DETAIL_ROLE, STATE_ROLE
from gcomdesk.app.pages import page_classes
from gcomdesk.app.pages.placeholder import PlaceholderPage
from gcomdesk.core.steps import STEP_IDS, StepState
from tests.app.helpers import click, open_in


def test_states_and_counts_come_from_the_core(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    model = window.navigator_model
    progress = window.session.progress()
    for row, step_id in enumerate(STEP_IDS):
        index = model.index(row)
        assert index.data(STATE_ROLE) == progress.steps[step_id].state
        assert index.data(COUNT_ROLE) == progress.steps[step_id].problem_count
    assert model.index(1).data(STATE_ROLE) == StepState.NOT_STARTED
    assert "0 of 14 rows" in model.index(1).data(DETAIL_ROLE)
    window.show_step("stationary")
    card = window.page("stationary").current_card()
    click(qtbot, card.choices["I.1.1"].buttons["NO"])  # no explanation yet: a problem
    assert model.index(1).data(STATE_ROLE) == StepState.NEEDS_ATTENTION
    assert model.index(1).data(COUNT_ROLE) >= 1
    assert "problem" in model.index(1).data(Qt.ItemDataRole.AccessibleTextRole).lower()


def test_the_sample_is_complete_in_the_navigator(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    states = [window.navigator_model.index(r).data(STATE_ROLE) for r in range(len(STEP_IDS))]
    assert states[:4] == [StepState.COMPLETE] * 4


def test_keyboard_moves_between_steps(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    window.show_step("profile")
    window.navigatorView.setFocus()
    qtbot.keyClick(window.navigatorView, Qt.Key.Key_Down)
    assert window.current_step() == "stationary"
    assert window.pageStack.currentWidget() is window.page("stationary")
    window.actionNextStep.trigger()
    assert window.current_step() == "transport"
    window.actionPreviousStep.trigger()
    assert window.current_step() == "stationary"
    window.actions_.step_actions[STEP_IDS.index("waste")].trigger()
    assert window.current_step() == "waste"
    assert window.actions_.step_actions[2].shortcut().toString() == "Ctrl+3"
    assert window.actionFindRow.shortcut().toString() == "Ctrl+F"


def test_find_a_gpc_row(window, qtbot, sample_file, monkeypatch):
    open_in(window, qtbot, sample_file)

    def officer_searches(dialog: FindRowDialog) -> int:
        qtbot.keyClicks(dialog.queryEdit, "i.3.2")
        assert dialog.chosen_ref() == "I.3.2"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FindRowDialog, "exec", officer_searches)
    window.actionFindRow.trigger()
    page = window.page("stationary")
    assert window.current_step() == "stationary"
    assert page.current_card().subsector_no == "I.3"


def test_search_finds_korean_words(app, qtbot):
    from tests.app.helpers import REF

    dialog = FindRowDialog(REF)
    qtbot.addWidget(dialog)
    dialog.queryEdit.setText("매립")
    refs = {dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(dialog.proxy.rowCount())}
    assert "III.1.1" in refs and "I.1.1" not in refs


def test_navigation_requests_reach_the_record(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    records = window.session.records_frame()
    target = int(records[(records.gpc_ref == "II.1.1")].index[1])
    window.session.navigate_requested.emit("transport", "II.1.1", target, "amount")
    card = window.page("transport").current_card()
    assert card.subsector_no == "II.1"
    current = card.table.currentIndex()
    assert card.model.record_id(current.row()) == target
    assert current.column() == 2


def test_review_results_export_pages_or_a_plain_page_when_one_breaks(window, qtbot, sample_file, monkeypatch):
    open_in(window, qtbot, sample_file)
    for step_id, page_class in page_classes().items():
        page = window.page(step_id)
        assert isinstance(page, page_class)
        assert page.objectName() == f"page_{step_id}"
    import gcomdesk.app.pages.review as review

    def broken(*args, **kwargs):
        raise RuntimeError("simulated page defect")

    monkeypatch.setattr(review.ReviewPage, "__init__", broken)
    window.files.close_session()
    open_in(window, qtbot, sample_file)
    assert isinstance(window.page("review"), PlaceholderPage)
    assert "could not be shown" in window.page("review").textLabel.text()
    assert isinstance(window.page("results"), page_classes()["results"])  # the others still work
