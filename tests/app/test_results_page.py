"""The Results step: totals beside live charts, redrawn after an edit, each chart saved on request,
labels following the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from gcomdesk.app import i18n
from gcomdesk.app.pages.results import ResultsPage
from gcomdesk.core.totals import TOTAL_KEYS
from gcomdesk.exchange.charts import CHART_IDS
from gcomdesk.store.changes import ChangeSet
from tests.app.helpers import release


@pytest.fixture
def session(sample_session):
    return sample_session


@pytest.fixture
def page(session, qtbot):
    widget = ResultsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    release(widget)


def shown_totals(page) -> dict[str, float]:
    model = page.totalsModel
    return {model.index(r, 0).data(Qt.ItemDataRole.UserRole): model.index(r, 1).data(Qt.ItemDataRole.UserRole)
            for r in range(model.rowCount())}


def test_totals_table_shows_the_core_totals(page, session):
    assert shown_totals(page) == {k: session.results().totals[k] for k in TOTAL_KEYS}
    basic_row = TOTAL_KEYS.index("basic")
    assert page.totalsView.model().index(basic_row, 1).data() == f"{session.results().totals['basic']:,.0f}"


def test_each_chart_draws_when_shown_and_the_trend_says_why_not(page, qtbot):
    for i, chart_id in enumerate(CHART_IDS):
        page.tabs.setCurrentIndex(i)
        panel = page.panels[chart_id]
        assert not panel.dirty
        if chart_id == "trend":
            assert panel.reasonLabel.isVisible() and "2022" in panel.reasonLabel.text()
            assert not panel.saveButton.isEnabled() and not panel.figure.axes
        else:
            assert panel.figure.axes and panel.saveButton.isEnabled() and not panel.reasonLabel.isVisible()


def test_an_edit_updates_totals_and_redraws_the_visible_chart(page, session, qtbot):
    records = session.records_frame()
    target = records[(records["gpc_ref"] == "I.1.2") & (records["kind"] == "activity")].index[0]
    before = session.results().totals["basic"]
    old_heights = [p.get_height() for p in page.panels["sector_scope"].figure.axes[0].patches]
    with qtbot.waitSignal(session.results_changed, timeout=10000):
        session.apply(ChangeSet(update=[(int(target), {"amount": 1_080_000.0})]))  # residential electricity doubled
    after = shown_totals(page)["basic"]
    assert after > before and after == session.results().totals["basic"]
    panel = page.panels["sector_scope"]
    assert not panel.dirty
    assert [p.get_height() for p in panel.figure.axes[0].patches] != old_heights
    assert page.panels["per_capita"].dirty  # hidden tabs redraw when shown


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_save_chart_as(page, tmp_path, monkeypatch, fmt):
    target = tmp_path / f"chart.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.panels["sector_scope"].saveButton.click()
    assert target.is_file() and target.stat().st_size > 1000


def test_save_without_suffix_takes_the_chosen_filter(page, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "chart"), "SVG image (*.svg)")))
    page.panels["sector_scope"].saveButton.click()
    assert (tmp_path / "chart.svg").is_file()


def test_labels_follow_the_window_language(page):
    i18n.install("ko")
    try:
        assert page.tabs.tabText(0) == "부문·Scope별"
        assert page.totalsModel.index(TOTAL_KEYS.index("indirect"), 0).data() == "간접배출"
        assert page.panels["sector_scope"].figure.axes[0].get_title(loc="left") == "부문별·Scope별 배출량"
    finally:
        i18n.install("en")
    assert page.tabs.tabText(0) == "By sector and scope"


def test_the_window_mounts_the_results_page(window, qtbot, sample_file):
    from tests.app.helpers import open_in

    open_in(window, qtbot, sample_file)
    window.show_step("results")
    page = window.findChild(QWidget, "page_results")
    assert isinstance(page, ResultsPage)


def test_the_trend_draws_every_year_of_the_project_with_the_national_targets(page, session, qtbot):
    from gcomdesk.store.years import add_year

    with qtbot.waitSignal(session.results_changed, timeout=10000):
        session.apply(add_year(session.inventory, 2018, copy_from=2022, keep_amounts=True))  # the base year
    page.tabs.setCurrentIndex(CHART_IDS.index("trend"))
    panel = page.panels["trend"]
    assert not panel.reasonLabel.isVisible() and panel.saveButton.isEnabled()
    ax = panel.figure.axes[0]
    gids = {line.get_gid() for line in ax.get_lines()}
    assert {"target:ndc_2030", "target:net_zero_2050", "base_year"} <= gids
    years = sorted({round(bar.get_x() + bar.get_width() / 2) for bar in ax.patches})
    assert years == [2018, 2022]
    other = 2022 if session.year == 2018 else 2018
    with qtbot.waitSignal(session.results_changed, timeout=10000):
        session.set_year(other)  # the page follows the active year; the trend still shows both
    assert shown_totals(page)["basic"] == session.results().totals["basic"]
    ax = panel.figure.axes[0]
    assert sorted({round(bar.get_x() + bar.get_width() / 2) for bar in ax.patches}) == [2018, 2022]
