"""Every window edit is one ChangeSet: a paste of 1,000 rows is one transaction and one undo step
whose undo and redo restore the file exactly; deleted records come back under their own ids
through any chain of undo and redo; acknowledging a warning is undoable."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gcomdesk.app.records_model import COLUMNS
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project
from tests.app.helpers import leaves, open_in, stored_records, type_into_cell


@pytest.fixture
def applies(monkeypatch) -> list:
    """Every ChangeSet the project file is asked to write."""
    calls: list = []
    real = Project.apply

    def spy(self, changes, *args, **kwargs):
        calls.append(changes)
        return real(self, changes, *args, **kwargs)

    monkeypatch.setattr(Project, "apply", spy)
    return calls


def audit_entries(path) -> int:
    with Project.open(path) as project:
        return len(project.changes(1_000_000))


def stationary_card(window, qtbot, path):
    open_in(window, qtbot, path)
    window.show_step("stationary")
    return window.page("stationary").current_card()


def test_pasting_1000_rows_is_one_transaction_and_one_undo_step(window, qtbot, sample_file, applies):
    card = stationary_card(window, qtbot, sample_file)
    before, entries, steps = stored_records(sample_file), audit_entries(sample_file), window.session.undo_stack.count()
    shown = card.model.rowCount()
    card.table.setFocus()
    card.table.setCurrentIndex(card.model.index(0, COLUMNS.index("activity")))
    QGuiApplication.clipboard().setText("".join(f"경유\t{1000 + i:,}\tkL\n" for i in range(1000)))
    qtbot.keyClick(card.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # Ctrl+V, as an officer would
    assert len(applies) == 1 and audit_entries(sample_file) == entries + 1
    assert window.session.undo_stack.count() == steps + 1
    assert window.actions_.undo_action.text() == "Undo Paste rows (1000)"
    pasted = stored_records(sample_file)
    assert card.model.rowCount() == 1000 and len(pasted) == len(before) + 1000 - shown
    assert set(pasted.loc[pasted["activity"] == "diesel", "amount"]) >= {1000.0, 1999.0}
    assert window.session.results().totals["basic"] == pytest.approx(window.session.inventory.analysis().results.totals["basic"])

    window.actions_.undo_action.trigger()
    pd.testing.assert_frame_equal(stored_records(sample_file), before)  # ids, values, who and when
    assert card.model.rowCount() == shown
    window.actions_.redo_action.trigger()
    pd.testing.assert_frame_equal(stored_records(sample_file), pasted)
    assert len(applies) == 3  # paste, undo, redo: one transaction each


def test_delete_undo_edit_undo_keeps_record_ids(window, qtbot, sample_file):
    card = stationary_card(window, qtbot, sample_file)
    before = stored_records(sample_file)
    model, undo, redo = card.model, window.actions_.undo_action, window.actions_.redo_action
    first, second = model.record_id(0), model.record_id(1)
    card.table.setFocus()
    card.table.selectRow(0)
    qtbot.keyClick(card.table, Qt.Key.Key_Delete)
    assert first not in stored_records(sample_file)["id"].tolist() and model.record_id(0) == second
    undo.trigger()
    assert model.record_id(0) == first  # back under its own id, in its place
    type_into_cell(qtbot, card.table, 0, "amount", "1,234")
    stored = stored_records(sample_file).set_index("id")
    assert stored.at[first, "amount"] == 1234.0
    card.table.selectRow(0)
    qtbot.keyClick(card.table, Qt.Key.Key_Delete)
    undo.trigger()  # the delete
    undo.trigger()  # the edit
    assert stored_records(sample_file).set_index("id").at[first, "amount"] == before.set_index("id").at[first, "amount"]
    undo.trigger()  # the first delete
    redo.trigger()
    undo.trigger()
    pd.testing.assert_frame_equal(stored_records(sample_file), before)
    for _ in range(3):
        redo.trigger()
    assert first not in stored_records(sample_file)["id"].tolist()
    assert stored_records(sample_file).set_index("id").at[second, "amount"] == before.set_index("id").at[second, "amount"]


def test_acknowledging_a_warning_is_undoable(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    records = window.session.records_frame()
    target = int(records.index[records["kind"] == "activity"][0])
    window.session.apply(ChangeSet(update=[(target, {"data_source": ""})]))  # a record without a source: a warning
    window.show_step("review")
    page = window.page("review")
    finding = next(f for f in page.findings() if f.rule == "value.missing_source" and f.record_id == target)
    index = next(i for i, f in leaves(page) if f.key == finding.key)
    page.view.setCurrentIndex(index)
    qtbot.keyClicks(page.explanationEdit, "checked with the utility")
    with qtbot.waitSignal(page.findings_ready, timeout=5000):
        qtbot.mouseClick(page.acknowledgeButton, Qt.MouseButton.LeftButton)
    with Project.open(sample_file) as project:
        assert [(a["record_id"], a["explanation"]) for a in project.acknowledgements()] == [(target, "checked with the utility")]
    assert window.actions_.undo_action.text() == "Undo Acknowledge a warning"
    with qtbot.waitSignal(page.findings_ready, timeout=5000):
        window.actions_.undo_action.trigger()
    with Project.open(sample_file) as project:
        assert project.acknowledgements() == []
    assert next(f for f in page.findings() if f.key == finding.key).acknowledged is None
    with qtbot.waitSignal(page.findings_ready, timeout=5000):
        window.actions_.redo_action.trigger()
    assert next(f for f in page.findings() if f.key == finding.key).acknowledged == "checked with the utility"

