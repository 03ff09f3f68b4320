"""A step whose page failed to build: says so plainly (the error is in the log)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from gcomdesk.app.navigator import step_titles
from gcomdesk.app.pages.base import StepPage

if TYPE_CHECKING:
    from gcomdesk.app.session import Session


class PlaceholderPage(StepPage):
    """'This page could not be shown' for one step."""

    def __init__(self, session: Session, step_id: str, parent=None) -> None:
        super().__init__(parent)
        self.step_id = step_id
        self.setObjectName(f"page_{step_id}")
        self.titleLabel = QLabel(self)
        self.titleLabel.setProperty("role", "title")
        self.textLabel = QLabel(self)
        self.textLabel.setWordWrap(True)
        self.textLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.textLabel, 1)
        self.retranslate()

    def refresh(self) -> None:
        """Nothing to refresh."""

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.titleLabel.setText(step_titles()[self.step_id])
        self.textLabel.setText(QCoreApplication.translate("PlaceholderPage", "This page could not be shown because of an internal error. The details are in the log file (Help › About shows its folder); the other steps still work."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
