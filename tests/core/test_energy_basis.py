"""Energy amounts of a fuel have a calorific basis (issue 16 item 1): gross (총발열량) or net (순발열량).

Published values (resources/reference/fuels.csv, Energy Act heat table 에너지법 시행규칙 별표
"에너지열량 환산기준", the edition whose net values the K-ETS annex prints; secondary transcription):
city gas (LNG) gross 43.1 MJ/Nm3, net 38.9 MJ/Nm3; diesel gross 37.8 MJ/L, net 35.2 MJ/L.
Carbon content of city gas 15.312 tC/TJ (net, K-ETS annex), oxidation 0.995 (K-ETS guideline 별표 6,
gaseous fuels, Tier 2). City-gas bills and supply statistics in MJ are gross (KOGAS 표준열량 43.54
MJ/Nm3 = 10,400 kcal/Nm3, 총발열량), so a bare MJ of city gas is read as gross.
"""

import pytest

from gcomdesk.core.calculate import NO_GROSS_VALUE, UNIT_MISMATCH, calculate
from gcomdesk.core.errors import UnitError
from gcomdesk.core.factors import factors_used
from gcomdesk.core.units import check_unit, energy_basis, fitting_units, unit_catalogue, unit_note, with_conditions
from tests.core.helpers import REF, act, frame, profile

C_TO_CO2 = 44 / 12


def one(record, **changes):
    return calculate(frame(record), profile(**changes), REF).iloc[0]


def test_city_gas_by_volume_and_by_its_billed_mj_agree():
    # By volume: 95,000 천㎥ = 95,000,000 Nm3 x 38.9 MJ/Nm3 (net) = 3,695.5 TJ net.
    # CO2 = 3,695.5 TJ x 15.312 tC/TJ x 44/12 x 0.995 = 206,442.75 t (AR5: + CH4 5 and N2O 0.1 kg/TJ).
    by_volume = one(act("I.1.1", "city_gas_lng", 95_000, "천㎥"))
    assert by_volume.energy_tj == pytest.approx(3_695.5)
    assert by_volume.co2_t == pytest.approx(3_695.5 * 15.312 * C_TO_CO2 * 0.995)
    assert by_volume.co2_t == pytest.approx(206_442.75, abs=0.01)
    # Billed: the same gas at the published gross value, 95,000,000 Nm3 x 43.1 MJ/Nm3 = 4,094,500,000 MJ
    # (gross). Read as gross by default and made net with 38.9/43.1: 4,094.5 TJ x 0.90255 = 3,695.5 TJ.
    billed = one(act("I.1.1", "city_gas_lng", 4_094_500_000, "MJ"))
    assert billed.status == "ok"
    assert billed.energy_tj == pytest.approx(3_695.5)
    assert billed.co2e_t == pytest.approx(by_volume.co2e_t, rel=0.01)  # issue 16: within 1 %
    assert billed.co2e_t == pytest.approx(by_volume.co2e_t, rel=1e-9)  # one table edition: exactly equal
    # Taken as net (the old behaviour) the same MJ gave 43.1/38.9 = +10.8 % - the defect of issue 16.
    as_net = one(act("I.1.1", "city_gas_lng", 4_094_500_000, "MJ(NCV)"))
    assert as_net.co2e_t / by_volume.co2e_t == pytest.approx(43.1 / 38.9)


def test_a_real_bills_average_heat_stays_within_one_percent():
    # A bill's 평균열량 varies around the table value (e.g. 42.8 MJ/Nm3): 95,000,000 Nm3 x 42.8 MJ/Nm3.
    by_volume = one(act("I.1.1", "city_gas_lng", 95_000, "천㎥"))
    billed = one(act("I.1.1", "city_gas_lng", 95_000_000 * 42.8, "MJ(총발열량)"))
    assert billed.co2e_t == pytest.approx(by_volume.co2e_t, rel=0.01)  # 42.8 / 43.1 = 0.993


@pytest.mark.parametrize(("text", "unit"), [("MJ(GCV)", "MJ(GCV)"), ("MJ(총발열량)", "MJ(GCV)"), ("mj gcv", "MJ(GCV)"),
                                            ("GJ (순발열량)", "GJ(NCV)"), ("toe(NCV)", "toe(NCV)"), ("MJ", "MJ")])
def test_basis_is_stated_with_the_unit_in_either_language(text, unit):
    assert unit_catalogue().canonical(text) == unit


def test_stated_basis_wins_over_the_default():
    gross = energy_basis("diesel", "GJ(GCV)", REF)
    net = energy_basis("diesel", "GJ(NCV)", REF)
    default = energy_basis("diesel", "GJ", REF)
    assert (gross.basis, gross.stated, gross.to_net) == ("gross", True, pytest.approx(35.2 / 37.8))
    assert (net.basis, net.stated, net.to_net) == ("net", True, 1.0)
    assert (default.basis, default.stated) == ("gross", False) and "에너지통계" in default.source
    assert energy_basis("diesel", "kL", REF) is None  # a quantity, not an energy amount


def test_wood_has_no_published_gross_value():
    # IPCC 2006 Vol.2 Table 1.2 gives wood's net value only: a bare MJ is net, a gross MJ cannot be used.
    assert energy_basis("wood", "MJ", REF).basis == "net"
    assert one(act("I.1.1", "wood", 1_000_000, "MJ")).energy_tj == pytest.approx(1.0)
    assert one(act("I.1.1", "wood", 1_000_000, "MJ(GCV)")).status == NO_GROSS_VALUE
    assert "MJ(GCV)" not in fitting_units("wood", REF) and "MJ(NCV)" in fitting_units("wood", REF)


def test_grid_energy_takes_no_calorific_basis():
    assert "Gcal(GCV)" not in fitting_units("district_heat", REF) and "Gcal" in fitting_units("district_heat", REF)
    with pytest.raises(UnitError):
        check_unit("district_heat", "Gcal(총발열량)", REF)
    assert one(act("I.1.3", "district_heat", 10, "Gcal(GCV)")).status == UNIT_MISMATCH


def test_the_basis_is_written_where_the_amount_is_described():
    note_en = unit_note("city_gas_lng", "MJ", REF, "en")
    note_ko = unit_note("city_gas_lng", "MJ", REF, "ko")
    assert "gross" in note_en and "0.9026" in note_en and "KOGAS" in note_en
    assert "총발열량" in note_ko and "0.9026" in note_ko
    assert "net" in unit_note("city_gas_lng", "MJ(NCV)", REF, "en")
    # the Factors sheet lists the ratio that turned a gross amount into net energy, with its source
    entries = factors_used(frame(act("I.1.1", "city_gas_lng", 1e6, "MJ")), profile(), REF)
    ratio = next(e for e in entries if e["gas"] == "NCV/GCV")
    assert ratio["value"] == pytest.approx(38.9 / 43.1, abs=1e-6) and "fuel default" in ratio["edition"]
    assert "에너지열량 환산기준" in ratio["source"]


def test_gas_volumes_state_their_conditions_and_a_bare_cubic_metre_of_gas_asks_which():
    # units.csv: Nm3 at 0 °C; Sm3 at 15 °C = 273.15 / 288.15 = 0.947944 Nm3 (ideal gas, ISO 13443 conditions);
    # scf at 60 °F = 0.028316846592 m3 (international foot) x 273.15 / 288.7056 = 0.0267911 Nm3.
    cat = unit_catalogue()
    assert cat.factor("Sm3", "Nm3") == pytest.approx(0.947944, rel=1e-6)
    assert cat.factor("kSm3", "Nm3") == pytest.approx(947.944, rel=1e-6)
    assert cat.factor("scf", "Nm3") == pytest.approx(0.0267911, rel=1e-5)
    assert cat.factor("MMscf", "Nm3") == pytest.approx(26_791.1, rel=1e-5)
    # 1,000 Sm3 of city gas = 947.944 Nm3 x 38.9 MJ/Nm3 (net) = 0.0368750 TJ.
    assert one(act("I.1.1", "city_gas_lng", 1000, "Sm3")).energy_tj == pytest.approx(947.944 * 38.9 / 1e6, rel=1e-6)
    # A bare m3 / ㎥ / 천㎥ of a gas is refused at entry with the question...
    assert cat.canonical("㎥") == "m3" and cat.canonical("천㎥") == "km3"
    with pytest.raises(UnitError) as asked:
        check_unit("city_gas_lng", "천㎥", REF)
    assert asked.value.message.key == "unit.gas_volume_bare"
    assert "Nm3" in asked.value.render("ko") and "Sm3" in asked.value.render("en")
    assert "km3" not in fitting_units("city_gas_lng", REF) and "Sm3" in fitting_units("city_gas_lng", REF)
    # ...while a bare m3 of a liquid is a plain kilolitre, and Sm3 of a liquid means nothing.
    assert check_unit("diesel", "m3", REF) == "m3" and "Sm3" not in fitting_units("diesel", REF)
    assert with_conditions("천㎥", "standard") == "kSm3" and with_conditions("㎥", "normal") == "Nm3"
    assert with_conditions("kL", "normal") is None
    # A record stored with a bare m3 by an earlier version still reads as normal volume (as before).
    assert one(act("I.1.1", "city_gas_lng", 1000, "㎥")).energy_tj == pytest.approx(1000 * 38.9 / 1e6)
    assert "0 °C" in unit_note("city_gas_lng", "kNm3", REF, "en") and "표준상태" in unit_note("city_gas_lng", "m3", REF, "ko")
    assert unit_note("diesel", "kL", REF, "en") == "" and unit_note("propane", "t", REF, "en") == ""
