"""The import preview, driven as an officer would: a city-gas company's table with a title block,
a totals row and volumes in 천㎥; a file in another layout whose columns are mapped by hand; the
keyboard reaches every choice; nothing is written until Import, and one undo takes it all back."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from tests.app.helpers import open_in, preview_of, stored_records, type_text


def _gas_table(path):
    path.write_bytes(("○○도시가스 2022년 용도별 공급량,,,,\n단위: 천㎥,,,,\n,,,,\n"
                      "연도,GPC코드,연료,활동량,단위\n"
                      "2022,I.1.1,도시가스,\"95,000\",천㎥\n2022,I.2.1,도시가스,\"38,000\",천㎥\n"
                      "합계,,,\"133,000\",\n").encode("cp949"))
    return path


def test_a_gas_table_asks_what_its_cubic_metres_are_then_imports_as_one_undo_step(window, qtbot, empty_file, tmp_path,
                                                                                 monkeypatch):
    open_in(window, qtbot, empty_file)
    dialog = preview_of(window, qtbot, monkeypatch, _gas_table(tmp_path / "gas.csv"))
    assert dialog.preview.table.header_row == 4  # found below the title block
    assert not dialog.importButton.isEnabled() and dialog.preview.needs_gas_volume
    assert "Nm3" in dialog.summaryLabel.text() and dialog.gasCombo.hasFocus()
    model = dialog.model
    statuses = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert statuses == ["error", "error", "skipped"]  # the totals row is shown, skipped
    assert "Sm3" in model.data(model.index(0, 2))
    # The officer answers with the keyboard: Nm3, as the gas company's statistics are.
    qtbot.keyClick(dialog.gasCombo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.preview.importable and not dialog.runner.busy, timeout=20000)
    assert dialog.importButton.text().replace("&", "") == "Import 2 rows"
    assert len(stored_records(empty_file)) == 0  # nothing written before Import
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        dialog.importButton.click()
    stored = stored_records(empty_file)
    assert stored["unit"].tolist() == ["kNm3", "kNm3"] and stored["amount"].tolist() == [95000.0, 38000.0]
    window.actions_.undo_action.trigger()
    assert len(stored_records(empty_file)) == 0


def test_a_file_in_another_layout_is_mapped_column_by_column(window, qtbot, empty_file, tmp_path, monkeypatch):
    open_in(window, qtbot, empty_file)
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    lookup = wb.active
    lookup.title = "목록"
    lookup.append(["숨긴 목록"])
    lookup.sheet_state = "hidden"
    ws = wb.create_sheet("전력")
    ws.append(["구분", "사용처", "사용량(MWh)", "메모"])
    ws.append(["I.1.2", "전력", 1200, "주택용"])
    ws.append(["I.2.2", "전력", 800, "일반용"])
    wb.save(path)
    dialog = preview_of(window, qtbot, monkeypatch, path)
    assert dialog.sheetCombo.isEnabled() and dialog.sheetCombo.currentData() == "전력"
    assert dialog.sheetCombo.itemText(1).startswith("목록") and "hidden" in dialog.sheetCombo.itemText(1)
    assert dialog.preview.needs_mapping and dialog.mapCheck.isChecked() and dialog.mappingTable.isVisible()
    assert not dialog.importButton.isEnabled()
    choices = {"구분": "gpc_ref", "사용처": "activity", "사용량(MWh)": "amount", "메모": "notes"}
    for row in range(dialog.mappingTable.rowCount()):
        combo = dialog.mappingTable.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(choices[dialog.mappingTable.item(row, 0).text()]))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.runner.busy, timeout=20000)
    assert not dialog.preview.importable  # still no unit: the message names the column
    assert "unit" in dialog.model.data(dialog.model.index(0, 2)) or "unit" in dialog.summaryLabel.text()
    dialog.reject()
    assert len(stored_records(empty_file)) == 0


def test_the_header_row_can_be_chosen_and_problems_filtered(window, qtbot, empty_file, tmp_path, monkeypatch):
    open_in(window, qtbot, empty_file)
    path = tmp_path / "two.csv"
    path.write_text("year,gpc_ref,activity,amount,unit,data_source,quality\n2022,I.1.2,electricity,5,MWh,KEPCO,H\n"
                    "2022,I.2.2,electricity,-3,MWh,KEPCO,H\n", encoding="utf-8")
    dialog = preview_of(window, qtbot, monkeypatch, path)
    assert dialog.preview.importable
    assert [dialog.model.data(dialog.model.index(r, 1)) for r in range(2)] == ["ok", "warning"]  # the checks: negative
    qtbot.keyClick(dialog.problemsCheck, Qt.Key.Key_Space)
    assert dialog.model.rowCount() == 1 and dialog.model.data(dialog.model.index(0, 0)) == "3"
    dialog.headerSpin.setValue(2)
    dialog.headerSpin.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.runner.busy and dialog.preview.table.header_row == 2,
                    timeout=20000)
    assert not dialog.preview.importable  # the first data row taken as the header: the message says so
    dialog.reject()


def test_a_kepco_table_is_recognised_answered_and_imported(window, qtbot, empty_file, tmp_path, monkeypatch):
    from tests.exchange.profiles.sources import kepco_xlsx

    open_in(window, qtbot, empty_file)
    dialog = preview_of(window, qtbot, monkeypatch, kepco_xlsx(tmp_path / "kepco.xlsx"))
    assert dialog.preview.source_profile == "kepco-sales" and "kepco-sales" in dialog.summaryLabel.text()
    assert not dialog.importButton.isEnabled() and not dialog.mappingTable.isVisible()
    assert any("심야" in dialog.model.data(dialog.model.index(r, 2)) for r in range(dialog.model.rowCount()))
    dialog.answersEdit.setFocus()
    type_text(dialog.answersEdit, "심야=I.1.2")
    dialog.answersEdit.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.preview.importable and not dialog.runner.busy, timeout=20000)
    assert dialog.reportBox.isVisible() and "I.1.2" in dialog.reportBox.toPlainText()
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        dialog.importButton.click()
    stored = stored_records(empty_file)
    assert set(stored["gpc_ref"]) >= {"I.1.2", "I.2.2", "I.3.2"} and (stored["activity"] == "electricity").all()
    window.actions_.undo_action.trigger()
    assert len(stored_records(empty_file)) == 0
