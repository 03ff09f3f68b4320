"""run_checks: every rule family over one inventory, vectorised over the records with pandas, then
the officer's acknowledgements applied (warnings only: an error must be fixed, not explained)."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import replace

import pandas as pd

from gcomdesk.core.checks import basis, classification, completeness, duplicate, estimates, notation, value
from gcomdesk.core.checks import national as national_rules
from gcomdesk.core.checks import profile as profile_rules
from gcomdesk.core.checks.catalogue import CheckData, load_check_data
from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding, sort_findings
from gcomdesk.core.model import REPORTING_LEVELS, Profile
from gcomdesk.core.national import NationalData, load_national
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.totals import InventoryResults, summarize

FAMILIES = (profile_rules, basis, classification, completeness, notation, value, duplicate, national_rules, estimates)


def run_checks(records_df: pd.DataFrame, profile: Profile, ref: ReferenceLibrary,
               results: InventoryResults | None = None, level: str | None = None,
               acknowledgements: Iterable[dict] | None = None, data: CheckData | None = None,
               national_data: NationalData | None = None) -> list[Finding]:
    """Check one inventory and return its findings, errors first, in GPC order.

    `results` are the calculated results of the same records (computed here if not given); `level`
    is 'basic' or 'basic_plus' (default: the profile's reporting level); `acknowledgements` are the
    project's acknowledged warnings (dicts with rule, gpc_ref, record_id, field, explanation);
    `data` replaces the bundled rule catalogue (e.g. other thresholds via CheckData.with_params)."""
    level = level or profile.reporting_level or "basic"
    if level not in REPORTING_LEVELS:
        raise ValueError(f"level must be one of {REPORTING_LEVELS}, not {level!r}")
    results = results if results is not None else summarize(records_df, profile, ref)
    ctx = CheckContext.build(records_df, profile, ref, results, level, data or load_check_data(),
                             national_data or load_national())
    findings: list[Finding] = []
    collecting = gc.isenabled()
    gc.disable()  # many small frozen objects: cyclic GC passes would dominate on large inventories
    try:
        for family in FAMILIES:
            findings.extend(family.check(ctx))
    finally:
        if collecting:
            gc.enable()
    findings = apply_acknowledgements(findings, acknowledgements or ())
    return sort_findings(findings, {ref_no: i for i, ref_no in enumerate(ref.gpc)})


def apply_acknowledgements(findings: list[Finding], acknowledgements: Iterable[dict]) -> list[Finding]:
    """Mark warnings the officer has explained; errors and info stay as they are."""
    explained = {}
    for ack in acknowledgements:
        key = (str(ack.get("rule", "")), str(ack.get("gpc_ref") or ""), int(ack.get("record_id") or 0),
               str(ack.get("field") or ""))
        explained[key] = str(ack.get("explanation") or "")
    if not explained:
        return findings
    return [replace(f, acknowledged=explained[f.key]) if f.severity == "warning" and f.key in explained else f
            for f in findings]
