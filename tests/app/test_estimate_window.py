"""Top-down estimates in the window: a row's "Estimate from national data…" shows the proposal and
its arithmetic and adds it as one undo step; Edit > "Estimate empty rows…" previews every empty
BASIC row, takes a proxy the profile lacks, and adds the ticked ones; the officer's own key
replaces an estimate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gcomdesk.app import i18n
from gcomdesk.core.estimates import propose as propose_module
from tests.app.helpers import click, open_in, stored_records


class NoRegional:
    def nearest(self, *args):
        return None


@pytest.fixture(autouse=True)
def national_path(monkeypatch):
    monkeypatch.setattr(propose_module, "_regional", NoRegional)


def _card(window):
    window.show_step("stationary")
    page = window.page("stationary")
    page.subsectorList.setCurrentRow(0)
    return page.current_card()


def _dialog(window, qtbot):
    dialog = window.estimates.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_one_rows_estimate_from_its_card_then_the_officers_key_replaces_it(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    choice = _card(window).choices["I.1.1"]
    assert choice.estimateButton.isVisible()
    click(qtbot, choice.estimateButton)
    dialog = _dialog(window, qtbot)
    assert dialog.model.rowCount() == 1 and dialog.model.item(0, 1).text() == "I.1.1"
    # 30,677,579 t (1.A.4.b, 2022) x 250,000 / 51,439,038 = 149,096.8 t
    assert dialog.model.item(0, 2).text() == "149,096.8 tCO2e"
    assert "30,677,579 tCO2e" in dialog.detail.toPlainText() and "250,000" in dialog.detail.toPlainText()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: window.estimates.dialog is None, timeout=5000)
    records = stored_records(empty_file)
    assert list(records["gpc_ref"]) == ["I.1.1"] and records["quality"].iloc[0] == "L"
    qtbot.waitUntil(lambda: "Estimated (top-down)" in choice.stateLabel.text(), timeout=5000)
    assert choice.property("state") == "estimated" and choice.estimateButton.isVisible()
    click(qtbot, choice.buttons["NO"])  # the officer knows better: NO replaces the estimate
    qtbot.waitUntil(lambda: list(stored_records(empty_file)["kind"]) == ["notation"], timeout=5000)
    assert not choice.estimateButton.isVisible()
    window.actions_.undo_action.trigger()
    window.actions_.undo_action.trigger()
    assert len(stored_records(empty_file)) == 0


def test_every_empty_basic_row_previewed_with_a_proxy_and_added_as_one_step(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    i18n.install("ko")
    try:
        qtbot.waitUntil(lambda: window.estimates.action.text() == "빈 행을 국가 자료로 추정(&E)…", timeout=5000)
        window.estimates.action.trigger()
        dialog = _dialog(window, qtbot)
        rows = [dialog.model.item(r, 1).text() for r in range(dialog.model.rowCount())]
        assert rows[:3] == ["I.1.1", "I.1.2", "I.2.1"] and "III.4.2" in rows
        before = dialog.model.item(0, 2).text()
        edit = dialog.proxyEdits["households"]
        edit.setFocus()
        edit.insert("105,000")
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # proposed again with the households; the dialog stays open
        # 30,677,579 t x 105,000 / 23,705,814 households (2022) = 135,880.0 t
        qtbot.waitUntil(lambda: dialog.model.item(0, 2).text() == "135,880.0 tCO2e", timeout=5000)
        assert dialog.isVisible() and before != dialog.model.item(0, 2).text() and "세대 수" in dialog.detail.toPlainText()
        dialog.model.item(rows.index("I.3.1"), 0).setCheckState(Qt.CheckState.Unchecked)  # declined
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.text() == f"추정값 추가(&A) ({len(rows) - 1})"
        ok.click()
        qtbot.waitUntil(lambda: len(stored_records(empty_file)) == len(rows) - 1, timeout=10000)
        assert "I.3.1" not in set(stored_records(empty_file)["gpc_ref"])
        assert window.session.undo_stack.count() == 1
        window.actions_.undo_action.trigger()  # one step takes them all back
        assert len(stored_records(empty_file)) == 0
    finally:
        i18n.install("en")


def test_a_proxy_that_is_not_a_number_says_so_and_adds_nothing(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    window.estimates.action.trigger()
    dialog = _dialog(window, qtbot)
    edit = dialog.proxyEdits["vehicles"]
    edit.setFocus()
    edit.insert("many")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "many" in dialog.problem.text() or "number" in dialog.problem.text()
    dialog.reject()
    assert len(stored_records(empty_file)) == 0
