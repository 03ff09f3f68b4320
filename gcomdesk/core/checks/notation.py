"""notation.*: notation keys are GPC's NO/IE/NE/C; each has an explanation; IE names another row
that holds data; C says why; a key and data on the same row contradict; one key per row."""

from __future__ import annotations

import numpy as np

from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding


def check(ctx: CheckContext) -> list[Finding]:
    """Run every notation rule."""
    f, ref = ctx.frame, ctx.ref
    note = ctx.is_notation
    keys = set(ctx.rule("notation.unknown_key").items("keys"))
    key = f["notation_key"]
    known_key = key.isin(list(keys))
    found = ctx.per_record("notation.unknown_key", note & ~known_key, "notation_key",
                           lambda r: {"key": r.notation_key or "-", "keys": ", ".join(sorted(keys))})
    no_text = note & (f["explanation"] == "")
    found += ctx.per_record("notation.no_explanation", no_text, "explanation", lambda r: {"key": r.notation_key or "-"})

    ie = note & (key == "IE")
    target = f["included_in"]
    valid_target = target.isin(list(ref.gpc)) & (target != f["gpc_ref"])
    found += ctx.per_record("notation.ie_target_missing", ie & ~valid_target, "included_in",
                            lambda r: {"target": r.included_in or "-"})
    found += ctx.per_record("notation.ie_target_empty", ie & valid_target & ~target.isin(list(ctx.rows_with_data)),
                            "included_in", lambda r: {"target": r.included_in})

    min_length = int(ctx.rule("notation.c_reason").number("min_length"))
    short = f["explanation"].str.len() < min_length
    found += ctx.per_record("notation.c_reason", note & (key == "C") & ~no_text & short, "explanation",
                            lambda r: {"min_length": min_length})

    found += ctx.per_record("notation.key_with_data", note & f["gpc_ref"].isin(list(ctx.rows_with_data)),
                            "notation_key", lambda r: {"key": r.notation_key or "-"})
    found += _conflicting(ctx, note & known_key)
    return found


def _conflicting(ctx: CheckContext, mask) -> list[Finding]:
    """Rows with two different keys: a finding on every key record after the row's first key."""
    f = ctx.frame
    if not np.asarray(mask).any():
        return []
    keyed = f.loc[mask, ["gpc_ref", "notation_key"]]
    first = keyed.groupby("gpc_ref")["notation_key"].transform("first")
    differs = (keyed["notation_key"] != first).reindex(f.index, fill_value=False)
    first_by_row = keyed.groupby("gpc_ref")["notation_key"].first().to_dict()
    return ctx.per_record("notation.conflicting_keys", differs, "notation_key",
                          lambda r: {"key": r.notation_key, "first": first_by_row[r.gpc_ref]})
