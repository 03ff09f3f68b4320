"""Solid waste disposal (GPC III.1.x; IPCC 2006 Vol.5 ch.3): methane commitment for one year's
waste and first-order decay (FOD) over a disposal history, with recovered methane (flared or used)
subtracted and reported. Defaults: resources/methods/solid_waste.csv.

Equations (IPCC 2006 Vol.5): DDOCm = W x DOC x DOCf x MCF (Eq 3.2); DDOCma_T = DDOCmd_T +
DDOCma_T-1 x e^-k (Eq 3.4); DDOCm decomposed_T = DDOCma_T-1 x (1 - e^-k) (Eq 3.5; with the default
six-month delay waste starts to decay in the year after deposit); CH4 generated = DDOCm decomposed
x F x 16/12 (Eq 3.6); CH4 emitted = (CH4 generated - R) x (1 - OX) (Eq 3.1). The commitment
method (GPC v1.1 Eq 8.4) applies the same factors to one year's waste as if it all decayed at once.
"""

from __future__ import annotations

import math

from gcomdesk.core.methods.base import MethodInput, MethodInputError, Resolved, Working, make_method, parts
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "solid_waste"
CATEGORIES = ("food", "paper", "wood", "textiles", "other")  # 음식물, 종이, 나무, 섬유, 기타
DEGRADABLE = CATEGORIES[:-1]  # 'other' (plastics, metal, glass, inert) carries no DOC
SITE_TYPES = ("managed_anaerobic", "managed_semi_aerobic", "unmanaged_deep", "unmanaged_shallow", "uncategorised")
CLIMATE_ZONES = ("temperate_wet", "temperate_dry", "tropical_wet", "tropical_dry")
GPC_REFS = ("III.1.1", "III.1.2", "III.1.3")
C_TO_CH4 = 16.0 / 12.0
FOD_GOOD_PRACTICE_YEARS = 50  # IPCC 2006 Vol.5 §3.2.1: disposal data for at least 50 years

COMPOSITION = tuple(MethodInput(f"comp_{c}", "t/t", "fraction", default_key=f"composition.{c}", group="composition")
                    for c in CATEGORIES)
SITE = (
    MethodInput("site_type", kind="choice", default_key="site_type.default", choices=SITE_TYPES),
    MethodInput("mcf", "-", "fraction", default_key="mcf.{site_type}"),
)
FACTORS = (
    *(MethodInput(f"doc_{c}", "t C/t", "fraction", default_key=f"doc.{c}", advanced=True) for c in DEGRADABLE),
    MethodInput("docf", "-", "fraction", default_key="docf", advanced=True),
    MethodInput("f", "-", "fraction", default_key="f", advanced=True),
    MethodInput("ox", "-", "fraction", default_key="ox"),
)


def _ddocm(waste_t: float, shares: dict[str, float], r: Resolved) -> dict[str, float]:
    """Eq 3.2 per category: W x share x DOC x DOCf x MCF (tonnes of decomposable DOC)."""
    return {c: waste_t * shares[c] * r[f"doc_{c}"] * r["docf"] * r["mcf"] for c in DEGRADABLE}


def _common_steps(w: Working, r: Resolved) -> None:
    w.step("method.swds.doc", doc=sum(r[f"comp_{c}"] * r[f"doc_{c}"] for c in DEGRADABLE),
           terms=" + ".join(f"{r[f'comp_{c}']:g} x {r[f'doc_{c}']:g}" for c in DEGRADABLE))


def _emitted(w: Working, generated: float, flared: float, used: float, ox: float) -> None:
    recovered = flared + used
    if recovered > generated + 1e-9:
        raise MethodInputError("method.error.recovery", "ch4_flared_t" if flared else "ch4_used_t",
                               value=recovered, limit=generated)
    emitted = (generated - recovered) * (1 - ox)
    w.step("method.swds.recovered", flared=flared, used=used, recovered=recovered)
    w.step("method.swds.emitted", generated=generated, recovered=recovered, ox=ox, emitted=emitted)
    w.add("ch4_t", emitted)


def _commitment(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    _common_steps(w, r)
    shares = {c: r[f"comp_{c}"] for c in CATEGORIES}
    ddocm = _ddocm(r["waste_t"], shares, r)
    total = sum(ddocm.values())
    w.step("method.swds.ddocm", waste=r["waste_t"], docf=r["docf"], mcf=r["mcf"], ddocm=total)
    generated = total * r["f"] * C_TO_CH4
    w.step("method.swds.generated_commitment", ddocm=total, f=r["f"], generated=generated)
    flare_share, use_share = r["recovery_flared_fraction"], r["recovery_used_fraction"]
    if flare_share + use_share > 1 + 1e-9:
        raise MethodInputError("method.error.recovery_share", "recovery_used_fraction", total=flare_share + use_share)
    _emitted(w, generated, generated * flare_share, generated * use_share, r["ox"])
    w.step("method.swds.commitment_note")
    return w


def _fod(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    year = int(profile.year)
    seen: set[int] = set()
    for number, row in enumerate(r["history"], start=1):  # the row as entered (a form's, a sheet's)
        if row["year"] in seen:
            raise MethodInputError("method.error.duplicate_year", "year", table="history", value=row["year"], row=number)
        seen.add(row["year"])
    rows = sorted(r["history"], key=lambda row: row["year"])
    past = [row for row in rows if row["year"] < year]
    ignored = [row["year"] for row in rows if row["year"] >= year]
    w.step("method.swds.fod_intro", year=str(year), k=parts({c: r[f"k_{c}"] for c in DEGRADABLE}),
           docf=r["docf"], mcf=r["mcf"])
    decomposed = dict.fromkeys(DEGRADABLE, 0.0)
    for row in past:
        shares = {c: row[f"comp_{c}"] for c in CATEGORIES}
        ddocm = _ddocm(row["waste_t"], shares, r)
        for c in DEGRADABLE:
            k = r[f"k_{c}"]
            # Deposited in year y: left at the end of T-1 = DDOCm x e^-k(T-1-y); decays in T by (1 - e^-k).
            decomposed[c] += ddocm[c] * math.exp(-k * (year - 1 - row["year"])) * (1 - math.exp(-k))
        w.step("method.swds.fod_year", year=str(row["year"]), waste=row["waste_t"], ddocm=sum(ddocm.values()),
               parts=parts(ddocm))
    if ignored:
        w.step("method.swds.fod_ignored", years=", ".join(str(y) for y in ignored), year=str(year))
    if not past:
        w.step("method.swds.fod_no_history", year=str(year))
    elif year - past[0]["year"] < FOD_GOOD_PRACTICE_YEARS:
        w.step("method.swds.fod_short", first=str(past[0]["year"]), span=year - past[0]["year"],
               needed=FOD_GOOD_PRACTICE_YEARS)
    total = sum(decomposed.values())
    w.step("method.swds.fod_decomposed", year=str(year), decomposed=total,
           parts=parts(decomposed))
    generated = total * r["f"] * C_TO_CH4
    w.step("method.swds.generated_fod", decomposed=total, f=r["f"], generated=generated)
    _emitted(w, generated, r["ch4_flared_t"], r["ch4_used_t"], r["ox"])
    return w


COMMITMENT_INPUTS = (
    MethodInput("waste_t", "t"),
    *COMPOSITION, *SITE, *FACTORS,
    MethodInput("recovery_flared_fraction", "-", "fraction", default_key="recovery.none"),
    MethodInput("recovery_used_fraction", "-", "fraction", default_key="recovery.none"),
)
HISTORY = MethodInput("history", kind="table", columns=(
    MethodInput("year", "", "integer"),
    MethodInput("waste_t", "t"),
    *(MethodInput(f"comp_{c}", "t/t", "fraction", default_from=f"input:comp_{c}", group="composition")
      for c in CATEGORIES),
))
FOD_INPUTS = (
    *COMPOSITION, *SITE, *FACTORS,
    MethodInput("climate_zone", kind="choice", default_key="climate_zone.default", choices=CLIMATE_ZONES),
    *(MethodInput(f"k_{c}", "1/yr", "number", default_key=f"k.{{climate_zone}}.{c}", advanced=True) for c in DEGRADABLE),
    HISTORY,
    MethodInput("ch4_flared_t", "t CH4", default_key="recovery.none"),
    MethodInput("ch4_used_t", "t CH4", default_key="recovery.none"),
)

SWDS_COMMITMENT = make_method("swds_commitment", GPC_REFS, FAMILY, COMMITMENT_INPUTS, ("ch4_t",), _commitment)
SWDS_FOD = make_method("swds_fod", GPC_REFS, FAMILY, FOD_INPUTS, ("ch4_t",), _fod)


def _register() -> None:
    from gcomdesk.core.methods import register

    register(SWDS_FOD)
    register(SWDS_COMMITMENT)


_register()
