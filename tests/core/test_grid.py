"""The grid factor's side (소비단 / 발전단) and the T&D loss rows that follow from it.

Factors of the 2022 approval (GIR, as transcribed in resources/reference/electricity_kr.csv):
consumption side CO2 0.4747 t, CH4 0.0125 kg, N2O 0.0100 kg per MWh; generation side CO2 0.4403 t,
CH4 0.0116 kg, N2O 0.0093 kg per MWh. GPC v1.1 puts T&D losses in scope 3 (I.x.3, BASIC+).
Losses of a consumption C = C x (EF_consumption - EF_generation) (derivation in core/grid.py).
"""

import pytest

from gcomdesk.core.errors import ProfileError
from gcomdesk.core.grid import grid_factor, with_td_losses
from gcomdesk.core.model import Profile
from gcomdesk.core.totals import summarize
from tests.core.helpers import REF, act, frame, profile, rep

AR5_CH4, AR5_N2O = 28, 265


def _one_mwh_thousand(**kw):
    return frame(act("I.1.2", "electricity", 1000, "MWh", **kw), act("II.5.2", "electricity", 100, "MWh"),
                 act("I.1.1", "city_gas_lng", 10, "천㎥"))


def test_generation_side_moves_the_losses_from_scope_2_to_the_loss_row():
    res = summarize(_one_mwh_thousand(), profile(electricity_side="generation"), REF)
    row = res.by_gpc
    # I.1.2: 1,000 MWh x 0.4403 t = 440.3 t CO2; CH4 1,000 x 0.0116 kg = 11.6 kg; N2O 9.3 kg
    assert row.at["I.1.2", "co2_t"] == pytest.approx(440.3)
    assert row.at["I.1.2", "ch4_t"] == pytest.approx(0.0116)
    assert row.at["I.1.2", "n2o_t"] == pytest.approx(0.0093)
    # I.1.3: 1,000 x (0.4747 - 0.4403) = 34.4 t CO2; CH4 0.9 kg; N2O 0.7 kg
    assert row.at["I.1.3", "co2_t"] == pytest.approx(34.4)
    assert row.at["I.1.3", "ch4_t"] == pytest.approx(0.0009)
    assert row.at["I.1.3", "n2o_t"] == pytest.approx(0.0007)
    # AR5 CO2e: 440.3 + 0.0116 x 28 + 0.0093 x 265 = 443.0893; losses 34.4 + 0.0252 + 0.1855 = 34.6107
    assert row.at["I.1.2", "co2e_t"] == pytest.approx(443.0893)
    assert row.at["I.1.3", "co2e_t"] == pytest.approx(34.6107)
    # off-road has no loss row in GPC v1.1: II.5.2 stays on the consumption side, 100 x 0.4747 = 47.47 t
    assert row.at["II.5.2", "co2_t"] == pytest.approx(47.47)


def test_both_sides_give_the_same_korean_indirect_total_and_basic_plus():
    cons = summarize(_one_mwh_thousand(), profile(), REF)
    gen = summarize(_one_mwh_thousand(), profile(electricity_side="generation"), REF)
    # 1,000 MWh x consumption side: 474.7 + 0.0125 x 28 + 0.0100 x 265 = 477.7 tCO2e, once, in either case
    assert cons.by_gpc.at["I.1.2", "co2e_t"] == pytest.approx(477.7)
    assert gen.by_gpc.loc[["I.1.2", "I.1.3"], "co2e_t"].sum() == pytest.approx(477.7)
    assert gen.totals["indirect"] == pytest.approx(cons.totals["indirect"])  # I.1.3 is 간접: no loss counted twice
    assert gen.totals["basic_plus"] == pytest.approx(cons.totals["basic_plus"])
    assert cons.totals["basic"] - gen.totals["basic"] == pytest.approx(34.6107)  # losses leave BASIC (scope 3)


def test_consumption_side_answers_stationary_loss_rows_with_ie():
    res = summarize(frame(act("I.1.2", "electricity", 10, "MWh"), act("II.1.2", "electricity", 5, "MWh")), profile(), REF)
    row = res.by_gpc
    assert (row.at["I.1.3", "notation_key"], row.at["I.1.3", "included_in"]) == ("IE", "I.1.2")
    assert "소비단" in row.at["I.1.3", "explanation"] and "consumption-side" in row.at["I.1.3", "explanation"]
    assert row.at["I.1.3", "co2e_t"] == 0
    assert row.at["II.1.3", "notation_key"] == ""  # II.1.3 also holds trips outside the city: the officer answers it
    assert row.at["I.2.3", "notation_key"] == ""  # no electricity in I.2.2: nothing to be included


def test_an_officer_answer_and_an_own_factor_are_left_alone():
    records = frame(act("I.1.2", "electricity", 10, "MWh", ef_co2=300.0, ef_ch4=0.0, ef_n2o=0.0),
                    rep("I.2.3", co2_t=1.0), act("I.2.2", "electricity", 10, "MWh"))
    assert len(with_td_losses(records, profile(electricity_side="generation"), REF)) == len(records) + 1  # I.2.2 only
    keyed = with_td_losses(frame(act("I.1.2", "electricity", 10, "MWh"), rep("I.1.3", co2_t=1.0)), profile(), REF)
    assert list(keyed["kind"]) == ["activity", "reported"]  # answered: no IE added


def test_generation_side_needs_an_edition_that_publishes_it():
    with pytest.raises(ProfileError) as err:
        profile(year=2023, electricity_edition="KR-2023", electricity_side="generation")
    assert "KR-GIR-2022" in err.value.render("en") and "발전단" in err.value.render("ko")
    with pytest.raises(ProfileError):
        profile(electricity_side="both")
    # a profile saved before the side existed opens on the consumption side
    old = Profile.from_dict({"name_ko": "옛시", "region_code": "44", "year": 2022, "electricity_edition": "KR-GIR-2022"})
    assert old.electricity_side == "consumption"


def test_2017_approval_generation_side_and_the_implied_loss_rate():
    p = profile(year=2019, electricity_edition="KR-GIR-2014-16", electricity_side="generation")
    gen, loss = grid_factor("I.3.2", p, REF), grid_factor("I.3.3", p, REF)
    assert (gen.co2_kg, gen.ch4_kg, gen.n2o_kg) == pytest.approx((440.1, 0.0034, 0.0082))
    assert (loss.co2_kg, loss.ch4_kg, loss.n2o_kg) == pytest.approx((16.6, 0.0002, 0.0003))  # 0.4567 - 0.4401 t
    assert 1 - 440.1 / 456.7 == pytest.approx(0.0363, abs=1e-4)  # implied T&D loss rate, 3.6 %


def test_supplier_heat_factor_per_gas():
    # KDHC notice of 2022-03-21, 2021 factors, Daegu branch: CO2 52,792, CH4 5.4446, N2O 0.8832 kg/TJ
    res = summarize(frame(act("I.1.2", "district_heat", 100, "TJ")), profile(heat_edition="KDHC-2021-DAEGU"), REF)
    row = res.by_gpc.loc["I.1.2"]
    assert (row["co2_t"], row["ch4_t"], row["n2o_t"]) == pytest.approx((5279.2, 0.54446, 0.08832))
    assert row["co2e_t"] == pytest.approx(5279.2 + 0.54446 * AR5_CH4 + 0.08832 * AR5_N2O)
    suppliers = [h.co2_kg_per_tj for h in REF.heat.values() if not h.national_average]
    assert (min(suppliers), max(suppliers)) == (25340, 67971)
