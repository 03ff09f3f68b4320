"""Korea's national targets, drawn on the trend chart as reference paths from the city's own base
year (resources/export/national_targets_kr.csv: each target with its legal source). They are the
nation's targets applied for comparison, not the city's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from gcomdesk.core.csvfiles import read_csv_rows
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.paths import resource_path

TARGETS_FILE = "national_targets_kr.csv"
COLUMNS = ("target_id", "target_year", "reduction_pct", "national_base_year", "label_en", "label_ko", "source")


@dataclass(frozen=True)
class NationalTarget:
    """A national reduction target: `reduction_pct` below the national base year by `target_year`."""

    target_id: str
    target_year: int
    reduction_pct: float
    national_base_year: int
    label_en: str
    label_ko: str
    source: str

    def label(self, lang: str) -> str:
        """The target's name in `lang`."""
        return self.label_ko if lang == "ko" else self.label_en

    def path(self, base_year: int, base_total: float) -> tuple[list[int], list[float]] | None:
        """The straight reference path from (base year, its total) to the target year, or None when
        the base year is not before the target year."""
        if base_year >= self.target_year:
            return None
        return [base_year, self.target_year], [base_total, base_total * (1 - self.reduction_pct / 100)]


@lru_cache(maxsize=1)
def national_targets() -> tuple[NationalTarget, ...]:
    """The targets of resources/export/national_targets_kr.csv, checked."""
    targets = []
    for i, r in enumerate(read_csv_rows(resource_path("export", TARGETS_FILE), COLUMNS), start=2):
        try:
            target = NationalTarget(r["target_id"].strip(), int(r["target_year"]), float(r["reduction_pct"]),
                                    int(r["national_base_year"]), r["label_en"].strip(), r["label_ko"].strip(),
                                    r["source"].strip())
        except ValueError:
            raise ReferenceDataError("reference.value", file=TARGETS_FILE, row=i, column="target_year",
                                     value=r["target_year"]) from None
        if not 0 < target.reduction_pct <= 100 or not target.source or not target.label_en or not target.label_ko:
            raise ReferenceDataError("reference.value", file=TARGETS_FILE, row=i, column="reduction_pct",
                                     value=r["reduction_pct"])
        targets.append(target)
    return tuple(targets)
