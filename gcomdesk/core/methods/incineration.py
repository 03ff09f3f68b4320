"""Incineration and open burning of waste (GPC III.3.x; IPCC 2006 Vol.5 ch.5): fossil CO2 from the
waste's composition, CH4 and N2O by technology, biogenic CO2 reported apart. Defaults:
resources/methods/incineration.csv.

Fossil CO2 = MSW x sum_j (WF_j x dm_j x CF_j x FCF_j x OF) x 44/12 (Eq 5.2); biogenic CO2 the same
with (1 - FCF_j). CH4 = IW x EF_CH4 x 10^-6 (Eq 5.4) and N2O = IW x EF_N2O x 10^-6 (Eq 5.5), with IW
in tonnes and EF in g/t (= kg/Gg). The N2O factor of open burning is per tonne of dry matter.

Energy recovery moves the emissions out of Waste. GPC v1.1 ch. 8 (8.1) reports incineration with
energy recovery under Stationary Energy, and ch. 6 reports the conversion of energy in power plants
in the city as scope 1 of energy industries: energy supplied to the grid or a district-heat
network lands on I.4.4 (generation of grid-supplied energy, territorial total only, outside BASIC,
so it is not counted again beside the scope-2 use of that energy); energy used on site is the
stationary energy of the sub-sector using it (`onsite_row`, default I.2.1: a municipal facility).
Only a plant in the city moves (III.3.1, III.3.3): for waste treated outside (III.3.2) GPC has no
out-of-boundary generation row, so it stays in III.3.2 (as ICLEI suggested on the World Bank C40
collaboration thread "GPC Fine Tuning - Scope 3 WTE"). The legacy choice "used" (energy used,
destination not stated) stays in III.3 and is flagged by the check classification.energy_recovery_in_waste.
"""

from __future__ import annotations

from gcomdesk.core.generation import PLANT_TYPES as GENERATION_TYPES
from gcomdesk.core.methods.base import MethodInput, Resolved, Working, category, choice, load_defaults, make_method
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "incineration"
CATEGORIES = ("food", "paper", "wood", "textiles", "plastics", "rubber_leather", "other")
TECHNOLOGIES = ("continuous_stoker", "continuous_fluidised", "semi_continuous_stoker", "semi_continuous_fluidised",
                "batch_stoker", "batch_fluidised", "open_burning")
ENERGY_USE = ("none", "grid", "onsite", "used")  # "used": legacy, destination not stated (stays in III.3)
PLANT_TYPES = tuple(t for t in GENERATION_TYPES if t != "renewable")  # waste is not counted as a local renewable
ONSITE_ROWS = ("I.2.1", "I.3.1", "I.4.1")
IN_BOUNDARY_ROWS = ("III.3.1", "III.3.3")  # plants in the city: their energy recovery moves them to Stationary Energy
C_TO_CO2 = 44.0 / 12.0

INPUTS = (
    MethodInput("technology", kind="choice", default_key="technology.default", choices=TECHNOLOGIES),
    MethodInput("energy_use", kind="choice", default_key="energy_use.default", choices=ENERGY_USE),
    MethodInput("plant_type", kind="choice", default_key="plant_type.default", choices=PLANT_TYPES, when=("energy_use", "grid")),
    MethodInput("onsite_row", kind="choice", default_key="onsite_row.default", choices=ONSITE_ROWS,
                when=("energy_use", "onsite"), translate_choices=False),
    MethodInput("waste_t", "t"),
    *(MethodInput(f"comp_{c}", "t/t", "fraction", default_key=f"composition.{c}", group="composition") for c in CATEGORIES),
    *(MethodInput(f"dm_{c}", "t/t", "fraction", default_key=f"dm.{c}", advanced=True) for c in CATEGORIES),
    *(MethodInput(f"cf_{c}", "t C/t dm", "fraction", default_key=f"cf.{c}", advanced=True) for c in CATEGORIES),
    *(MethodInput(f"fcf_{c}", "-", "fraction", default_key=f"fcf.{c}", advanced=True) for c in CATEGORIES),
    MethodInput("of", "-", "fraction", default_key="of.{technology}"),
    MethodInput("ef_ch4", "g CH4/t", default_key="ef_ch4.{technology}"),
    MethodInput("ef_n2o", "g N2O/t", default_key="ef_n2o.{technology}"),
)


def _work(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    waste, of = r["waste_t"], r["of"]
    fossil = biogenic = dry = 0.0
    for c in CATEGORIES:
        carbon = r[f"comp_{c}"] * r[f"dm_{c}"] * r[f"cf_{c}"]  # t C per t of wet waste
        dry += r[f"comp_{c}"] * r[f"dm_{c}"]
        fossil += carbon * r[f"fcf_{c}"]
        biogenic += carbon * (1 - r[f"fcf_{c}"])
        if carbon:
            w.step("method.inc.category", category=category(c), share=r[f"comp_{c}"], dm=r[f"dm_{c}"], cf=r[f"cf_{c}"],
                   fcf=r[f"fcf_{c}"], carbon=carbon)
    co2 = waste * fossil * of * C_TO_CO2
    bio = waste * biogenic * of * C_TO_CO2
    w.step("method.inc.co2", waste=waste, fossil=fossil, of=of, co2=co2)
    w.step("method.inc.biogenic", waste=waste, biogenic=biogenic, of=of, bio=bio)
    ch4 = waste * r["ef_ch4"] * 1e-6
    w.step("method.inc.ch4", waste=waste, ef=r["ef_ch4"], ch4=ch4)
    basis = load_defaults(FAMILY).get(f"n2o_basis.{r['technology']}")
    if basis is not None and basis.value == "dry":
        n2o = waste * dry * r["ef_n2o"] * 1e-6
        w.step("method.inc.n2o_dry", waste=waste, dry=dry, ef=r["ef_n2o"], n2o=n2o)
    else:
        n2o = waste * r["ef_n2o"] * 1e-6
        w.step("method.inc.n2o", waste=waste, ef=r["ef_n2o"], n2o=n2o)
    use = r["energy_use"]
    if use == "grid":
        w.step("method.inc.energy_grid", plant=choice("plant_type", r["plant_type"]))
    elif use == "onsite":
        w.step("method.inc.energy_onsite", row=r["onsite_row"])
    elif use == "used":
        w.step("method.inc.energy_note")
    w.add("co2_t", co2)
    w.add("biogenic_co2_t", bio)
    w.add("ch4_t", ch4)
    w.add("n2o_t", n2o)
    return w


def route(r: Resolved, gpc_ref: str) -> str:
    """The GPC row this record's emissions land on: I.4.4 or the on-site user's row for a plant in
    the city that recovers energy, else the row it is filed in."""
    if gpc_ref not in IN_BOUNDARY_ROWS:
        return gpc_ref
    use = r.get("energy_use")
    if use == "grid":
        return "I.4.4"
    if use == "onsite":
        return str(r.get("onsite_row") or gpc_ref)
    return gpc_ref


INCINERATION = make_method("incineration", ("III.3.1", "III.3.2", "III.3.3"), FAMILY, INPUTS,
                           ("co2_t", "ch4_t", "n2o_t", "biogenic_co2_t"), _work, route)


def _register() -> None:
    from gcomdesk.core.methods import register

    register(INCINERATION)


_register()
