"""profile.*: what GCoM and CDP need to know about the inventory itself: population, year, region
and who prepared it."""

from __future__ import annotations

from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding


def check(ctx: CheckContext) -> list[Finding]:
    """Run every profile rule."""
    p = ctx.profile
    found = []
    if not p.population or int(p.population) <= 0:
        found.append(ctx.finding("profile.population_missing", "", field="population"))
    if not p.year:
        found.append(ctx.finding("profile.year_missing", "", field="year"))
    if (p.region_code or "") not in ctx.ref.regions:
        found.append(ctx.finding("profile.region_missing", "", field="region_code", region=p.region_code or "-"))
    if not (p.preparer_name or "").strip():
        found.append(ctx.finding("profile.preparer_missing", "", field="preparer_name"))
    return found
