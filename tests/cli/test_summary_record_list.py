"""summary --format json: `records` stays the count; `record_list` gives every record of the year
with its calculated tonnes, as the core computes them."""

from __future__ import annotations

import json

import pytest

from gcomdesk.cli import main
from gcomdesk.store.inventory import Inventory


def test_record_list_gives_each_record_its_tonnes(sample_file, capsys):
    assert main(["summary", str(sample_file), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    with Inventory.open(sample_file) as inventory:
        results = inventory.analysis().results.records
        stored = inventory.records
    assert data["records"] == len(stored)  # unchanged: the count of stored records
    listed = data["record_list"]
    assert {r["id"] for r in listed if not r["derived"]} == set(stored["id"].astype(int))
    assert all(r["id"] == 0 for r in listed if r["derived"]) and len(listed) == len(results)
    by_id = {r["id"]: r for r in listed}
    landfill = by_id[int(stored.loc[stored["activity"] == "swds_fod", "id"].iloc[0])]
    assert landfill["kind"] == "method" and landfill["gpc_ref"] == landfill["report_ref"] == "III.1.1"
    row = results[results["activity"] == "swds_fod"].iloc[0]
    assert landfill["ch4_t"] == pytest.approx(row["ch4_t"], abs=1e-6)
    assert landfill["co2e_t"] == pytest.approx(row["co2e_t"], abs=1e-6) and landfill["status"] == "ok"
    # every record is listed, so the list adds up to the BASIC total (all the sample's rows count in it)
    assert sum(r["co2e_t"] or 0 for r in listed) == pytest.approx(data["totals_t"]["basic"], rel=1e-9)
    assert set(listed[0]) >= {"id", "kind", "gpc_ref", "report_ref", "activity", "amount", "unit", "notation_key",
                              "co2_t", "ch4_t", "n2o_t", "co2e_t", "status", "derived"}


def test_the_text_summary_is_unchanged(sample_file, capsys):
    assert main(["--lang", "en", "summary", str(sample_file)]) == 0
    assert "record_list" not in capsys.readouterr().out
