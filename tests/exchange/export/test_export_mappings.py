"""The CRF and CDP mappings (resources/export/*.csv): every GPC row lands in exactly one place,
the sums reproduce GPC's totals for any inventory, and notation keys combine without hiding a gap."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict

import pandas as pd
import pytest

from gcomdesk.core.generation import PLANT_TYPES
from gcomdesk.core.model import RECORD_FIELDS, Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.totals import summarize
from gcomdesk.exchange.export.mappings import (
    CRF_COLUMNS,
    cdp_rows,
    cdp_table,
    combine_keys,
    crf_rows,
    crf_table,
    crf_total,
    mapped_cell,
)
from gcomdesk.exchange.export.national import national_view

REF = load_reference()


def frame(*records: Record) -> pd.DataFrame:
    rows = [{k: v for k, v in asdict(r).items() if k in RECORD_FIELDS} | {"extra": "{}"} for r in records]
    return pd.DataFrame(rows, columns=[*RECORD_FIELDS, "extra"])


def profile(**changes):
    return new_profile(REF, **({"name_ko": "시험시", "region_code": "44", "year": 2022, "population": 100_000} | changes))


@pytest.fixture(scope="module")
def every_row_filled():
    """Every GPC row reports a distinct whole number of tonnes of CO2 (exact in floating point)."""
    records = [Record("reported", ref, co2_t=float(i + 1)) for i, ref in enumerate(REF.gpc)]
    return summarize(frame(*records), profile(), REF)


def test_crf_total_block_takes_each_basic_plus_row_once():
    refs = Counter(ref for row in crf_rows() if row.block == "total" for c in CRF_COLUMNS for ref in row.refs[c])
    assert all(n == 1 for n in refs.values()), [r for r, n in refs.items() if n > 1]
    assert set(refs) == {r for r, g in REF.gpc.items() if g.in_basic_plus}


def test_crf_reports_generation_and_waste_from_outside_apart():
    apart = {ref for row in crf_rows() if row.block != "total" for c in CRF_COLUMNS for ref in row.refs[c]}
    assert apart == {"I.4.4", "III.1.3", "III.2.3", "III.3.3", "III.4.3"}


def test_crf_columns_hold_the_matching_scopes():
    scope_of = {"direct": {1}, "indirect": {2}, "outside": {3}}
    for row in crf_rows():
        for column, refs in row.refs.items():
            assert {REF.gpc[r].scope for r in refs} <= scope_of[column], (row.row_id, column)


def test_cdp_rows_cover_every_gpc_row_once_in_its_scope():
    refs = Counter(ref for row in cdp_rows() if not row.total_key and not row.plant_type for ref in row.refs)
    split = Counter(row.plant_type for row in cdp_rows() if row.plant_type)
    assert set(refs) | {"I.4.4"} == set(REF.gpc) and all(n == 1 for n in refs.values()) and "I.4.4" not in refs
    assert set(split) == set(PLANT_TYPES) and all(n == 1 for n in split.values())  # I.4.4 once, by plant type
    for row in cdp_rows():
        for ref in row.refs:
            assert str(REF.gpc[ref].scope) == row.scope, (row.row_id, ref)


def test_crf_total_equals_basic_plus_for_any_inventory(every_row_filled):
    table = crf_table(every_row_filled, "en")
    assert crf_total(table)["total"] == every_row_filled.totals["basic_plus"]
    assert crf_total(table)["indirect"] == every_row_filled.totals["scope2"]
    apart = crf_total(table, "generation")["total"] + crf_total(table, "memo")["total"]
    assert crf_total(table)["direct"] + apart == every_row_filled.totals["scope1"]


def test_cdp_scopes_and_totals_agree_for_any_inventory(every_row_filled):
    table = cdp_table(every_row_filled, "en")
    for scope, key in (("1", "scope1"), ("2", "scope2"), ("3", "scope3")):
        assert sum(cell.value or 0.0 for row, cell in table if row.scope == scope and not row.total_key) == every_row_filled.totals[key]
    totals = {row.total_key: cell.value for row, cell in table if row.total_key}
    assert totals == {k: every_row_filled.totals[k] for k in totals}


def test_institutional_is_ie_with_the_reason_in_the_reading_language(every_row_filled):
    for lang, word in (("en", "commercial"), ("ko", "상업")):
        row, cells = next((r, c) for r, c in crf_table(every_row_filled, lang) if r.row_id == "institutional")
        assert all(cells[c].key == "IE" and word in cells[c].explanation for c in CRF_COLUMNS)


@pytest.mark.parametrize("keys, expected", [(["NO", "NE"], "NE"), (["IE", "NO"], "IE"), (["NE", "C"], "C"), (["NO"], "NO")])
def test_keys_combine_by_precedence(keys, expected):
    assert combine_keys(keys) == expected


def test_a_cell_with_an_unexplained_gap_is_missing_not_keyed():
    res = summarize(frame(Record("notation", "I.7.1", notation_key="NO", explanation="no coal")), profile(), REF)
    cell = mapped_cell(("I.7.1", "I.8.1"), res.by_gpc)
    assert cell.value is None and cell.key == "" and cell.missing == ("I.8.1",)
    assert "I.7.1 NO: no coal" in cell.explanation


def test_a_cell_with_data_keeps_the_other_rows_keys_in_its_explanation():
    res = summarize(frame(Record("reported", "I.3.1", co2_t=5.0),
                          Record("notation", "I.4.1", notation_key="NO", explanation="no refinery")), profile(), REF)
    cell = mapped_cell(("I.3.1", "I.4.1"), res.by_gpc)
    assert cell.value == 5.0 and cell.key == "" and cell.explanation == "I.4.1 NO: no refinery"


def test_national_view_states_the_nearest_year_and_a_different_gwp():
    res = summarize(frame(Record("reported", "I.1.1", co2_t=1000.0)), profile(year=2024, gwp_set="SAR"), REF)
    view = national_view(res, profile(year=2024, gwp_set="SAR"), REF)
    keys = dict(view.notes)
    assert view.national.year == 2022 and keys["export.national.nearest"] == {"year": 2022, "requested": 2024}
    assert keys["export.national.gwp_differs"] == {"local": "SAR", "national": "AR5"}
    energy = next(r for r in view.gir_rows if r["field"] == "에너지")
    assert energy["local_pc"] == pytest.approx(1000.0 / 100_000)
    assert energy["national_t"] == pytest.approx(view.national.by_code["1"])
