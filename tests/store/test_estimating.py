"""Estimates written into an inventory: every missing BASIC row of a 500,000-person city filled in
one step, the national checks quiet, measured data replacing an estimate (and undo bringing it
back), re-estimating a row, and the checks' listing, share and mixed-row findings."""

from __future__ import annotations

import json

import pytest

from gcomdesk.core.estimates import propose as propose_module
from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.store import estimating
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project

REF = load_reference()


class NoRegional:
    def nearest(self, *args):
        return None


@pytest.fixture(autouse=True)
def national_path(monkeypatch):
    """The national path (the regional figures are tested in tests/core/estimates)."""
    monkeypatch.setattr(propose_module, "_regional", NoRegional)


@pytest.fixture
def city(tmp_path):
    path = tmp_path / "city.gcdx"
    Project.create(path, new_profile(REF, name_ko="오십만시", region_code="41", year=2022, population=500_000),
                   user="t").close()
    with Inventory.open(path) as inventory:
        yield inventory


def _answered(inventory) -> set[str]:
    return set(inventory.records["gpc_ref"])


def test_every_missing_basic_row_is_filled_in_one_step_and_the_national_checks_stay_quiet(city):
    proposals = estimating.proposals(city, None, None, "en")
    applied = city.apply(estimating.changes_for(city, proposals))
    basic = {g.ref for g in REF.gpc.values() if g.in_basic}
    assert basic <= _answered(city)  # every BASIC row ends with a number or a notation key
    assert len(applied.added_ids) == len(basic) and json.loads(city.project.changes(1)[0]["detail"])["label"] == "estimate"
    findings = city.analysis().findings
    rules = {f.rule for f in findings}
    assert not {r for r in rules if r.startswith("national.")}  # per-capita and exceed checks quiet
    assert not {f.rule for f in findings if f.severity == "error"}
    assert "estimate.share_high" in rules  # an inventory of estimates says so
    listed = {f.gpc_ref for f in findings if f.rule == "estimate.listed"}
    assert {"I.1.1", "I.1.2", "II.1.1", "III.1.1"} <= listed and "I.4.1" not in listed  # keys are not listed
    city.apply(applied.inverse)  # one undo step takes them all back
    assert len(city.records) == 0


def test_measured_data_replaces_the_estimate_and_undo_brings_it_back(city):
    city.apply(estimating.changes_for(city, estimating.proposals(city, ["I.1.1", "I.2.1"], None, "en")))
    estimate_id = int(city.records.index[city.records["gpc_ref"] == "I.1.1"][0])
    measured = Record(kind="activity", gpc_ref="I.1.1", year=2022, activity="city_gas_lng", amount=95_000, unit="kNm3")
    applied = city.apply(ChangeSet(add=[measured], label="entry"))
    assert applied.deleted_ids == (estimate_id,)
    rows = city.records.set_index("gpc_ref")
    assert rows.loc["I.1.1", "kind"] == "activity" and (city.records["gpc_ref"] == "I.1.1").sum() == 1
    assert (city.records["gpc_ref"] == "I.2.1").sum() == 1  # another row's estimate stays
    detail = json.loads(city.project.changes(1)[0]["detail"])
    assert detail["replaced_estimates"] == [estimate_id]
    city.apply(applied.inverse)  # undo: the estimate is back under its id, the measured record gone
    assert int(city.records.index[city.records["gpc_ref"] == "I.1.1"][0]) == estimate_id
    assert not any(f.rule == "estimate.mixed" for f in city.analysis().findings)


def test_re_estimating_a_row_replaces_its_earlier_estimate(city):
    city.apply(estimating.changes_for(city, estimating.proposals(city, ["I.1.1"], None, "en")))
    first = float(city.records["unsplit_co2e_t"].iloc[0])
    city.apply(estimating.changes_for(city, estimating.proposals(city, ["I.1.1"], {"households": 210_000}, "en")))
    assert len(city.records) == 1 and float(city.records["unsplit_co2e_t"].iloc[0]) != first
    assert estimating.measured_rows(city.records) == set()


def test_an_estimate_beside_measured_data_is_an_error(city):
    city.apply(ChangeSet(add=[Record(kind="activity", gpc_ref="I.1.1", year=2022, activity="diesel", amount=10, unit="kL")]))
    with pytest.raises(Exception) as info:  # the proposer refuses a row with data
        estimating.proposals(city, ["I.1.1"], None, "en")
    assert "I.1.1" in str(info.value)
    (proposal,) = estimating.proposals(city, ["I.2.1"], None, "en")
    forced = Record(**{**proposal.record.__dict__, "gpc_ref": "I.1.1"})  # written past the proposer
    city.apply(ChangeSet(add=[forced]))
    mixed = [f for f in city.analysis().findings if f.rule == "estimate.mixed"]
    assert [(f.severity, f.gpc_ref) for f in mixed] == [("error", "I.1.1")]


def test_the_share_of_basic_is_a_warning_only_above_the_limit(city):
    city.apply(ChangeSet(add=[Record(kind="activity", gpc_ref="I.3.2", year=2022, activity="electricity",
                                     amount=10_000_000, unit="MWh")]))
    city.apply(estimating.changes_for(city, estimating.proposals(city, ["III.2.1"], None, "en")))
    rules = {f.rule for f in city.analysis().findings}
    assert "estimate.listed" in rules and "estimate.share_high" not in rules  # 2,771 t of about 4.6 Mt
