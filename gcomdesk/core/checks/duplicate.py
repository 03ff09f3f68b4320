"""duplicate.*: the same figure entered twice in one row.

Two data records are the same entry when they share the GPC row, kind, year, activity, amount,
unit, reported tonnes per gas, data source and facility. The first stays; each later copy is a
finding that names the first record. Different facilities with equal figures are not duplicates."""

from __future__ import annotations

from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding
from gcomdesk.core.model import REPORTED_GAS_COLUMNS

KEY_COLUMNS = ("gpc_ref", "kind", "year", "activity", "amount", "unit", *REPORTED_GAS_COLUMNS, "data_source", "facility")


def check(ctx: CheckContext) -> list[Finding]:
    """Run the duplicate rule."""
    f = ctx.frame
    candidates = ctx.is_data & (f["kind"] != "method")  # method inputs live in `extra`; equal outputs may differ in inputs
    if candidates.sum() < 2:
        return []
    keys = f.loc[candidates, list(KEY_COLUMNS)]  # duplicated() and groupby(dropna=False): missing equals missing
    later = keys.duplicated(keep="first")
    if not later.any():
        return []
    group = keys.groupby(list(KEY_COLUMNS), sort=False, dropna=False).ngroup()
    first_id = f.loc[candidates, "id"].groupby(group).transform("first")
    mask = later.reindex(f.index, fill_value=False)
    first_of = first_id.reindex(f.index)
    return ctx.per_record("duplicate.same_entry", mask, lambda r: "amount" if r.kind == "activity" else "co2_t",
                          lambda r: {"first": int(first_of.loc[r.Index])})
