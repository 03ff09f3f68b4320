"""A finding: what one check found, where (GPC row, record, field, source file and row), how bad it
is, and its message and fix hint in the reader's language. Plus the step a finding belongs to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field

from gcomdesk.core.messages import Message

SEVERITIES = ("error", "warning", "info")  # error: cannot be submitted as is; warning: look or explain
FAMILIES = ("classification", "completeness", "notation", "value", "duplicate", "national", "basis", "profile", "trend", "estimate")
# Step ids of the window's step navigator, and the GPC sector each sector step edits.
STEPS = ("profile", "stationary", "transport", "waste", "ippu", "afolu", "review", "results", "export")
_SECTOR_STEPS = {"I": "stationary", "II": "transport", "III": "waste", "IV": "ippu", "V": "afolu"}


def step_of(gpc_ref: str) -> str:
    """The window step where a finding is fixed: I->stationary, II->transport, III->waste, IV->ippu,
    V->afolu, no GPC row (profile and basis findings) -> profile, anything else (VI) -> review."""
    ref = (gpc_ref or "").strip()
    if not ref:
        return "profile"
    return _SECTOR_STEPS.get(ref.split(".")[0], "review")


@dataclass(frozen=True)
class Finding:
    """One result of a check. `record_id` is 0 and `field` '' when the finding is about a whole row
    or the profile; `acknowledged` holds the officer's explanation of an acknowledged warning."""

    rule: str
    severity: str
    gpc_ref: str = ""
    record_id: int = 0
    field: str = ""
    message: Message = dc_field(default_factory=lambda: Message(""))
    hint: Message = dc_field(default_factory=lambda: Message(""))
    source_file: str = ""
    source_row: int = 0
    acknowledged: str | None = None

    @property
    def key(self) -> tuple[str, str, int, str]:
        """What identifies a finding across re-checks (and its acknowledgement): rule, row, record, field."""
        return (self.rule, self.gpc_ref, int(self.record_id), self.field)

    @property
    def step(self) -> str:
        """The window step where this finding is fixed (see `step_of`); a change of a whole total
        between years is explained on the review page."""
        if self.family == "trend" and not self.gpc_ref:
            return "review"
        return step_of(self.gpc_ref)

    @property
    def family(self) -> str:
        """The rule family: the part of the rule id before the first dot."""
        return self.rule.split(".", 1)[0]

    def where(self, lang: str) -> str:
        """The location in words: GPC row, record, imported file and row, field."""
        parts = []
        if self.gpc_ref:
            parts.append(self.gpc_ref)
        if self.record_id:
            parts.append(Message("check.where.record", {"id": self.record_id}).render(lang))
        if self.source_file:
            parts.append(Message("check.where.source", {"file": self.source_file, "row": self.source_row}).render(lang))
        if self.field:
            parts.append(Message("check.where.field", {"field": self.field}).render(lang))
        return ", ".join(parts) or Message("check.where.profile").render(lang)

    def render(self, lang: str) -> str:
        """The message followed by the fix hint, in `lang` ('ko' or 'en')."""
        text = self.message.render(lang)
        hint = self.hint.render(lang) if self.hint.key else ""
        return f"{text} {hint}".strip()

    def to_dict(self, lang: str) -> dict:
        """A plain dict for JSON: rule, severity, gpc_ref, record, field, message (+ hint, source, acknowledged)."""
        return {
            "rule": self.rule, "severity": self.severity, "gpc_ref": self.gpc_ref, "record": int(self.record_id),
            "field": self.field, "message": self.message.render(lang),
            "hint": self.hint.render(lang) if self.hint.key else "",
            "source_file": self.source_file, "source_row": int(self.source_row), "acknowledged": self.acknowledged,
        }


def count_by_severity(findings: Iterable[Finding], include_acknowledged: bool = False) -> dict[str, int]:
    """Count findings per severity: {'error': n, 'warning': n, 'info': n}. Acknowledged warnings are
    left out unless `include_acknowledged` (they have been looked at and explained)."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        if finding.acknowledged is not None and not include_acknowledged:
            continue
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def sort_findings(findings: Iterable[Finding], gpc_order: dict[str, int]) -> list[Finding]:
    """Errors first, then warnings, then info; within a severity in GPC order, then by record."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: (rank.get(f.severity, 9), gpc_order.get(f.gpc_ref, -1 if not f.gpc_ref else 999),
                                           int(f.record_id), f.rule, f.field))
