"""Several years in the window: add a year through the Years menu's dialog, switch years with the
selector (keyboard), edit a value in 2021 and undo it — the 2022 figures never move — delete a
year and undo, mark the base year, explain a change with its reason on the review page, and the
profile page showing every year's editions side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gcomdesk.app.years import AddYearDialog
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project
from tests.app.helpers import click, leaves, open_in, type_into_cell

SAMPLE_BASIC = 2_787_092.91  # tests/exchange/export/golden/WHY.md


def add_year_through_the_dialog(window, qtbot, year: int, keep_amounts: bool) -> None:
    """Years > Add a year..., type the year, keep or clear the amounts, OK — as an officer would."""
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AddYearDialog) and w.isVisible())
        dialog.yearSpin.selectAll()
        qtbot.keyClicks(dialog.yearSpin, str(year))
        assert dialog.copyRadio.isChecked() and dialog.copy_from() == window.session.year
        dialog.keepCheck.setChecked(keep_amounts)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    window.years.add_action.trigger()


def basic(window) -> float:
    return window.session.results().totals["basic"]


def test_switch_years_edit_2021_undo_and_2022_never_moves(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    assert window.years.combo.count() == 1 and window.years.combo.currentText() == "2022"
    add_year_through_the_dialog(window, qtbot, 2021, keep_amounts=True)
    assert window.session.years == [2021, 2022] and window.session.year == 2021  # the new year is shown
    assert "2021" in window.windowTitle()
    assert window.actions_.undo_action.text() == "Undo Add the year 2021"
    with Project.open(sample_file) as project:
        assert project.years() == [2021, 2022]

    # switch with the keyboard: Alt+Y focuses the selector, Down picks the next year
    window.years.combo.setFocus()
    qtbot.keyClick(window.years.combo, Qt.Key.Key_Down)
    window.years.combo.activated.emit(window.years.combo.currentIndex())
    assert window.session.year == 2022
    assert basic(window) == pytest.approx(SAMPLE_BASIC, abs=0.01)
    window.years.previous_action.trigger()
    assert window.session.year == 2021

    window.show_step("stationary")
    card = window.page("stationary").current_card()
    rows = [r for r in range(card.model.rowCount()) if card.model.record_id(r)]
    record = card.model.record_id(rows[0])
    with Project.open(sample_file) as project:
        assert project.record(record).year == 2021  # the card shows 2021's records
        old = project.record(record).amount
    type_into_cell(qtbot, card.table, rows[0], "amount", "123,456")
    with Project.open(sample_file) as project:
        assert project.record(record).amount == 123456.0
    window.years.next_action.trigger()
    assert window.session.year == 2022 and basic(window) == pytest.approx(SAMPLE_BASIC, abs=0.01)

    window.actions_.undo_action.trigger()  # the 2021 edit: 2021 is shown again, its amount back
    assert window.session.year == 2021
    with Project.open(sample_file) as project:
        assert project.record(record).amount == old
    window.session.set_year(2022)
    assert basic(window) == pytest.approx(SAMPLE_BASIC, abs=0.01)
    assert window.session.inventory.figures()[2022].totals["basic"] == pytest.approx(SAMPLE_BASIC, abs=0.01)


def test_delete_a_year_after_asking_and_undo_brings_it_back(window, qtbot, sample_file, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    open_in(window, qtbot, sample_file)
    add_year_through_the_dialog(window, qtbot, 2023, keep_amounts=False)
    assert window.session.year == 2023 and window.session.records_frame()["amount"].isna().all()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.years.delete_action.trigger()
    assert "2023" in asked[0]
    assert window.session.years == [2022] and window.session.year == 2022
    assert not window.years.delete_action.isEnabled()  # the last year stays
    window.actions_.undo_action.trigger()
    assert window.session.years == [2022, 2023]
    with Project.open(sample_file) as project:
        assert project.years() == [2022, 2023]


def test_the_base_year_is_marked_in_the_selector(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    add_year_through_the_dialog(window, qtbot, 2018, keep_amounts=True)
    assert window.years.combo.itemText(0) == "2018 (base year)"  # the sample's base year is 2018
    window.session.set_year(2022)
    window.years.base_action.trigger()
    assert window.session.profile.base_year == 2022 and window.years.combo.currentText() == "2022 (base year)"
    window.actions_.undo_action.trigger()
    assert window.session.profile.base_year == 2018


def test_a_change_is_explained_with_its_reason_on_the_review_page(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    add_year_through_the_dialog(window, qtbot, 2021, keep_amounts=True)
    records = window.session.records_frame()  # 2021's: residential electricity was half of 2022's
    halved = [(int(i), {"amount": float(a) / 2}) for i, a in records.loc[records["gpc_ref"] == "I.1.2", "amount"].items()]
    window.session.apply(ChangeSet(update=halved))
    window.session.set_year(2022)
    window.show_step("review")
    page = window.page("review")
    finding = next(f for f in page.findings() if f.rule == "trend.change_previous" and f.gpc_ref == "I.1.2")
    index = next(i for i, f in leaves(page) if f.key == finding.key)
    page.view.setCurrentIndex(index)
    assert page.reasonCombo.isEnabled()
    page.reasonCombo.setCurrentIndex(page.reasonCombo.findData("method_change"))
    qtbot.keyClicks(page.explanationEdit, "2022 grid factor edition")
    with qtbot.waitSignal(page.findings_ready, timeout=5000):
        qtbot.mouseClick(page.acknowledgeButton, Qt.MouseButton.LeftButton)
    with Project.open(sample_file) as project:
        stored = project.acknowledgements(2022)
    assert [(a["rule"], a["gpc_ref"], a["reason"], a["explanation"]) for a in stored] == [
        ("trend.change_previous", "I.1.2", "method_change", "2022 grid factor edition")]


def test_the_profile_page_shows_every_year_s_editions_and_the_shared_choice(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    add_year_through_the_dialog(window, qtbot, 2018, keep_amounts=True)
    window.show_step("profile")
    page = window.page("profile")
    table = page.editionsTable
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["2018", "2022"]
    assert table.item(0, 1).text().startswith("KR-GIR-2014-16") and table.item(1, 1).text().startswith("KR-GIR-2022")
    assert page.ownEditionsRadio.isChecked()
    click(qtbot, page.sameEditionsRadio)
    assert window.session.profile.factor_policy == "same"
    assert table.item(0, 1).text().startswith(window.session.profile.electricity_edition)
    window.actions_.undo_action.trigger()
    assert window.session.profile.factor_policy == "each_year" and page.ownEditionsRadio.isChecked()


def test_the_results_say_which_editions_were_used(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    add_year_through_the_dialog(window, qtbot, 2018, keep_amounts=True)
    window.show_step("results")
    label = window.page("results").editionsLabel
    assert "each year its own" in label.text() and "KR-GIR-2014-16" in label.text()  # 2018's own edition
    window.session.apply(ChangeSet(profile={"factor_policy": "same", "electricity_edition": "KR-GIR-2022"}))
    assert "the same for every year" in label.text() and "KR-GIR-2022" in label.text()
