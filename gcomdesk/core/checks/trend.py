"""trend.*: changes between inventory years that need an explanation (core.trend computes them).

Unlike the other families these read more than one year, so `core.analysis.analyse` calls
`findings` with the year's comparison (when the project holds other years) instead of run_checks.
A change is explained by acknowledging its warning with a reason (resources/checks/change_reasons.csv)."""

from __future__ import annotations

import math

from gcomdesk.core.checks.catalogue import CheckData
from gcomdesk.core.checks.finding import Finding
from gcomdesk.core.messages import Message
from gcomdesk.core.trend import TOTAL_ROWS, Thresholds, YearChanges

RULES = {"previous": "trend.change_previous", "base": "trend.change_base"}  # the warning per comparison


def thresholds(data: CheckData) -> Thresholds:
    """The change and share thresholds of the catalogue (rule trend.change_previous)."""
    rule = data.rule("trend.change_previous")
    return Thresholds(change=rule.number("change"), share=rule.number("share"))


def percent(pct: float, lang: str) -> str:
    """A relative change as text: +12.3 % / -4.0 %, or new (no figure the other year)."""
    if math.isinf(pct):
        return "신규" if lang == "ko" else "new"
    return f"{pct * 100:+.1f} %"


def findings(changes: YearChanges | None, data: CheckData, years: list[int]) -> list[Finding]:
    """A warning per row or total whose change needs an explanation, and a note when the base year
    holds no inventory."""
    if changes is None:
        return []
    found: list[Finding] = []
    if changes.base_year is not None and changes.base_year not in years:
        rule = data.rule("trend.base_year_missing")
        params = {"base": changes.base_year, "years": ", ".join(map(str, years))}
        found.append(Finding(rule.id, rule.severity, field="base_year", message=Message(f"check.{rule.id}", params),
                             hint=Message(f"check.{rule.id}.hint", params)))
    for which, rule_id in RULES.items():
        other, table = changes.against(which)
        if table is None:
            continue
        rule = data.rule(rule_id)
        for ref, row in table[table["needs"]].iterrows():
            total = ref in TOTAL_ROWS
            params = {"ref": "" if total else ref, "row": ref.upper().replace("_PLUS", "+") if total else ref,
                      "year": changes.year, "other": other, "before": f"{row.other_t:,.0f}", "after": f"{row.this_t:,.0f}",
                      "pct_en": percent(row.change_pct, "en"), "pct_ko": percent(row.change_pct, "ko")}
            found.append(Finding(rule.id, rule.severity, gpc_ref="" if total else ref, field=ref if total else "",
                                 message=Message(f"check.{rule.id}", params), hint=Message(f"check.{rule.id}.hint", params)))
    return found
