"""completeness.*: every GPC row of the chosen reporting level (BASIC by default, BASIC+ if chosen)
has data or a notation key. An empty scope-1 row whose sub-sector has scope-2 data gets the more
telling completeness.scope2_without_scope1 instead of the plain completeness.row_empty.
The territorial rows (I.4.4, III.n.3), in neither level but in scope 1 and the direct total, get
completeness.territorial_row_empty until answered (core.totals decides what answers a row)."""

from __future__ import annotations

from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding


def required_rows(ctx: CheckContext) -> list[str]:
    """The GPC rows the reporting level asks for, in GPC order."""
    basic_plus = ctx.level == "basic_plus"
    return [g.ref for g in ctx.ref.gpc.values() if (g.in_basic_plus if basic_plus else g.in_basic)]


def check(ctx: CheckContext) -> list[Finding]:
    """Run every completeness rule."""
    found = []
    answered = ctx.rows_with_data | ctx.rows_with_key
    level_name = "BASIC+" if ctx.level == "basic_plus" else "BASIC"
    for ref_no in required_rows(ctx):
        if ref_no in answered:
            continue
        row = ctx.gpc(ref_no)
        scope2 = ctx.sibling(ref_no, 2) if row.scope == 1 else ""
        if scope2 and scope2 in ctx.rows_with_data:
            found.append(ctx.finding("completeness.scope2_without_scope1", ref_no, level=level_name, scope2=scope2,
                                     **ctx.row_names(ref_no)))
        else:
            found.append(ctx.finding("completeness.row_empty", ref_no, level=level_name, **ctx.row_names(ref_no)))
    found += [ctx.finding("completeness.territorial_row_empty", ref_no, **ctx.row_names(ref_no))
              for ref_no in ctx.results.territorial_open]
    return found
