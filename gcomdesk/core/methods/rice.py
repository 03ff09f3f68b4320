"""Rice cultivation (GPC V.3; IPCC 2006 Vol.4 ch.5.5) by harvested area and cultivation days.
Defaults: resources/methods/rice.csv.

CH4 = EF x t x A x 10^-3 tonnes (Eq 5.1 with A in ha, t in days, EF in kg CH4/ha/day);
EF = EFc x SFw x SFp x SFo (Eq 5.2, soil/cultivar factor taken as 1); SFo = (1 + ROA x CFOA)^0.59
(Eq 5.3). One record per water regime and amendment (split the area otherwise).
"""

from __future__ import annotations

from gcomdesk.core.methods.base import MethodInput, Resolved, Working, choice, make_method
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "rice"
WATER_REGIMES = ("continuously_flooded", "intermittent_single", "intermittent_multiple", "rainfed_regular",
                 "rainfed_drought", "deep_water", "upland")
PRE_SEASON = ("not_flooded_short", "not_flooded_long", "flooded_long")
AMENDMENTS = ("none", "straw_short", "straw_long", "compost", "farmyard_manure", "green_manure")

INPUTS = (
    MethodInput("area_ha", "ha"),
    MethodInput("days", "days"),
    MethodInput("efc", "kg CH4/ha/day", default_key="efc", advanced=True),
    MethodInput("water_regime", kind="choice", default_key="water_regime.default", choices=WATER_REGIMES),
    MethodInput("sfw", "-", default_key="sfw.{water_regime}"),
    MethodInput("pre_season", kind="choice", default_key="pre_season.default", choices=PRE_SEASON),
    MethodInput("sfp", "-", default_key="sfp.{pre_season}"),
    MethodInput("amendment", kind="choice", default_key="amendment.default", choices=AMENDMENTS),
    MethodInput("roa", "t/ha", default_key="none"),
    MethodInput("cfoa", "-", default_key="cfoa.{amendment}", advanced=True),
)


def _work(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    sfo = (1 + r["roa"] * r["cfoa"]) ** 0.59
    ef = r["efc"] * r["sfw"] * r["sfp"] * sfo
    ch4 = ef * r["days"] * r["area_ha"] / 1000
    w.step("method.rice.sfo", roa=r["roa"], cfoa=r["cfoa"], amendment=choice("amendment", r["amendment"]), sfo=sfo)
    w.step("method.rice.ef", efc=r["efc"], sfw=r["sfw"], sfp=r["sfp"], sfo=sfo, ef=ef)
    w.step("method.rice.ch4", ef=ef, days=r["days"], area=r["area_ha"], ch4=ch4)
    w.add("ch4_t", ch4)
    return w


RICE = make_method("rice", ("V.3",), FAMILY, INPUTS, ("ch4_t",), _work)


def _register() -> None:
    from gcomdesk.core.methods import register

    register(RICE)


_register()
