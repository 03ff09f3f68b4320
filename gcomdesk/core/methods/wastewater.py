"""Wastewater treatment and discharge (GPC III.4.x; IPCC 2006 Vol.5 ch.6). Defaults:
resources/methods/wastewater.csv.

Domestic CH4 = sum_j (T_j x EF_j x TOW_j) x (1 - S / TOW) - R (Eq 6.1), EF_j = Bo x MCF_j (Eq 6.2),
TOW_j = P x BOD x 0.001 x I_j x 365 kg BOD/yr (Eq 6.3) with I = 1.25 for collected wastewater and 1.00
for uncollected (septic systems), TOW = sum_j T_j x TOW_j; or a measured BOD load (no I). Sludge removed
is taken from every pathway in proportion to its organics (Eq 6.1 when I is the same for all).
Domestic N2O = N_effluent x EF_effluent x 44/28 (Eq 6.7), N_effluent = P x Protein x F_NPR x
F_NON-CON x F_IND-COM - N_sludge (Eq 6.8), or the effluent nitrogen a plant measures; optional
plant N2O = P x T_plant x F_IND-COM x EF_plant (Box 6.1), whose nitrogen leaves the effluent.
Industrial CH4 = (TOW - S) x EF - R (Eq 6.4), EF = Bo x MCF (Eq 6.5), TOW = P x W x COD (Eq 6.6).
"""

from __future__ import annotations

from gcomdesk.core.methods.base import MethodInput, MethodInputError, Resolved, Working, choice, load_defaults, make_method
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "wastewater"
GPC_REFS = ("III.4.1", "III.4.2", "III.4.3")
PATHWAYS = ("aerobic_well", "aerobic_overloaded", "anaerobic_reactor", "septic", "lagoon_shallow", "lagoon_deep",
            "untreated", "stagnant_sewer")
INDUSTRIAL_TREATMENTS = ("untreated", "aerobic_well", "aerobic_overloaded", "sludge_digester", "anaerobic_reactor",
                         "lagoon_shallow", "lagoon_deep")
N2O_TO_N = 28.0 / 44.0
FAMILY_DEFAULTS = "wastewater"


def collected(pathway: str) -> bool:
    """True when a pathway's wastewater is collected in sewers (IPCC 2006 Vol.5 Figure 6.1; wastewater.csv)."""
    return load_defaults(FAMILY_DEFAULTS)[f"collected.{pathway}"].value == 1.0

DOMESTIC_INPUTS = (
    MethodInput("tow_basis", kind="choice", default_key="tow_basis.default", choices=("population", "bod")),
    MethodInput("population", "persons", "integer", default_from="profile.population"),
    MethodInput("bod_per_capita", "g BOD/person/day", default_key="bod_per_capita", when=("tow_basis", "population")),
    MethodInput("i_factor", "-", default_key="i_factor", when=("tow_basis", "population")),
    MethodInput("i_uncollected", "-", default_key="i_uncollected", advanced=True, when=("tow_basis", "population")),
    MethodInput("bod_t", "t BOD", when=("tow_basis", "bod")),
    *(MethodInput(f"share_{p}", "-", "fraction", default_key=f"share.{p}", group="pathways") for p in PATHWAYS),
    *(MethodInput(f"mcf_{p}", "-", "fraction", default_key=f"mcf.{p}", advanced=True) for p in PATHWAYS),
    MethodInput("bo_bod", "kg CH4/kg BOD", default_key="bo_bod", advanced=True),
    MethodInput("sludge_bod_t", "t BOD", default_key="none"),
    MethodInput("recovered_ch4_t", "t CH4", default_key="none"),
    MethodInput("n_basis", kind="choice", default_key="n_basis.default", choices=("protein", "effluent")),
    MethodInput("protein", "kg/person/yr", default_key="protein", when=("n_basis", "protein")),
    MethodInput("f_npr", "kg N/kg protein", "fraction", default_key="f_npr", advanced=True, when=("n_basis", "protein")),
    MethodInput("f_non_con", "-", default_key="f_non_con", advanced=True, when=("n_basis", "protein")),
    MethodInput("f_ind_com", "-", default_key="f_ind_com", advanced=True),
    MethodInput("n_sludge_t", "t N", default_key="none", when=("n_basis", "protein")),
    MethodInput("n_effluent_t", "t N", when=("n_basis", "effluent")),
    MethodInput("ef_effluent", "kg N2O-N/kg N", "fraction", default_key="ef_effluent", advanced=True),
    MethodInput("plant_share", "-", "fraction", default_key="plant_share"),
    MethodInput("ef_plant", "g N2O/person/yr", default_key="ef_plant", advanced=True),
)


def _domestic(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    population = r["population"]
    shares = {p: r[f"share_{p}"] for p in PATHWAYS}
    if r["tow_basis"] == "population":
        per_i = population * r["bod_per_capita"] * 0.001 * 365 / 1000  # t BOD per unit of I
        tow_of = {p: per_i * (r["i_factor"] if collected(p) else r["i_uncollected"]) for p in PATHWAYS}
        tow = sum(shares[p] * tow_of[p] for p in PATHWAYS)
        w.step("method.ww.tow_population", population=population, bod=r["bod_per_capita"], i=r["i_factor"],
               i_un=r["i_uncollected"], tow_c=per_i * r["i_factor"], tow_u=per_i * r["i_uncollected"], tow=tow)
    else:
        tow = r["bod_t"]
        tow_of = dict.fromkeys(PATHWAYS, tow)
        w.step("method.ww.tow_measured", tow=tow)
    if r["sludge_bod_t"] > tow:
        raise MethodInputError("method.error.exceeds", "sludge_bod_t", value=r["sludge_bod_t"], limit=tow)
    gross = 0.0
    kept = 1 - r["sludge_bod_t"] / tow if tow else 0.0  # sludge leaves every pathway in proportion
    for p in PATHWAYS:
        share, mcf = shares[p], r[f"mcf_{p}"]
        if share:
            w.step("method.ww.pathway", pathway=choice("pathway", p), share=share, bo=r["bo_bod"], mcf=mcf,
                   ef=share * r["bo_bod"] * mcf, tow=tow_of[p], ch4=share * r["bo_bod"] * mcf * tow_of[p] * kept)
        gross += share * r["bo_bod"] * mcf * tow_of[p] * kept
    recovered = r["recovered_ch4_t"]
    if recovered > gross + 1e-9:
        raise MethodInputError("method.error.recovery", "recovered_ch4_t", value=recovered, limit=gross)
    w.step("method.ww.ch4", gross=gross, tow=tow, sludge=r["sludge_bod_t"], recovered=recovered, ch4=gross - recovered)
    w.add("ch4_t", gross - recovered)

    plant_n2o = population * r["plant_share"] * r["f_ind_com"] * r["ef_plant"] * 1e-6
    if plant_n2o:
        w.step("method.ww.plant", population=population, share=r["plant_share"], f=r["f_ind_com"], ef=r["ef_plant"],
               n2o=plant_n2o)
    if r["n_basis"] == "protein":
        n_total = population * r["protein"] * r["f_npr"] * r["f_non_con"] * r["f_ind_com"] / 1000
        w.step("method.ww.n_protein", population=population, protein=r["protein"], f_npr=r["f_npr"],
               f_non_con=r["f_non_con"], f_ind_com=r["f_ind_com"], n=n_total)
        if r["n_sludge_t"] > n_total:
            raise MethodInputError("method.error.exceeds", "n_sludge_t", value=r["n_sludge_t"], limit=n_total)
        n_effluent = n_total - r["n_sludge_t"]
    else:
        n_effluent = r["n_effluent_t"]
    if plant_n2o:  # Box 6.1: nitrogen emitted at the plant is no longer in the effluent
        left = max(0.0, n_effluent - plant_n2o * N2O_TO_N)
        w.step("method.ww.n_plant", n=n_effluent, plant_n=plant_n2o * N2O_TO_N, left=left)
        n_effluent = left
    n2o = n_effluent * r["ef_effluent"] / N2O_TO_N
    w.step("method.ww.n2o", n=n_effluent, ef=r["ef_effluent"], n2o=n2o)
    w.add("n2o_t", n2o + plant_n2o)
    return w


INDUSTRIAL_INPUTS = (
    MethodInput("cod_basis", kind="choice", default_key="cod_basis.default", choices=("load", "production")),
    MethodInput("cod_t", "t COD", when=("cod_basis", "load")),
    MethodInput("production_t", "t", when=("cod_basis", "production")),
    MethodInput("wastewater_m3_per_t", "m3/t", when=("cod_basis", "production")),
    MethodInput("cod_kg_per_m3", "kg COD/m3", when=("cod_basis", "production")),
    MethodInput("treatment", kind="choice", default_key="treatment.default", choices=INDUSTRIAL_TREATMENTS),
    MethodInput("mcf", "-", "fraction", default_key="mcf_ind.{treatment}"),
    MethodInput("bo_cod", "kg CH4/kg COD", default_key="bo_cod", advanced=True),
    MethodInput("sludge_cod_t", "t COD", default_key="none"),
    MethodInput("recovered_ch4_t", "t CH4", default_key="none"),
)


def _industrial(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    if r["cod_basis"] == "production":
        tow = r["production_t"] * r["wastewater_m3_per_t"] * r["cod_kg_per_m3"] / 1000
        w.step("method.ww.tow_production", production=r["production_t"], w=r["wastewater_m3_per_t"],
               cod=r["cod_kg_per_m3"], tow=tow)
    else:
        tow = r["cod_t"]
        w.step("method.ww.tow_cod", tow=tow)
    if r["sludge_cod_t"] > tow:
        raise MethodInputError("method.error.exceeds", "sludge_cod_t", value=r["sludge_cod_t"], limit=tow)
    ef = r["bo_cod"] * r["mcf"]
    gross = (tow - r["sludge_cod_t"]) * ef
    recovered = r["recovered_ch4_t"]
    if recovered > gross + 1e-9:
        raise MethodInputError("method.error.recovery", "recovered_ch4_t", value=recovered, limit=gross)
    w.step("method.ww.industrial", tow=tow, sludge=r["sludge_cod_t"], bo=r["bo_cod"], mcf=r["mcf"], ef=ef,
           recovered=recovered, ch4=gross - recovered)
    w.add("ch4_t", gross - recovered)
    return w


DOMESTIC = make_method("wastewater_domestic", GPC_REFS, FAMILY, DOMESTIC_INPUTS, ("ch4_t", "n2o_t"), _domestic)
INDUSTRIAL = make_method("wastewater_industrial", GPC_REFS, FAMILY, INDUSTRIAL_INPUTS, ("ch4_t",), _industrial)


def _register() -> None:
    from gcomdesk.core.methods import register

    register(DOMESTIC)
    register(INDUSTRIAL)


_register()
