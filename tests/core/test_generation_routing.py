"""Issue 16 items 2, 5, 6 and 9 (part): waste-to-energy lands in Stationary Energy, I.4.4 is split
by plant type, territorial rows must be answered before scope 1 / direct are complete, and one
scope-1 (territorial) figure.

Hand calculation used throughout (IPCC 2006 Vol.5 ch. 5, defaults in resources/methods/incineration.csv):
10,000 t of pure plastics in a continuous stoker plant:
  fossil CO2 = 10,000 t x (1.0 share x 1.00 dm x 0.75 C x 1.00 fossil) x OF 1.0 x 44/12 = 27,500 t (Eq 5.2, Table 2.4)
  CH4 = 10,000 t x 0.2 g/t x 1e-6 = 0.002 t (Table 5.3); N2O = 10,000 t x 50 g/t x 1e-6 = 0.5 t (Table 5.6)
  CO2e (AR5: CH4 28, N2O 265) = 27,500 + 0.056 + 132.5 = 27,632.556 t
GPC v1.1 ch. 8 (8.1): incineration with energy recovery is reported under Stationary Energy; ch. 6:
energy supplied to the grid is I.4.4 (scope 1, territorial only, outside BASIC).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from gcomdesk.core.checks import run_checks
from gcomdesk.core.generation import PLANT_TYPES
from gcomdesk.core.methods import describe_record
from gcomdesk.core.model import Record
from gcomdesk.core.totals import TOTAL_KEYS, summarize
from gcomdesk.exchange.charts import data as chart_data
from tests.core.helpers import REF, act, frame, profile, rep

PLASTICS_CO2E = 27500 + 0.002 * 28 + 0.5 * 265
TERRITORIAL = ("I.4.4", "III.1.3", "III.2.3", "III.3.3", "III.4.3")


def incinerator(gpc_ref="III.3.1", energy_use="grid", facility="", **inputs) -> Record:
    values = {"technology": "continuous_stoker", "energy_use": energy_use, "waste_t": 10000, "comp_food": 0,
              "comp_paper": 0, "comp_wood": 0, "comp_textiles": 0, "comp_plastics": 1, "comp_rubber_leather": 0,
              "comp_other": 0, **inputs}
    return Record("method", gpc_ref, activity="incineration", facility=facility, extra={"inputs": values})


def records(*recs: Record, keys=TERRITORIAL) -> pd.DataFrame:
    """A records table; `keys`: rows answered by NO with an explanation."""
    all_recs = [*recs, *[Record("notation", r, notation_key="NO", explanation="없음 / none") for r in keys]]
    table = frame(*all_recs)
    table["extra"] = [json.dumps(r.extra) for r in all_recs]
    return table


def results(*recs, keys=TERRITORIAL):
    return summarize(records(*recs, keys=tuple(k for k in keys if k not in {r.gpc_ref for r in recs})), profile(), REF)


# -- item 2: waste-to-energy ----------------------------------------------------------------
def test_an_incinerator_supplying_the_grid_lands_on_i44_and_leaves_basic():
    res = results(incinerator(energy_use="grid"))
    assert res.by_gpc.loc["I.4.4", "co2e_t"] == pytest.approx(PLASTICS_CO2E)
    assert res.by_gpc.loc["III.3.1", "co2e_t"] == 0
    assert res.totals["basic"] == 0 and res.totals["basic_plus"] == 0  # I.4.4 is in neither
    assert res.totals["scope1"] == pytest.approx(PLASTICS_CO2E)  # territorial
    row = res.by_gpc.loc["III.3.1"]
    assert (row.notation_key, row.included_in) == ("IE", "I.4.4") and "I.4.4" in row.explanation


def test_without_energy_recovery_it_stays_in_waste_and_in_basic():
    res = results(incinerator(energy_use="none"))
    assert res.by_gpc.loc["III.3.1", "co2e_t"] == pytest.approx(PLASTICS_CO2E)
    assert res.totals["basic"] == pytest.approx(PLASTICS_CO2E)


def test_energy_used_on_site_lands_on_the_users_row_in_basic():
    res = results(incinerator(energy_use="onsite"))
    assert res.by_gpc.loc["I.2.1", "co2e_t"] == pytest.approx(PLASTICS_CO2E)  # default: a public facility
    assert res.totals["basic"] == pytest.approx(PLASTICS_CO2E)
    res = results(incinerator(energy_use="onsite", onsite_row="I.3.1"))
    assert res.by_gpc.loc["I.3.1", "co2e_t"] == pytest.approx(PLASTICS_CO2E)


def test_a_plant_outside_the_city_stays_in_iii32():
    res = results(incinerator("III.3.2", energy_use="grid"))
    assert res.by_gpc.loc["III.3.2", "co2e_t"] == pytest.approx(PLASTICS_CO2E)
    assert res.by_gpc.loc["I.4.4", "co2e_t"] == 0


def test_the_working_says_where_the_emissions_went():
    for lang, words in (("en", ("I.4.4", "Stationary Energy")), ("ko", ("I.4.4", "고정연소"))):
        lines = "\n".join(describe_record("incineration", incinerator().extra, profile(), REF, lang))
        assert all(w in lines for w in words)


def test_an_energy_recovering_plant_left_in_waste_is_a_warning():
    legacy = incinerator(energy_use="used")
    named = Record("reported", "III.3.1", co2_t=1000, facility="한빛 자원회수시설")
    found = run_checks(records(legacy, named), profile(), REF)
    hits = [f for f in found if f.rule == "classification.energy_recovery_in_waste"]
    assert len(hits) == 2 and all(f.severity == "warning" for f in hits)
    assert "자원회수시설" in hits[1].render("ko") or "자원회수시설" in hits[0].render("ko")
    routed = run_checks(records(incinerator(energy_use="grid", facility="한빛 자원회수시설")), profile(), REF)
    assert not [f for f in routed if f.rule == "classification.energy_recovery_in_waste"]


# -- item 5: generation by plant type --------------------------------------------------------
def test_generation_is_split_by_plant_type_with_defaults_from_the_record():
    coal = act("I.4.4", "bituminous_fuel", 1000, "t")
    chp = rep("I.4.4", co2_t=500.0)
    chp.extra = {"plant_type": "chp"}
    res = results(coal, chp, incinerator(energy_use="grid"))
    gen = res.generation
    assert list(gen.index) == list(PLANT_TYPES)
    assert gen.loc["chp", "co2e_t"] == 500.0  # stated on the record
    assert gen.loc["heat", "co2e_t"] == pytest.approx(PLASTICS_CO2E)  # the incinerator's default plant type
    coal_t = float(res.records.loc[res.records["activity"] == "bituminous_fuel", "co2e_t"].iloc[0])
    assert gen.loc["electricity", "co2e_t"] == pytest.approx(coal_t)  # a fossil fuel defaults to electricity-only
    assert gen.loc["renewable", "record_count"] == 0
    assert gen["co2e_t"].sum() == pytest.approx(res.by_gpc.loc["I.4.4", "co2e_t"])


def test_a_biogenic_fuel_defaults_to_local_renewables():
    wood = next(code for code, f in REF.fuels.items() if f.biogenic)
    res = results(act("I.4.4", wood, 100, REF.fuels[wood].base_unit))
    assert res.generation.loc["renewable", "record_count"] == 1


# -- item 6: territorial rows ----------------------------------------------------------------
def test_unanswered_territorial_rows_make_scope1_and_direct_incomplete():
    res = results(rep("I.1.1", co2_t=10.0), keys=("III.1.3", "III.2.3", "III.4.3"))
    assert res.territorial_open == ("I.4.4", "III.3.3")
    assert res.incomplete == {"scope1": ("I.4.4", "III.3.3"), "direct": ("I.4.4", "III.3.3")}
    found = [f for f in run_checks(records(rep("I.1.1", co2_t=10.0), keys=("III.1.3",)), profile(), REF)
             if f.rule == "completeness.territorial_row_empty"]
    assert [f.gpc_ref for f in found] == ["I.4.4", "III.2.3", "III.3.3", "III.4.3"]
    assert "수도권매립지" in found[0].render("ko")


def test_answered_territorial_rows_leave_the_totals_complete():
    res = results(rep("I.1.1", co2_t=10.0))
    assert res.territorial_open == () and res.incomplete == {}
    unexplained = records(Record("notation", "I.4.4", notation_key="NO", explanation=""), keys=TERRITORIAL[1:])
    assert summarize(unexplained, profile(), REF).territorial_open == ("I.4.4",)  # a key needs its explanation


def test_an_incinerator_routed_to_i44_answers_it():
    assert "I.4.4" not in results(incinerator(), keys=TERRITORIAL[1:]).territorial_open


# -- item 9: one scope-1 figure; generation not stacked on stationary energy -------------------
def test_one_scope1_figure():
    assert "scope1_territorial" not in TOTAL_KEYS and "scope1" in TOTAL_KEYS


def test_the_sector_scope_chart_shows_generation_apart():
    res = results(act("I.1.2", "electricity", 1000, "MWh"), rep("I.4.4", co2_t=400.0))
    bars = chart_data.sector_scope(res, REF, "en", str, "Generation")
    i = bars.categories.index("Generation")
    stationary = bars.categories.index(chart_data._short_sector(REF, "I", "en"))
    assert bars.stacks["1"][i] == 400.0 and bars.stacks["2"][i] == 0.0
    assert bars.stacks["1"][stationary] == 0.0  # not stacked on the scope-2 use of the same energy
    assert sum(bars.stacks["1"]) == pytest.approx(res.totals["scope1"])
