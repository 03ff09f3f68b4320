"""Charts: drawn from the core's results, Hangul in the Korean font (no missing glyphs), non-empty
images, black-and-white friendly, no pyplot and no global rcParams touched."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path

import matplotlib
import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image

from gcomdesk.core.model import Record
from gcomdesk.core.totals import summarize
from gcomdesk.core.trend import YearFigures
from gcomdesk.exchange.charts import CHART_IDS, ChartInputs, ChartSkipped, build_chart, png_bytes, render_charts, save_chart
from gcomdesk.exchange.charts import data as chart_data
from gcomdesk.exchange.charts.style import HATCHES
from gcomdesk.samples import sample_profile
from tests.core.helpers import REF, frame

ROOT = Path(__file__).resolve().parents[2]
DRAWN = tuple(c for c in CHART_IDS if c != "trend")
HANGUL = range(0xAC00, 0xD7A4)


@pytest.fixture(scope="module")
def results():
    records = [
        Record("activity", "I.1.1", activity="city_gas_lng", amount=95_000, unit="kNm3"),
        Record("activity", "I.1.2", activity="electricity", amount=540_000, unit="MWh"),
        Record("activity", "I.3.1", activity="diesel", amount=3_500, unit="kL"),
        Record("activity", "II.1.1", activity="gasoline", amount=95_000, unit="kL"),
        Record("activity", "II.2.2", activity="electricity", amount=32_000, unit="MWh"),
        Record("reported", "III.3.1", co2_t=38_000.0, ch4_t=0.5, n2o_t=5.2),
        Record("reported", "III.1.2", ch4_t=300.0),
        Record("reported", "IV.1", co2_t=12_000.0),
    ]
    return summarize(frame(*records), sample_profile(), REF)


def inputs(results, lang, figures=None, profile=None):
    return ChartInputs(results, profile or sample_profile(), REF, lang, figures=figures or {})


def scaled(results, year, factor):
    """Another year's figures: this year's rows and totals times `factor`."""
    return YearFigures(year, {r: float(v) * factor for r, v in results.by_gpc["co2e_t"].items() if v},
                       {k: v * factor for k, v in results.totals.items()})


def two_years(results):
    return {2020: scaled(results, 2020, 1.1)}


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_each_chart_renders_in_the_korean_font_without_missing_glyphs(results, chart_id, lang, caplog):
    caplog.set_level(logging.DEBUG, logger="matplotlib")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = build_chart(chart_id, inputs(results, lang, two_years(results)))
        png = png_bytes(fig)
        FigureCanvasAgg(fig).draw()  # drawn again outside the style context, as a Qt canvas would
    messages = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if "missing from font" in m or "Glyph" in m], messages
    texts = [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
    korean = [t for t in texts if any(ord(ch) in HANGUL for ch in t.get_text())]
    if lang == "ko":
        assert korean, "a Korean chart has Korean labels"
    for text in texts:
        path = Path(font_manager.findfont(text.get_fontproperties(), fallback_to_default=False))
        assert path.name.startswith("NanumGothic"), (text.get_text(), path)
    image = np.asarray(Image.open(io.BytesIO(png)).convert("L"))
    assert image.shape == (900, 1600)  # 8 x 4.5 in at 200 dpi
    assert image.std() > 10 and (image < 128).mean() > 0.01  # ink on the page, not a blank image


@pytest.mark.parametrize("chart_id", ["sector_scope", "direct_indirect", "per_capita"])
def test_series_differ_by_hatch_or_grey_not_colour_alone(results, chart_id):
    fig = build_chart(chart_id, inputs(results, "en"))
    bars = [p for p in fig.axes[0].patches if isinstance(p, Rectangle) and p.get_height() != 0]
    styles = {(p.get_hatch() or "", tuple(np.round(p.get_facecolor(), 2))) for p in bars}
    assert len(styles) >= 2
    for _, colour in styles:
        r, g, b, _ = colour
        assert r == g == b  # greys only
    assert {h for h, _ in styles} <= set(HATCHES)


def test_trend_is_skipped_with_its_reason_for_one_year(results):
    with pytest.raises(ChartSkipped) as skipped:
        build_chart("trend", inputs(results, "ko"))
    assert "2022" in skipped.value.reason and "한 해" in skipped.value.reason
    outcome = {o.chart_id: o for o in render_charts(inputs(results, "en"))}["trend"]
    assert outcome.figure is None and "one year" in outcome.skipped


def test_trend_stacks_the_years_by_sector_marks_the_base_year_and_draws_the_national_targets(results):
    # the sample profile: 2022, base year 2018 (BASIC). 2018 at 1.2 x, 2020 at 1.1 x this year's rows.
    figures = {2018: scaled(results, 2018, 1.2), 2020: scaled(results, 2020, 1.1)}
    fig = build_chart("trend", inputs(results, "en", figures))
    ax = fig.axes[0]
    base_basic = results.totals["basic"] * 1.2
    # the bars: one stack per sector, each year's stacks adding up to its BASIC (ktCO2e)
    heights: dict[float, float] = {}
    for bar in ax.patches:
        heights[bar.get_x() + bar.get_width() / 2] = heights.get(bar.get_x() + bar.get_width() / 2, 0) + bar.get_height()
    assert heights == pytest.approx({2018: base_basic / 1000, 2020: results.totals["basic"] * 1.1 / 1000,
                                     2022: results.totals["basic"] / 1000})
    # reference paths (straight lines from the base year's BASIC): NDC -40 % by 2030, net zero by 2050
    # (resources/export/national_targets_kr.csv; Framework Act on Carbon Neutrality art. 7-8, Decree art. 3)
    lines = {line.get_gid(): line for line in ax.get_lines() if line.get_gid()}
    ndc, zero = lines["target:ndc_2030"], lines["target:net_zero_2050"]
    assert list(ndc.get_xdata()) == [2018, 2030] and list(zero.get_xdata()) == [2018, 2050]
    assert list(ndc.get_ydata()) == pytest.approx([base_basic / 1000, base_basic * 0.6 / 1000])
    assert list(zero.get_ydata()) == pytest.approx([base_basic / 1000, 0.0])
    assert "national target, for comparison" in ndc.get_label() and "2030" in ndc.get_label()
    assert list(lines["base_year"].get_xdata()) == [2018, 2018]  # the base-year marker
    assert any("base year 2018" in t.get_text() for t in ax.texts)
    assert "national targets applied for comparison" in fig.get_supxlabel()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2018", "2020", "2022", "2030", "2050"]


def test_trend_in_korean_and_at_basic_plus(results):
    profile = replace(sample_profile(), reporting_level="basic_plus")
    fig = build_chart("trend", inputs(results, "ko", {2018: scaled(results, 2018, 1.2)}, profile))
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "NDC: 2030년까지 2018년 대비 40 % 감축 (국가 목표, 비교용)" in labels and "2050년 탄소중립 (국가 목표, 비교용)" in labels
    assert "고정 에너지" in labels and "BASIC" in labels  # BASIC+ bars by sector, BASIC as a line
    basic_line = next(line for line in ax.get_lines() if line.get_label() == "BASIC")
    assert list(basic_line.get_ydata()) == pytest.approx([results.totals["basic"] * 1.2 / 1000, results.totals["basic"] / 1000])
    top = max(b.get_y() + b.get_height() for b in ax.patches if b.get_x() > 2021)
    assert top == pytest.approx(results.totals["basic_plus"] / 1000)
    assert "기준 연도 2018" in [t.get_text() for t in ax.texts] and "국가 목표" in fig.get_supxlabel()


def test_trend_without_the_base_year_draws_no_target_paths(results):
    fig = build_chart("trend", inputs(results, "en", two_years(results)))  # base year 2018 not held
    ax = fig.axes[0]
    assert not [line for line in ax.get_lines() if (line.get_gid() or "").startswith("target:")]
    assert "base year (2018) holds no inventory" in fig.get_supxlabel()


def test_trend_data_sum_to_the_core_totals(results):
    trend = chart_data.trend({2022: scaled(results, 2022, 1.0), 2018: scaled(results, 2018, 2.0)}, REF, "en", "basic")
    assert trend.years == [2018, 2022]
    sums = [sum(values[i] for values in trend.stacks.values()) for i in range(2)]
    assert sums == pytest.approx([results.totals["basic"] * 2, results.totals["basic"]])
    assert set(trend.stacks) <= {"Stationary Energy", "Transportation", "Waste"}  # BASIC: sectors I-III only


def test_chart_data_come_from_the_core_totals(results):
    bars = chart_data.sector_scope(results, REF, "en", str)
    for scope, key in ((1, "scope1"), (2, "scope2"), (3, "scope3")):
        assert sum(bars.stacks[str(scope)]) == pytest.approx(results.totals[key])
    basic = chart_data.basic_by_subsector(results, REF, "ko")
    assert basic.values == sorted(basic.values, reverse=True)
    assert sum(basic.values) == pytest.approx(results.totals["basic"])
    split = chart_data.direct_indirect(results, REF, "en", str, "direct")
    assert sum(split.stacks["direct"]) == pytest.approx(results.totals["direct"])
    indirect = sum(sum(v) for k, v in split.stacks.items() if k != "direct")
    assert indirect == pytest.approx(results.totals["indirect"])


def test_charts_leave_global_rcparams_alone(results):
    before = dict(matplotlib.rcParams)
    for chart_id in DRAWN:
        fig = build_chart(chart_id, inputs(results, "ko"))
        png_bytes(fig)
    assert dict(matplotlib.rcParams) == before


def test_save_formats(results, tmp_path):
    fig = build_chart("sector_scope", inputs(results, "ko"))
    assert Image.open(save_chart(fig, tmp_path / "c.png", "png")).info["dpi"][0] == pytest.approx(200, abs=1)
    assert save_chart(fig, tmp_path / "c.pdf", "pdf").read_bytes().startswith(b"%PDF")
    assert "<svg" in save_chart(fig, tmp_path / "c.svg", "svg").read_text(encoding="utf-8")


def test_no_pyplot_and_no_qt():
    code = ("import sys; from gcomdesk.samples import sample_profile; from gcomdesk.core.reference import load_reference;"
            "from gcomdesk.core.totals import summarize; from gcomdesk.core.calculate import empty_records;"
            "from gcomdesk.exchange.charts import ChartInputs, render_charts, png_bytes;"
            "r = summarize(empty_records(), sample_profile(), load_reference());"
            "[png_bytes(o.figure) for o in render_charts(ChartInputs(r, sample_profile(), load_reference())) if o.figure];"
            "bad = [m for m in sys.modules if m == 'matplotlib.pyplot' or m.startswith('PySide6')]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)


def test_national_targets_are_data_with_their_sources(tmp_path, monkeypatch):
    from gcomdesk.core.errors import ReferenceDataError
    from gcomdesk.exchange.charts import targets

    found = {t.target_id: t for t in targets.national_targets()}
    ndc, zero = found["ndc_2030"], found["net_zero_2050"]
    assert (ndc.target_year, ndc.reduction_pct, ndc.national_base_year) == (2030, 40, 2018)
    assert (zero.target_year, zero.reduction_pct) == (2050, 100)
    assert "18469" in ndc.source and "UNFCCC" in ndc.source and "art. 7" in zero.source
    assert ndc.path(2018, 1000.0) == ([2018, 2030], [1000.0, 600.0])
    assert ndc.path(2030, 1000.0) is None  # a base year at or after the target year: no path
    bad = tmp_path / "export"
    bad.mkdir()
    (bad / targets.TARGETS_FILE).write_text(",".join(targets.COLUMNS) + "\nx,2030,140,2018,a,b,src\n", encoding="utf-8")
    monkeypatch.setattr(targets, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    targets.national_targets.cache_clear()
    try:
        with pytest.raises(ReferenceDataError):
            targets.national_targets()
    finally:
        targets.national_targets.cache_clear()
