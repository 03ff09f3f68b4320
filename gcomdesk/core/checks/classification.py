"""classification.*: does each record sit in a GPC row that accepts it?

Grid electricity and district heat belong in scope-2 rows; fuels in rows where fuel is burnt (the
scope-1 energy and transport rows, and the out-of-boundary transport rows II.x.3); a fuel unusual
for the sub-sector (jet fuel in homes) is a warning (table in resources/checks/fuel_plausibility.csv);
the activity must be known and its unit must fit it; a row holding data needs an IPCC category;
an incinerator recovering energy (a 자원회수시설, or the incineration method's legacy choice
"energy used" with no destination) still reported in III.3.1/III.3.3 is a warning."""

from __future__ import annotations

import re

import pandas as pd

from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding
from gcomdesk.core.units import fitting_units, is_gas_volume, unit_catalogue


def check(ctx: CheckContext) -> list[Finding]:
    """Run every classification rule."""
    f, ref = ctx.frame, ctx.ref
    known = f["gpc_ref"].isin(list(ref.gpc))
    found = ctx.per_record("classification.unknown_row", ~known & (f["kind"] != ""), "gpc_ref")

    act = (f["kind"] == "activity") & known
    is_fuel = f["activity"].isin(list(ref.fuels))
    is_carrier = f["activity"].isin(list(ref.carriers))
    scope = ctx.row_map("scope")
    combustion = ctx.row_map("combustion_sector").fillna("") != ""

    grid_scopes = {int(s) for s in ctx.rule("classification.grid_energy_row").items("scopes")}
    found += ctx.per_record("classification.grid_energy_row", act & is_carrier & ~scope.isin(grid_scopes), "gpc_ref",
                            lambda r: {**ctx.names(r.activity), "target": _target(ctx, r.gpc_ref, 2, "I.n.2 / II.n.2")})
    found += ctx.per_record("classification.fuel_row", act & is_fuel & ~combustion, "gpc_ref",
                            lambda r: {**ctx.names(r.activity), "target": _target(ctx, r.gpc_ref, 1, "I.n.1 / II.n.1")})
    found += _implausible(ctx, act & is_fuel & combustion)
    found += ctx.per_record("classification.unknown_activity", act & ~is_fuel & ~is_carrier, "activity",
                            lambda r: {"activity": r.activity or "-"})
    found += _unit_unfit(ctx, act & (is_fuel | is_carrier))
    found += _no_ipcc(ctx)
    found += _energy_recovery_in_waste(ctx)
    return found


def _energy_recovery_in_waste(ctx: CheckContext) -> list[Finding]:
    """Records in III.3.1/III.3.3 whose emissions stay there although the plant recovers energy."""
    from gcomdesk.core.methods import method_inputs

    rule = ctx.rule("classification.energy_recovery_in_waste")
    f = ctx.frame
    records = ctx.results.records.reindex(f.index)
    stays = f["gpc_ref"].isin(list(rule.items("rows"))) & ctx.is_data
    if "report_ref" in records:
        stays &= records["report_ref"].fillna(f["gpc_ref"]).astype(str).eq(f["gpc_ref"])
    if not stays.any():
        return []
    pattern = "|".join(re.escape(k) for k in rule.items("keywords"))
    named = f["facility"].str.contains(pattern, case=False, regex=True) if pattern else pd.Series(False, index=f.index)
    extras = records["extra"] if "extra" in records else pd.Series(None, index=f.index)
    legacy = pd.Series([k == "method" and a == "incineration" and method_inputs(e).get("energy_use") == "used"
                        if m else False for k, a, e, m in zip(f["kind"], f["activity"], extras, stays)], index=f.index)
    return ctx.per_record("classification.energy_recovery_in_waste", stays & (named | legacy), "gpc_ref",
                          lambda r: {"what_en": r.facility or "the incinerator", "what_ko": r.facility or "소각시설"})


def _target(ctx: CheckContext, gpc_ref: str, scope: int, fallback: str) -> str:
    """The row of the same sub-sector that would accept the activity, or a generic pattern."""
    target = ctx.sibling(gpc_ref, scope)
    row = ctx.gpc(target)
    if not target or target == gpc_ref or row is None or (scope == 1 and not row.combustion_sector):
        return fallback
    return target


def _implausible(ctx: CheckContext, candidates: pd.Series) -> list[Finding]:
    """Fuel x sub-sector pairs marked N in the plausibility table."""
    f = ctx.frame
    subsector = ctx.row_map("subsector_no").fillna("")
    plausible = {f"{fuel}\x1f{sub}": ok for (fuel, sub), ok in ctx.data.plausible.items()}
    verdict = (f["activity"] + "\x1f" + subsector).map(plausible)
    mask = candidates & verdict.eq(False)
    return ctx.per_record("classification.fuel_implausible", mask, "activity",
                          lambda r: {**ctx.names(r.activity), **ctx.row_names(r.gpc_ref, "sub")})


def _unit_unfit(ctx: CheckContext, candidates: pd.Series) -> list[Finding]:
    """Units that are unknown or of the wrong dimension for the activity (checked per distinct pair)."""
    f = ctx.frame
    if not candidates.any():
        return []
    catalogue = unit_catalogue()
    pairs = f.loc[candidates, ["activity", "unit"]].drop_duplicates()
    bad: dict[tuple[str, str], str] = {}
    bare: set[tuple[str, str]] = set()  # a gas volume stored without its conditions by an earlier version: read as Nm3
    for activity, unit in pairs.itertuples(index=False):
        allowed = fitting_units(activity, ctx.ref)
        canonical = catalogue.canonical(unit)
        if canonical is not None and catalogue.conditions(canonical) == "bare" and is_gas_volume(activity, ctx.ref):
            bare.add((activity, unit))
        elif canonical not in allowed:
            bad[(activity, unit)] = ", ".join(allowed)
    if not bad and not bare:
        return []
    keys = pd.Series(list(zip(f["activity"], f["unit"])), index=f.index)
    found = ctx.per_record("classification.gas_volume_bare", candidates & keys.isin(list(bare)), "unit",
                           lambda r: {**ctx.names(r.activity), "unit": r.unit or "-"})
    return found + ctx.per_record("classification.unit_unfit", candidates & keys.isin(list(bad)), "unit",
                                  lambda r: {**ctx.names(r.activity), "unit": r.unit or "-", "allowed": bad[(r.activity, r.unit)]})


def _no_ipcc(ctx: CheckContext) -> list[Finding]:
    """Scope-1 rows holding data whose IPCC category is missing from the crosswalk: one per row."""
    found = []
    for ref_no in sorted(ctx.rows_with_data, key=lambda r: list(ctx.ref.gpc).index(r) if r in ctx.ref.gpc else -1):
        row = ctx.gpc(ref_no)
        if row is None or row.scope != 1:
            continue
        if not row.ipcc_code or row.ipcc_code not in ctx.ref.ipcc_categories:
            found.append(ctx.finding("classification.no_ipcc_category", ref_no, code=row.ipcc_code or "-"))
    return found
