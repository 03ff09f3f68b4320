"""estimate.*: top-down estimates (core/estimates) in an inventory. Each estimated row is listed
(info), so a reviewer sees them; estimates above a share of BASIC (default 30 %, the rule's
`share`) are a warning; an estimate beside measured data or a notation key in the same row is an
error (the measured data should have replaced it: store/estimate_writes.py)."""

from __future__ import annotations

from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding
from gcomdesk.core.estimates.totals import estimate_flags, estimated_part


def check(ctx: CheckContext) -> list[Finding]:
    """Run the estimate rules."""
    flags = estimate_flags(ctx.results.records).reindex(ctx.frame.index, fill_value=False).astype(bool)
    if not flags.any():
        return []
    found: list[Finding] = []
    part = estimated_part(ctx.results)
    for gpc_ref in dict.fromkeys(ctx.frame.loc[flags & ctx.is_data, "gpc_ref"]):  # figures; proposed keys are keys
        found.append(ctx.finding("estimate.listed", gpc_ref, co2e_t=part.by_row.get(gpc_ref, 0.0)))
    limit = ctx.rule("estimate.share_high").number("share")
    if part.basic_share > limit:
        found.append(ctx.finding("estimate.share_high", "", share=part.basic_share, limit=limit,
                                 estimated_t=part.basic_t, basic_t=part.basic_total_t))
    measured = set(ctx.frame.loc[~flags, "gpc_ref"])
    mixed = flags & ctx.frame["gpc_ref"].isin(measured)
    return found + ctx.per_record("estimate.mixed", mixed, "gpc_ref")
