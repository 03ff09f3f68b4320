"""Changes between inventory years, by hand: a three-year project (2018 base, 2021, 2022) with
reported tonnes (so CO2e = the tonnes entered), the changes since the previous year and since the
base year, and explanations asked exactly where the thresholds of resources/checks/rules.csv say
(more than 10 % on a row over 1 % of its year's total; totals on the change alone)."""

from __future__ import annotations

import math

import pytest

from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import new_year_settings
from gcomdesk.store.changes import Acknowledgement, ChangeSet, YearAdded
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project

REF = load_reference()
TONNES = {  # GPC row -> tonnes CO2 in 2018, 2021, 2022
    "I.1.1": (1000, 1050, 1200),
    "I.2.1": (5000, 5000, 5000),
    "I.3.1": (10, 10, 20),
    "II.1.1": (3000, 2000, 2000),
}
YEARS = (2018, 2021, 2022)


@pytest.fixture
def inventory(tmp_path):
    profile = new_profile(REF, name_ko="시험시", region_code="11", year=2022, population=100_000, base_year=2018)
    project = Project.create(tmp_path / "trend.gcdx", profile)
    project.apply(ChangeSet(add_years=[YearAdded(y, new_year_settings(REF, y)) for y in (2018, 2021)]))
    project.add_records([Record("reported", ref, year=year, co2_t=float(t[i]), data_source="survey", quality="M")
                         for ref, t in TONNES.items() for i, year in enumerate(YEARS)])
    with Inventory(project) as inv:
        yield inv


def needing(analysis, rule):
    return sorted(f.gpc_ref or f.field for f in analysis.findings if f.rule == rule)


def test_changes_by_hand_and_explanations_asked_where_the_thresholds_say(inventory):
    a = inventory.analysis()  # 2022
    assert a.changes.previous_year == 2021 and a.changes.base_year == 2018
    prev, base = a.changes.previous, a.changes.base
    # BASIC: 2018 = 1000+5000+10+3000 = 9010; 2021 = 8060; 2022 = 8220
    assert base.loc["basic", "other_t"] == 9010 and prev.loc["basic", "other_t"] == 8060
    assert prev.loc["basic", "this_t"] == 8220
    assert prev.loc["basic", "change_pct"] == pytest.approx(160 / 8060)  # +1.99 %: no explanation
    assert base.loc["basic", "change_pct"] == pytest.approx(-790 / 9010)  # -8.77 %: none either
    # I.1.1: +150 t = +14.29 % since 2021 (share 1200/8220 = 14.6 %), +20 % since 2018
    assert prev.loc["I.1.1", "change_t"] == 150 and prev.loc["I.1.1", "change_pct"] == pytest.approx(150 / 1050)
    # I.3.1 doubled, but is 20/8220 = 0.24 % of the total (10/8060 = 0.12 % before): under the 1 % share
    assert prev.loc["I.3.1", "change_pct"] == pytest.approx(1.0) and not prev.loc["I.3.1", "needs"]
    assert needing(a, "trend.change_previous") == ["I.1.1"]
    assert needing(a, "trend.change_base") == ["I.1.1", "II.1.1"]  # II.1.1: -1000/3000 = -33.3 %
    inventory.set_year(2021)
    a = inventory.analysis()
    assert a.changes.previous_year == 2018
    # 2021 against 2018: BASIC -950/9010 = -10.54 % (> 10 %), BASIC+ the same; II.1.1 -33.3 %
    assert needing(a, "trend.change_previous") == ["II.1.1", "basic", "basic_plus"]
    inventory.set_year(2018)
    assert inventory.analysis().changes.previous is None and inventory.analysis().changes.base is None
    assert not [f for f in inventory.analysis().findings if f.family == "trend"]


def test_an_explanation_with_its_reason_is_kept_with_its_year(inventory):
    ack = Acknowledgement("trend.change_previous", "I.1.1", 0, "", "boiler survey replaced the estimate",
                          reason="new_data_source")
    inventory.apply(ChangeSet(acknowledge=[ack]))  # the active year, 2022
    found = [f for f in inventory.analysis().findings if f.rule == "trend.change_previous"]
    assert [f.acknowledged for f in found] == ["boiler survey replaced the estimate"]
    stored = inventory.project.acknowledgements()
    assert [(a["year"], a["reason"]) for a in stored] == [(2022, "new_data_source")]
    inventory.set_year(2021)
    assert all(f.acknowledged is None for f in inventory.analysis().findings if f.family == "trend")


def test_a_row_that_appears_or_vanishes_is_asked_about(inventory):
    inventory.apply(ChangeSet(add=[Record("reported", "II.2.1", co2_t=500.0, data_source="s", quality="M")]))
    a = inventory.analysis()
    assert math.isinf(a.changes.previous.loc["II.2.1", "change_pct"])
    assert "II.2.1" in needing(a, "trend.change_previous")
    message = next(f for f in a.findings if f.gpc_ref == "II.2.1" and f.rule == "trend.change_previous").message
    assert "new" in message.render("en") and "2021" in message.render("ko")


def test_the_base_year_without_an_inventory_is_said(inventory):
    inventory.apply(ChangeSet(delete_years=[2018]))
    a = inventory.analysis()
    assert a.changes.base is None
    assert [f.rule for f in a.findings if f.family == "trend" and f.severity == "info"] == ["trend.base_year_missing"]


def test_the_results_say_which_editions_were_used(inventory):
    from gcomdesk.core.years import editions_message

    own = editions_message(inventory.profile_of(2018)).render("en")
    assert "each year its own" in own and REF.default_electricity_edition(2018) in own
    inventory.apply(ChangeSet(profile={"factor_policy": "same"}))
    same = editions_message(inventory.profile_of(2018)).render("ko")
    assert "모든 연도에 같은 판" in same and "KR-GIR-2022" in same and "소비단" in same


def test_a_row_s_change_belongs_to_its_sector_step_and_a_total_s_to_the_review(inventory):
    inventory.set_year(2021)
    steps = {(f.gpc_ref or f.field): f.step for f in inventory.analysis().findings if f.family == "trend"}
    assert steps == {"II.1.1": "transport", "basic": "review", "basic_plus": "review"}
