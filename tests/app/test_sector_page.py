"""Sector pages generated from the reference library: cards, keyboard, clipboard, methods."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gcomdesk.app.pages.method_section import MethodForm, refs_with_methods
from gcomdesk.app.records_model import COLUMNS
from gcomdesk.core.steps import SECTOR_STEPS, gpc_rows_of_step, subsectors_of_step
from tests.app.helpers import REF, open_in, stored_records


def test_every_sector_step_has_a_card_per_subsector(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    for step in SECTOR_STEPS:
        window.show_step(step)
        page = window.page(step)
        assert page.subsectorList.count() == len(subsectors_of_step(step, REF))
        for row in range(page.subsectorList.count()):
            page.subsectorList.setCurrentRow(row)
            card = page.current_card()
            assert set(card.choices) == {r.ref for r in subsectors_of_step(step, REF)[row][1]}
    assert sum(len(p.cards) for p in window.pages.values() if hasattr(p, "cards")) == sum(
        len(subsectors_of_step(s, REF)) for s in SECTOR_STEPS)
    assert len({r.ref for s in SECTOR_STEPS for r in gpc_rows_of_step(s, REF)}) == 52  # all but VI.1


def test_arrow_keys_move_between_choices_without_choosing(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    window.show_step("stationary")
    page = window.page("stationary")
    page.subsectorList.setFocus()
    qtbot.keyClick(page.subsectorList, Qt.Key.Key_Return)
    choice = page.current_card().choices["I.1.1"]
    assert choice.buttons["data"].hasFocus()
    qtbot.keyClick(choice.buttons["data"], Qt.Key.Key_Right)
    assert choice.buttons["NO"].hasFocus()
    assert window.session.notation_of("I.1.1") is None and len(stored_records(empty_file)) == 0
    qtbot.keyClick(choice.buttons["NO"], Qt.Key.Key_Space)
    assert window.session.notation_of("I.1.1")[0] == "NO"


def _new_row_in_i11(window, qtbot, path):
    """Open `path`, add a row to I.1.1 and put the cursor on its activity cell; the card."""
    open_in(window, qtbot, path)
    window.show_step("stationary")
    card = window.page("stationary").current_card()
    card.add_row("I.1.1")
    card.table.setCurrentIndex(card.model.index(0, COLUMNS.index("activity")))
    return card


def test_copy_and_paste_like_a_spreadsheet(window, qtbot, empty_file):
    card = _new_row_in_i11(window, qtbot, empty_file)
    written, refused = card.clipboard.paste("도시가스\t95,000\t천Nm3\n등유\t6,500\tkL\n경유\tmany\tkL\n")
    assert (written, refused) == (8, 1)
    stored = stored_records(empty_file)
    assert stored["activity"].tolist() == ["city_gas_lng", "kerosene", "diesel"]
    assert stored["amount"].tolist()[:2] == [95000.0, 6500.0]
    assert "did not fit" in card.detailLabel.text()
    assert window.actions_.undo_action.text() == "Undo Paste rows (3)"
    window.actions_.undo_action.trigger()
    assert stored_records(empty_file)["activity"].isna().all() and len(stored_records(empty_file)) == 1
    window.actions_.redo_action.trigger()
    card.table.setCurrentIndex(card.model.index(0, COLUMNS.index("activity")))
    card.table.selectRow(0)
    assert card.clipboard.copy().startswith("I.1.1\tCity gas (LNG)\t95,000\tkNm3")
    assert QGuiApplication.clipboard().text().startswith("I.1.1")


def test_calculate_with_a_method_where_the_core_has_one(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    window.show_step("waste")
    card = window.page("waste").current_card()
    assert refs_with_methods(card.refs) == ["III.1.1", "III.1.2", "III.1.3"]
    toggle = card.methods.toggles["III.1.1"]
    toggle.setChecked(True)
    form = card.methods.forms["III.1.1"]
    assert isinstance(form, MethodForm) and form.isVisibleTo(card)
    toggle.setChecked(False)
    assert not form.isVisibleTo(card)
    window.show_step("stationary")
    assert window.page("stationary").current_card().methods is None  # no method for I.1


def test_a_row_can_hold_reported_tonnes_instead_of_an_activity(window, qtbot, empty_file):
    from tests.app.helpers import choose_in_cell, type_into_cell

    open_in(window, qtbot, empty_file)
    window.show_step("stationary")
    page = window.page("stationary")
    page.subsectorList.setCurrentRow(2)  # I.3 manufacturing: large plants report their tonnes
    card = page.current_card()
    card.add_row("I.3.1")
    choose_in_cell(qtbot, card.table, 0, "activity", "__reported__")
    assert card.model.index(0, COLUMNS.index("activity")).data() == "Reported tonnes"
    assert not card.model.flags(card.model.index(0, COLUMNS.index("amount"))) & Qt.ItemFlag.ItemIsEditable
    type_into_cell(qtbot, card.table, 0, "co2_t", "12,000")
    type_into_cell(qtbot, card.table, 0, "ch4_t", "1.5")
    stored = stored_records(empty_file).iloc[0]
    assert (stored.kind, stored.co2_t, stored.ch4_t) == ("reported", 12000.0, 1.5)
    assert window.session.results().by_gpc.at["I.3.1", "co2e_t"] == 12000 + 1.5 * 28


def test_standard_shortcuts_reach_the_actions(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.show_step("stationary")
    card = window.page("stationary").current_card()
    card.add_row("I.1.2")
    assert len(stored_records(empty_file)) == 1
    window.navigatorView.setFocus()
    qtbot.keyClick(window.navigatorView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(stored_records(empty_file)) == 0
    qtbot.keyClick(window.navigatorView, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(stored_records(empty_file)) == 1
    qtbot.keyClick(window.navigatorView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.navigatorView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(stored_records(empty_file)) == 1
    qtbot.keyClick(window.navigatorView, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "transport"


def test_the_detail_says_how_a_billed_mj_of_gas_was_read(window, qtbot, empty_file):
    # issue 16 item 1: a city-gas bill's MJ is gross (총발열량); the row's working says so and gives the
    # ratio to net energy, 38.9/43.1 = 0.9026 (Energy Act heat table, resources/reference/fuels.csv)
    card = _new_row_in_i11(window, qtbot, empty_file)
    card.clipboard.paste("도시가스\t4,094,500,000\tMJ\n")
    assert stored_records(empty_file)["unit"].tolist() == ["MJ"]
    detail = card.model.detail(0)
    assert "= 3,695 TJ" in detail  # TJ of net energy (3,695.5), as 95,000 천㎥ gives
    assert "0.9026" in detail and ("gross" in detail or "총발열량" in detail)
