"""The one analysis pipeline: calculate (summarize) → check (run_checks, and the changes between
years when the project holds several) → assess the steps.

The window's Session, every CLI command and the export all call `analyse`, so they cannot
disagree about totals or findings. Pure and Qt-free: safe to run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from gcomdesk.core.checks import Finding, apply_acknowledgements, load_check_data, run_checks
from gcomdesk.core.checks import trend as trend_rules
from gcomdesk.core.checks.finding import sort_findings
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.steps import InventoryProgress, assess
from gcomdesk.core.totals import InventoryResults, summarize
from gcomdesk.core.trend import YearChanges, YearFigures, year_changes


@dataclass(frozen=True)
class Analysis:
    """Results, the checks' findings and the steps' progress of one inventory year, computed
    together; with several years, every year's figures and this year's changes."""

    results: InventoryResults
    findings: list[Finding]
    progress: InventoryProgress
    figures: dict[int, YearFigures] = field(default_factory=dict)  # every year's (this one's too)
    changes: YearChanges | None = None  # None when the project holds one year


def analyse(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary,
            acknowledgements: Iterable[dict] = (), level: str | None = None,
            other_years: Mapping[int, YearFigures] | None = None) -> Analysis:
    """Calculate, check and assess one inventory year. `level` is 'basic' or 'basic_plus' (default:
    the profile's reporting level); `acknowledgements` are the year's explained warnings;
    `other_years` the figures of the project's other years (for the changes between years)."""
    acknowledgements = list(acknowledgements)
    results = summarize(records, profile, ref)
    findings = run_checks(records, profile, ref, results=results, level=level, acknowledgements=acknowledgements)
    figures = {**(other_years or {}), int(profile.year): YearFigures.of(results, profile)}
    changes = None
    if len(figures) > 1:
        data = load_check_data()
        base = int(profile.base_year) if profile.base_year else None
        changes = year_changes(figures, int(profile.year), base, trend_rules.thresholds(data), list(ref.gpc))
        extra = apply_acknowledgements(trend_rules.findings(changes, data, sorted(figures)), acknowledgements)
        findings = sort_findings(findings + extra, {ref_no: i for i, ref_no in enumerate(ref.gpc)})
    return Analysis(results, findings, assess(results, profile, ref, findings), figures, changes)
