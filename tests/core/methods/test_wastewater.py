"""Wastewater against hand calculations from IPCC 2006 Vol.5 ch.6.

Domestic: Eq 6.3 TOW = P x BOD x 0.001 x I x 365 (Table 6.4 BOD 40 g/person/day for Asia, I = 1.25 for
collected wastewater and 1.00 for uncollected - septic systems; Figure 6.1 collected/uncollected pathways);
Eq 6.2 EF_j = Bo x MCF_j (Table 6.2 Bo 0.6 kg CH4/kg BOD; Table 6.3 MCF: aerobic well managed 0, overloaded 0.3,
septic 0.5, anaerobic reactor 0.8, untreated to river 0.1); Eq 6.1 CH4 = sum(T_j x EF_j) x (TOW - S) - R.
N2O: Eq 6.8 N_effluent = P x Protein x F_NPR x F_NON-CON x F_IND-COM - N_sludge (Table 6.11: 0.16, 1.1, 1.25);
Eq 6.7 N2O = N_effluent x EF_effluent (0.005) x 44/28; Box 6.1 plant N2O = P x T_plant x F_IND-COM x EF_plant.
Industrial: Eq 6.6 TOW = P x W x COD; Eq 6.5 EF = Bo (0.25 kg CH4/kg COD, Table 6.2) x MCF (Table 6.8); Eq 6.4.
"""

import pytest

from gcomdesk.core.methods import MethodInputError
from tests.core.methods.helpers import run

P = 352_400


def test_domestic_ch4_from_population_by_hand():
    out = run("wastewater_domestic", {"share_aerobic_well": 0.90, "share_septic": 0.07, "share_untreated": 0.03,
                                      "protein": 35})
    tow_collected = P * 40 * 0.001 * 1.25 * 365 / 1000  # t BOD/yr (Eq 6.3, I = 1.25)
    tow_septic = P * 40 * 0.001 * 1.00 * 365 / 1000  # uncollected: I = 1.00
    assert tow_collected == pytest.approx(6431.3) and tow_septic == pytest.approx(5145.04)
    # Eq 6.2 EF_j = Bo x MCF_j; Eq 6.1 with S = R = 0, each pathway with its own TOW
    ch4 = 0.90 * 0.6 * 0 * tow_collected + 0.07 * 0.6 * 0.5 * tow_septic + 0.03 * 0.6 * 0.1 * tow_collected
    assert out["ch4_t"] == pytest.approx(ch4)


def test_septic_tanks_take_no_industrial_co_discharge_sample_city():
    # Sample city (한빛시, 352,400 people, 6 % septic, 94 % well-managed aerobic plants, MCF 0):
    # septic CH4 = 0.06 x Bo 0.6 x MCF 0.5 x (352,400 x 40 g x 0.001 x I 1.00 x 365 / 1000 = 5,145.04 t BOD)
    #            = 92.61 t (with I = 1.25, as before this fix: 115.76 t, +648 tCO2e with AR5's 28).
    out = run("wastewater_domestic", {"share_aerobic_well": 0.94, "share_septic": 0.06, "protein": 35})
    assert out["ch4_t"] == pytest.approx(0.06 * 0.6 * 0.5 * 5145.04, rel=1e-6)
    assert out["ch4_t"] == pytest.approx(92.61, abs=0.01)
    assert (115.76 - out["ch4_t"]) * 28 == pytest.approx(648, abs=1)
    # an officer who states a different I for uncollected wastewater is heard
    other = run("wastewater_domestic", {"share_aerobic_well": 0.94, "share_septic": 0.06, "protein": 35,
                                        "i_uncollected": 1.25})
    assert other["ch4_t"] == pytest.approx(115.76, abs=0.01)


def test_domestic_n2o_from_protein_by_hand():
    out = run("wastewater_domestic", {"protein": 35})
    n_effluent = P * 35 * 0.16 * 1.1 * 1.25 / 1000  # t N (Eq 6.8)
    assert out["n2o_t"] == pytest.approx(n_effluent * 0.005 * 44 / 28)  # Eq 6.7


def test_domestic_from_measured_loads_with_sludge_and_recovery():
    out = run("wastewater_domestic", {"tow_basis": "bod", "bod_t": 5000, "sludge_bod_t": 1000, "recovered_ch4_t": 100,
                                      "share_aerobic_well": 0, "share_septic": 0, "share_anaerobic_reactor": 1,
                                      "n_basis": "effluent", "n_effluent_t": 800})
    assert out["ch4_t"] == pytest.approx(0.6 * 0.8 * (5000 - 1000) - 100)
    assert out["n2o_t"] == pytest.approx(800 * 0.005 * 44 / 28)


def test_plant_n2o_box_6_1_moves_nitrogen_out_of_the_effluent():
    out = run("wastewater_domestic", {"n_basis": "effluent", "n_effluent_t": 800, "plant_share": 0.5})
    plant = P * 0.5 * 1.25 * 3.2 * 1e-6  # t N2O
    assert out["n2o_t"] == pytest.approx(plant + (800 - plant * 28 / 44) * 0.005 * 44 / 28)


def test_population_defaults_to_the_profile():
    assert run("wastewater_domestic", {}, population=100_000)["ch4_t"] == pytest.approx(
        run("wastewater_domestic", {"population": 100_000})["ch4_t"])


def test_shares_must_add_up_and_name_the_group():
    with pytest.raises(MethodInputError) as caught:
        run("wastewater_domestic", {"share_aerobic_well": 0.8, "share_septic": 0.05})
    assert caught.value.input_name == "pathways" and "처리 방식 비율" in caught.value.render("ko")


def test_sludge_cannot_exceed_the_load():
    with pytest.raises(MethodInputError) as caught:
        run("wastewater_domestic", {"tow_basis": "bod", "bod_t": 10, "sludge_bod_t": 20})
    assert caught.value.input_name == "sludge_bod_t"


def test_industrial_by_production_by_hand():
    out = run("wastewater_industrial", {"cod_basis": "production", "production_t": 50_000, "wastewater_m3_per_t": 6.3,
                                        "cod_kg_per_m3": 2.9, "treatment": "lagoon_deep", "sludge_cod_t": 100})
    tow = 50_000 * 6.3 * 2.9 / 1000  # t COD (Eq 6.6)
    assert out["ch4_t"] == pytest.approx((tow - 100) * 0.25 * 0.8)  # Eq 6.4, 6.5, Table 6.8 deep lagoon 0.8


@pytest.mark.parametrize(("treatment", "mcf"), [("untreated", 0.1), ("aerobic_well", 0), ("aerobic_overloaded", 0.3),
                                                ("sludge_digester", 0.8), ("anaerobic_reactor", 0.8),
                                                ("lagoon_shallow", 0.2)])
def test_industrial_mcf_table_6_8(treatment, mcf):
    assert run("wastewater_industrial", {"cod_t": 1000, "treatment": treatment})["ch4_t"] == pytest.approx(1000 * 0.25 * mcf)


def test_industrial_needs_its_load():
    with pytest.raises(MethodInputError) as caught:
        run("wastewater_industrial", {})
    assert caught.value.input_name == "cod_t" and caught.value.key == "method.error.required"
