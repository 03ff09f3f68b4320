"""Fuel factors against hand calculations: the K-ETS oxidation factors and coke (issue 16 item 9).

Oxidation (oxidation.csv): K-ETS guideline (온실가스 배출권거래제의 배출량 보고 및 인증에 관한 지침,
환경부 고시 제2025-64호) 별표 6, Tier 2: solid fuels 0.98 (0.99 in power generation), liquid 0.99,
gaseous 0.995 - the factors facility reports (명세서) use with the K-ETS NCVs and carbon contents, so the
kets set applies them; the GIR-2022 and IPCC sets keep IPCC 2006's default of 1 (Vol.2 s.1.4.2.1).
Bituminous coal (fuel): 23.7 MJ/kg, 25.951 tC/TJ (K-ETS annex), 26.105 (GIR-2022).
Coke (fuels.csv): NCV 28.9, gross 29.0 MJ/kg (Energy Act heat table as printed with the K-ETS NCVs);
no Korean carbon content found, so IPCC 2006 Vol.2 Table 1.4 coke oven coke 107,000 kg CO2/TJ in every
set; CH4/N2O Tables 2.2-2.5: manufacturing 10 / 1.5 kg/TJ.
"""

import pytest

from gcomdesk.core.calculate import calculate
from tests.core.helpers import REF, act, frame, profile

C_TO_CO2 = 44 / 12


def co2(record, **changes):
    return calculate(frame(record), profile(**changes), REF).iloc[0].co2_t


def test_kets_set_applies_the_tier_2_oxidation_factors():
    tj = 1000 * 23.7 / 1e6  # 1 t bituminous coal = 0.0237 TJ
    assert co2(act("I.3.1", "bituminous_fuel", 1, "t")) == pytest.approx(tj * 25.951 * C_TO_CO2 * 0.98)  # industry
    assert co2(act("I.4.1", "bituminous_fuel", 1, "t")) == pytest.approx(tj * 25.951 * C_TO_CO2 * 0.99)  # power
    assert co2(act("I.3.1", "bituminous_fuel", 1, "t"), fuel_factor_set="gir2022") == pytest.approx(
        tj * 26.105 * C_TO_CO2)  # national approval: oxidation 1
    assert co2(act("I.3.1", "propane", 1, "t")) == pytest.approx(0.0463 * 17.641 * C_TO_CO2 * 0.995)  # LPG: gas
    assert REF.fuels["diesel"].oxidation_factor("kets") == 0.99
    assert REF.fuels["diesel"].oxidation_factor("ipcc") == 1.0


def test_the_oxidation_factor_is_cited_where_the_factor_is_described():
    _, label = REF.fuels["city_gas_lng"].co2_kg_per_tj("kets")
    assert "oxidation 0.995" in label and "별표 6" in label
    assert "oxidation" not in REF.fuels["city_gas_lng"].co2_kg_per_tj("gir2022")[1]


def test_coke_is_in_the_catalogue_by_hand():
    assert REF.resolve_activity("코크스") == "coke" and REF.resolve_activity("석유코크스") == "petroleum_coke"
    r = calculate(frame(act("I.3.1", "coke", 1, "t")), profile(), REF).iloc[0]
    tj = 1000 * 28.9 / 1e6  # 0.0289 TJ
    assert r.energy_tj == pytest.approx(0.0289)
    assert r.co2_t == pytest.approx(tj * 107_000 / 1000)  # 3.0923 t: IPCC value, no oxidation applied
    assert r.ch4_t == pytest.approx(tj * 10 / 1000) and r.n2o_t == pytest.approx(tj * 1.5 / 1000)
    assert REF.fuels["coke"].ncv_per_gcv == pytest.approx(28.9 / 29.0)
