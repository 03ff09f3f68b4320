"""The bundled sample city's waste rows are computed by the methods, not typed tonnes."""

import csv

from gcomdesk.core.reference import load_reference
from gcomdesk.core.totals import summarize
from gcomdesk.samples import SAMPLE_ACTIVITY, build_sample
from gcomdesk.store.project import Project

WASTE_ROWS = {"III.1.1": "swds_fod", "III.2.1": "biological_treatment", "III.3.1": "incineration",
              "III.4.1": "wastewater_domestic"}


def test_activity_file_has_no_typed_waste_tonnes():
    with SAMPLE_ACTIVITY.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert not [r for r in rows[1:] if r and r[1] in WASTE_ROWS]


def test_sample_waste_rows_are_method_records(tmp_path):
    path = build_sample(tmp_path / "hanbit.gcdx")
    with Project.open(path) as project:
        records = project.records_frame()
        results = summarize(records, project.profile, load_reference())
    waste = results.records[results.records["gpc_ref"].isin(list(WASTE_ROWS))]
    assert sorted(zip(waste["gpc_ref"], waste["kind"], waste["activity"])) == sorted(
        (ref, "method", code) for ref, code in WASTE_ROWS.items())
    assert (waste["status"] == "ok").all() and (waste["co2e_t"] > 0).all()
    assert results.by_gpc.loc["III.3.1", "biogenic_co2_t"] > 0
    # landfill methane of a 352,400-person city with gas recovery: hundreds of tonnes, not thousands
    assert 200 < results.by_gpc.loc["III.1.1", "ch4_t"] < 1500
