"""The project's years as the sheets report them: every year's figures, the exported year's
changes since the previous year and since the base year (core.trend), and the officer's
explanations of them (acknowledgements of trend.change_previous / trend.change_base, with their
reason). The Years, CRF and CDP sheets all read this one view."""

from __future__ import annotations

import math
from dataclasses import dataclass

from gcomdesk.core.analysis import Analysis
from gcomdesk.core.checks import load_check_data
from gcomdesk.core.checks.trend import RULES
from gcomdesk.core.messages import Message
from gcomdesk.core.trend import TOTAL_ROWS, YearFigures

WHICH = ("previous", "base")


@dataclass(frozen=True)
class Explanation:
    """An officer's explanation of a change, with its reason's name in the export language."""

    text: str
    reason: str

    def render(self) -> str:
        """'text (reason)', or the text alone when no reason was chosen."""
        return f"{self.text} ({self.reason})" if self.reason else self.text


@dataclass(frozen=True)
class Change:
    """One row's (or total's) change of the exported year against another year."""

    other_year: int
    this_t: float
    other_t: float
    change_t: float
    change_pct: float  # inf when the other year had none
    needs: bool
    explanation: Explanation | None

    def pct_value(self, lang: str) -> float | str:
        """The relative change as a number, or 'new' / '신규' when the other year had none."""
        return self.change_pct if math.isfinite(self.change_pct) else Message("export.years.new").render(lang)


class YearsView:
    """The exported year among the project's years."""

    def __init__(self, analysis: Analysis, year: int, base_year: int | None, acknowledgements: list[dict],
                 lang: str) -> None:
        self.year = int(year)
        self.figures: dict[int, YearFigures] = dict(sorted(analysis.figures.items()))
        self.years = list(self.figures)
        self.base_year = base_year
        self.changes = analysis.changes
        self.lang = lang
        reasons = load_check_data()
        self._explained: dict[tuple[str, str], Explanation] = {}
        for ack in acknowledgements:
            rule = str(ack.get("rule") or "")
            if rule in RULES.values() and int(ack.get("year") or self.year) == self.year:
                where = str(ack.get("gpc_ref") or ack.get("field") or "")
                reason = str(ack.get("reason") or "")
                self._explained[(rule, where)] = Explanation(str(ack.get("explanation") or ""),
                                                             reasons.reason_name(reason, lang) if reason else "")

    @property
    def several(self) -> bool:
        """True when the project holds two years or more."""
        return len(self.years) > 1

    @property
    def base_figures(self) -> YearFigures | None:
        """The base year's figures, when the project holds that year."""
        return self.figures.get(self.base_year) if self.base_year is not None else None

    def other_year(self, which: str) -> int | None:
        """The year compared with: the previous year the project holds, or the base year (None when
        there is no such comparison)."""
        if self.changes is None:
            return None
        year, table = self.changes.against(which)
        return year if table is not None else None

    def change(self, which: str, ref: str) -> Change | None:
        """A GPC row's or a total's ('basic', 'basic_plus') change against `which` year, or None when
        there is no such comparison or the row is empty in both years."""
        if self.changes is None:
            return None
        year, table = self.changes.against(which)
        if table is None or ref not in table.index:
            return None
        row = table.loc[ref]
        return Change(int(year), float(row.this_t), float(row.other_t), float(row.change_t), float(row.change_pct),
                      bool(row.needs), self._explained.get((RULES[which], ref)))

    def explanations(self, which: str) -> list[tuple[str, Explanation]]:
        """Every explanation given for a change against `which` year: (row or total, explanation)."""
        rule = RULES[which]
        return [(where, e) for (r, where), e in self._explained.items() if r == rule]

    def summary(self, which: str, total_key: str) -> tuple[Change | None, str]:
        """A total's change and the text explaining it (for the CRF and CDP): the explanation of the
        total, else those of its rows, then the rows whose explanation is still asked for; or that
        none is needed."""
        change = self.change(which, total_key)
        if change is None:
            return None, self.no_change_text(which)
        _year, table = self.changes.against(which)
        parts = [change.explanation.render()] if change.explanation is not None else [
            f"{where}: {e.render()}" for where, e in self.explanations(which) if where not in TOTAL_ROWS]
        open_rows = [ref for ref in table.index[table["needs"]] if ref not in TOTAL_ROWS
                     and (RULES[which], ref) not in self._explained]
        if change.needs and not parts:
            parts.append(self.t("export.years.explanation_missing"))
        if open_rows:
            parts.append(self.t("export.years.rows_unexplained", refs=", ".join(open_rows)))
        return change, "; ".join(parts) or self.t("export.years.within_threshold")

    def no_change_text(self, which: str) -> str:
        """Why there is no change against `which` year: no base year set, this is the base year, the
        base year holds no inventory; one year only, or no year before this one."""
        if which == "base" and (self.base_year is None or self.base_year == self.year or self.base_figures is None):
            if self.base_year is None:
                return self.t("export.years.no_base_year")
            if self.base_year == self.year:
                return self.t("export.years.is_base_year", year=self.year)
            return self.t("export.years.base_missing", base=self.base_year)
        if not self.several:
            return self.t("export.years.one_year", year=self.year)
        return self.t("export.years.first_year", year=self.year)

    def t(self, key: str, /, **params) -> str:
        """A catalogue message in the export language."""
        return Message(key, params).render(self.lang)
