"""Top-down estimates of an open inventory's year: which rows hold measured data, which hold
estimates, the proposals (core/estimates/propose.py) and the ONE ChangeSet that writes them (an
earlier estimate of a re-estimated row is replaced in the same step: one undo brings it back)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from gcomdesk.core.estimates.propose import Proposal, missing_rows, propose
from gcomdesk.core.estimates.totals import estimate_flags
from gcomdesk.store.changes import ChangeSet

LABEL = "estimate"


def measured_rows(records: pd.DataFrame) -> set[str]:
    """GPC rows holding a record that is not an estimate (data, a method or a notation key)."""
    if not len(records):
        return set()
    return set(records.loc[~estimate_flags(records), "gpc_ref"].dropna().astype(str))


def estimated_ids(records: pd.DataFrame, rows: list[str]) -> list[int]:
    """Ids of the estimate records of `rows`."""
    if not len(records):
        return []
    mask = estimate_flags(records) & records["gpc_ref"].isin(rows)
    return [int(i) for i in records.index[mask]]


def proposals(inventory, rows: list[str] | None, given: Mapping[str, float] | None, lang: str) -> list[Proposal]:
    """Proposals for `rows` of the inventory's active year (None: every required row without
    measured data or a key, estimates included: they are proposed afresh)."""
    measured = measured_rows(inventory.records)
    profile, ref = inventory.profile, inventory.ref
    rows = missing_rows(profile, ref, measured) if rows is None else list(dict.fromkeys(rows))
    return propose(profile, ref, rows, measured, given, lang)


def changes_for(inventory, chosen: list[Proposal]) -> ChangeSet:
    """The ChangeSet adding the chosen proposals (those with a record), replacing earlier estimates of their rows."""
    records = [p.record for p in chosen if p.record is not None]
    rows = [r.gpc_ref for r in records]
    return ChangeSet(add=records, delete=estimated_ids(inventory.records, rows), label=LABEL, year=inventory.year)
