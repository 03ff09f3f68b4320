"""The export's method sheets are the import layout: the sample's workbook, imported into a fresh
project of the same profile, gives every method record the tonnes per gas it had."""

from __future__ import annotations

import math

import pytest

from gcomdesk.exchange.activity_import import import_changes
from gcomdesk.exchange.importing import ImportYears, read_import
from gcomdesk.samples import sample_profile
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project

GASES = ("co2_t", "ch4_t", "n2o_t", "sf6_t", "nf3_t", "hfcs_co2e_t", "pfcs_co2e_t", "biogenic_co2_t", "co2e_t")
METHOD_SHEETS = ["biological_treatment", "incineration", "swds_fod", "swds_fod.history", "wastewater_domestic"]


def method_tonnes(path) -> dict:
    with Inventory.open(path) as inventory:
        recs = inventory.analysis().results.records
    recs = recs[recs["kind"] == "method"]
    return {(r.activity, r.gpc_ref, r.report_ref): tuple(float(getattr(r, g)) for g in GASES) for r in recs.itertuples()}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_method_sheets_close_the_workbook_and_the_cover_lists_them(workbooks, t, lang):
    names = workbooks[lang].sheetnames
    assert names[-len(METHOD_SHEETS):] == METHOD_SHEETS
    cover = [row[0] for row in workbooks[lang].worksheets[0].iter_rows(values_only=True)]
    assert all(name in cover for name in METHOD_SHEETS)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_sample_round_trips_through_the_method_sheets(exported, sample_path, tmp_path, lang):
    fresh = tmp_path / "fresh.gcdx"
    with Project.create(fresh, sample_profile()) as project:
        read = read_import(exported[lang].workbook, ImportYears.of(project))
        assert read.kind == "method" and sorted(read.methods.sheets) == sorted(METHOD_SHEETS)
        project.apply(import_changes(project, read.frame, "round trip"))
    original, again = method_tonnes(sample_path), method_tonnes(fresh)
    assert len(original) == 4 and original.keys() == again.keys()
    for key, tonnes in original.items():
        assert all(math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12) for a, b in zip(again[key], tonnes)), key
    with Project.open(sample_path) as a, Project.open(fresh) as b:  # provenance came along too
        first = a.records_frame().set_index("activity")
        second = b.records_frame().set_index("activity")
        for code in ("swds_fod", "biological_treatment"):
            for field in ("data_source", "quality", "notes"):
                assert second.loc[code, field] == first.loc[code, field], (code, field)
        assert '"history": "전국 폐기물 발생 및 처리현황' in second.loc["swds_fod", "extra"]
