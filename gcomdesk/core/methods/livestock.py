"""Livestock (GPC V.1; IPCC 2006 Vol.4 ch.10, Tier 1 defaults): enteric fermentation and manure
management by head count. Defaults: resources/methods/livestock.csv (the region of each default is in
its source: dairy enteric from the North America row of Table 10.11, as Korean milk yields exceed it;
the other cattle and manure defaults from the Asia rows).

Enteric CH4 = N x EF (Eq 10.19, 10.20); manure CH4 = N x EF(T) (Eq 10.22, Tables 10.14/10.15 by
annual mean temperature); direct manure N2O = N x Nex x MS x EF3 x 44/28 (Eq 10.25) with
Nex = Nrate x TAM / 1000 x 365 (Eq 10.30). One table row per species and management system
(MS = 1 for the row's head count). Indirect N2O (volatilisation, leaching) is not estimated here.
"""

from __future__ import annotations

from gcomdesk.core.methods.base import MethodInput, Resolved, Working, category, choice, make_method
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "livestock"
SPECIES = ("dairy_cattle", "other_cattle", "swine", "goats", "layers", "broilers")
SYSTEMS = ("solid_storage", "dry_lot", "liquid_slurry_crust", "liquid_slurry_no_crust", "uncovered_lagoon",
           "pit_storage", "anaerobic_digester", "daily_spread", "composting_in_vessel", "composting_static_pile",
           "composting_intensive_windrow", "composting_passive_windrow", "deep_bedding_no_mixing",
           "deep_bedding_active_mixing", "aerobic_treatment", "poultry_with_litter", "poultry_without_litter")
TEMPERATURES = tuple(str(t) for t in range(10, 29))  # Tables 10.14/10.15 columns: <=10 ... >=28 deg C
N2O_PER_N = 44.0 / 28.0

HERD = MethodInput("herd", kind="table", columns=(
    MethodInput("species", kind="choice", choices=SPECIES),
    MethodInput("head", "head"),
    MethodInput("system", kind="choice", default_key="system.{species}", choices=SYSTEMS),
    MethodInput("ef_enteric", "kg CH4/head/yr", default_key="enteric.{species}"),
    MethodInput("ef_manure", "kg CH4/head/yr", default_key="manure_ch4.{species}.{temperature}"),
    MethodInput("nex", "kg N/head/yr", default_key="nex.{species}"),
    MethodInput("ef3", "kg N2O-N/kg N", "fraction", default_key="ef3.{system}"),
))
INPUTS = (
    MethodInput("temperature", "°C", "choice", default_key="temperature.default", choices=TEMPERATURES,
                translate_choices=False),
    HERD,
)


def _work(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    for number, row in enumerate(r["herd"], start=1):
        head = row["head"]
        enteric = head * row["ef_enteric"] / 1000
        manure = head * row["ef_manure"] / 1000
        n2o = head * row["nex"] * row["ef3"] * N2O_PER_N / 1000
        w.step("method.live.row", row=number, species=category(row["species"]), head=head,
               system=choice("system", row["system"]))
        w.step("method.live.enteric", head=head, ef=row["ef_enteric"], ch4=enteric)
        w.step("method.live.manure", head=head, ef=row["ef_manure"], temperature=r["temperature"], ch4=manure)
        w.step("method.live.n2o", head=head, nex=row["nex"], ef3=row["ef3"], n2o=n2o)
        w.add("ch4_t", enteric + manure)
        w.add("n2o_t", n2o)
    w.step("method.live.indirect_note")
    return w


LIVESTOCK = make_method("livestock", ("V.1",), FAMILY, INPUTS, ("ch4_t", "n2o_t"), _work)


def _register() -> None:
    from gcomdesk.core.methods import register

    register(LIVESTOCK)


_register()
