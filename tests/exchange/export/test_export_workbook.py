"""The exported workbook of the sample inventory, read back with openpyxl: the GPC table, CRF and
CDP agree with the core's totals, keys are explained, numbers are numbers, every sheet has its
header block and print setup."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest

from gcomdesk import __version__
from gcomdesk.core.national import load_national
from gcomdesk.core.totals import TOTAL_KEYS
from gcomdesk.exchange.export.mappings import total_mask

LANGS = ("ko", "en")
GAS_HEADERS = {"co2_t": "export.col.co2_t", "ch4_t": "export.col.ch4_t", "n2o_t": "export.col.n2o_t",
               "co2e_t": "export.col.co2e_t", "biogenic_co2_t": "export.col.biogenic_co2_t"}
NUMBER_TEXT = re.compile(r"^-?[\d,]+(\.\d+)?$")


def close(a, b) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-6)


@pytest.mark.parametrize("lang", LANGS)
def test_sheets_are_named_validly_in_the_reading_language(workbooks, t, lang):
    names = workbooks[lang].sheetnames
    parts = ("cover", "gpc", "crf", "cdp", "national", "activity", "factors", "checks", "charts")
    methods = ["biological_treatment", "incineration", "swds_fod", "swds_fod.history", "wastewater_domestic"]
    expected = [t(f"export.sheet.{p}", lang) for p in parts]
    assert names == expected + methods  # the method sheets: test_export_methods.py
    for name in names:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")


@pytest.mark.parametrize("lang", LANGS)
def test_every_sheet_starts_with_the_header_block(workbooks, sample_input, lang):
    p = sample_input.profile
    for ws in workbooks[lang].worksheets:
        top = " ".join(str(ws.cell(r, 1).value or "") for r in range(1, 8))
        for expected in (p.name_ko, str(p.year), p.gwp_set, p.fuel_factor_set, p.electricity_edition, p.heat_edition,
                         "BASIC", f"gcomdesk {__version__}"):
            assert expected in top, (ws.title, expected)
        assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", top), ws.title  # generated at


@pytest.mark.parametrize("lang", LANGS)
def test_gpc_rows_carry_the_core_results(workbooks, sample_results, sheet_table, lang):
    table = sheet_table(workbooks[lang].worksheets[1], lang, "export.col.gpc_ref")
    key_col, col = table.col("export.col.notation_key"), {k: table.col(h) for k, h in GAS_HEADERS.items()}
    for ref, row in sample_results.by_gpc.iterrows():
        r = table.row_of(1, ref)
        if row["record_count"] > 0:
            for gas, c in col.items():
                assert isinstance(table.value(r, c), float | int), (ref, gas)
                assert close(table.value(r, c), row[gas]), (ref, gas)
        else:
            assert all(table.value(r, c) is None for c in col.values()), ref
            assert table.value(r, key_col) == (row["notation_key"] or None), ref


@pytest.mark.parametrize("lang", LANGS)
def test_gpc_totals_equal_the_core_totals(workbooks, sample_results, sheet_table, t, lang):
    table = sheet_table(workbooks[lang].worksheets[1], lang, "export.col.gpc_ref")
    total_col, co2_col = table.col("export.col.co2e_t"), table.col("export.col.co2_t")
    for key in TOTAL_KEYS:
        r = table.row_of(1, t(f"export.total_short.{key}", lang))
        assert close(table.value(r, total_col), sample_results.totals[key]), key
        by_gpc = sample_results.by_gpc
        assert close(table.value(r, co2_col), by_gpc.loc[total_mask(by_gpc, key), "co2_t"].sum()), key


def test_every_basic_row_has_a_number_or_an_explained_key(workbooks, sample_results, sheet_table):
    table = sheet_table(workbooks["ko"].worksheets[1], "ko", "export.col.gpc_ref")
    total_col, key_col = table.col("export.col.co2e_t"), table.col("export.col.notation_key")
    expl_col = table.col("export.col.explanation")
    basic = sample_results.by_gpc.index[sample_results.by_gpc["in_basic"]]
    assert len(basic) > 30
    for ref in basic:
        r = table.row_of(1, ref)
        number = table.value(r, total_col)
        key, explanation = table.value(r, key_col), table.value(r, expl_col)
        assert isinstance(number, float | int) or (key in ("NO", "IE", "NE", "C") and explanation and explanation.strip()), ref


def test_an_empty_row_stays_empty_and_is_flagged_never_ne(workbooks, sample_results, sheet_table):
    table = sheet_table(workbooks["en"].worksheets[1], "en", "export.col.gpc_ref")
    key_col, flag_col, total_col = table.col("export.col.notation_key"), table.col("export.col.flag"), table.col("export.col.co2e_t")
    by_gpc = sample_results.by_gpc
    empty = by_gpc.index[(by_gpc["record_count"] == 0) & (by_gpc["notation_key"] == "")]
    assert len(empty) > 0  # the sample leaves its BASIC+ rows open
    for ref in empty:
        r = table.row_of(1, ref)
        assert table.value(r, key_col) is None and table.value(r, total_col) is None, ref
        assert "No data and no notation key" in table.value(r, flag_col) or ref == "VI.1", ref
        assert table.ws.cell(r, 1).fill.fgColor.rgb not in (None, "00000000"), ref


@pytest.mark.parametrize("lang", LANGS)
def test_crf_sums_to_basic_plus_with_generation_apart(workbooks, sample_results, sheet_table, t, lang):
    table = sheet_table(workbooks[lang].worksheets[2], lang, "export.col.crf_sector")
    direct, indirect = table.col("export.col.crf_direct"), table.col("export.col.crf_indirect")
    outside, total = table.col("export.col.crf_outside"), table.col("export.col.crf_total")
    r = table.row_of(2, t("export.crf.total", lang))
    totals, by_gpc = sample_results.totals, sample_results.by_gpc
    assert close(table.value(r, total), totals["basic_plus"])
    assert close(table.value(r, indirect), totals["scope2"])
    assert close(table.value(r, direct) + table.value(r, outside), totals["basic_plus"] - totals["scope2"])
    subtotals = table.rows_where(2, t("export.crf.subtotal", lang))
    assert len(subtotals) == 5
    assert close(sum(table.value(s, total) for s in subtotals), totals["basic_plus"])
    blocks = table.rows_where(2, t("export.crf.block_total", lang))
    excluded = by_gpc.loc[["I.4.4", "III.1.3", "III.2.3", "III.3.3", "III.4.3"], "co2e_t"].sum()
    assert close(sum(table.value(b, direct) for b in blocks) + table.value(r, direct), totals["scope1"])
    assert close(sum(table.value(b, total) for b in blocks), excluded)


@pytest.mark.parametrize("lang", LANGS)
def test_crf_institutional_is_ie_into_commercial_with_its_reason(workbooks, sheet_table, t, lang):
    table = sheet_table(workbooks[lang].worksheets[2], lang, "export.col.crf_sector")
    label = "공공(기관) 건물 및 시설" if lang == "ko" else "Institutional buildings & facilities"
    r = table.row_of(2, label)
    keys = [table.value(r, c) for c in (4, 6, 8)]
    assert keys == ["IE", "IE", "IE"]
    assert "I.2" in table.value(r, table.col("export.col.explanation"))


@pytest.mark.parametrize("lang", LANGS)
def test_cdp_matrix_sums_to_the_scope_and_gpc_totals(workbooks, sample_results, sheet_table, t, lang):
    table = sheet_table(workbooks[lang].worksheets[3], lang, "export.col.cdp_sector")
    scope_col, value_col, refs_col = table.col("export.col.scope"), table.col("export.col.co2e_t"), table.col("export.col.gpc_rows")
    totals_label = t("export.cdp.totals", lang)
    sums = {1: 0.0, 2: 0.0, 3: 0.0}
    seen_refs = []
    totals_rows = {}
    for r in range(table.header_row + 1, table.ws.max_row + 1):
        sector, scope = table.value(r, 1), table.value(r, scope_col)
        if sector is None or table.value(r, refs_col) is None:
            continue
        if sector == totals_label:
            totals_rows[table.value(r, 2)] = table.value(r, value_col)
        elif scope in sums:
            sums[scope] += table.value(r, value_col) or 0.0
            seen_refs += table.value(r, refs_col).split(", ")
    counts = Counter(seen_refs)
    assert set(counts) == set(sample_results.by_gpc.index)  # every GPC row summed once, I.4.4 once per plant type
    assert counts.pop("I.4.4") == 4 and set(counts.values()) == {1}
    for scope, key in ((1, "scope1"), (2, "scope2"), (3, "scope3")):
        assert close(sums[scope], sample_results.totals[key])
    assert close(totals_rows["BASIC"], sample_results.totals["basic"])
    assert close(totals_rows["BASIC+"], sample_results.totals["basic_plus"])
    everything = [str(c.value) for row in table.ws.iter_rows() for c in row if c.value is not None]
    assert t("export.years.one_year", lang, year=2022) in everything  # one year: the change needs two


def test_national_sheet_compares_direct_total_with_the_national_net_total(workbooks, sample_results, sheet_table, t):
    table = sheet_table(workbooks["en"].worksheets[4], "en", "export.col.code")
    r = table.row_of(1, t("export.national.total.direct", "en"))
    national = load_national().tonnes(["TOTAL_INCL_LULUCF"], 2022)
    assert close(table.value(r, 3), sample_results.totals["direct"])
    assert close(table.value(r, 4), national)
    assert close(table.value(r, 5), sample_results.totals["direct"] / national)
    assert close(table.value(r, 7), national / load_national().national_population(2022)[1])


def test_activity_sheet_has_every_record_with_factors_and_method_working(workbooks, sample_input, sheet_table):
    table = sheet_table(workbooks["en"].worksheets[5], "en", "export.col.record_id")
    ids = [table.value(r, 1) for r in range(table.header_row + 1, table.ws.max_row + 1)]
    assert ids == [int(i) for i in sample_input.records["id"]]
    amount, factor, working = table.col("export.col.amount"), table.col("export.col.factor_co2"), table.col("export.col.method_working")
    kinds = dict(zip(sample_input.records["id"], sample_input.records["kind"]))
    for r in range(table.header_row + 1, table.ws.max_row + 1):
        kind = kinds[table.value(r, 1)]
        if kind == "activity":
            assert isinstance(table.value(r, amount), float | int) and isinstance(table.value(r, factor), float | int)
            assert table.value(r, table.col("export.col.factor_edition"))
        if kind == "method":
            assert "\n" in (table.value(r, working) or "")  # inputs and working lines


def test_activity_sheet_says_how_the_gas_volume_was_read_and_the_oxidation(workbooks, sample_input, sheet_table):
    # The sample's city gas is in 천㎥ (stored as kNm3): the factor column says it is normal volume and names the K-ETS
    # Tier 2 oxidation factor of gaseous fuels, 0.995 (K-ETS guideline 별표 6; issue 16 items 1 and 9).
    table = sheet_table(workbooks["ko"].worksheets[5], "ko", "export.col.record_id")
    edition, unit = table.col("export.col.factor_edition"), table.col("export.col.unit")
    gas_ids = set(sample_input.records.loc[sample_input.records["activity"] == "city_gas_lng", "id"].astype(int))
    rows = [r for r in range(table.header_row + 1, table.ws.max_row + 1) if table.value(r, 1) in gas_ids]
    assert rows and all(table.value(r, unit) == "kNm3" for r in rows)
    for r in rows:
        assert "표준상태" in table.value(r, edition) and "oxidation 0.995" in table.value(r, edition)


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_are_numeric_cells(workbooks, lang):
    for ws in workbooks[lang].worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                if cell.number_format not in ("General", "@"):
                    assert isinstance(cell.value, float | int), (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and NUMBER_TEXT.match(cell.value):
                    assert ws.title == workbooks[lang].worksheets[4].title and cell.column == 1, (ws.title, cell.coordinate)


@pytest.mark.parametrize("lang", LANGS)
def test_print_setup_frozen_header_and_filters(workbooks, lang):
    for ws in workbooks[lang].worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    for ws in workbooks[lang].worksheets[1:8]:  # the tables
        assert ws.freeze_panes is not None and ws.auto_filter.ref, ws.title
        assert ws.print_title_rows, ws.title
        assert ws.column_dimensions["B"].width > 8, ws.title


def test_charts_sheet_embeds_the_charts_and_says_why_the_trend_is_missing(workbooks, t):
    ws = workbooks["en"].worksheets[8]
    assert len(ws._images) == 4
    lines = [str(ws.cell(r, 1).value) for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value]
    assert any("one year (2022)" in line for line in lines)


@pytest.mark.parametrize("lang", LANGS)
def test_no_message_key_or_placeholder_leaks_into_the_workbook(workbooks, lang):
    for ws in workbooks[lang].worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert not re.match(r"^(export|chart|total|calc)\.[a-z_.]+", cell.value), (ws.title, cell.value)
                    assert not re.search(r"\{[a-z_]+\}", cell.value), (ws.title, cell.value)


def test_headers_follow_the_chosen_language(workbooks, t):
    for lang, word in (("ko", "하위부문"), ("en", "Sub-sector")):
        ws = workbooks[lang].worksheets[1]
        assert word in [c.value for row in ws.iter_rows(max_row=12) for c in row]


def test_cover_states_totals_and_check_status(workbooks, sample_results, t):
    ws = workbooks["en"].worksheets[0]
    values = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    for key in TOTAL_KEYS:
        assert close(values[t(f"total.{key}", "en")], sample_results.totals[key])
    assert values[t("export.cover.status", "en")] == t("export.cover.ready", "en")
    assert values[t("export.cover.population", "en")] == 352400


def test_export_messages_have_both_languages_with_the_same_placeholders():
    import csv

    from gcomdesk.paths import resource_path

    with resource_path("messages", "export.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 250
    for row in rows:
        assert row["en"] and row["ko"], row["key"]
        assert set(re.findall(r"\{(\w+)\}", row["en"])) == set(re.findall(r"\{(\w+)\}", row["ko"])), row["key"]


def test_a_file_name_never_starts_like_a_formula_or_an_option():
    from gcomdesk.exchange.export.writer import safe_file_part

    assert safe_file_part("=HYPERLINK(1)") == "HYPERLINK(1)"
    assert safe_file_part("-rf 한빛시") == "rf_한빛시" and safe_file_part("@+=") == "inventory"
