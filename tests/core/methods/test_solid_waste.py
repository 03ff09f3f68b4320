"""Solid waste disposal against hand calculations from IPCC 2006 Vol.5 ch.3.

Defaults used (resources/methods/solid_waste.csv):
- Table 2.4 DOC (wet weight): food 0.15, paper 0.40, wood 0.43, textiles 0.24; 'other' 0.
- Table 3.1 MCF: managed anaerobic 1.0, semi-aerobic 0.5, unmanaged deep 0.8, shallow 0.4, uncategorised 0.6.
- §3.2.3 DOCf 0.5, F 0.5; Table 3.2 OX 0 (0.1 for covered managed sites).
- Table 3.3 k, boreal/temperate wet: food 0.185, paper 0.06, textiles 0.06, wood 0.03.
Equations: 3.2 DDOCm = W x DOC x DOCf x MCF; 3.4 DDOCma_T = DDOCmd_T + DDOCma_T-1 x e^-k;
3.5 DDOCm decomposed_T = DDOCma_T-1 x (1 - e^-k); 3.6 CH4 generated = DDOCm decomposed x F x 16/12;
3.1 CH4 emitted = (generated - R) x (1 - OX). Commitment: GPC v1.1 Eq 8.4 with the same factors.
"""

import math

import pytest

from gcomdesk.core.methods import REGISTRY, MethodInputError, describe_record
from tests.core.methods.helpers import REF, make_profile, run

COMP = {"comp_food": 0.30, "comp_paper": 0.20, "comp_wood": 0.05, "comp_textiles": 0.05, "comp_other": 0.40}
DOC = {"food": 0.15, "paper": 0.40, "wood": 0.43, "textiles": 0.24}
K_TEMPERATE_WET = {"food": 0.185, "paper": 0.06, "wood": 0.03, "textiles": 0.06}


def test_commitment_by_hand():
    ch4 = run("swds_commitment", {"waste_t": 10_000, **COMP})["ch4_t"]
    doc = 0.30 * 0.15 + 0.20 * 0.40 + 0.05 * 0.43 + 0.05 * 0.24  # Eq 3.7 weighted DOC = 0.1585
    ddocm = 10_000 * doc * 0.5 * 1.0  # Eq 3.2, managed anaerobic MCF 1.0 (Table 3.1)
    expected = ddocm * 0.5 * 16 / 12 * (1 - 0)  # Eq 3.6 and 3.1 with R = 0, OX = 0
    assert doc == pytest.approx(0.1585)
    assert ch4 == pytest.approx(expected) and ch4 == pytest.approx(528.3333333)


@pytest.mark.parametrize(("site", "mcf"), [("managed_semi_aerobic", 0.5), ("unmanaged_deep", 0.8),
                                           ("unmanaged_shallow", 0.4), ("uncategorised", 0.6)])
def test_commitment_mcf_by_site_type(site, mcf):
    base = run("swds_commitment", {"waste_t": 1000, **COMP})["ch4_t"]
    assert run("swds_commitment", {"waste_t": 1000, **COMP, "site_type": site})["ch4_t"] == pytest.approx(base * mcf)


def test_commitment_recovery_and_oxidation():
    gross = 528.3333333333334  # from test_commitment_by_hand
    out = run("swds_commitment", {"waste_t": 10_000, **COMP, "ox": 0.1, "recovery_flared_fraction": 0.2,
                                  "recovery_used_fraction": 0.3})
    assert out["ch4_t"] == pytest.approx((gross - gross * 0.5) * 0.9)  # Eq 3.1
    lines = describe_record("swds_commitment", {"inputs": {"waste_t": 10_000, **COMP, "recovery_flared_fraction": 0.2,
                                                           "recovery_used_fraction": 0.3}}, make_profile(), REF, "en")
    assert any("flared 105.667 t" in line and "used for energy 158.5 t" in line for line in lines)


def _fod_by_recursion(history, year, k=K_TEMPERATE_WET, shares=None, mcf=1.0):
    """Eq 3.4/3.5 year by year, category by category, exactly as written in the Guidelines."""
    decomposed_total = 0.0
    for cat, doc in DOC.items():
        accumulated = 0.0  # DDOCma at the end of the previous year
        decomposed = 0.0
        for t in range(min(history), year + 1):
            decomposed = accumulated * (1 - math.exp(-k[cat]))  # Eq 3.5
            deposited = history.get(t, 0.0) * (shares or COMP)[f"comp_{cat}"] * doc * 0.5 * mcf  # Eq 3.2
            accumulated = deposited + accumulated * math.exp(-k[cat])  # Eq 3.4
        decomposed_total += decomposed  # what decomposed in `year`
    return decomposed_total * 0.5 * 16 / 12  # Eq 3.6


def test_fod_matches_year_by_year_recursion():
    history = {2015: 20_000, 2016: 21_000, 2017: 19_000, 2018: 18_000, 2019: 17_500, 2020: 17_000, 2021: 16_000}
    rows = [{"year": y, "waste_t": t} for y, t in history.items()]
    ch4 = run("swds_fod", {**COMP, "history": rows})["ch4_t"]
    assert ch4 == pytest.approx(_fod_by_recursion(history, 2022), rel=1e-12)
    assert ch4 == pytest.approx(409.81721, rel=1e-7)


def test_fod_one_deposit_by_hand():
    # 1000 t of food only, deposited in 2020, inventory 2022: by 2021-end e^-0.185 of DDOCm is left; 2022 decays (1-e^-k).
    ch4 = run("swds_fod", {"comp_food": 1, "comp_paper": 0, "comp_wood": 0, "comp_textiles": 0, "comp_other": 0,
                           "history": [{"year": 2020, "waste_t": 1000}]})["ch4_t"]
    ddocm = 1000 * 0.15 * 0.5 * 1.0
    assert ch4 == pytest.approx(ddocm * math.exp(-0.185) * (1 - math.exp(-0.185)) * 0.5 * 16 / 12)


def test_fod_year_of_deposit_does_not_decay_and_future_is_ignored():
    only_now = {**COMP, "history": [{"year": 2022, "waste_t": 5000}, {"year": 2023, "waste_t": 5000}]}
    assert run("swds_fod", only_now)["ch4_t"] == 0
    lines = describe_record("swds_fod", {"inputs": only_now}, make_profile(), REF, "en")
    assert any("2022, 2023" in line and "does not decay" in line for line in lines)


def test_fod_row_composition_overrides_record_composition():
    old = {"comp_food": 0.5, "comp_paper": 0.2, "comp_wood": 0.0, "comp_textiles": 0.0, "comp_other": 0.3}
    rows = [{"year": 2000, "waste_t": 10_000, **old}, {"year": 2010, "waste_t": 10_000}]
    ch4 = run("swds_fod", {**COMP, "history": rows})["ch4_t"]
    expected = 0.0
    for year, shares in ((2000, old), (2010, COMP)):
        for cat, doc in DOC.items():
            k = K_TEMPERATE_WET[cat]
            ddocm = 10_000 * shares[f"comp_{cat}"] * doc * 0.5
            expected += ddocm * math.exp(-k * (2021 - year)) * (1 - math.exp(-k))
    assert ch4 == pytest.approx(expected * 0.5 * 16 / 12)


def test_fod_recovery_subtracted_then_oxidised_and_reported():
    rows = [{"year": y, "waste_t": 20_000} for y in range(1990, 2022)]
    gross = run("swds_fod", {**COMP, "history": rows})["ch4_t"]
    out = run("swds_fod", {**COMP, "history": rows, "ch4_flared_t": 100, "ch4_used_t": 150, "ox": 0.1})["ch4_t"]
    assert out == pytest.approx((gross - 250) * 0.9)
    lines = describe_record("swds_fod", {"inputs": {**COMP, "history": rows, "ch4_flared_t": 100, "ch4_used_t": 150}},
                            make_profile(), REF, "ko")
    assert any("회수 CH4" in line and "250" in line for line in lines)


def test_fod_dry_climate_uses_slower_decay():
    rows = [{"year": 2020, "waste_t": 1000}]
    dry = run("swds_fod", {**COMP, "history": rows, "climate_zone": "temperate_dry"})["ch4_t"]
    k_dry = {"food": 0.06, "paper": 0.04, "wood": 0.02, "textiles": 0.04}  # Table 3.3 boreal/temperate dry
    assert dry == pytest.approx(_fod_by_recursion({2020: 1000}, 2022, k=k_dry))


def test_short_history_is_flagged_in_the_working():
    lines = describe_record("swds_fod", {"inputs": {**COMP, "history": [{"year": 2015, "waste_t": 1000}]}},
                            make_profile(), REF, "en")
    assert any("at least 50 years" in line for line in lines)


@pytest.mark.parametrize(("inputs", "key", "name"), [
    ({"waste_t": -5, **COMP}, "method.error.negative", "waste_t"),
    ({"waste_t": 100, **COMP, "comp_food": 0.5}, "method.error.shares", "composition"),
    ({"waste_t": 100, **COMP, "ox": 1.5}, "method.error.fraction", "ox"),
    ({"waste_t": "many", **COMP}, "method.error.not_number", "waste_t"),
    ({"waste_t": 100, **COMP, "site_type": "dump"}, "method.error.choice", "site_type"),
    ({**COMP}, "method.error.required", "waste_t"),
    ({"waste_t": 100, **COMP, "recovery_flared_fraction": 0.7, "recovery_used_fraction": 0.6},
     "method.error.recovery_share", "recovery_used_fraction"),
])
def test_bad_commitment_inputs_name_the_input(inputs, key, name):
    with pytest.raises(MethodInputError) as caught:
        run("swds_commitment", inputs)
    assert caught.value.key == key and caught.value.input_name == name
    assert "[" not in caught.value.render("ko") and caught.value.render("ko") != caught.value.render("en")


def test_recovery_above_generation_is_refused():
    with pytest.raises(MethodInputError) as caught:
        run("swds_fod", {**COMP, "history": [{"year": 2021, "waste_t": 100}], "ch4_flared_t": 500})
    assert caught.value.input_name == "ch4_flared_t"
    assert "회수 후 소각(플레어)한 메탄" in caught.value.render("ko")


def test_history_errors_name_the_row():
    with pytest.raises(MethodInputError) as caught:
        run("swds_fod", {**COMP, "history": [{"year": 2020, "waste_t": 10}, {"year": 2021, "waste_t": -1}]})
    assert caught.value.row == 2 and caught.value.table == "history"
    assert caught.value.render("en") == "Disposal history, row 2, Waste treated or landfilled cannot be negative (-1)."
    with pytest.raises(MethodInputError) as caught:
        run("swds_fod", {**COMP, "history": [{"year": 2020, "waste_t": 10}, {"year": 2020, "waste_t": 10}]})
    assert caught.value.key == "method.error.duplicate_year"


def test_both_methods_serve_all_landfill_rows():
    for code in ("swds_fod", "swds_commitment"):
        assert REGISTRY[code].gpc_refs == ("III.1.1", "III.1.2", "III.1.3")
