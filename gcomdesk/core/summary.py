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


RECORD_LIST_GASES = ("co2_t", "ch4_t", "n2o_t", "sf6_t", "nf3_t", "hfcs_co2e_t", "pfcs_co2e_t", "unsplit_co2e_t",
                     "biogenic_co2_t", "co2e_t")


def record_list(results: InventoryResults) -> list[dict]:
    """Every record of the year as calculated, in the summary's JSON (`record_list`): id, kind, the GPC
    row it is filed in (`gpc_ref`) and the one its emissions land on (`report_ref`), activity or
    method code, amount and unit, notation key, tonnes per gas, CO2e and status. Records the
    calculation derives (grid losses, implied IE keys) have id 0 and `derived` true; they count in
    the totals, so the list adds up to them."""
    recs = results.records
    if recs.empty:
        return []
    frame = pd.DataFrame({
        "id": recs["id"].fillna(0).astype(int) if "id" in recs else 0,
        "kind": recs["kind"], "gpc_ref": recs["gpc_ref"],
        "report_ref": recs["report_ref"] if "report_ref" in recs else recs["gpc_ref"],
        "activity": recs.get("activity"), "amount": recs.get("amount"), "unit": recs.get("unit"),
        "notation_key": recs.get("notation_key"),
        **{gas: recs[gas].astype(float).round(6) for gas in RECORD_LIST_GASES if gas in recs},
        "status": recs.get("status"),
    })
    frame["derived"] = frame["id"] == 0
    frame = frame.astype(object).where(frame.notna(), None)
    return frame.to_dict("records")
