"""A step whose page has not landed yet (or failed to load): says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gcomdesk.app.navigator import step_titles


class PlaceholderPage(QWidget):
    """'Not available yet' for one step."""

    def __init__(self, session, step_id: str, parent=None) -> None:
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
        self.textLabel.setText(QCoreApplication.translate("PlaceholderPage", "This step is not available yet in this version of gcomdesk."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
