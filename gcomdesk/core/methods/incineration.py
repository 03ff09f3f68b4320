"""Incineration and open burning of waste (GPC III.3.x; IPCC 2006 Vol.5 ch.5): fossil CO2 from the
waste's composition, CH4 and N2O by technology, biogenic CO2 reported apart. Defaults:
resources/methods/incineration.csv.

Fossil CO2 = MSW x sum_j (WF_j x dm_j x CF_j x FCF_j x OF) x 44/12 (Eq 5.2); biogenic CO2 the same
with (1 - FCF_j). CH4 = IW x EF_CH4 x 10^-6 (Eq 5.4) and N2O = IW x EF_N2O x 10^-6 (Eq 5.5), with IW
in tonnes and EF in g/t (= kg/Gg). The N2O factor of open burning is per tonne of dry matter.
GPC v1.1 puts incineration whose energy is used in Stationary Energy (I.4.x), not in III.3.
"""

from __future__ import annotations

from gcomdesk.core.methods.base import MethodInput, Resolved, Working, category, load_defaults, make_method
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "incineration"
CATEGORIES = ("food", "paper", "wood", "textiles", "plastics", "rubber_leather", "other")
TECHNOLOGIES = ("continuous_stoker", "continuous_fluidised", "semi_continuous_stoker", "semi_continuous_fluidised",
                "batch_stoker", "batch_fluidised", "open_burning")
ENERGY_USE = ("none", "used")
C_TO_CO2 = 44.0 / 12.0

INPUTS = (
    MethodInput("technology", kind="choice", default_key="technology.default", choices=TECHNOLOGIES),
    MethodInput("energy_use", kind="choice", default_key="energy_use.default", choices=ENERGY_USE),
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
    if r["energy_use"] == "used":
        w.step("method.inc.energy_note")
    w.add("co2_t", co2)
    w.add("biogenic_co2_t", bio)
    w.add("ch4_t", ch4)
    w.add("n2o_t", n2o)
    return w


INCINERATION = make_method("incineration", ("III.3.1", "III.3.2", "III.3.3"), FAMILY, INPUTS,
                           ("co2_t", "ch4_t", "n2o_t", "biogenic_co2_t"), _work)


def _register() -> None:
    from gcomdesk.core.methods import register

    register(INCINERATION)


_register()
