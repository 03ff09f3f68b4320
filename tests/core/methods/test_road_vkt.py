"""On-road transport by vehicle-km: fuel = VKT / fuel economy, then exactly the factors of a fuel-sales
record of the same fuel in the same road row (fuels.csv NCV and carbon content, IPCC 2006 Vol.2 Table 3.2.2
road CH4/N2O: gasoline 3.8/5.7, diesel 3.9/3.9, LPG 62/0.2, CNG 92/3 kg/TJ).
"""

import json

import pytest

from gcomdesk.core.calculate import calculate
from gcomdesk.core.methods import MethodInputError, describe_record
from gcomdesk.core.methods.road_vkt import boundary_methods
from gcomdesk.core.model import Record
from tests.core.helpers import act, frame
from tests.core.methods.helpers import REF, make_profile, run


def _method_record(gpc_ref, inputs):
    records = frame(Record("method", gpc_ref, activity="road_vkt"))
    records.loc[0, "extra"] = json.dumps({"inputs": inputs})
    return records


@pytest.mark.parametrize(("fuel", "unit", "litres_or_kg"), [("gasoline", "L", 1000), ("diesel", "L", 2500),
                                                            ("butane", "kg", 800), ("city_gas_lng", "Nm3", 3000)])
@pytest.mark.parametrize("factor_set", ["kets", "gir2022", "ipcc"])
def test_vkt_equals_fuel_sales_of_the_same_fuel(fuel, unit, litres_or_kg, factor_set):
    profile = make_profile(fuel_factor_set=factor_set)
    fe = 10.0
    vkt = {"vkt": [{"vehicle": "truck", "fuel": fuel, "vkt_km": litres_or_kg * fe, "fuel_economy": fe}]}
    by_vkt = calculate(_method_record("II.1.1", vkt), profile, REF).iloc[0]
    by_sales = calculate(frame(act("II.1.1", fuel, litres_or_kg, unit)), profile, REF).iloc[0]
    for gas in ("co2_t", "ch4_t", "n2o_t", "co2e_t"):
        assert by_vkt[gas] == pytest.approx(by_sales[gas], rel=1e-12)
    assert by_vkt.status == "ok"


def test_gasoline_car_by_hand():
    out = run("road_vkt", {"vkt": [{"vehicle": "passenger_car", "fuel": "gasoline", "vkt_km": 1_100_000}]})
    litres = 1_100_000 / 11.0  # default fuel economy 11 km/L (unverified, road_vkt.csv)
    tj = litres * 30.4 / 1e6  # gasoline NCV 30.4 MJ/L (fuels.csv)
    # kets carbon 19.548 tC/TJ x 44/12 x 0.99 (K-ETS guideline 별표 6 Tier 2 oxidation, liquid fuels)
    assert out["co2_t"] == pytest.approx(tj * 19.548 * 44 / 12 * 0.99)
    assert out["ch4_t"] == pytest.approx(tj * 3.8 / 1000) and out["n2o_t"] == pytest.approx(tj * 5.7 / 1000)


def test_induced_activity_splits_in_and_out_of_boundary():
    rows = [{"vehicle": "bus", "fuel": "diesel", "vkt_km": 3_300_000}]
    full = run("road_vkt", {"vkt": rows})["co2_t"]
    inside = run("road_vkt", {"boundary": "induced_activity", "in_boundary_share": 0.6, "vkt": rows})["co2_t"]
    outside = run("road_vkt", {"boundary": "induced_activity", "in_boundary_share": 0.6, "portion": "out_of_boundary",
                               "vkt": rows})["co2_t"]
    assert inside == pytest.approx(full * 0.5 * 0.6)  # GPC induced activity: half of each trip, 60 % inside
    assert outside == pytest.approx(full * 0.5 * 0.4)


def test_induced_activity_requires_the_in_boundary_share():
    with pytest.raises(MethodInputError) as caught:
        run("road_vkt", {"boundary": "induced_activity", "vkt": [{"vehicle": "bus", "fuel": "diesel", "vkt_km": 1}]})
    assert caught.value.input_name == "in_boundary_share"


def test_missing_fuel_economy_default_names_the_cell():
    with pytest.raises(MethodInputError) as caught:
        run("road_vkt", {"vkt": [{"vehicle": "motorcycle", "fuel": "diesel", "vkt_km": 100}]})
    assert (caught.value.table, caught.value.row, caught.value.input_name) == ("vkt", 1, "fuel_economy")
    assert caught.value.render("ko").startswith("차종·연료별 주행거리 1행의 연비")


def test_boundary_is_recorded_and_shown():
    profile = make_profile()
    lines = describe_record("road_vkt", {"inputs": {"boundary": "induced_activity", "in_boundary_share": 0.7,
                                                    "vkt": [{"vehicle": "bus", "fuel": "diesel", "vkt_km": 1000}]}},
                            profile, REF, "en")
    assert any(line.startswith("Boundary method = induced activity") for line in lines)
    records = frame(act("II.1.1", "diesel", 10, "kL"), Record("method", "II.1.1", activity="road_vkt"))
    records.loc[1, "extra"] = json.dumps({"inputs": {"boundary": "induced_activity"}})
    assert boundary_methods(records, REF) == {"II.1.1": ["fuel_sales", "induced_activity"]}
