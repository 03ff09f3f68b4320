"""What applying a profile did, for the officer: rows read, records made, where each category went,
what was left out and why (totals, recycling, zero rows...), and how units were read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from gcomdesk.core.errors import CellError
from gcomdesk.core.messages import Message


@dataclass
class ProfileReport:
    """The report of one `apply_profile`; `lines(lang)` renders it."""

    profile: str
    label_ko: str
    label_en: str
    source: str
    header_row: int
    rows_read: int
    records: int = 0
    mapped: Counter = field(default_factory=Counter)  # (categories as written, target, answered) -> values
    skipped: list[CellError] = field(default_factory=list)
    notes: list[CellError] = field(default_factory=list)

    def lines(self, lang: str) -> list[str]:
        """The report as lines of text in `lang`."""
        label = self.label_ko if lang == "ko" else self.label_en
        out = [Message("profile.report.head", {"path": self.source, "profile": self.profile, "label": label,
                                                "rows": self.rows_read, "header": self.header_row,
                                                "records": self.records}).render(lang)]
        for (categories, target, answered), count in self.mapped.items():
            key = "profile.report.answered" if answered else "profile.report.mapped"
            out.append("  " + Message(key, {"category": categories, "target": target, "count": count}).render(lang))
        if self.skipped:
            out.append(Message("profile.report.skipped", {"count": len(self.skipped)}).render(lang))
            out += ["  " + note.render(lang) for note in self.skipped]
        if self.notes:
            out.append(Message("profile.report.notes").render(lang))
            out += ["  " + note.render(lang) for note in self.notes]
        return out
