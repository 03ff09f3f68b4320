"""Change between inventory years: each GPC row and the totals of one year beside the previous year
the project holds and beside the base year, and where a change is large enough to need an
explanation (thresholds: rule `trend.change_previous` in resources/checks/rules.csv).

A change needs explaining when it is more than `change` (default 10 %) of the earlier figure, on a
row that is more than `share` (default 1 %) of its year's total (BASIC, or BASIC+ when that is the
reporting level) in either of the two years — so a row that vanished is asked about as much as
one that appeared. A total needs explaining on the change alone. Rows empty in both years are left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from gcomdesk.core.model import Profile
from gcomdesk.core.totals import InventoryResults

TOTAL_ROWS = ("basic", "basic_plus")  # the totals compared, listed after the GPC rows
COLUMNS = ("this_t", "other_t", "change_t", "change_pct", "share", "needs")


@dataclass(frozen=True)
class YearFigures:
    """What the comparison needs of one year: CO2e by GPC row, the totals and the reporting level."""

    year: int
    rows: dict[str, float]
    totals: dict[str, float]
    level: str = "basic"

    @classmethod
    def of(cls, results: InventoryResults, profile: Profile) -> YearFigures:
        """One year's figures from its results."""
        co2e = results.by_gpc["co2e_t"]
        return cls(int(profile.year), {str(k): float(v) for k, v in co2e.items() if v}, dict(results.totals),
                   profile.reporting_level or "basic")

    @property
    def level_total(self) -> float:
        """The year's total at its reporting level (what a row's share is a share of)."""
        return float(self.totals.get(self.level, self.totals.get("basic", 0.0)))


@dataclass(frozen=True)
class Thresholds:
    """When a change needs an explanation."""

    change: float = 0.10
    share: float = 0.01


def compare(this: YearFigures, other: YearFigures, thresholds: Thresholds, order: list[str]) -> pd.DataFrame:
    """This year beside another, per GPC row (in `order`) then per total: tonnes, change, relative
    change (inf when the other year had none), the larger share of its year's total, and whether
    the change needs an explanation."""
    refs = [r for r in order if this.rows.get(r) or other.rows.get(r)]
    rows = []
    for ref in [*refs, *TOTAL_ROWS]:
        total = ref in TOTAL_ROWS
        now = this.totals.get(ref, 0.0) if total else this.rows.get(ref, 0.0)
        before = other.totals.get(ref, 0.0) if total else other.rows.get(ref, 0.0)
        change = now - before
        pct = change / abs(before) if before else (math.inf if change else 0.0)
        share = 1.0 if total else max(_share(now, this.level_total), _share(before, other.level_total))
        needs = abs(pct) > thresholds.change and share > thresholds.share
        rows.append((ref, now, before, change, pct, share, needs))
    frame = pd.DataFrame.from_records(rows, columns=("ref", *COLUMNS)).set_index("ref")
    return frame


def _share(value: float, total: float) -> float:
    return abs(value) / abs(total) if total else (1.0 if value else 0.0)


@dataclass(frozen=True)
class YearChanges:
    """One year against the previous year the project holds and against the base year."""

    year: int
    previous_year: int | None
    base_year: int | None
    previous: pd.DataFrame | None  # compare(...) or None when there is no earlier year
    base: pd.DataFrame | None  # None when the base year is this year or holds no inventory

    def against(self, which: str) -> tuple[int | None, pd.DataFrame | None]:
        """('previous' | 'base') -> (that year, the comparison table)."""
        return (self.previous_year, self.previous) if which == "previous" else (self.base_year, self.base)


def year_changes(figures: dict[int, YearFigures], year: int, base_year: int | None, thresholds: Thresholds,
                 order: list[str]) -> YearChanges:
    """The changes of `year` (whose figures are in `figures`, with every other year's)."""
    this = figures[year]
    earlier = [y for y in figures if y < year]
    previous_year = max(earlier) if earlier else None
    previous = compare(this, figures[previous_year], thresholds, order) if previous_year is not None else None
    has_base = base_year is not None and base_year != year and base_year in figures
    base = compare(this, figures[base_year], thresholds, order) if has_base else None
    return YearChanges(year, previous_year, base_year, previous, base)
