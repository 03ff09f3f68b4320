"""The one analysis pipeline: calculate (summarize) → check (run_checks) → assess the steps.

The window's Session, every CLI command and the export all call `analyse`, so they cannot
disagree about totals or findings. Pure and Qt-free: safe to run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from gcomdesk.core.checks import Finding, run_checks
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.steps import InventoryProgress, assess
from gcomdesk.core.totals import InventoryResults, summarize


@dataclass(frozen=True)
class Analysis:
    """Results, the checks' findings and the steps' progress of one inventory, computed together."""

    results: InventoryResults
    findings: list[Finding]
    progress: InventoryProgress


def analyse(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary,
            acknowledgements: Iterable[dict] = (), level: str | None = None) -> Analysis:
    """Calculate, check and assess an inventory. `level` is 'basic' or 'basic_plus' (default:
    the profile's reporting level); `acknowledgements` are the project's explained warnings."""
    results = summarize(records, profile, ref)
    findings = run_checks(records, profile, ref, results=results, level=level,
                          acknowledgements=list(acknowledgements))
    return Analysis(results, findings, assess(results, profile, ref, findings))
