"""value.*: the figures themselves. Amounts present and positive (removals, i.e. negative tonnes,
only in land rows V.2); the record's year is the inventory year; data source and quality rating
present; explicit factors within 1/3 to 3 times the library's; every record calculated."""

from __future__ import annotations

import numpy as np

from gcomdesk.core.calculate import NO_AMOUNT, OK, UNIT_MISMATCH, UNKNOWN_ACTIVITY, calculate
from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding
from gcomdesk.core.messages import Message
from gcomdesk.core.model import FACTOR_COLUMNS, REPORTED_GAS_COLUMNS

# Statuses other rules already explain (classification.unknown_activity, unit_unfit, value.missing_amount).
_EXPLAINED = (OK, UNKNOWN_ACTIVITY, UNIT_MISMATCH, NO_AMOUNT)
_STATUS_FIELD = {"out_of_range": "amount", "no_gas_default": "ef_ch4", "unknown_method": "activity", "method_input": "extra", "method_error": "extra"}


def check(ctx: CheckContext) -> list[Finding]:
    """Run every value rule."""
    f = ctx.frame
    act = f["kind"] == "activity"
    found = ctx.per_record("value.missing_amount", act & f["amount"].isna(), "amount")
    found += _nonpositive(ctx)
    year = int(ctx.profile.year) if ctx.profile.year else 0
    mismatch = ctx.is_data & f["year"].notna() & (f["year"] != year) & (year != 0)
    found += ctx.per_record("value.year_mismatch", mismatch, "year", {"inventory_year": year},
                            columns={"year": f["year"].fillna(0).astype(int)})
    found += ctx.per_record("value.missing_source", ctx.is_data & (f["data_source"] == ""), "data_source")
    qualities = ctx.rule("value.missing_quality").items("qualities")
    found += ctx.per_record("value.missing_quality", ctx.is_data & ~f["quality"].str.upper().isin(list(qualities)),
                            "quality", {"allowed": "/".join(qualities)})
    found += _factor_far(ctx)
    gwp = ctx.profile.gwp_set
    other_basis = (f["kind"] == "activity") & f["ef_co2e"].notna() & (f["ef_co2e_gwp"] != "") & (f["ef_co2e_gwp"] != gwp)
    found += ctx.per_record("value.co2e_factor_gwp", other_basis, "ef_co2e_gwp", lambda r: {"published": r.ef_co2e_gwp, "gwp": gwp})
    failed = ctx.is_data & ~f["calc_status"].isin(_EXPLAINED)
    found += ctx.per_record("value.not_calculated", failed, lambda r: _STATUS_FIELD.get(r.calc_status, ""),
                            lambda r: {"status_en": Message(f"calc.status.{r.calc_status}").render("en"),
                                       "status_ko": Message(f"calc.status.{r.calc_status}").render("ko")})
    return found


def _nonpositive(ctx: CheckContext) -> list[Finding]:
    """Activity amounts <= 0; reported tonnes all zero, or negative outside the rows that allow removals."""
    f = ctx.frame
    rule = "value.nonpositive"
    negative_rows = list(ctx.rule(rule).items("negative_rows"))
    act = f["kind"] == "activity"
    found = ctx.per_record(rule, act & (f["amount"] <= 0), "amount", lambda r: {"value": r.amount})
    rep = f["kind"] == "reported"
    if not rep.any():
        return found
    gases = f.loc[rep, list(REPORTED_GAS_COLUMNS)].fillna(0.0)
    all_zero = (gases == 0).all(axis=1).reindex(f.index, fill_value=False)
    negative = (gases < 0) & ~f.loc[rep, "gpc_ref"].isin(negative_rows).to_numpy()[:, None]
    first_negative = negative.idxmax(axis=1).where(negative.any(axis=1)).reindex(f.index)
    found += ctx.per_record(rule, all_zero, "co2_t", {"value": 0})
    has_negative = first_negative.notna()
    found += ctx.per_record(rule, has_negative, lambda r: first_negative.loc[r.Index],
                            lambda r: {"value": getattr(r, first_negative.loc[r.Index])})
    return found


def _factor_far(ctx: CheckContext) -> list[Finding]:
    """Explicit factors (kg per unit) compared with what the library would give the same record."""
    f = ctx.frame
    explicit = f[list(FACTOR_COLUMNS)].notna().any(axis=1)
    known = f["activity"].isin(list(ctx.ref.fuels) + list(ctx.ref.carriers))
    mask = (f["kind"] == "activity") & explicit & known & f["amount"].notna()
    if not mask.any():
        return []
    rule = ctx.rule("value.factor_far")
    high, low = rule.number("high"), rule.number("low")
    sub = f[mask].copy()
    sub[list(FACTOR_COLUMNS)] = np.nan
    sub["extra"] = "{}"
    library = calculate(sub, ctx.profile, ctx.ref)
    found = []
    for gas in ("co2", "ch4", "n2o"):
        lib = library[f"factor_{gas}"].astype(float)
        if gas == "co2":  # an edition without a gas split gives its CO2e per unit instead
            unsplit = library["unsplit_co2e_t"].astype(float) * 1000.0 / sub["amount"].replace(0, np.nan)
            lib = lib.where(lib > 0, unsplit)
        given = f.loc[mask, f"ef_{gas}"]
        ratio = given / lib.where(lib > 0)
        far = ratio.notna() & ((ratio > high) | (ratio < low))
        far_mask = far.reindex(f.index, fill_value=False)
        found += ctx.per_record("value.factor_far", far_mask, f"ef_{gas}", lambda r, g=gas, lb=lib: {
            "gas": g.upper(), "given": getattr(r, f"ef_{g}"), "library": float(lb.loc[r.Index]),
            "unit": r.unit, "high": high, "low": low})
    return found
