"""The reconciliation view: GPC, IPCC and GIR views add up to the same direct and indirect totals."""

import json

import pytest

from gcomdesk.core.checks import reconcile
from gcomdesk.core.totals import summarize
from tests.core.checks.builders import REF, act, base_records, frame, profile, rep


@pytest.fixture(scope="module")
def view():
    records = base_records() + [
        act("I.3.1", "bunker_c", 8000, "kL"), act("I.3.2", "electricity", 1_900_000, "MWh"),
        rep("III.1.1", ch4_t=1150.0), rep("III.1.2", ch4_t=100.0), rep("III.1.3", ch4_t=50.0),
        act("II.1.3", "diesel", 5000, "kL"), rep("VI.1", co2_t=999.0), rep("V.2", co2_t=-3000.0),
        act("I.4.4", "bituminous_fuel", 1000, "t"),
    ]
    prof = profile()
    results = summarize(frame(records), prof, REF)
    return reconcile(results, prof, REF), results


def test_three_views_sum_to_the_same_direct_and_indirect_totals(view):
    v, results = view
    assert v.consistent and v.differences() == []
    for sums in v.view_sums.values():
        assert sums["direct"] == pytest.approx(results.totals["direct"])
        assert sums["indirect"] == pytest.approx(results.totals["indirect"])


def test_indirect_rows_are_attributed_to_their_sub_sector_category(view):
    v, results = view
    assert v.by_gpc.loc["I.3.2", "attributed_ipcc"] == "1.A.2"
    assert v.by_ipcc.loc["1.A.2", "indirect_t"] == pytest.approx(results.by_gpc.loc["I.3.2", "co2e_t"])
    assert v.by_ipcc.loc["5.A", "indirect_t"] == pytest.approx(results.by_gpc.loc["III.1.2", "co2e_t"])
    assert v.by_ipcc.loc["5.A", "direct_t"] == pytest.approx(
        results.by_gpc.loc[["III.1.1", "III.1.3"], "co2e_t"].sum())


def test_out_of_boundary_rows_are_outside_every_national_view(view):
    v, results = view
    assert v.totals["outside"] == pytest.approx(results.by_gpc.loc[["II.1.3", "VI.1"], "co2e_t"].sum())
    assert set(v.by_gpc.loc[["II.1.3", "VI.1"], "view"]) == {"outside"}


def test_national_figures_and_local_share(view):
    v, results = view
    assert (v.national_year, v.national_basis) == (2022, "2006 IPCC Guidelines, AR5")
    road = v.by_ipcc.loc["1.A.3.b"]
    assert road["national_t"] == pytest.approx(95_093_354)
    assert road["local_share"] == pytest.approx(road["direct_t"] / road["national_t"])
    assert v.by_ipcc.loc["4", "local_share"] is None or v.by_ipcc.loc["4", "local_share"] != v.by_ipcc.loc["4", "local_share"]
    assert v.by_gir.loc["에너지", "national_t"] == pytest.approx(551_889_326)
    assert v.by_gir.loc["간접", "view"] == "indirect"


def test_broken_view_is_reported(view):
    v, _ = view
    v.view_sums["ipcc"] = {**v.view_sums["ipcc"], "direct": v.view_sums["ipcc"]["direct"] + 1.0}
    try:
        assert not v.consistent and v.differences()[0][:2] == ("ipcc", "direct")
    finally:
        v.view_sums["ipcc"]["direct"] -= 1.0


def test_to_dict_is_json(view):
    v, _ = view
    data = json.loads(json.dumps(v.to_dict(), ensure_ascii=False))
    assert data["consistent"] is True and data["national_year"] == 2022
    assert {row["code"] for row in data["by_ipcc"]} >= {"1.A.3.b", "5.A"}
