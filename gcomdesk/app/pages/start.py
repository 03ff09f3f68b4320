"""The start page (ui/start_page.ui): new inventory, open a file, recent files, the sample city
and the workshop copy. It only asks; the window's file handling does the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from gcomdesk.app import settings
from gcomdesk.app.forms import load_form


class StartPage(QWidget):
    """What the window shows when no inventory is open."""

    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    workshop_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        load_form("start_page.ui", self)
        self.newButton.clicked.connect(self.new_requested)
        self.openButton.clicked.connect(self.open_requested)
        self.sampleButton.clicked.connect(self.sample_requested)
        self.workshopButton.clicked.connect(self.workshop_requested)
        self.recentList.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh()

    def refresh(self) -> None:
        """Re-read the recent files (files that no longer exist are left out)."""
        self.recentList.clear()
        for path in settings.recent_files():
            if not Path(path).is_file():
                continue
            item = QListWidgetItem(f"{Path(path).stem}\n{path}", self.recentList)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
        has_recent = self.recentList.count() > 0
        self.recentList.setVisible(has_recent)
        self.noRecentLabel.setVisible(not has_recent)
        if has_recent:
            self.recentList.setCurrentRow(0)

    def retranslate(self) -> None:
        """The form's texts retranslate themselves; nothing else carries text."""
