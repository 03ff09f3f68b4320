"""The Review & checks page: findings by step and severity, a click or Enter leads to the field,
warnings are acknowledged with an explanation, and every edit re-checks."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gcomdesk.app import i18n
from gcomdesk.app.pages import review
from gcomdesk.app.pages.review import ReviewPage
from gcomdesk.app.session import Session
from gcomdesk.core.checks import count_by_severity
from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project
from tests.app.helpers import leaves

REF = load_reference()
BASIC = [g.ref for g in REF.gpc.values() if g.in_basic]
TERRITORIAL = [g.ref for g in REF.gpc.values() if g.reporting_level == "territorial"]


def records():
    """Data in I.1.1/I.1.2/II.1.1, NO elsewhere (territorial rows too), plus jet fuel in homes in tonnes (an error) and a
    record without a data source (a warning)."""
    data = [Record("activity", "I.1.1", year=2022, activity="city_gas_lng", amount=95000, unit="천㎥", data_source="가스공사", quality="H"),
            Record("activity", "I.1.2", year=2022, activity="electricity", amount=540000, unit="MWh", data_source="한전", quality="H"),
            Record("activity", "II.1.1", year=2022, activity="diesel", amount=120000, unit="kL", data_source="", quality="M"),
            Record("activity", "I.1.1", year=2022, activity="jet_fuel", amount=10, unit="t", data_source="x", quality="M")]
    keys = [Record("notation", ref, year=2022, notation_key="NO", explanation="해당 없음 / not occurring")
            for ref in BASIC + TERRITORIAL if ref not in ("I.1.1", "I.1.2", "II.1.1")]
    return data + keys


@pytest.fixture
def project(tmp_path):
    prof = new_profile(REF, name_ko="검토시", region_code="44", year=2022, population=350000, preparer_name="김담당")
    with Project.create(tmp_path / "review.gcdx", prof, user="test") as p:
        p.add_records(records(), user="test")
        yield p


@pytest.fixture
def page(qtbot, project):
    session = Session(project, REF)
    widget = ReviewPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def leaf(page, rule):
    return next((index, f) for index, f in leaves(page) if f.rule == rule)


def test_findings_are_grouped_by_step_then_severity(page):
    top = [page.model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(page.model.rowCount())]
    assert top == ["stationary", "transport"]
    index, finding = leaf(page, "classification.unit_unfit")
    assert finding.severity == "error" and index.parent().data().startswith("Errors")
    assert index.parent().parent().data(Qt.ItemDataRole.UserRole) == "stationary"
    _, warning = leaf(page, "value.missing_source")
    assert warning.gpc_ref == "II.1.1"
    assert "1 errors" in page.summaryLabel.text()


def test_clicking_a_finding_asks_for_its_step_row_record_and_field(qtbot, page, project):
    index, finding = leaf(page, "classification.unit_unfit")
    page.view.scrollTo(index)
    jet = next(r for r in project.records() if r.activity == "jet_fuel")
    with qtbot.waitSignal(page.session.navigate_requested, timeout=2000) as blocker:
        QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center())
    assert blocker.args == ["stationary", "I.1.1", jet.id, "unit"]


def test_enter_on_a_finding_asks_for_its_field(qtbot, page):
    index, finding = leaf(page, "value.missing_source")
    page.view.setCurrentIndex(index)
    page.view.setFocus()
    with qtbot.waitSignal(page.session.navigate_requested, timeout=2000) as blocker:
        QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == ["transport", "II.1.1", finding.record_id, "data_source"]


def test_a_warning_is_acknowledged_with_an_explanation(qtbot, page, project):
    index, finding = leaf(page, "value.missing_source")
    warnings_before = count_by_severity(page.findings())["warning"]
    page.view.setCurrentIndex(index)
    assert not page.acknowledgeButton.isEnabled()  # no explanation typed yet
    qtbot.keyClicks(page.explanationEdit, "KNOC statistics to be cited")
    assert page.acknowledgeButton.isEnabled()
    with qtbot.waitSignal(page.findings_ready, timeout=3000):
        qtbot.mouseClick(page.acknowledgeButton, Qt.MouseButton.LeftButton)
    stored = project.acknowledgements()
    assert [(a["rule"], a["gpc_ref"], a["record_id"], a["explanation"]) for a in stored] == [
        ("value.missing_source", "II.1.1", finding.record_id, "KNOC statistics to be cited")]
    again = next(f for f in page.findings() if f.key == finding.key)
    assert again.acknowledged == "KNOC statistics to be cited"
    assert count_by_severity(page.findings())["warning"] == warnings_before - 1
    assert "1 acknowledged" in page.summaryLabel.text()
    page.view.setCurrentIndex(leaf(page, "value.missing_source")[0])
    assert page.withdrawButton.isEnabled()
    with qtbot.waitSignal(page.findings_ready, timeout=3000):
        qtbot.mouseClick(page.withdrawButton, Qt.MouseButton.LeftButton)
    assert project.acknowledgements() == []


def test_errors_cannot_be_acknowledged(page):
    page.view.setCurrentIndex(leaf(page, "classification.unit_unfit")[0])
    page.explanationEdit.setText("그래도 제출")
    assert not page.explanationEdit.isEnabled() and not page.acknowledgeButton.isEnabled()


def test_an_edit_re_checks_after_a_pause(qtbot, page):
    jet = next(f for f in page.findings() if f.rule == "classification.unit_unfit")
    with qtbot.waitSignal(page.findings_ready, timeout=3000):
        page.session.apply(ChangeSet(update=[(jet.record_id, {"unit": "kL"})]))
    assert "classification.unit_unfit" not in {f.rule for f in page.findings()}


def test_language_switch_rerenders_the_findings(qtbot, page):
    try:
        i18n.install("ko")
        index, _ = leaf(page, "value.missing_source")
        assert "자료 출처" in index.data()
    finally:
        i18n.install("en")
    assert "data source" in leaf(page, "value.missing_source")[0].data()


def test_national_tab_shows_the_ipcc_view(page):
    codes = [page.nationalModel.item(r, 0).text() for r in range(page.nationalModel.rowCount())]
    assert "1.A.3.b" in codes and "1.A.4.b" in codes
    assert "2022" in page.nationalLabel.text() and "agree" in page.nationalLabel.text()


def test_long_groups_are_cut_and_counted(qtbot, project, monkeypatch):
    monkeypatch.setattr(review, "PER_GROUP", 0)  # every group here holds one finding
    widget = ReviewPage(Session(project, REF))
    qtbot.addWidget(widget)
    texts = []

    def walk(parent):
        for row in range(widget.model.rowCount(parent)):
            index = widget.model.index(row, 0, parent)
            texts.append(index.data())
            walk(index)
    walk(widget.model.index(-1, -1))
    assert any(t.startswith("... and 1 more") for t in texts)
