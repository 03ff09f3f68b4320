"""Biological treatment of solid waste (GPC III.2.x; IPCC 2006 Vol.5 ch.4): composting and
anaerobic digestion at biogas plants, CH4 and N2O per tonne treated on a wet or dry basis
(Table 4.1), with recovered methane subtracted for digestion. Defaults: resources/methods/biological.csv.

CH4 = M x EF_CH4 x 10^-3 - R (Eq 4.1, tonnes when M is in tonnes and EF in g/kg);
N2O = M x EF_N2O x 10^-3 (Eq 4.2). The Table 4.1 digestion factor describes unintended leaks, so R
is only subtracted when a plant reports it together with a generation-based factor.
"""

from __future__ import annotations

from gcomdesk.core.methods.base import MethodInput, MethodInputError, Resolved, Working, choice, make_method
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "biological"
TREATMENTS = ("composting", "anaerobic_digestion")
BASES = ("wet", "dry")

INPUTS = (
    MethodInput("treatment", kind="choice", default_key="treatment.default", choices=TREATMENTS),
    MethodInput("basis", kind="choice", default_key="basis.default", choices=BASES),
    MethodInput("waste_t", "t"),
    MethodInput("ef_ch4", "g CH4/kg", default_key="ef_ch4.{treatment}.{basis}"),
    MethodInput("ef_n2o", "g N2O/kg", default_key="ef_n2o.{treatment}.{basis}"),
    MethodInput("recovered_ch4_t", "t CH4", default_key="recovery.none", when=("treatment", "anaerobic_digestion")),
)


def _work(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    waste = r["waste_t"]
    gross = waste * r["ef_ch4"] * 1e-3
    recovered = r.get("recovered_ch4_t", 0.0)
    if recovered > gross + 1e-9:
        raise MethodInputError("method.error.recovery", "recovered_ch4_t", value=recovered, limit=gross)
    ch4 = gross - recovered
    n2o = waste * r["ef_n2o"] * 1e-3
    w.step("method.bio.basis", basis=choice("basis", r["basis"]))
    w.step("method.bio.ch4", waste=waste, ef=r["ef_ch4"], gross=gross, recovered=recovered, ch4=ch4)
    w.step("method.bio.n2o", waste=waste, ef=r["ef_n2o"], n2o=n2o)
    if r["treatment"] == "anaerobic_digestion":
        w.step("method.bio.digestion_note")
    w.add("ch4_t", ch4)
    w.add("n2o_t", n2o)
    return w


BIOLOGICAL = make_method("biological_treatment", ("III.2.1", "III.2.2", "III.2.3"), FAMILY, INPUTS,
                         ("ch4_t", "n2o_t"), _work)


def _register() -> None:
    from gcomdesk.core.methods import register

    register(BIOLOGICAL)


_register()
