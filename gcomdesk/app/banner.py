"""The inline banner of a page or card: what is wrong or still missing there, each with a link
that takes the officer to the place to fix it. Hidden when there is nothing to say."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from gcomdesk.app import i18n
from gcomdesk.core.steps import Problem

MAX_SHOWN = 6
_RANK = {"error": 0, "warning": 1, "missing": 2, "info": 3}


def problem_text(problem: Problem) -> str:
    """One problem as a line of text in the current language."""
    text = i18n.render(problem.message)
    if problem.gpc_ref and not text.startswith(problem.gpc_ref):
        text = f"{problem.gpc_ref}: {text}"
    if problem.count > 1:
        text += " " + QCoreApplication.translate("Banner", "(records: {count})").format(count=problem.count)
    if problem.hint is not None:
        text += " " + i18n.render(problem.hint)
    return text


class ProblemBanner(QFrame):
    """Lists problems (errors, warnings, then what is missing); a click on one asks to go there."""

    problem_activated = Signal(str, int, str)  # gpc_ref, record id, field

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._label.linkActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self._label)
        self._problems: list[Problem] = []
        self.setVisible(False)

    @property
    def problems(self) -> list[Problem]:
        """The problems shown (most severe first)."""
        return list(self._problems)

    def text(self) -> str:
        """The banner's text without markup (for tests and screen readers)."""
        return "\n".join(problem_text(p) for p in self._problems[:MAX_SHOWN])

    def set_problems(self, problems: list[Problem]) -> None:
        """Show these problems (hide the banner when there are none)."""
        shown = [p for p in problems if p.severity != "info"]
        self._problems = sorted(shown, key=lambda p: _RANK.get(p.severity, 9))
        if not self._problems:
            self.setVisible(False)
            return
        severity = self._problems[0].severity
        if self.property("severity") != severity:
            self.setProperty("severity", severity)
            self.style().unpolish(self)
            self.style().polish(self)
        lines = []
        for number, problem in enumerate(self._problems[:MAX_SHOWN]):
            mark = {"error": "⛔", "warning": "⚠", "missing": "○"}.get(problem.severity, "•")
            lines.append(f'{mark} <a href="{number}">{html.escape(problem_text(problem))}</a>')
        rest = len(self._problems) - MAX_SHOWN
        if rest > 0:
            lines.append(html.escape(QCoreApplication.translate("Banner", "… and {count} more").format(count=rest)))
        self._label.setText("<br>".join(lines))
        self.setAccessibleName(QCoreApplication.translate("Banner", "Problems"))
        self.setAccessibleDescription(self.text())
        self.setVisible(True)

    def _activated(self, link: str) -> None:
        problem = self._problems[int(link)]
        self.problem_activated.emit(problem.gpc_ref, problem.record_id, problem.field)
