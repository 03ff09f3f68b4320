"""The workbook shows where waste-to-energy went and the CRF/CDP generation rows (issue 16 items 2,
5 and 6), read back with openpyxl. The sample's incinerator (한빛시, 38,000 t) is switched to
'supplied to the grid': its 28,425.165 tCO2e (golden III.3.1; hand calculation in WHY.md and
tests/core/test_generation_routing.py) must move to I.4.4, out of BASIC, into the CRF heat row."""

from __future__ import annotations

import json
from dataclasses import replace

import openpyxl
import pytest

from gcomdesk.exchange.export import ExportOptions, export_inventory
from tests.exchange.export.conftest import text

SAMPLE_INCINERATOR_CO2E = 28425.16533333333  # golden III.3.1 of the sample, AR5


def _with_energy_to_grid(sample_input):
    records = sample_input.records.copy()
    i = records.index[records["activity"] == "incineration"][0]
    extra = records.at[i, "extra"]
    extra = json.loads(extra) if isinstance(extra, str) else dict(extra)
    extra["inputs"] = {**extra["inputs"], "energy_use": "grid"}
    records.at[i, "extra"] = json.dumps(extra, ensure_ascii=False)
    records = records[~((records["gpc_ref"] == "I.4.4") & (records["kind"] == "notation"))]  # NO no longer true
    return replace(sample_input, records=records)


@pytest.fixture(scope="module")
def routed_workbook(sample_input, tmp_path_factory):
    result = export_inventory(_with_energy_to_grid(sample_input), ExportOptions(tmp_path_factory.mktemp("wte"), lang="en"))
    return openpyxl.load_workbook(result.workbook)


def test_gpc_sheet_reports_the_incinerator_in_i44_and_iii31_as_included_there(routed_workbook, sheet_table, sample_results):
    table = sheet_table(routed_workbook.worksheets[1], "en", "export.col.gpc_ref")
    co2e, key = table.col("export.col.co2e_t"), table.col("export.col.notation_key")
    assert table.value(table.row_of(1, "I.4.4"), co2e) == pytest.approx(SAMPLE_INCINERATOR_CO2E)
    r = table.row_of(1, "III.3.1")
    assert table.value(r, co2e) is None and table.value(r, key) == "IE"
    assert "I.4.4" in table.value(r, table.col("export.col.explanation"))
    basic = table.value(table.row_of(1, text("export.total_short.basic", "en")), co2e)
    assert basic == pytest.approx(sample_results.totals["basic"] - SAMPLE_INCINERATOR_CO2E)


def test_crf_has_four_generation_rows_and_the_incinerator_is_heat(routed_workbook, sheet_table):
    table = sheet_table(routed_workbook.worksheets[2], "en", "export.col.crf_sector")
    direct = table.col("export.col.crf_direct")
    key = direct + 1  # the key column right of the direct column
    rows = {label: table.row_of(2, label) for label in ("Electricity-only generation", "Combined heat and power (CHP) generation",
                                                        "Heat/cold generation", "Local renewable generation")}
    assert table.value(rows["Heat/cold generation"], direct) == pytest.approx(SAMPLE_INCINERATOR_CO2E)
    for label in ("Electricity-only generation", "Combined heat and power (CHP) generation", "Local renewable generation"):
        assert table.value(rows[label], direct) is None and table.value(rows[label], key) == "NO"
    incineration = table.row_of(2, "Incineration and open burning")
    assert table.value(incineration, key) == "IE"


def test_the_working_in_the_activity_sheet_says_i44(routed_workbook):
    cells = [str(c.value) for ws in routed_workbook.worksheets for row in ws.iter_rows() for c in row if c.value]
    assert any("I.4.4" in c and "Stationary Energy" in c for c in cells)


def test_sample_cover_shows_complete_totals_and_an_unanswered_row_marks_them(workbooks, sample_input, tmp_path):
    cover = [str(c.value) for row in workbooks["en"].worksheets[0].iter_rows() for c in row if c.value]
    assert not any("Incomplete" in c for c in cover)  # the sample answers I.4.4 and III.n.3
    records = sample_input.records[sample_input.records["gpc_ref"] != "III.1.3"]
    result = export_inventory(replace(sample_input, records=records), ExportOptions(tmp_path, lang="en", parts=("cover", "cdp")))
    wb = openpyxl.load_workbook(result.workbook)
    cover = [str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value]
    assert sum("Incomplete: III.1.3" in c for c in cover) == 2  # scope 1 (territorial) and direct
    cdp = [str(c.value) for row in wb.worksheets[1].iter_rows() for c in row if c.value]
    assert any("Incomplete: III.1.3" in c for c in cdp)
