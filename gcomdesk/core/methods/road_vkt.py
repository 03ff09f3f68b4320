"""On-road transport by vehicle-km (GPC II.1.1 in-boundary part, II.1.3 out-of-boundary part of
induced trips): VKT by vehicle type and fuel / fuel economy = fuel used, then the same NCV, carbon
content and road CH4/N2O defaults as a fuel-sales record of that fuel (core.reference), so both
boundary methods give identical tonnes for identical fuel. Defaults: resources/methods/road_vkt.csv.

Boundary methods (GPC v1.1 ch.7): 'fuel_sales' (activity records of fuels on II.1.x), 'in_boundary'
(every counted km is driven inside the city) and 'induced_activity' (trips that start or end in the
city, allocated by a share, split into the in-boundary part, II.1.1, and the rest, II.1.3).
"""

from __future__ import annotations

import pandas as pd

from gcomdesk.core.methods.base import MethodInput, MethodInputError, Resolved, Working, choice, make_method
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "road_vkt"
VEHICLES = ("passenger_car", "van", "truck", "bus", "motorcycle")
FUELS = ("gasoline", "diesel", "butane", "city_gas_lng")  # codes of the fuel catalogue (resources/reference/fuels.csv)
BOUNDARIES = ("in_boundary", "induced_activity")
PORTIONS = ("in_boundary", "out_of_boundary")
ROAD_SECTOR = "road"
C_TO_CO2 = 44.0 / 12.0

VKT_TABLE = MethodInput("vkt", kind="table", columns=(
    MethodInput("vehicle", kind="choice", choices=VEHICLES),
    MethodInput("fuel", kind="choice", choices=FUELS),
    MethodInput("vkt_km", "km"),
    MethodInput("fuel_economy", "km/L, km/kg, km/Nm3", default_key="fe.{vehicle}.{fuel}"),
))
INPUTS = (
    MethodInput("boundary", kind="choice", default_key="boundary.default", choices=BOUNDARIES),
    MethodInput("portion", kind="choice", default_key="portion.default", choices=PORTIONS),
    MethodInput("allocation_share", "-", "fraction", default_key="allocation.{boundary}"),
    MethodInput("in_boundary_share", "-", "fraction", default_key="in_boundary_share.{boundary}"),
    VKT_TABLE,
)


def fuel_factors(fuel_code: str, profile: Profile, ref: ReferenceLibrary) -> tuple[float, float, float, float, bool]:
    """(TJ per base unit, CO2 kg/TJ, CH4 kg/TJ, N2O kg/TJ, biogenic) for a fuel burnt on the road,
    taken exactly as core.calculate takes them for a fuel-sales record in a road GPC row."""
    fuel = ref.fuels[fuel_code]
    gas = ref.gas_defaults.get((fuel.ipcc_fuel, ROAD_SECTOR))
    if gas is None:
        raise MethodInputError("method.error.no_road_default", "fuel", value=fuel_code)
    return (fuel.ncv_mj_per_unit / 1e6, fuel.co2_kg_per_tj(profile.fuel_factor_set)[0], gas.ch4_kg_per_tj,
            gas.n2o_kg_per_tj, fuel.biogenic)


def _work(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    share_in = r["in_boundary_share"] if r["portion"] == "in_boundary" else 1 - r["in_boundary_share"]
    counted = r["allocation_share"] * share_in
    w.step("method.vkt.boundary", boundary=choice("boundary", r["boundary"]), portion=choice("portion", r["portion"]),
           allocation=r["allocation_share"], share=share_in, counted=counted)
    for number, row in enumerate(r["vkt"], start=1):
        if not row["fuel_economy"]:
            raise MethodInputError("method.error.zero", "fuel_economy", table="vkt", row=number)
        fuel = ref.fuels[row["fuel"]]
        tj_per_unit, co2_f, ch4_f, n2o_f, biogenic = fuel_factors(row["fuel"], profile, ref)
        amount = row["vkt_km"] * counted / row["fuel_economy"]  # in the fuel's base unit (L, kg, Nm3)
        tj = amount * tj_per_unit
        co2, ch4, n2o = tj * co2_f / 1000, tj * ch4_f / 1000, tj * n2o_f / 1000
        w.step("method.vkt.row", row=number, vehicle=choice("vehicle", row["vehicle"]), fuel=choice("fuel", row["fuel"]),
               vkt=row["vkt_km"], counted=counted, fe=row["fuel_economy"], unit=fuel.base_unit, amount=amount,
               ncv=fuel.ncv_mj_per_unit, tj=tj)
        w.step("method.vkt.gases", row=number, tj=tj, co2_f=co2_f, ch4_f=ch4_f, n2o_f=n2o_f, co2=co2, ch4=ch4, n2o=n2o,
               factor_set=profile.fuel_factor_set)
        w.add("biogenic_co2_t" if biogenic else "co2_t", co2)
        w.add("ch4_t", ch4)
        w.add("n2o_t", n2o)
    if r["boundary"] == "induced_activity":
        w.step("method.vkt.induced_note")
    return w


ROAD_VKT = make_method("road_vkt", ("II.1.1", "II.1.3"), FAMILY, INPUTS, ("co2_t", "ch4_t", "n2o_t"), _work)


def boundary_methods(records: pd.DataFrame, ref: ReferenceLibrary) -> dict[str, list[str]]:
    """The boundary methods used in each on-road GPC row: 'fuel_sales' for fuel activity records,
    the recorded boundary of each road_vkt record ('in_boundary', 'induced_activity')."""
    from gcomdesk.core.methods import method_inputs

    found: dict[str, list[str]] = {}
    road = records[records["gpc_ref"].isin(["II.1.1", "II.1.2", "II.1.3"])]
    for kind, gpc_ref, activity, extra in zip(road["kind"], road["gpc_ref"], road["activity"],
                                              road["extra"] if "extra" in road else [None] * len(road)):
        method = None
        if kind == "activity" and activity in ref.fuels:
            method = "fuel_sales"
        elif kind == "method" and activity == ROAD_VKT.code:
            try:
                method = method_inputs(extra).get("boundary") or "in_boundary"
            except ValueError:
                method = "in_boundary"
        if method and method not in found.setdefault(gpc_ref, []):
            found[gpc_ref].append(method)
    return {k: v for k, v in found.items() if v}


def _register() -> None:
    from gcomdesk.core.methods import register

    register(ROAD_VKT)


_register()
