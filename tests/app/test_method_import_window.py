"""The window imports a method-record workbook through the same entry as gcomdesk-cli import:
off the GUI thread, one transaction, one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.app.helpers import open_in, stored_records
from tests.exchange.method_files import SHEETS, write_workbook


def test_a_method_workbook_imports_as_one_undo_step(window, qtbot, empty_file, tmp_path, monkeypatch):
    data = write_workbook(tmp_path / "waste.xlsx", SHEETS)
    open_in(window, qtbot, empty_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(data), "")))
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        window.actionImport.trigger()
    records = stored_records(empty_file)
    assert sorted(records["activity"]) == sorted(["swds_fod", "swds_commitment", "biological_treatment",
                                                          "incineration", "wastewater_domestic"])
    results = window.session.results().records
    assert (results.loc[results["kind"] == "method", "status"] == "ok").all()
    window.actions_.undo_action.trigger()
    assert len(stored_records(empty_file)) == 0
    window.actions_.redo_action.trigger()
    assert len(stored_records(empty_file)) == 5
