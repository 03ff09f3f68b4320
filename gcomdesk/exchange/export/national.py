"""The national view (국가 분류): local emissions by IPCC 2006 code and by GIR field, direct and
indirect apart, beside Korea's national inventory of the same year and the national per-capita.

The national figures come from gcomdesk.core.national (national_inventory_kr.csv, kt CO2e, 2006
Guidelines basis; proxies_kr.csv, national resident population). Which national codes a local
category is compared with, and the local share, are the reconciliation view's (one mapping,
resources/checks/national_comparison.csv; one rule, core.checks.reconcile.local_share). When the inventory year is not
published, the nearest year is used and the sheet says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from gcomdesk.core.checks.reconcile import local_share, reconcile
from gcomdesk.core.grid import DERIVED_LOSS, is_derived
from gcomdesk.core.messages import Message
from gcomdesk.core.model import Profile
from gcomdesk.core.national import TOTAL_CODE, NationalData, load_national
from gcomdesk.core.reference import DIRECT_GIR_FIELDS, INDIRECT_GIR_FIELD, ReferenceLibrary
from gcomdesk.core.totals import InventoryResults


@dataclass(frozen=True)
class NationalYear:
    """One year of the national inventory (tCO2e by IPCC code) and the national population."""

    year: int
    basis: str
    gwp: str
    by_code: dict[str, float]  # tCO2e
    population: int | None
    population_year: int | None
    source: str


@dataclass
class NationalView:
    """Everything the national sheet and the per-capita chart need, in tonnes and t/person."""

    requested_year: int
    national: NationalYear | None
    population: int | None
    ipcc_rows: list[dict] = field(default_factory=list)  # code, name, local_t, national_t, share
    gir_rows: list[dict] = field(default_factory=list)  # field, direct, local_t, national_code, national_t, share, per-capita
    indirect_rows: list[dict] = field(default_factory=list)  # subsector_no, name, local_t
    totals: list[dict] = field(default_factory=list)  # key, local_t, national_code, national_t, share, per-capita
    notes: list[tuple[str, dict]] = field(default_factory=list)  # message keys with their params


def national_year(year: int, data: NationalData | None = None) -> NationalYear | None:
    """Return the national inventory of `year`, or of the nearest year published (None if there is none)."""
    data = data or load_national()
    if not data.years:
        return None
    chosen = data.nearest_year(int(year))
    by_code = {code: fig.kt_co2e * 1000.0 for (y, code), fig in data.figures.items()
               if y == chosen and fig.kt_co2e is not None}
    basis, gwp = data.basis_of(chosen)
    population = data.national_population(chosen)
    total = data.figure(TOTAL_CODE, chosen)
    return NationalYear(year=chosen, basis=basis, gwp=gwp, by_code=by_code,
                        population=population[1] if population else None,
                        population_year=population[0] if population else None,
                        source=total.source if total else "")


def _per_capita(value: float | None, people: int | None) -> float | None:
    return value / people if value is not None and people else None


GIR_KEYS = {"에너지": "energy", "산업공정": "ippu", "농업": "agriculture", "LULUCF": "lulucf", "폐기물": "waste",
            "간접": "indirect"}


def gir_field_label(gir_field: str, lang: str) -> str:
    """A GIR field's name: the Korean name as GIR publishes it, or its English translation."""
    if lang == "ko" or gir_field not in GIR_KEYS:
        return gir_field
    return Message(f"export.gir.{GIR_KEYS[gir_field]}", {}).render(lang)


def national_view(results: InventoryResults, profile: Profile, ref: ReferenceLibrary) -> NationalView:
    """Build the national comparison for the inventory year (nearest national year when missing).

    The IPCC and GIR rows are the reconciliation view's (core.checks.reconcile): the same mapping
    (resources/checks/national_comparison.csv) and the same local-share rule as the national checks."""
    nat = national_year(int(profile.year))
    people = int(profile.population) if profile.population else None
    view = NationalView(requested_year=int(profile.year), national=nat, population=people)
    codes = nat.by_code if nat else {}
    nat_people = nat.population if nat else None
    rec = reconcile(results, profile, ref)
    for code, row in rec.by_ipcc.iterrows():
        national = None if pd.isna(row["national_t"]) else float(row["national_t"])
        view.ipcc_rows.append({"code": code, "name_en": row["name_en"], "name_ko": row["name_ko"],
                               "local_t": float(row["direct_t"]), "national_codes": row["national_codes"],
                               "national_t": national, "share": local_share(row["direct_t"], national)})
    for gir in DIRECT_GIR_FIELDS:
        local = float(rec.by_gir["co2e_t"].get(gir, 0.0))
        national_codes = str(rec.by_gir["national_codes"].get(gir, "") or "")
        national = rec.by_gir["national_t"].get(gir)
        national = None if national is None or pd.isna(national) else float(national)
        view.gir_rows.append({"field": gir, "direct": True, "local_t": local, "national_code": national_codes,
                              "national_t": national, "share": local_share(local, national),
                              "local_pc": _per_capita(local, people), "national_pc": _per_capita(national, nat_people)})
    by_gir = results.by("gir_field")["co2e_t"]
    indirect = float(by_gir.get(INDIRECT_GIR_FIELD, 0.0))
    view.gir_rows.append({"field": INDIRECT_GIR_FIELD, "direct": False, "local_t": indirect, "national_code": "",
                          "national_t": None, "share": None, "local_pc": _per_capita(indirect, people), "national_pc": None})
    table = results.by_gpc
    indirect_rows = table[table["gir_field"] == INDIRECT_GIR_FIELD]
    for sub, value in indirect_rows.groupby("subsector_no", sort=False)["co2e_t"].sum().items():
        row = next(g for g in ref.gpc.values() if g.subsector_no == sub)
        view.indirect_rows.append({"subsector_no": sub, "name_en": row.subsector_en, "name_ko": row.subsector_ko,
                                   "local_t": float(value)})
    lulucf = float(by_gir.get("LULUCF", 0.0))
    direct = results.totals["direct"]
    for key, local, code in (("direct", direct, "TOTAL_INCL_LULUCF"),
                             ("direct_excl_lulucf", direct - lulucf, "TOTAL_EXCL_LULUCF")):
        national = codes.get(code)
        view.totals.append({"key": key, "local_t": local, "national_code": code, "national_t": national,
                            "share": local_share(local, national), "local_pc": _per_capita(local, people),
                            "national_pc": _per_capita(national, nat_people)})
    view.totals.append({"key": "indirect", "local_t": results.totals["indirect"], "national_code": "", "national_t": None,
                        "share": None, "local_pc": _per_capita(results.totals["indirect"], people), "national_pc": None})
    view.notes = _notes(view, profile)
    transport_losses = _transport_losses(results)
    if transport_losses:
        view.notes.append(("export.national.td_transport", {"value": f"{transport_losses:,.1f}"}))
    return view


def _transport_losses(results: InventoryResults) -> float:
    """T&D losses of transport electricity derived on the generation side: they sit in II.x.3,
    which the Korean view counts as outside the city (core.grid)."""
    records = results.records
    if not len(records) or "extra" not in records:
        return 0.0
    derived = records["extra"].map(is_derived) == DERIVED_LOSS
    transport = records["gpc_ref"].astype(str).str.startswith("II.")
    return float(records.loc[derived & transport, "co2e_t"].sum())


def _notes(view: NationalView, profile: Profile) -> list[tuple[str, dict]]:
    nat = view.national
    if nat is None:
        return [("export.national.none", {})]
    notes = [("export.national.basis", {"year": nat.year, "basis": nat.basis, "gwp": nat.gwp})]
    if nat.year != view.requested_year:
        notes.append(("export.national.nearest", {"year": nat.year, "requested": view.requested_year}))
    if nat.population_year and nat.population_year != nat.year:
        notes.append(("export.national.pop_nearest", {"year": nat.population_year}))
    if profile.gwp_set != nat.gwp:
        notes.append(("export.national.gwp_differs", {"local": profile.gwp_set, "national": nat.gwp}))
    if not view.population:
        notes.append(("export.national.no_population", {}))
    notes.append(("export.national.indirect", {}))
    return notes
