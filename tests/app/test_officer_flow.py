"""The officer's way through the window: start page -> new inventory -> stationary energy ->
typed data, notation keys, undo/redo, language, close and reopen. Every assertion looks at
what the window shows and at what the file holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gcomdesk.app.navigator import DETAIL_ROLE
from gcomdesk.app.new_inventory import NewInventoryDialog
from gcomdesk.app.records_model import COLUMNS
from gcomdesk.core.steps import StepState
from tests.app.helpers import choose_in_cell, click, open_in, stored_profile, stored_records, type_into_cell, type_text


def _stationary_card(window):
    window.show_step("stationary")
    page = window.page("stationary")
    page.subsectorList.setCurrentRow(0)
    return page.current_card()


def test_create_an_inventory_from_the_start_page(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "천안시 2022.gcdx"

    def officer_fills_in(dialog: NewInventoryDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.regionCombo.setCurrentIndex(dialog.regionCombo.findData("44"))
        type_text(dialog.municipalityEdit, "천안시")
        dialog.yearSpin.setValue(2022)
        dialog.populationSpin.lineEdit().selectAll()
        type_text(dialog.populationSpin.lineEdit(), "658000")
        click(qtbot, dialog.gwpAR4)
        dialog.pathEdit.setText(str(target))
        click(qtbot, dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
        return dialog.result()

    monkeypatch.setattr(NewInventoryDialog, "exec", officer_fills_in)
    assert window.modeStack.currentWidget() is window.startHost
    with qtbot.waitSignal(window.session_changed, timeout=20000):
        click(qtbot, window.start_page.newButton)
    profile = stored_profile(target)
    assert (profile.name_ko, profile.region_code, profile.year, profile.population, profile.gwp_set) == (
        "천안시", "44", 2022, 658000, "AR4")
    assert profile.electricity_edition == "KR-GIR-2022"  # the edition meant for the year
    assert window.modeStack.currentWidget() is window.workspace
    assert "천안시" in window.windowTitle()


def test_new_inventory_form_explains_gwp_and_refuses_an_existing_file(app, qtbot, tmp_path):
    from tests.app.helpers import REF

    dialog = NewInventoryDialog(REF)
    qtbot.addWidget(dialog)
    assert "GCoM" in dialog.gwpAR5Label.text() and "28" in dialog.gwpAR5Label.text()
    assert "21" in dialog.gwpSARLabel.text()
    existing = tmp_path / "there.gcdx"
    existing.write_bytes(b"x")
    dialog.pathEdit.setText(str(existing))
    dialog.accept()
    assert dialog.result() == 0
    assert "already exists" in dialog.errorLabel.text()


def test_type_stationary_energy_into_the_table(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    card = _stationary_card(window)
    assert card.refs == ["I.1.1", "I.1.2", "I.1.3"]
    click(qtbot, card.choices["I.1.1"].buttons["data"])
    assert card.model.rowCount() == 1
    choose_in_cell(qtbot, card.table, 0, "activity", "city_gas_lng")
    # only fuels are offered for a scope-1 row, only grid energy for scope 2
    offered = [code for code, _ in card.model.choices(card.model.index(0, COLUMNS.index("activity")))]
    assert "electricity" not in offered and "diesel" in offered
    choose_in_cell(qtbot, card.table, 0, "unit", "kNm3")
    type_into_cell(qtbot, card.table, 0, "amount", "1,234.5")
    type_into_cell(qtbot, card.table, 0, "data_source", "도시가스사 주택용")
    choose_in_cell(qtbot, card.table, 0, "quality", "H")

    stored = stored_records(empty_file).iloc[0]
    assert (stored.activity, stored.amount, stored.unit, stored.data_source, stored.quality) == (
        "city_gas_lng", 1234.5, "kNm3", "도시가스사 주택용", "H")
    # live results from the core, per row and per sub-sector
    expected = window.session.results().records.iloc[0].co2e_t
    assert expected > 0
    result_text = card.model.index(0, COLUMNS.index("co2e_t")).data()
    assert result_text == f"{expected:,.0f}"
    assert f"{expected:,.0f}" in card.subtotalLabel.text()
    assert "CH4" in card.model.index(0, COLUMNS.index("co2e_t")).data(Qt.ItemDataRole.ToolTipRole)
    assert card.model.index(0, COLUMNS.index("status")).data() == "✓"

    # grid electricity for I.1.2: the unit follows the activity
    row = card.add_row("I.1.2")
    assert row
    line = card.model.row_of(row)
    assert card.model.index(line, COLUMNS.index("activity")).data() == "Grid electricity"
    type_into_cell(qtbot, card.table, line, "amount", "540000")
    assert window.session.results().by_gpc.at["I.1.2", "co2e_t"] > 0


def test_amount_refuses_text_inline(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    card = _stationary_card(window)
    card.add_row("I.1.2")
    editor = type_into_cell(qtbot, card.table, 0, "amount", "twelve", refused=True)
    assert editor.isVisible() and editor.property("invalid") is True
    assert "Not a number" in editor.toolTip()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert stored_records(empty_file)["amount"].isna().all()
    assert not card.model.setData(card.model.index(0, COLUMNS.index("amount")), "1,5")  # ambiguous decimal comma


def test_notation_key_needs_an_explanation(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    card = _stationary_card(window)
    choice = card.choices["I.1.3"]
    click(qtbot, choice.buttons["NE"])
    assert window.session.notation_of("I.1.3") == ("NE", "", "")
    assert "explanation" in choice.stateLabel.text()
    assert not window.session.progress().rows["I.1.3"].complete
    assert window.session.progress().steps["stationary"].state == StepState.NEEDS_ATTENTION
    assert "I.1.3" in card.banner.text()

    type_text(choice.explanationEdit, "송배전 손실 자료 없음")
    qtbot.waitUntil(lambda: window.session.notation_of("I.1.3")[1] == "송배전 손실 자료 없음", timeout=5000)
    assert window.session.progress().rows["I.1.3"].complete
    assert choice.property("state") == "complete"
    stored = stored_records(empty_file)
    assert stored.iloc[0].notation_key == "NE" and stored.iloc[0].explanation == "송배전 손실 자료 없음"


def test_ie_asks_where(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    choice = _stationary_card(window).choices["I.1.3"]
    click(qtbot, choice.buttons["IE"])
    assert choice.includedCombo.isVisible()
    type_text(choice.explanationEdit, "소비단 계수에 포함")
    choice.explanationEdit.editingFinished.emit()
    assert not window.session.progress().rows["I.1.3"].complete
    choice.includedCombo.setCurrentIndex(choice.includedCombo.findData("I.1.2"))
    choice.includedCombo.activated.emit(choice.includedCombo.currentIndex())
    assert window.session.notation_of("I.1.3") == ("IE", "소비단 계수에 포함", "I.1.2")
    assert window.session.progress().rows["I.1.3"].complete


def test_undo_and_redo_every_kind_of_edit(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    card = _stationary_card(window)
    undo, redo = window.actions_.undo_action, window.actions_.redo_action
    assert {s.toString() for s in undo.shortcuts()} >= {"Ctrl+Z"}
    assert {s.toString() for s in redo.shortcuts()} >= {"Ctrl+Y", "Ctrl+Shift+Z"}

    card.add_row("I.1.2")
    type_into_cell(qtbot, card.table, 0, "amount", "100")
    assert undo.text().startswith("Undo Edit Amount of I.1.2")
    click(qtbot, card.choices["I.1.1"].buttons["NO"])
    window.show_step("profile")
    profile_page = window.page("profile")
    profile_page.gwpCombo.setCurrentIndex(profile_page.gwpCombo.findData("SAR"))
    profile_page.gwpCombo.activated.emit(profile_page.gwpCombo.currentIndex())
    assert stored_profile(empty_file).gwp_set == "SAR"
    assert window.menuEdit.actions()[0].text().startswith("Undo Change")

    undo.trigger()  # the profile change
    assert stored_profile(empty_file).gwp_set == "AR5"
    assert profile_page.gwpCombo.currentData() == "AR5"
    undo.trigger()  # the notation key
    assert window.session.notation_of("I.1.1") is None
    assert card.choices["I.1.1"].current_key() is None
    undo.trigger()  # the amount
    assert stored_records(empty_file).iloc[0].amount != 100
    redo.trigger()
    assert stored_records(empty_file).iloc[0].amount == 100
    redo.trigger()
    assert window.session.notation_of("I.1.1")[0] == "NO"
    assert card.choices["I.1.1"].current_key() == "NO"
    redo.trigger()
    assert stored_profile(empty_file).gwp_set == "SAR"


def test_deleted_rows_come_back_with_undo(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    card = _stationary_card(window)
    before = len(stored_records(sample_file))
    card.table.selectRow(0)
    click(qtbot, card.deleteButton)
    assert len(stored_records(sample_file)) == before - 1
    window.actions_.undo_action.trigger()
    assert len(stored_records(sample_file)) == before
    assert card.model.index(0, COLUMNS.index("activity")).data() == "City gas (LNG)"  # back where it was
    type_into_cell(qtbot, card.table, 0, "amount", "90,000")  # and still editable under its new id
    assert 90000.0 in stored_records(sample_file)["amount"].tolist()


def test_switch_language_at_run_time(window, qtbot, sample_file):
    from gcomdesk.app import i18n, settings

    open_in(window, qtbot, sample_file)
    card = _stationary_card(window)
    window.actionKorean.trigger()
    qtbot.waitUntil(lambda: window.menuFile.title() == "파일(&F)", timeout=5000)
    model = window.navigator_model
    titles = [model.index(r).data() for r in range(model.rowCount())]
    assert "2. 고정 에너지" in titles and "7. 검토" in titles
    assert "완료" in model.index(1).data(DETAIL_ROLE)
    assert card.model.headerData(COLUMNS.index("amount"), Qt.Orientation.Horizontal) == "활동량"
    assert "가정" in card.choices["I.1.1"].questionLabel.text()
    assert "주택용" in card.choices["I.1.2"].sourceLabel.text()
    assert card.model.index(0, COLUMNS.index("activity")).data() == "도시가스(LNG)"
    assert window.actions_.undo_action.text().startswith("실행 취소")
    assert settings.get(settings.LANGUAGE) == "ko"
    assert i18n.preferred_language() == "ko"
    window.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.menuFile.title() == "&File", timeout=5000)
    assert model.index(1).data() == "2. Stationary energy"


def test_close_and_reopen_finds_every_value(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    card = _stationary_card(window)
    card.add_row("I.1.2")
    type_into_cell(qtbot, card.table, 0, "amount", "12,345.6")
    type_into_cell(qtbot, card.table, 0, "notes", "한전 2022")
    choice = card.choices["I.1.1"]
    click(qtbot, choice.buttons["C"])
    type_text(choice.explanationEdit, "사업장 비공개 요청")  # not waiting for the pause: closing must keep it
    window.show_step("profile")
    page = window.page("profile")
    page.preparerNameEdit.setFocus()
    type_text(page.preparerNameEdit, "김담당")
    window.files.close_session()
    assert window.modeStack.currentWidget() is window.startHost
    assert window.start_page.recentList.count() == 1

    open_in(window, qtbot, empty_file)
    card = _stationary_card(window)
    assert card.model.index(0, COLUMNS.index("amount")).data() == "12,345.6"
    assert card.model.index(0, COLUMNS.index("notes")).data() == "한전 2022"
    assert card.choices["I.1.1"].current_key() == "C"
    assert card.choices["I.1.1"].explanationEdit.text() == "사업장 비공개 요청"
    window.show_step("profile")
    assert window.page("profile").preparerNameEdit.text() == "김담당"
