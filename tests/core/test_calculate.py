"""Arithmetic against hand calculations from the published factors.

Sources of the figures used below (resources/reference/, copied from shared/reference/):
- fuels.csv: NCV per unit (Energy Act 2017 basis), carbon content tC/TJ of the K-ETS annex (kets)
  and of the 2022 national approval (gir2022): diesel 35.2 MJ/L, 19.969 / 20.090 tC/TJ;
  city gas (LNG) 38.9 MJ/Nm3, 15.312 tC/TJ; propane 46.3 MJ/kg, 17.641 tC/TJ.
- ch4_n2o_defaults.csv: IPCC 2006 Vol.2 Tables 2.2-2.5 (stationary) and 3.2.2 (road):
  diesel residential 10 / 0.6 kg/TJ, road 3.9 / 3.9; natural gas residential 5 / 0.1.
- electricity_kr.csv: KR-GIR-2022 0.4747 tCO2, 0.0125 kgCH4, 0.0100 kgN2O per MWh (published
  0.4781 tCO2e/MWh with SAR); KR-GIR-2014-16 0.4567 / 0.0036 / 0.0085 (0.45941 with SAR);
  KR-2023 0.4173 tCO2e/MWh, no split by gas.
- heat_kr.csv: KR-HEAT-AVG 59,510 kgCO2/TJ. gwp.csv: AR5 CH4 28, N2O 265, SF6 23,500; SAR CH4 21, N2O 310.
- oxidation.csv: the K-ETS set applies the Tier 2 oxidation factors of the K-ETS guideline 별표 6
  (liquids 0.99, gases 0.995, solids 0.98 / 0.99 in power generation); GIR-2022 and IPCC sets apply 1.
- Energy amounts: diesel's gross value 37.8 MJ/L against net 35.2 (Energy Act heat table, fuels.csv);
  a bare MJ of a fuel is gross by default, so it is converted x 35.2/37.8 (tests/core/test_energy_basis.py).
"""

import pytest

from gcomdesk.core.calculate import NO_GAS_DEFAULT, NO_GWP, UNIT_MISMATCH, calculate
from tests.core.helpers import REF, act, frame, profile, rep

C_TO_CO2 = 44 / 12
OX_LIQUID, OX_GAS = 0.99, 0.995  # K-ETS guideline 별표 6, Tier 2 oxidation factors (oxidation.csv)


def one(record, **profile_changes):
    return calculate(frame(record), profile(**profile_changes), REF).iloc[0]


def test_diesel_in_homes_by_hand():
    r = one(act("I.1.1", "diesel", 1, "kL"))
    tj = 1000 * 35.2 / 1e6  # 1 kL x 35.2 MJ/L = 0.0352 TJ
    co2_t = tj * 19.969 * C_TO_CO2 * OX_LIQUID  # tC/TJ x 44/12 x oxidation -> tCO2
    ch4_t, n2o_t = tj * 10 / 1000, tj * 0.6 / 1000
    assert r.energy_tj == pytest.approx(0.0352)
    assert r.co2_t == pytest.approx(co2_t) and r.co2_t == pytest.approx(2.551559, rel=1e-6)
    assert r.ch4_t == pytest.approx(ch4_t) and r.n2o_t == pytest.approx(n2o_t)
    assert r.co2e_t == pytest.approx(co2_t + ch4_t * 28 + n2o_t * 265)
    assert r.factor_co2 == pytest.approx(co2_t * 1000)  # kg per kL actually used


def test_road_diesel_uses_mobile_defaults():
    r = one(act("II.1.1", "diesel", 1, "kL"))
    tj = 0.0352
    assert r.ch4_t == pytest.approx(tj * 3.9 / 1000)
    assert r.n2o_t == pytest.approx(tj * 3.9 / 1000)
    # 0.0352 x 19.969 x 44/12 x 0.99 + 0.0352 x 3.9/1000 x (28 + 265) = 2.551559 + 0.040223
    assert r.co2e_t == pytest.approx(2.591782, rel=1e-6)


def test_city_gas_thousand_nm3():
    r = one(act("I.1.1", "city_gas_lng", 1000, "천㎥"))
    tj = 1000 * 1000 * 38.9 / 1e6  # 38.9 TJ
    co2 = tj * 15.312 * C_TO_CO2 * OX_GAS
    assert r.energy_tj == pytest.approx(38.9)
    assert r.co2e_t == pytest.approx(co2 + tj * 5 / 1000 * 28 + tj * 0.1 / 1000 * 265)
    assert r.co2e_t == pytest.approx(2179.558442, rel=1e-6)


def test_net_energy_amount_needs_no_ncv():
    r = one(act("I.1.1", "city_gas_lng", 38.9, "TJ(NCV)"))
    assert r.energy_tj == pytest.approx(38.9)
    assert r.co2_t == pytest.approx(38.9 * 15.312 * C_TO_CO2 * OX_GAS)


@pytest.mark.parametrize(
    ("activity", "amount", "unit", "tj"),
    [
        ("diesel", 1000, "L", 0.0352),
        ("diesel", 1, "kL", 0.0352),
        ("diesel", 10, "bbl", 10 * 158.987 * 35.2 / 1e6),  # 1 bbl = 158.987 L
        ("propane", 1, "t", 1000 * 46.3 / 1e6),
        ("propane", 1000, "kg", 1000 * 46.3 / 1e6),
        ("propane", 1, "톤", 1000 * 46.3 / 1e6),
        ("city_gas_lng", 1000, "Nm3", 1000 * 38.9 / 1e6),
        ("city_gas_lng", 1, "1000Nm3", 1000 * 38.9 / 1e6),
        ("city_gas_lng", 1, "천Nm3", 1000 * 38.9 / 1e6),
        ("diesel", 5, "MJ(NCV)", 5e-6),
        ("diesel", 5, "GJ(순발열량)", 5e-3),
        ("diesel", 5, "TJ(NCV)", 5.0),
        ("diesel", 10, "Gcal(NCV)", 10 * 4.1868e-3),  # 1 Gcal = 4.1868 GJ
        ("diesel", 2, "toe(NCV)", 2 * 41.868e-3),  # 1 toe = 41.868 GJ
        ("diesel", 5, "MJ", 5e-6 * 35.2 / 37.8),  # bare energy unit: diesel's default basis, gross
        ("diesel", 5, "GJ(GCV)", 5e-3 * 35.2 / 37.8),
        ("diesel", 2, "toe(총발열량)", 2 * 41.868e-3 * 35.2 / 37.8),
        ("diesel", 1000, "kWh", 3.6e-3 * 35.2 / 37.8),
        ("diesel", 1, "MWh", 3.6e-3 * 35.2 / 37.8),
        ("diesel", 1, "GWh", 3.6 * 35.2 / 37.8),
        ("diesel", 1, "kt", None),  # mass of a volume-based fuel: no density, so not accepted
    ],
)
def test_every_listed_unit(activity, amount, unit, tj):
    r = one(act("I.3.1", activity, amount, unit))
    if tj is None:
        assert r.status == UNIT_MISMATCH and r.co2e_t == 0
    else:
        assert r.status == "ok"
        assert r.energy_tj == pytest.approx(tj)


def test_electricity_edition_split_by_gas():
    r = one(act("I.1.2", "electricity", 1000, "MWh"))
    assert (r.co2_t, r.ch4_t, r.n2o_t) == pytest.approx((474.7, 0.0125, 0.0100))
    assert r.co2e_t == pytest.approx(474.7 + 0.0125 * 28 + 0.0100 * 265)


def test_electricity_reproduces_published_sar_figures():
    sar_2022 = one(act("I.1.2", "electricity", 1, "MWh"), gwp_set="SAR")
    assert sar_2022.co2e_t == pytest.approx(0.4781, abs=1e-4)
    sar_2014 = one(act("I.1.2", "electricity", 1, "MWh"), gwp_set="SAR", electricity_edition="KR-GIR-2014-16")
    assert sar_2014.co2e_t == pytest.approx(0.45941, abs=1e-5)


def test_electricity_co2e_only_edition_is_reported_unsplit():
    r = one(act("I.1.2", "electricity", 1_000_000, "kWh"), electricity_edition="KR-2023")
    assert r.co2_t == 0 and r.ch4_t == 0 and r.n2o_t == 0
    assert r.unsplit_co2e_t == pytest.approx(417.3) and r.co2e_t == pytest.approx(417.3)
    # a published CO2e does not change with the inventory's GWP set
    assert one(act("I.1.2", "electricity", 1000, "MWh"), electricity_edition="KR-2023", gwp_set="SAR").co2e_t == pytest.approx(417.3)


def test_district_heat():
    r = one(act("I.1.2", "district_heat", 100, "Gcal"))
    assert r.co2_t == pytest.approx(100 * 4.1868e-3 * 59510 / 1000)  # 24.9156 t


def test_explicit_factor_overrides_library():
    r = one(act("I.1.1", "diesel", 1, "kL", ef_co2=2600.0))
    assert r.co2_t == pytest.approx(2.6)
    assert r.ch4_t == pytest.approx(0.0352 * 10 / 1000)  # the other gases still from the library


def test_wood_co2_is_biogenic_and_kept_out_of_totals():
    r = one(act("I.1.1", "wood", 1, "t"))
    tj = 1000 * 15.6 / 1e6
    assert r.co2_t == 0
    assert r.biogenic_co2_t == pytest.approx(tj * 112000 / 1000)
    assert r.co2e_t == pytest.approx(tj * 300 / 1000 * 28 + tj * 4 / 1000 * 265)


def test_factor_sets():
    kets = one(act("I.1.1", "diesel", 1, "kL"))
    gir = one(act("I.1.1", "diesel", 1, "kL"), fuel_factor_set="gir2022")
    ipcc = one(act("I.1.1", "diesel", 1, "kL"), fuel_factor_set="ipcc")
    assert gir.co2_t == pytest.approx(0.0352 * 20.090 * C_TO_CO2)
    assert ipcc.co2_t == pytest.approx(0.0352 * 74100 / 1000)  # IPCC 2006 Table 1.4
    assert kets.co2_t != gir.co2_t


def test_gwp_switch_recalculates():
    records = frame(act("I.1.1", "diesel", 1000, "kL"), rep("III.1.1", ch4_t=100.0, n2o_t=1.0))
    ar5 = calculate(records, profile(gwp_set="AR5"), REF)["co2e_t"].sum()
    sar = calculate(records, profile(gwp_set="SAR"), REF)["co2e_t"].sum()
    ch4, n2o = 35.2 * 10 / 1000 + 100, 35.2 * 0.6 / 1000 + 1
    assert ar5 - sar == pytest.approx(ch4 * (28 - 21) + n2o * (265 - 310))


def test_reported_other_gases():
    r = one(rep("IV.2", sf6_t=1.0, hfcs_co2e_t=500.0))
    assert r.other_co2e_t == pytest.approx(23500 + 500)
    assert r.co2e_t == pytest.approx(24000)
    nf3_sar = one(rep("IV.2", nf3_t=1.0), gwp_set="SAR")  # SAR has no NF3 value
    assert nf3_sar.status == NO_GWP


def test_fuel_without_default_in_that_sector_is_flagged():
    r = one(act("II.4.1", "kerosene", 1, "kL"))  # no IPCC aviation default for other kerosene
    assert r.status == NO_GAS_DEFAULT
    ok = one(act("II.4.1", "kerosene", 1, "kL", ef_ch4=0.1, ef_n2o=0.1))
    assert ok.status == "ok"


def test_unit_that_does_not_fit_is_not_converted():
    r = one(act("I.1.2", "electricity", 5, "kL"))
    assert r.status == UNIT_MISMATCH and r.co2e_t == 0
