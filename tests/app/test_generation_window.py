"""The window shows where waste-to-energy went, lets the officer set the plant type of generation
(I.4.4) and marks totals incomplete while a territorial row is unanswered (issue 16 items 2, 5, 6).

Hand calculation (IPCC 2006 Vol.5 ch. 5 defaults, AR5): 10,000 t of plastics, continuous stoker:
27,500 t CO2 + 0.002 t CH4 x 28 + 0.5 t N2O x 265 = 27,632.556 tCO2e (tests/core/test_generation_routing.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gcomdesk.app.pages.method_form import MethodForm
from gcomdesk.app.pages.results import ResultsPage
from gcomdesk.app.records_model import COLUMNS, RecordsTableModel
from gcomdesk.core.model import Record
from gcomdesk.core.reference import load_reference
from gcomdesk.core.totals import TOTAL_KEYS
from gcomdesk.store.changes import ChangeSet
from tests.app.helpers import release

REF = load_reference()
PLASTICS_CO2E = 27500 + 0.002 * 28 + 0.5 * 265


def test_method_form_says_the_incinerator_goes_to_i44_and_saving_moves_it(qtbot, empty_session):
    session = empty_session
    form = MethodForm(session, "III.3.1")
    qtbot.addWidget(form)
    form.set_language("en")
    form.method_box.setCurrentIndex(form.method_box.findData("incineration"))
    form.editors["waste_t"].value.setText("10000")
    for category in ("food", "paper", "wood", "textiles", "rubber_leather", "other"):
        form.editors[f"comp_{category}"].value.setText("0")
    form.editors["comp_plastics"].value.setText("1")
    assert "I.4.4" not in form.result.text()  # default: no energy recovery, stays in waste
    combo = form.editors["energy_use"].combo
    combo.setCurrentIndex(combo.findData("grid"))
    assert "Reported in I.4.4, not in III.3.1" in form.result.text()
    assert "27,632.6 tCO2e" in form.result.text()
    assert "I.4.4" in form.working.toPlainText()
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    results = session.results()
    assert results.by_gpc.loc["I.4.4", "co2e_t"] == pytest.approx(PLASTICS_CO2E)
    assert results.by_gpc.loc["III.3.1", "notation_key"] == "IE" and results.totals["basic"] == 0
    assert results.generation.loc["heat", "co2e_t"] == pytest.approx(PLASTICS_CO2E)


def test_plant_type_of_a_generation_record_is_editable_and_undoable(qtbot, empty_session):
    session = empty_session
    (rid,) = session.apply(ChangeSet(add=[Record("reported", "I.4.4", co2_t=100.0)])).added_ids
    model = RecordsTableModel(session, ["I.4.1", "I.4.2", "I.4.3", "I.4.4"])
    row, col = model.row_of(rid), COLUMNS.index("plant_type")
    index = model.index(row, col)
    assert "(default)" in index.data() or "(기본값)" in index.data()
    assert bool(model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert [code for code, _ in model.choices(index)] == ["electricity", "chp", "heat", "renewable"]
    assert model.setData(index, "chp")
    assert session.results().generation.loc["chp", "co2e_t"] == 100.0
    session.undo_stack.undo()
    assert session.results().generation.loc["electricity", "co2e_t"] == 100.0
    (rid2,) = session.apply(ChangeSet(add=[Record("reported", "I.4.1", co2_t=1.0)])).added_ids
    assert not model.flags(model.index(model.row_of(rid2), col)) & Qt.ItemFlag.ItemIsEditable  # only I.4.4
    assert model.index(model.row_of(rid2), col).data() == ""
    release(model)


def test_results_page_marks_totals_incomplete_until_territorial_rows_are_answered(qtbot, sample_session):
    page = ResultsPage(sample_session)
    qtbot.addWidget(page)
    model = page.totalsModel
    assert not any(model.is_incomplete(k) for k in TOTAL_KEYS) and page.incompleteLabel.isHidden()
    frame = sample_session.records_frame()  # indexed by record id
    keyed = frame.index[(frame["gpc_ref"] == "I.4.4") & (frame["kind"] == "notation")].tolist()
    sample_session.apply(ChangeSet(delete=keyed))
    page.refresh()
    scope1 = TOTAL_KEYS.index("scope1")
    assert model.is_incomplete("scope1") and model.is_incomplete("direct") and not model.is_incomplete("basic")
    assert "I.4.4" in model.index(scope1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not page.incompleteLabel.isHidden()
    page.close()
    release(page)
