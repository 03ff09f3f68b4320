"""Estimated rows say so on every sheet of the export (GPC, CRF, CDP, national view, activity data),
the cover gives their share of BASIC, and the charts carry the estimated part of each bar."""

from __future__ import annotations

import openpyxl
import pytest

from gcomdesk.core.estimates import propose as propose_module
from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.charts import ChartInputs
from gcomdesk.exchange.charts import data as chart_data
from gcomdesk.exchange.export import ExportOptions, export_inventory, input_from_inventory
from gcomdesk.store import estimating
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project

REF = load_reference()


class NoRegional:
    def nearest(self, *args):
        return None


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A 500,000-person city with its electricity and road fuel measured and the rest estimated."""
    folder = tmp_path_factory.mktemp("estimates")
    path = folder / "city.gcdx"
    Project.create(path, new_profile(REF, name_ko="오십만시", region_code="41", year=2022, population=500_000),
                   user="t").close()
    patch = pytest.MonkeyPatch()
    patch.setattr(propose_module, "_regional", NoRegional)
    with Inventory.open(path) as inventory:
        inventory.apply(ChangeSet(add=[
            Record(kind="activity", gpc_ref="I.1.2", year=2022, activity="electricity", amount=900_000, unit="MWh",
                   data_source="KEPCO", quality="H"),
            Record(kind="activity", gpc_ref="II.1.1", year=2022, activity="diesel", amount=150_000, unit="kL",
                   data_source="KPA", quality="M")]))
        inventory.apply(estimating.changes_for(inventory, estimating.proposals(inventory, None, None, "ko")))
        data = input_from_inventory(inventory)
        results = inventory.analysis().results
    patch.undo()
    books = {}
    for lang in ("ko", "en"):
        out = export_inventory(data, ExportOptions(folder / lang, lang=lang, chart_formats=(), activity_csv=False,
                                                   draft=True))
        books[lang] = openpyxl.load_workbook(out.workbook)
    return books, results, data


def _rows_with(ws, text: str) -> list[tuple]:
    return [row for row in ws.iter_rows(values_only=True) if any(isinstance(c, str) and text in c for c in row)]


def test_every_sheet_labels_the_estimated_rows(exported):
    books, _, _ = exported
    wb = books["en"]
    gpc = {row[0]: row for row in wb["GPC table"].iter_rows(values_only=True) if row and row[0]}
    assert "estimated (top-down): I.1.1" in gpc["I.1.1"][-1]
    assert gpc["I.1.2"][-1] is None or "estimated" not in gpc["I.1.2"][-1]  # measured
    assert any("estimated (top-down)" in str(c) for c in gpc["I.1.1"])  # the method column too
    crf = _rows_with(wb["GCoM CRF"], "estimated (top-down)")
    assert any(row[1] == "Residential buildings" for row in crf)
    assert not any(row[1] == "On-road" for row in crf)  # road fuel is measured
    cdp = _rows_with(wb["CDP"], "estimated (top-down)")
    assert any("III.1.1" in str(row[-1]) for row in cdp)
    national = {row[0]: row for row in _rows_with(wb["National view"], "estimated (top-down)")}
    assert "1.A.4.b" in national and "1.A.3.b" not in national
    activity = _rows_with(wb["Activity data"], "— estimated (top-down)")  # the kind column, in the export language
    assert len(activity) == len(_rows_with(wb["Activity data"], "추정 (하향식)"))  # its source and arithmetic, as proposed
    assert len(activity) >= 20


def test_the_cover_gives_the_estimated_share_of_basic(exported):
    books, results, _ = exported
    from gcomdesk.core.estimates.totals import estimated_part

    part = estimated_part(results)
    (row,) = _rows_with(books["en"]["Cover"], "Share of BASIC estimated top-down")
    assert row[1] == pytest.approx(part.basic_share) and 0.5 < part.basic_share < 1.0
    assert "I.1.1" in row[2] and "I.1.2" not in row[2].split("rows ")[1].split(":")[0].split(", ")
    (ko,) = _rows_with(books["ko"]["표지"], "BASIC 중 하향식 추정 비중")
    assert "측정값이 아닌 출발점" in ko[2]


def test_the_charts_carry_the_estimated_part(exported):
    _, results, data = exported
    series = chart_data.basic_by_subsector(results, REF, "en")
    by_label = dict(zip(series.labels, zip(series.values, series.estimated)))
    total, estimated = by_label["I.1 Residential buildings"]
    assert 0 < estimated < total  # I.1.1 estimated, I.1.2 measured
    assert by_label["II.1 On-road transportation"][1] == 0.0
    bars = chart_data.sector_scope(results, REF, "en", lambda s: f"Scope {s}")
    assert len(bars.estimated) == len(bars.categories) and max(bars.estimated) > 0
    ChartInputs(results, data.profile, REF, "en")  # the inputs the export draws from build as usual
