"""One CO2e formula (core.co2e) for records and methods, with AR6 methane by origin (issue 16 item 9).

GWP100 (gwp.csv): AR6 CH4 fossil 29.8 and non-fossil 27.0 (IPCC AR6 WG1 ch.7 Table 7.15), N2O 273;
AR5 CH4 28 for either origin (one published value), N2O 265. Methane is fossil in GPC sectors I, II and
IV unless the fuel is biomass; non-fossil in III (waste) and V (agriculture).
Fuel factors: diesel 35.2 MJ/L, 19.969 tC/TJ x 0.99 (K-ETS), residential CH4 10 / N2O 0.6 kg/TJ;
wood 15.6 MJ/kg, residential CH4 300 / N2O 4 kg/TJ (IPCC 2006 Vol.2 Tables 1.2, 2.5).
"""

import json

import pytest

from gcomdesk.core.calculate import calculate
from gcomdesk.core.co2e import ch4_is_fossil, co2e
from gcomdesk.core.methods import REGISTRY, ch4_origin_fossil, describe_record
from gcomdesk.core.methods import co2e as method_co2e
from gcomdesk.core.model import Record
from tests.core.helpers import REF, act, frame, profile, rep


def one(record, **changes):
    return calculate(frame(record), profile(**changes), REF).iloc[0]


def test_fossil_fuel_methane_takes_the_fossil_gwp_in_ar6():
    r = one(act("I.1.1", "diesel", 1, "kL"), gwp_set="AR6")
    tj = 0.0352
    co2 = tj * 19.969 * 44 / 12 * 0.99
    assert r.co2e_t == pytest.approx(co2 + tj * 10 / 1000 * 29.8 + tj * 0.6 / 1000 * 273)


def test_biomass_methane_takes_the_non_fossil_gwp_even_in_stationary_energy():
    r = one(act("I.1.1", "wood", 1000, "kg"), gwp_set="AR6")
    tj = 1000 * 15.6 / 1e6  # 0.0156 TJ; its CO2 is biogenic and stays out of CO2e
    assert r.co2e_t == pytest.approx(tj * 300 / 1000 * 27.0 + tj * 4 / 1000 * 273)


@pytest.mark.parametrize(("gpc_ref", "gwp"), [("I.8.1", 29.8), ("II.1.1", 29.8), ("IV.1", 29.8),
                                              ("III.1.1", 27.0), ("V.1", 27.0)])
def test_reported_methane_follows_its_sector(gpc_ref, gwp):
    assert one(rep(gpc_ref, ch4_t=1.0), gwp_set="AR6").co2e_t == pytest.approx(gwp)
    assert one(rep(gpc_ref, ch4_t=1.0), gwp_set="AR5").co2e_t == pytest.approx(28)  # AR5: one value


def test_methods_use_the_same_formula_and_origin_as_records():
    # wastewater (III) is non-fossil, the road boundary method (II) fossil
    assert not ch4_origin_fossil("wastewater_domestic", REF) and ch4_origin_fossil("road_vkt", REF)
    extra = {"inputs": {"share_aerobic_well": 0.94, "share_septic": 0.06}}
    records = frame(Record("method", "III.4.1", activity="wastewater_domestic")).assign(extra=json.dumps(extra))
    p = profile(gwp_set="AR6", population=352_400)
    from_records = calculate(records, p, REF).iloc[0]
    gases = REGISTRY["wastewater_domestic"].compute(extra["inputs"], p, REF)
    assert from_records.co2e_t == pytest.approx(method_co2e(gases, p, REF, "wastewater_domestic"))
    assert from_records.co2e_t == pytest.approx(gases["ch4_t"] * 27.0 + gases["n2o_t"] * 273)
    # and the working prints that figure
    total = f"{from_records.co2e_t:,.1f}"
    assert any(total in line for line in describe_record("wastewater_domestic", extra, p, REF, "en"))


def test_the_formula_on_scalars_and_arrays():
    import numpy as np

    gwp = REF.gwp["AR6"]
    assert co2e({"co2_t": 1.0, "ch4_t": 1.0, "sf6_t": 1.0}, gwp, True) == pytest.approx(1 + 29.8 + 25200)
    both = co2e({"ch4_t": np.array([1.0, 1.0])}, gwp, np.array([True, False]))
    assert list(both) == pytest.approx([29.8, 27.0])
    assert ch4_is_fossil("I") and not ch4_is_fossil("I", biogenic_fuel=True) and not ch4_is_fossil("III")
