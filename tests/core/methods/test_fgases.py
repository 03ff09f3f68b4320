"""F-gases by the simplified mass balance (IPCC 2006 Vol.3 ch.7 §7.5.2 and ch.8 §8.2):
emissions = (stock start - stock end) + (purchased - disbursed) + (retired charge - new charge).
GWP from resources/reference/gwp.csv: AR5 HFC-32 677, HFC-125 3170, HFC-134a 1300, SF6 23500, NF3 16100,
CF4 6630; SAR HFC-32 650, HFC-125 2800, no NF3. R-410A = 50 % HFC-32 + 50 % HFC-125 (ASHRAE 34).
"""

import json

import pytest

from gcomdesk.core.calculate import calculate
from gcomdesk.core.methods import MethodInputError
from gcomdesk.core.model import Record
from tests.core.helpers import frame
from tests.core.methods.helpers import REF, make_profile, run


def test_hfc134a_mass_balance_by_hand():
    row = {"gas": "HFC-134a", "stock_start_kg": 200, "stock_end_kg": 150, "purchased_kg": 400, "disbursed_kg": 50,
           "charge_new_kg": 120, "charge_retired_kg": 80}
    emitted_kg = (200 - 150) + (400 - 50) + (80 - 120)  # 360 kg
    assert run("fgas_mass_balance", {"gases": [row]}) == pytest.approx({"hfcs_co2e_t": emitted_kg / 1000 * 1300})


@pytest.mark.parametrize(("gwp_set", "expected"), [("AR5", 0.5 * 677 + 0.5 * 3170), ("SAR", 0.5 * 650 + 0.5 * 2800),
                                                   ("AR6", 0.5 * 771 + 0.5 * 3740)])
def test_r410a_blend_uses_the_inventory_gwp_set(gwp_set, expected):
    out = run("fgas_mass_balance", {"gases": [{"gas": "R-410A", "purchased_kg": 1000}]}, gwp_set=gwp_set)
    assert out["hfcs_co2e_t"] == pytest.approx(expected)


def test_sf6_is_mass_and_gets_its_gwp_in_calculate():
    records = frame(Record("method", "IV.2", activity="fgas_mass_balance"))
    records.loc[0, "extra"] = json.dumps({"inputs": {"gases": [
        {"gas": "SF6", "stock_start_kg": 100, "stock_end_kg": 90, "purchased_kg": 5},
        {"gas": "CF4", "purchased_kg": 10}, {"gas": "NF3", "purchased_kg": 2}]}})
    result = calculate(records, make_profile(), REF).iloc[0]
    assert result.sf6_t == pytest.approx(0.015) and result.nf3_t == pytest.approx(0.002)
    assert result.pfcs_co2e_t == pytest.approx(0.010 * 6630)
    assert result.co2e_t == pytest.approx(0.015 * 23500 + 0.002 * 16100 + 0.010 * 6630)


def test_unknown_gas_is_named():
    with pytest.raises(MethodInputError) as caught:
        run("fgas_mass_balance", {"gases": [{"gas": "R-22X", "purchased_kg": 1}]})
    assert caught.value.key == "method.error.unknown_gas" and caught.value.row == 1
    assert "R-22X" in caught.value.render("ko") and "R-410A" in caught.value.render("en")


def test_gas_without_gwp_in_the_set_is_refused():
    with pytest.raises(MethodInputError) as caught:
        run("fgas_mass_balance", {"gases": [{"gas": "NF3", "purchased_kg": 1}]}, gwp_set="SAR")
    assert caught.value.key == "method.error.no_gwp" and "SAR" in caught.value.render("en")


def test_negative_balance_is_refused():
    with pytest.raises(MethodInputError) as caught:
        run("fgas_mass_balance", {"gases": [{"gas": "HFC-32", "purchased_kg": 10, "charge_new_kg": 50}]})
    assert caught.value.key == "method.error.negative_balance" and "-40" in caught.value.render("en")
