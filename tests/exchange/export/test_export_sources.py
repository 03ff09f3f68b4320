"""What a reviewer traces in the sample's workbook: each factor's primary source beside the
secondary transcription and its quality, method choices named (not coded), the grid side, and the
national comparison of off-road on the national mapping (resources/checks/national_comparison.csv)."""

from __future__ import annotations

import pytest

from gcomdesk.core.checks.reconcile import reconcile

SHEET = {"cover": 0, "gpc": 1, "cdp": 3, "national": 4, "factors": 6}


def _factors(workbooks, sheet_table, lang):
    return sheet_table(workbooks[lang].worksheets[SHEET["factors"]], lang, "export.col.activity")


def test_factors_sheet_has_primary_and_secondary_sources_and_quality(workbooks, sheet_table):
    table = _factors(workbooks, sheet_table, "en")
    primary, secondary = table.col("export.col.factor_primary"), table.col("export.col.factor_secondary")
    quality = table.col("export.col.ef_quality")
    rows = range(table.header_row + 1, table.ws.max_row + 1)
    grid = [r for r in rows if table.value(r, 1) == "Grid electricity"]
    assert grid and all("GIR" in table.value(r, primary) for r in grid)
    assert all("carbontrace" in table.value(r, secondary) for r in grid)  # where it was read, kept apart
    assert {table.value(r, quality) for r in grid} == {"M"}  # electricity_kr.csv: medium confidence
    gas = [r for r in rows if table.value(r, 3) == "CH4" and table.value(r, 1) == "City gas (LNG)"]
    assert gas and all("2006 IPCC Guidelines Vol.2 ch." in table.value(r, primary) for r in gas)
    assert any("Table 2.5" in table.value(r, primary) for r in gas)  # residential
    co2 = [r for r in rows if table.value(r, 3) == "CO2" and table.value(r, 1) == "City gas (LNG)"]
    assert "annex 12" in table.value(co2[0], primary) and "table B" in table.value(co2[0], primary)
    assert all(table.value(r, primary) for r in rows if table.value(r, 5))  # no factor without its primary source
    notes = [str(table.value(r, 1)) for r in rows]
    assert any("Table 8.A.1" in n for n in notes)  # the GWP set's primary source (AR5)


@pytest.mark.parametrize("lang", ("en", "ko"))
def test_cdp_methodology_names_the_factors_instead_of_codes(workbooks, lang):
    ws = workbooks[lang].worksheets[SHEET["cdp"]]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "GPC v1.1" in c.value]
    method = next(t for t in texts if "IPCC 2006" in t)
    assert "kets" not in method and "KR-GIR-2022" not in method and "KR-HEAT-AVG" not in method
    assert ("K-ETS" in method and "approved 2022" in method) if lang == "en" else ("배출권거래제" in method and "2022 승인" in method)
    assert ("consumption side" in method) if lang == "en" else ("소비단" in method)


def test_gpc_sheet_fills_factor_quality_from_the_reference_rows(workbooks, sheet_table):
    table = sheet_table(workbooks["en"].worksheets[SHEET["gpc"]], "en", "export.col.gpc_ref")
    quality = table.col("export.col.ef_quality")
    assert table.value(table.row_of(1, "I.1.2"), quality) == "M"  # KR-GIR-2022: medium (secondary transcription)
    assert table.value(table.row_of(1, "I.1.1"), quality) == "M"  # kets set: medium


def test_loss_rows_follow_the_consumption_side_in_the_sample(workbooks, sheet_table, sample_results):
    table = sheet_table(workbooks["en"].worksheets[SHEET["gpc"]], "en", "export.col.gpc_ref")
    key = table.col("export.col.notation_key")
    for ref in ("I.2.3", "I.3.3", "I.5.3"):  # unanswered in the sample: IE, included in the scope-2 row
        assert table.value(table.row_of(1, ref), key) == "IE"
        assert sample_results.by_gpc.at[ref, "included_in"] == ref[:-1] + "2"


def test_national_sheet_shows_off_road_against_the_mapped_national_sum(workbooks, sheet_table, sample_input, sample_results):
    table = sheet_table(workbooks["en"].worksheets[SHEET["national"]], "en", "export.col.code")
    r = table.rows_where(1, "1.A.3.e")[0]
    view = reconcile(sample_results, sample_input.profile, sample_input.ref).by_ipcc.loc["1.A.3.e"]
    assert table.value(r, 4) == pytest.approx(view["national_t"])
    assert table.value(r, 5) == pytest.approx(view["local_share"])
    # 2022: 69.649 + 1,966.307 + 1,421.259 kt; the sample's off-road is under 1 % of it (population share 0.69 %)
    assert table.value(r, 4) == pytest.approx(3_457_215.0)
    assert table.value(r, 5) < 0.01
    assert "1.A.2.g.v" in table.value(r, 8)


def test_cover_states_the_grid_side_and_the_heat_factor(workbooks):
    ws = workbooks["en"].worksheets[SHEET["cover"]]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("consumption side" in t and "KR-GIR-2022" in t for t in texts)
    assert any(t.startswith("KR-HEAT-AVG — ") for t in texts)


def _export_variant(sample_input, tmp_path, lang="en", drop_rows=(), **profile_changes):
    from dataclasses import replace

    import openpyxl

    from gcomdesk.exchange.export import ExportOptions, export_inventory

    records = sample_input.records[~sample_input.records["gpc_ref"].isin(list(drop_rows))]
    variant = replace(sample_input, records=records, profile=replace(sample_input.profile, **profile_changes))
    result = export_inventory(variant, ExportOptions(tmp_path, lang=lang, parts=("gpc", "cdp", "factors"), chart_formats=()))
    return openpyxl.load_workbook(result.workbook)


def test_generation_side_export_lists_the_loss_factor_and_fills_the_loss_rows(sample_input, tmp_path, sheet_table):
    # the officer removes the sample's IE in I.1.3 ("included in I.1.2"), which the generation side contradicts
    wb = _export_variant(sample_input, tmp_path, drop_rows=("I.1.3",), electricity_side="generation")
    gpc = sheet_table(wb.worksheets[1], "en", "export.col.gpc_ref")
    co2e = gpc.col("export.col.co2e_t")
    # sample I.1.2: 540,000 MWh; losses 540,000 x (0.4747-0.4403) = 18,576 t CO2,
    # CH4 540,000 x 0.0009 kg = 0.486 t, N2O 540,000 x 0.0007 kg = 0.378 t -> AR5 18,576 + 13.608 + 100.17
    assert gpc.value(gpc.row_of(1, "I.1.3"), co2e) == pytest.approx(18576 + 0.486 * 28 + 0.378 * 265)
    assert gpc.value(gpc.row_of(1, "I.1.3"), gpc.col("export.col.notation_key")) is None
    factors = sheet_table(wb.worksheets[3], "en", "export.col.activity")
    editions = {factors.value(r, 6) for r in range(factors.header_row + 1, factors.ws.max_row + 1)}
    assert {"KR-GIR-2022-GEN", "KR-GIR-2022 - KR-GIR-2022-GEN"} <= editions  # scope 2 and the losses


def test_cover_says_when_a_grid_factor_gives_no_gwp_basis(sample_input, tmp_path):
    wb = _export_variant(sample_input, tmp_path, year=2023, electricity_edition="KR-2023")
    texts = [str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    note = next(t for t in texts if "without the GWP set" in t)
    assert "KR-2023" in note and "AR5" in note and "not stated" in note


def test_activity_sheet_names_where_each_fuel_factor_is_published(workbooks, sheet_table):
    table = sheet_table(workbooks["en"].worksheets[5], "en", "export.col.record_id")
    activity, source = table.col("export.col.activity"), table.col("export.col.factor_source")
    gas = [r for r in range(table.header_row + 1, table.ws.max_row + 1) if table.value(r, activity) == "City gas (LNG)"]
    assert gas
    for r in gas:
        text = table.value(r, source)
        assert "annex 12" in text and "table A" in text and "2006 IPCC Guidelines Vol.2" in text
