"""How much of an inventory is estimated: the CO2e of the estimate records by the GPC row they
land on, and their share of BASIC. The checks, the summary and the export all ask here."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gcomdesk.core.estimates.marker import KEY, is_estimate
from gcomdesk.core.totals import DATA_KINDS, InventoryResults, total_mask


@dataclass(frozen=True)
class EstimatedPart:
    """The estimated part of an inventory year."""

    by_row: dict[str, float]  # GPC row -> t CO2e of its estimated figures (proposed notation keys are not counted)
    basic_t: float  # the estimates' CO2e inside BASIC
    basic_total_t: float  # BASIC's total

    @property
    def basic_share(self) -> float:
        """The estimates' share of BASIC (0 when BASIC is empty)."""
        return self.basic_t / self.basic_total_t if self.basic_total_t > 0 else 0.0

    @property
    def rows(self) -> list[str]:
        """The rows holding estimates, in GPC order as given."""
        return list(self.by_row)


def estimate_flags(records: pd.DataFrame) -> pd.Series:
    """Which rows of a records table are estimates (False where there is no `extra`)."""
    flags = pd.Series(False, index=records.index, dtype=bool)
    if not len(records) or "extra" not in records:
        return flags
    extra = records["extra"]
    candidates = extra.astype(str).str.contains(KEY, regex=False).to_numpy(dtype=bool)  # parse only these (100,000 records)
    if candidates.any():
        flags[candidates] = extra[candidates].map(is_estimate).astype(bool).to_numpy()
    return flags


def estimated_part(results: InventoryResults) -> EstimatedPart:
    """The estimated part of `results` (per row, and of BASIC)."""
    frame = results.records
    flags = estimate_flags(frame) & frame["kind"].isin(DATA_KINDS).to_numpy()  # figures: a proposed key is a key
    basic_rows = set(results.by_gpc.index[total_mask(results.by_gpc, "basic").astype(bool)])
    by_row: dict[str, float] = {}
    if flags.any():
        chosen = frame[flags]
        where = chosen["report_ref"] if "report_ref" in chosen else chosen["gpc_ref"]
        co2e = chosen["co2e_t"].fillna(0.0) if "co2e_t" in chosen else pd.Series(0.0, index=chosen.index)
        sums = co2e.groupby(where.astype(str), sort=False).sum()
        order = [r for r in results.by_gpc.index if r in sums.index]
        by_row = {r: float(sums[r]) for r in order}
    basic_t = sum(v for r, v in by_row.items() if r in basic_rows)
    return EstimatedPart(by_row, basic_t, float(results.totals.get("basic", 0.0)))
