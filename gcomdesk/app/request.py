"""File > Data request workbook…: the dialog that asks which sector, in which language and where,
and the action that writes the workbook (exchange/request_workbook.py) on a worker thread.

What the workbook needs from the inventory is read on the GUI thread (a few values: the profile,
the year, the rows holding records), so the worker touches no SQLite connection. Nothing from the
calculation side or openpyxl is imported at module level (fast start)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.app.navigator import step_titles
from gcomdesk.app.workers import failure_text
from gcomdesk.core.step_ids import REQUEST_SECTORS

if TYPE_CHECKING:
    from gcomdesk.app.main_window import MainWindow


class RequestDialog(QDialog):
    """Sector, language (the window's by default) and the file to write; all reachable by keyboard."""

    def __init__(self, folder: Path, stem: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setWindowTitle(self.tr("Data request workbook"))
        self._folder, self._stem, self._year = folder, stem, year
        titles = step_titles()
        self.sectorCombo = QComboBox(self)
        for sector in REQUEST_SECTORS:
            self.sectorCombo.addItem(self.tr("All sectors") if sector == "all" else titles[sector], sector)
        self.languageCombo = QComboBox(self)
        self.languageCombo.addItem("한국어", "ko")
        self.languageCombo.addItem("English", "en")
        self.languageCombo.setCurrentIndex(0 if i18n.language() == "ko" else 1)
        self.pathEdit = QLineEdit(self)
        self.browseButton = QPushButton(self.tr("&Browse…"), self)
        self.browseButton.clicked.connect(self._browse)
        self._auto_path = ""
        self.sectorCombo.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()
        note = QLabel(self.tr("The workbook lists the GPC rows of the sector that still have no data in {year}, "
                              "with an instructions sheet for the department. What comes back is imported with "
                              "File > Import activity data, without any mapping.").format(year=year), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for text, widget in ((self.tr("&Sector:"), self.sectorCombo), (self.tr("&Language of the workbook:"), self.languageCombo)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        row = QHBoxLayout()
        row.addWidget(self.pathEdit, 1)
        row.addWidget(self.browseButton)
        path_label = QLabel(self.tr("Save &as:"), self)
        path_label.setBuddy(self.pathEdit)
        form.addRow(path_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.sectorCombo.setFocus()

    def sector(self) -> str:
        """The sector chosen (one of REQUEST_SECTORS)."""
        return self.sectorCombo.currentData()

    def language(self) -> str:
        """The workbook's language ('ko' or 'en')."""
        return self.languageCombo.currentData()

    def path(self) -> Path:
        """The file to write (.xlsx added when missing)."""
        text = self.pathEdit.text().strip()
        return Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")

    def _suggest_path(self, *_args) -> None:
        """A name after the inventory, the sector and the year, unless the officer typed another."""
        if self.pathEdit.text() and self.pathEdit.text() != self._auto_path:
            return
        self._auto_path = str(self._folder / f"{self._stem}-request-{self.sector()}-{self._year}.xlsx")
        self.pathEdit.setText(self._auto_path)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.pathEdit.text(),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.pathEdit.setText(path)

    def _accept(self) -> None:
        if self.pathEdit.text().strip():
            self.accept()


class RequestController(QObject):
    """The File menu's "Data request workbook…" action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RequestDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionDataRequest")
        self.action.triggered.connect(self.open_dialog)
        window.menuFile.insertAction(window.actionSaveCopyAs, self.action)
        self.retranslate()

    def retranslate(self) -> None:
        """The action's text in the current language."""
        self.action.setText(QCoreApplication.translate("RequestController", "&Data request workbook…"))
        self.action.setToolTip(QCoreApplication.translate(
            "RequestController", "A workbook to send a department or supplier, which imports back as it is"))

    def set_session(self, session) -> None:
        """Enabled while an inventory is open."""
        self.action.setEnabled(session is not None)

    def open_dialog(self) -> None:
        """Ask (window-modal, without a nested event loop), then write the workbook on a worker."""
        session = self.window.session
        if session is None:
            return
        path = session.project.path
        self.dialog = RequestDialog(path.parent, path.stem, session.inventory.year, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda d=self.dialog: self.write(d.sector(), d.language(), d.path()))
        self.dialog.finished.connect(self._forget)
        self.dialog.open()

    def _forget(self, _result: int) -> None:
        self.dialog = None

    def write(self, sector: str, lang: str, target: Path) -> None:
        """Write the request for the year shown (off the GUI thread)."""
        from gcomdesk.exchange.request_content import needed_rows, request_input

        session = self.window.session
        data = request_input(session.inventory, sector)  # plain values, read here on the GUI thread
        ref = session.ref

        def work(_state):
            from gcomdesk.exchange.request_workbook import write_request_workbook

            write_request_workbook(data, target, lang, ref)
            return len(needed_rows(data, ref))

        def done(count: int) -> None:
            self.window.statusbar.showMessage(QCoreApplication.translate(
                "RequestController", "Data request workbook saved as {path} ({count} GPC rows still need data).").format(
                path=target, count=count), 15000)

        label = QCoreApplication.translate("RequestController", "Writing the data request workbook…")
        self.window.runner.start(label, work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = failure_text(exc, i18n.language())
        if text is None:
            return
        QMessageBox.warning(self.window, QCoreApplication.translate("RequestController", "The workbook was not saved"), text)
