"""A three-year project (2018 base, 2021, 2022) exported: the Years sheet, the CRF and CDP base-year
fields and the change since the last inventory, checked by hand. Reported tonnes of CO2 only, so
CO2e = the tonnes entered (as in tests/core/test_trend.py); every row here is scope 1 and in BASIC,
so BASIC = BASIC+ = scope 1.

    GPC row   2018   2021   2022
    I.1.1     1000   1050   1200
    I.2.1     5000   5000   5000
    I.3.1       10     10     20
    II.1.1    3000   2000   2000
    BASIC     9010   8060   8220

Explanations are asked (resources/checks/rules.csv, trend.change_previous: > 10 % on a row > 1 % of
its year's total; totals on the change alone) for 2022: I.1.1 since 2021 (+150 t, +14.29 %) and
I.1.1 (+20 %) and II.1.1 (-33.33 %) since 2018; for 2021: II.1.1 and BASIC/BASIC+ (-950 t, -10.54 %)."""

from __future__ import annotations

import openpyxl
import pytest

from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import new_year_settings
from gcomdesk.exchange.export import ExportOptions, export_inventory, input_from_inventory
from gcomdesk.store.changes import Acknowledgement, ChangeSet, YearAdded
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project
from tests.exchange.export.conftest import SheetTable, text

REF = load_reference()
TONNES = {"I.1.1": (1000, 1050, 1200), "I.2.1": (5000, 5000, 5000), "I.3.1": (10, 10, 20), "II.1.1": (3000, 2000, 2000)}
YEARS = (2018, 2021, 2022)
SURVEY = "boiler survey replaced the estimate"
BUSES = "buses moved to electricity"


@pytest.fixture(scope="module")
def project_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("years") / "trend.gcdx"
    profile = new_profile(REF, name_ko="시험시", name_en="Testville", region_code="11", year=2022, population=100_000,
                          base_year=2018)
    with Project.create(path, profile) as project:
        project.apply(ChangeSet(add_years=[YearAdded(y, new_year_settings(REF, y)) for y in (2018, 2021)]))
        project.add_records([Record("reported", ref, year=year, co2_t=float(t[i]), data_source="survey", quality="M")
                             for ref, t in TONNES.items() for i, year in enumerate(YEARS)])
        with Inventory(project) as inventory:  # 2022, the latest: explain I.1.1 since 2021 and II.1.1 since 2018
            inventory.apply(ChangeSet(acknowledge=[
                Acknowledgement("trend.change_previous", "I.1.1", explanation=SURVEY, reason="new_data_source"),
                Acknowledgement("trend.change_base", "II.1.1", explanation=BUSES, reason="activity_change")]))
    return path


def export(path, out, lang, year=None):
    """Export `year` (default: the latest) as a draft: the test city leaves most GPC rows unanswered."""
    with Inventory.open(path, year=year) as inventory:
        data = input_from_inventory(inventory)
    result = export_inventory(data, ExportOptions(out, lang=lang, chart_formats=("png",), activity_csv=False, draft=True))
    return result, openpyxl.load_workbook(result.workbook)


@pytest.fixture(scope="module")
def three_years(project_path, tmp_path_factory):
    """lang -> (result, workbook) of 2022 (the default: the latest year)."""
    return {lang: export(project_path, tmp_path_factory.mktemp(lang), lang) for lang in ("en", "ko")}


def years_table(wb, lang):
    return SheetTable(wb[text("export.sheet.years", lang)], lang, "export.col.gpc_ref")


def row_values(table, ref, lang, which_year, **cols):
    r = table.row_of(1, ref) if ref.startswith(("I", "V")) else table.row_of(2, text(f"export.total_short.{ref}", lang))
    return {name: table.value(r, table.col(key, year=which_year)) for name, key in cols.items()}


CHANGE_PREVIOUS = {"t": "export.years.col_change_t_previous", "pct": "export.years.col_change_pct_previous",
                   "needs": "export.years.col_needs_previous", "why": "export.years.col_explanation_previous",
                   "reason": "export.years.col_reason_previous"}
CHANGE_BASE = {k: v.replace("_previous", "_base") for k, v in CHANGE_PREVIOUS.items()}


def test_years_sheet_holds_every_year_by_row_and_total(three_years):
    _result, wb = three_years["en"]
    table = years_table(wb, "en")
    for ref, tonnes in TONNES.items():
        r = table.row_of(1, ref)
        assert [table.value(r, table.col("export.years.col_base_year", year=2018)),
                table.value(r, table.col("export.years.col_year", year=2021)),
                table.value(r, table.columns["2022 (tCO2e) [exported]"])] == list(tonnes)
    for key in ("basic", "basic_plus", "scope1"):
        r = table.row_of(2, text(f"export.total_short.{key}", "en"))
        assert [table.value(r, c) for c in (4, 5, 6)] == [9010, 8060, 8220]
    r = table.row_of(2, "Scope 2")
    assert [table.value(r, c) for c in (4, 5, 6)] == [0, 0, 0]


def test_years_sheet_changes_by_hand_with_the_explanations_and_reasons(three_years):
    _result, wb = three_years["en"]
    table = years_table(wb, "en")
    i11 = row_values(table, "I.1.1", "en", 2021, **CHANGE_PREVIOUS)
    assert i11["t"] == 150 and i11["pct"] == pytest.approx(150 / 1050)  # +14.29 %
    assert (i11["needs"], i11["why"], i11["reason"]) == ("yes", SURVEY, "New data source")
    i31 = row_values(table, "I.3.1", "en", 2021, **CHANGE_PREVIOUS)  # doubled, but 20/8220 = 0.24 % of BASIC
    assert (i31["t"], i31["pct"], i31["needs"], i31["why"]) == (10, 1.0, "no", None)
    basic = row_values(table, "basic", "en", 2021, **CHANGE_PREVIOUS)
    assert basic["t"] == 160 and basic["pct"] == pytest.approx(160 / 8060) and basic["needs"] == "no"  # +1.99 %
    ii11 = row_values(table, "II.1.1", "en", 2018, **CHANGE_BASE)
    assert ii11["t"] == -1000 and ii11["pct"] == pytest.approx(-1000 / 3000)
    assert (ii11["needs"], ii11["why"], ii11["reason"]) == ("yes", BUSES, "Real change in activity")
    i11_base = row_values(table, "I.1.1", "en", 2018, **CHANGE_BASE)  # +200 t = +20 %, asked and not answered
    assert (i11_base["t"], i11_base["pct"], i11_base["needs"], i11_base["why"]) == (200, pytest.approx(0.2), "yes", None)
    r = table.row_of(1, "I.1.1")
    assert table.ws.cell(r, table.col(CHANGE_BASE["why"], year=2018)).fill.fgColor.rgb.endswith("FFE699")  # shaded
    basic_base = row_values(table, "basic", "en", 2018, **CHANGE_BASE)
    assert basic_base["t"] == -790 and basic_base["pct"] == pytest.approx(-790 / 9010)  # -8.77 %


def test_years_sheet_in_korean_names_the_reason_in_korean(three_years):
    _result, wb = three_years["ko"]
    table = years_table(wb, "ko")
    i11 = row_values(table, "I.1.1", "ko", 2021, **CHANGE_PREVIOUS)
    assert (i11["needs"], i11["why"], i11["reason"]) == ("예", SURVEY, "새 자료원")
    assert row_values(table, "II.1.1", "ko", 2018, **CHANGE_BASE)["reason"] == "실제 활동량 변화"


def _cells(ws) -> list:
    return [[c.value for c in row] for row in ws.iter_rows()]


def _row_starting(ws, label, after: str | None = None) -> list:
    cells = _cells(ws)
    if after is not None:  # only the rows below the one starting with `after`
        cells = cells[next(i for i, row in enumerate(cells) if row and row[0] == after):]
    rows = [row for row in cells if row and row[0] == label]
    assert len(rows) == 1, (label, rows)
    return rows[0]


def test_crf_base_year_by_sector_and_the_change_since_the_last_inventory(three_years):
    _result, wb = three_years["en"]
    ws = wb[text("export.sheet.crf", "en")]
    assert _row_starting(ws, "Base year")[2] == 2018
    block = text("export.crf.base_title", "en")
    stationary = _row_starting(ws, "Stationary energy", after=block)  # I.1.1 + I.2.1 + I.3.1
    assert stationary[2] == 6010 and stationary[4] == 6220 and stationary[6] == pytest.approx(210 / 6010)
    transport = _row_starting(ws, "Transportation", after=block)
    assert transport[2] == 3000 and transport[4] == 2000 and transport[6] == pytest.approx(-1 / 3)
    waste = _row_starting(ws, "Waste", after=block)
    assert waste[2] == 0 and waste[6] is None
    total = _row_starting(ws, "CRF total (= BASIC+)")
    assert total[2] == 9010 and total[4] == 8220 and total[6] == pytest.approx(-790 / 9010)
    # the total's -8.77 % needs no explanation; its rows': II.1.1's given, I.1.1's (+20 %) still asked for
    assert total[10] == f"II.1.1: {BUSES} (Real change in activity); " + text("export.years.rows_unexplained", "en", refs="I.1.1")
    last = _row_starting(ws, "Change since the last inventory (2021): CRF total (= BASIC+)")
    assert last[2] == 8060 and last[4] == 8220 and last[6] == pytest.approx(160 / 8060)
    assert last[10] == f"I.1.1: {SURVEY} (New data source)"


def _cdp_meta(wb, lang) -> dict:
    ws = wb[text("export.sheet.cdp", lang)]
    return {row[0]: row[1] for row in _cells(ws) if row and isinstance(row[0], str) and len(row) > 1}


def test_cdp_base_year_fields_and_change_with_its_reason(three_years):
    meta = _cdp_meta(three_years["en"][1], "en")
    assert meta["Base year"] == 2018
    assert meta["Base-year emissions: BASIC (2018)"] == 9010 and meta["Base-year emissions: BASIC+ (2018)"] == 9010
    assert meta["Base-year emissions: Stationary Energy (BASIC; 2018)"] == 6010
    assert meta["Base-year emissions: Transportation (BASIC; 2018)"] == 3000
    assert meta["Change of BASIC since 2021"] == pytest.approx(160 / 8060)
    assert meta["Reason for the change"] == f"I.1.1: {SURVEY} (New data source)"
    assert meta["Change of BASIC since the base year (2018)"] == pytest.approx(-790 / 9010)
    assert meta["Reason for the change since the base year"] == (
        f"II.1.1: {BUSES} (Real change in activity); " + text("export.years.rows_unexplained", "en", refs="I.1.1"))
    ko = _cdp_meta(three_years["ko"][1], "ko")
    assert ko["기준연도"] == 2018 and ko["변화 이유"] == f"I.1.1: {SURVEY} (새 자료원)"


def test_the_trend_chart_is_drawn_in_the_workbook(three_years):
    result, wb = three_years["ko"]
    assert result.charts_skipped == []
    assert (result.workbook.parent / "charts" / "trend.png").is_file()
    assert len(wb[text("export.sheet.charts", "ko")]._images) == 5


def test_an_earlier_year_is_exported_through_the_inventory(project_path, tmp_path):
    result, wb = export(project_path, tmp_path, "en", year=2021)
    assert "2021" in result.workbook.name
    table = years_table(wb, "en")
    # 2021 against 2018, the previous year and the base year: BASIC -950 t = -10.54 %, asked, not explained
    basic = row_values(table, "basic", "en", 2018, **CHANGE_PREVIOUS)
    assert basic["t"] == -950 and basic["pct"] == pytest.approx(-950 / 9010) and basic["needs"] == "yes"
    assert basic["why"] is None  # 2022's explanations stay with 2022
    meta = _cdp_meta(wb, "en")
    assert meta["Change of BASIC since 2018"] == pytest.approx(-950 / 9010)
    assert meta["Reason for the change"] == "; ".join([text("export.years.explanation_missing", "en"),
                                                       text("export.years.rows_unexplained", "en", refs="II.1.1")])
    gpc = SheetTable(wb[text("export.sheet.gpc", "en")], "en", "export.col.gpc_ref")
    assert gpc.value(gpc.row_of(1, "I.1.1"), gpc.col("export.col.co2e_t")) == 1050


def test_the_first_year_says_it_has_no_previous_year(project_path, tmp_path):
    _result, wb = export(project_path, tmp_path, "en", year=2018)
    meta = _cdp_meta(wb, "en")
    assert meta["Change of BASIC since the last inventory"] == text("export.years.first_year", "en", year=2018)
    assert meta["Change of BASIC since the base year (2018)"] == text("export.years.is_base_year", "en", year=2018)
    lines = [row[0] for row in _cells(wb[text("export.sheet.years", "en")]) if row and row[0]]
    assert text("export.years.first_year", "en", year=2018) in lines


def test_a_single_year_export_says_the_trend_needs_two_years(workbooks, t):
    wb = workbooks["en"]  # the sample city: 2022 only, base year 2018
    assert t("export.sheet.years", "en") not in wb.sheetnames
    one_year = t("export.years.one_year", "en", year=2022)
    crf = [row[0] for row in _cells(wb[t("export.sheet.crf", "en")]) if row and row[0]]
    assert one_year in crf
    meta = _cdp_meta(wb, "en")
    assert meta["Change of BASIC since the last inventory"] == one_year
    assert meta["Base year"] == 2018
    assert meta["Base-year emissions: BASIC (2018)"] == t("export.years.base_missing", "en", base=2018)
    assert t("export.years.base_missing", "en", base=2018) in crf
    charts = [row[0] for row in _cells(wb[t("export.sheet.charts", "en")]) if row and row[0]]
    assert any("one year (2022)" in str(line) for line in charts)
