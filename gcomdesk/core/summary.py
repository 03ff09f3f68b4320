"""The inventory summary as one plain object (the CLI's JSON, and what exports start from)."""

from __future__ import annotations

import pandas as pd

from gcomdesk.core.factors import factors_used
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.totals import TOTAL_KEYS, InventoryResults, summarize


def _r(value: float) -> float:
    return round(float(value), 6)


def summary_dict(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary,
                 results: InventoryResults | None = None) -> dict:
    """Return the summary object: profile, totals_t, totals_incomplete (total -> territorial rows not
    answered yet), generation_t (I.4.4 by plant type), gpc, ipcc, gir_fields, factors_used, records."""
    results = results or summarize(records, profile, ref)
    gpc = [{
        "ref": ref_no,
        "scope": int(row.scope),
        "co2_t": _r(row.co2_t), "ch4_t": _r(row.ch4_t), "n2o_t": _r(row.n2o_t),
        "other_co2e_t": _r(row.other_co2e_t), "unsplit_co2e_t": _r(row.unsplit_co2e_t),
        "co2e_t": _r(row.co2e_t), "biogenic_co2_t": _r(row.biogenic_co2_t),
        "notation_key": row.notation_key or None, "explanation": row.explanation or "",
        "records": int(row.record_count),
    } for ref_no, row in results.by_gpc.iterrows()]
    by_ipcc = results.by("ipcc_code")["co2e_t"]
    by_gir = results.by("gir_field")["co2e_t"]
    return {
        "profile": {
            "name": profile.name_ko, "name_en": profile.name_en, "region_code": profile.region_code,
            "year": int(profile.year), "population": profile.population, "gwp": profile.gwp_set,
            "fuel_factors": profile.fuel_factor_set, "electricity_edition": profile.electricity_edition,
            "heat_edition": profile.heat_edition, "reporting_level": profile.reporting_level,
        },
        "totals_t": {k: _r(results.totals[k]) for k in TOTAL_KEYS},
        "totals_incomplete": {k: list(rows) for k, rows in results.incomplete.items()},
        "generation_t": {plant: _r(row.co2e_t) for plant, row in results.generation.iterrows()},
        "gpc": gpc,
        "ipcc": [{"code": code, "co2e_t": _r(v)} for code, v in by_ipcc.items()],
        "gir_fields": [{"field": field, "co2e_t": _r(v)} for field, v in by_gir.items()],
        "factors_used": factors_used(records, profile, ref),
        "records": int(len(records)),
    }
