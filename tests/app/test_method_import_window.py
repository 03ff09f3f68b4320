"""The window imports a method-record workbook through its import preview, read as gcomdesk-cli
import reads it: the first method sheet shown with each record's status and the defaults applied,
an error in another sheet shown naming it, then one transaction and one undo step."""

from __future__ import annotations

from tests.app.helpers import open_in, preview_of, stored_records
from tests.exchange.method_files import SHEETS, sheets_with, write_workbook

METHODS = ["swds_fod", "swds_commitment", "biological_treatment", "incineration", "wastewater_domestic"]


def test_a_method_workbook_previews_and_imports_as_one_undo_step(window, qtbot, empty_file, tmp_path, monkeypatch):
    open_in(window, qtbot, empty_file)
    dialog = preview_of(window, qtbot, monkeypatch, write_workbook(tmp_path / "waste.xlsx", SHEETS))
    assert dialog.preview.importable and dialog.preview.grid.sheet == "swds_fod"
    model = dialog.model
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == ["ok"]
    assert "Methane correction factor (MCF) (mcf) = 1" in model.data(model.index(0, 2))  # a default applied
    assert dialog.importButton.text().replace("&", "") == "Import 5 rows"
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        dialog.importButton.click()
    assert sorted(stored_records(empty_file)["activity"]) == sorted(METHODS)
    results = window.session.results().records
    assert (results.loc[results["kind"] == "method", "status"] == "ok").all()
    window.actions_.undo_action.trigger()
    assert len(stored_records(empty_file)) == 0
    window.actions_.redo_action.trigger()
    assert len(stored_records(empty_file)) == 5


def test_an_error_in_another_method_sheet_blocks_the_import_and_names_its_sheet(window, qtbot, empty_file, tmp_path,
                                                                                monkeypatch):
    open_in(window, qtbot, empty_file)
    bad = write_workbook(tmp_path / "bad.xlsx", sheets_with({"incineration": {(1, 4): 1.5}}))
    dialog = preview_of(window, qtbot, monkeypatch, bad)
    assert not dialog.preview.importable and not dialog.importButton.isEnabled()
    model = dialog.model
    header = [r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "error"]
    assert header and "sheet incineration, row 2, column comp_food" in model.data(model.index(header[0], 2))
    dialog.reject()
    assert len(stored_records(empty_file)) == 0
