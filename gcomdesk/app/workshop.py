"""File > Workshop kit for trainers… and File > Compare with the answer key…: the window's side of
the workshop kit (exchange/workshop/). The trainer's dialog prepares a workshop and compares a
folder of participants' files; a participant compares the inventory they have open with the key.
The work runs on the window's TaskRunner (progress in the status bar); nothing from the
calculation side is imported at module level (fast start)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.app.navigator import step_titles
from gcomdesk.app.workers import failure_text
from gcomdesk.core.step_ids import SECTOR_STEPS
from gcomdesk.exchange.workshop import DEFAULT_BLANK  # light: no pandas or openpyxl behind it

if TYPE_CHECKING:
    from gcomdesk.app.main_window import MainWindow


def _path_row(parent: QWidget, edit: QLineEdit, browse) -> QHBoxLayout:
    button = QPushButton(QCoreApplication.translate("Workshop", "Browse…"), parent)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _add_path_row(form: QFormLayout, parent: QWidget, text: str, edit: QLineEdit, browse) -> None:
    """A labelled path row; the label's mnemonic moves to the line edit (a layout cannot be a buddy)."""
    label = QLabel(text, parent)
    label.setBuddy(edit)
    form.addRow(label, _path_row(parent, edit, browse))


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)


class TrainerDialog(QDialog):
    """Two tabs: prepare a workshop (inventory, participants, sectors, language, folder) and compare
    the participants' files with the key (a table of every difference and the room's summary)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("Workshop kit for trainers"))
        self._folder = folder
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._prepare_tab(), self.tr("Prepare"))
        self.tabs.addTab(self._compare_tab(), self.tr("Compare"))
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Everything stays on this computer: the kit reads and writes local files only."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.statusLabel)
        layout.addWidget(buttons)
        self.resize(900, 620)
        self.participantsSpin.setFocus()

    def _prepare_tab(self) -> QWidget:
        tab = QWidget(self)
        self.sourceEdit = QLineEdit(tab)
        self.sourceEdit.setPlaceholderText(self.tr("the sample city 한빛시"))
        self.participantsSpin = QSpinBox(tab)
        self.participantsSpin.setRange(1, 200)
        self.participantsSpin.setValue(20)
        titles = step_titles()
        self.sectorChecks: dict[str, QCheckBox] = {}
        sectors = QHBoxLayout()
        for sector in SECTOR_STEPS:
            box = QCheckBox(titles[sector], tab)
            box.setChecked(sector in DEFAULT_BLANK)
            self.sectorChecks[sector] = box
            sectors.addWidget(box)
        self.languageCombo = QComboBox(tab)
        self.languageCombo.addItem("한국어", "ko")
        self.languageCombo.addItem("English", "en")
        self.languageCombo.setCurrentIndex(0 if i18n.language() == "ko" else 1)
        self.outEdit = QLineEdit(str(self._folder / "workshop"), tab)
        self.prepareButton = QPushButton(self.tr("Prepare the &workshop"), tab)
        form = QFormLayout(tab)
        _add_path_row(form, tab, self.tr("Inventory to train on:"), self.sourceEdit, self._browse_source)
        form.addRow(self.tr("&Participants:"), self.participantsSpin)
        form.addRow(self.tr("Sectors to clear:"), sectors)
        form.addRow(self.tr("&Language of the files:"), self.languageCombo)
        _add_path_row(form, tab, self.tr("&Folder:"), self.outEdit, self._browse_out)
        form.addRow(self.prepareButton)
        return tab

    def _compare_tab(self) -> QWidget:
        tab = QWidget(self)
        self.keyEdit = QLineEdit(tab)
        self.folderEdit = QLineEdit(tab)
        self.reportEdit = QLineEdit(tab)
        self.reportEdit.setPlaceholderText(self.tr("optional: a workbook for the room (.xlsx)"))
        self.compareButton = QPushButton(self.tr("Co&mpare"), tab)
        self.summaryLabel = QLabel(tab)
        self.summaryLabel.setWordWrap(True)
        self.resultTable = _table(tab, [self.tr("Participant"), self.tr("GPC row"), self.tr("Kind of mistake"), self.tr("What was found")])
        form = QFormLayout()
        _add_path_row(form, tab, self.tr("Answer &key:"), self.keyEdit, self._browse_key)
        _add_path_row(form, tab, self.tr("Participants' f&older:"), self.folderEdit, self._browse_folder)
        _add_path_row(form, tab, self.tr("Comparison &workbook:"), self.reportEdit, self._browse_report)
        form.addRow(self.compareButton)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.resultTable, 1)
        return tab

    def blank(self) -> list[str]:
        """The sectors ticked."""
        return [s for s, box in self.sectorChecks.items() if box.isChecked()]

    def _browse_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Inventory to train on"), str(self._folder), "*.gcdx")
        if path:
            self.sourceEdit.setText(path)

    def _browse_out(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the workshop"), self.outEdit.text())
        if path:
            self.outEdit.setText(path)

    def _browse_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Answer key"), self.outEdit.text(), "*.gcdx")
        if path:
            self.keyEdit.setText(path)
            if not self.folderEdit.text():
                self.folderEdit.setText(str(Path(path).parent))

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Participants' folder"), self.folderEdit.text())
        if path:
            self.folderEdit.setText(path)

    def _browse_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Comparison workbook"), self.folderEdit.text(), "*.xlsx")
        if path:
            self.reportEdit.setText(path)


class KeyCompareDialog(QDialog):
    """A participant's own check: the open inventory against the answer key, each difference with its
    likely cause."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyCompareDialog")
        self.setWindowTitle(self.tr("Compare with the answer key"))
        self._folder = folder
        self.keyEdit = QLineEdit(self)
        self.compareButton = QPushButton(self.tr("Co&mpare"), self)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setWordWrap(True)
        self.resultTable = _table(self, [self.tr("GPC row"), self.tr("Kind of mistake"), self.tr("Key tCO2e"),
                                         self.tr("Your tCO2e"), self.tr("What was found")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        _add_path_row(form, self, self.tr("Answer &key:"), self.keyEdit, self._browse)
        form.addRow(self.compareButton)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.resultTable, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)
        self.keyEdit.setFocus()
        self.keyEdit.returnPressed.connect(self.compareButton.click)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), str(self._folder), "*.gcdx")
        if path:
            self.keyEdit.setText(path)


class WorkshopController(QObject):
    """The two File menu actions and the work they start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.trainer: TrainerDialog | None = None
        self.check: KeyCompareDialog | None = None
        self.kitAction = QAction(window)
        self.kitAction.setObjectName("actionWorkshopKit")
        self.kitAction.triggered.connect(self.open_trainer)
        self.compareAction = QAction(window)
        self.compareAction.setObjectName("actionCompareKey")
        self.compareAction.triggered.connect(self.open_check)
        for action in (self.kitAction, self.compareAction):
            window.menuFile.insertAction(window.actionSaveCopyAs, action)
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' texts in the current language."""
        self.kitAction.setText(QCoreApplication.translate("WorkshopController", "&Workshop kit for trainers…"))
        self.kitAction.setToolTip(QCoreApplication.translate(
            "WorkshopController", "Prepare exercise files and data sheets; compare the participants' files with the answer key"))
        self.compareAction.setText(QCoreApplication.translate("WorkshopController", "Compare with the answer &key…"))
        self.compareAction.setToolTip(QCoreApplication.translate(
            "WorkshopController", "Your entries against the trainer's answer key, each difference with its likely cause"))

    def set_session(self, session) -> None:
        """The participant's check needs an open inventory; the trainer's kit does not."""
        self.compareAction.setEnabled(session is not None)

    def _folder(self) -> Path:
        from gcomdesk.app import settings

        return Path(settings.get(settings.LAST_FOLDER) or str(Path.home()))

    # -- the trainer ---------------------------------------------------------------------------
    def open_trainer(self) -> None:
        """The trainer's dialog, window-modal without a nested event loop."""
        self.trainer = TrainerDialog(self._folder(), self.window)
        self.trainer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.trainer.prepareButton.clicked.connect(self.prepare)
        self.trainer.compareButton.clicked.connect(self.compare_room)
        self.trainer.finished.connect(self._forget_trainer)
        self.trainer.open()

    def _forget_trainer(self, _result: int) -> None:
        self.trainer = None

    def prepare(self) -> None:
        """Prepare the workshop the dialog describes, on a worker."""
        dialog = self.trainer
        source = dialog.sourceEdit.text().strip() or None
        out, count, blank, lang = Path(dialog.outEdit.text().strip()), dialog.participantsSpin.value(), dialog.blank(), dialog.languageCombo.currentData()
        if not blank:
            dialog.statusLabel.setText(QCoreApplication.translate("WorkshopController", "Tick at least one sector to clear."))
            return

        def work(state):
            from gcomdesk.exchange.workshop.prepare import prepare_workshop

            return prepare_workshop(out, count, blank, lang, source=source, progress=state.report)

        def done(prepared) -> None:
            text = QCoreApplication.translate("WorkshopController", "{count} exercise files, their data sheets and the answer key written in {folder}.").format(
                count=len(prepared.exercises), folder=out)
            self.window.statusbar.showMessage(text, 15000)
            if self.trainer is not None:
                self.trainer.statusLabel.setText(text)
                self.trainer.keyEdit.setText(str(prepared.key))
                self.trainer.folderEdit.setText(str(out))

        self._start(QCoreApplication.translate("WorkshopController", "Preparing the workshop…"), work, done)

    def compare_room(self) -> None:
        """Compare the participants' folder with the key, on a worker; fill the table."""
        dialog = self.trainer
        key, folder, report = dialog.keyEdit.text().strip(), dialog.folderEdit.text().strip(), dialog.reportEdit.text().strip()
        lang = i18n.language()
        ref = self.window.ref

        def work(state):
            from gcomdesk.exchange.workshop.compare import compare_folder
            from gcomdesk.exchange.workshop.report import write_report

            comparison = compare_folder(key, folder or str(Path(key).parent), ref, progress=state.report)
            if report:
                write_report(comparison, report if report.lower().endswith(".xlsx") else report + ".xlsx", lang, ref)
            return comparison

        def done(comparison) -> None:
            from gcomdesk.exchange.workshop.classify import detail_text
            from gcomdesk.exchange.workshop.report import class_label

            if self.trainer is None:
                return
            rows = [[p.name, d.gpc_ref, class_label(d.cause, lang), detail_text(d, lang, ref)]
                    for p in comparison.participants for d in p.differences]
            _fill(self.trainer.resultTable, rows)
            counts = ", ".join(f"{class_label(c, lang)} {m}" for c, m, _ in comparison.summary() if m)
            self.trainer.summaryLabel.setText(QCoreApplication.translate(
                "WorkshopController", "{count} participants, {mistakes} differences. Most common: {classes}").format(
                count=len(comparison.participants), mistakes=len(rows), classes=counts or "-"))
            self.trainer.statusLabel.setText("")

        self._start(QCoreApplication.translate("WorkshopController", "Comparing the participants' files…"), work, done)

    # -- a participant ---------------------------------------------------------------------------
    def open_check(self) -> None:
        """The participant's comparison dialog, window-modal without a nested event loop."""
        if self.window.session is None:
            return
        self.check = KeyCompareDialog(self.window.session.project.path.parent, self.window)
        self.check.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.check.compareButton.clicked.connect(self.compare_mine)
        self.check.finished.connect(self._forget_check)
        self.check.open()

    def _forget_check(self, _result: int) -> None:
        self.check = None

    def compare_mine(self) -> None:
        """The open inventory (already saved: every edit is) against the key, on a worker."""
        session = self.window.session
        key, mine, ref, lang = self.check.keyEdit.text().strip(), session.project.path, self.window.ref, i18n.language()

        def work(_state):
            from gcomdesk.exchange.workshop.compare import compare_file

            return compare_file(key, mine, ref)

        def done(participant) -> None:
            from gcomdesk.exchange.workshop.classify import detail_text
            from gcomdesk.exchange.workshop.report import class_label

            if self.check is None:
                return
            rows = [[d.gpc_ref, class_label(d.cause, lang), f"{d.key_t:,.1f}", f"{d.entered_t:,.1f}", detail_text(d, lang, ref)]
                    for d in participant.differences]
            _fill(self.check.resultTable, rows)
            self.check.summaryLabel.setText(
                QCoreApplication.translate("WorkshopController", "{count} differences from the answer key.").format(count=len(rows))
                if rows else QCoreApplication.translate("WorkshopController", "No differences: your inventory matches the answer key."))

        self._start(QCoreApplication.translate("WorkshopController", "Comparing with the answer key…"), work, done)

    def _start(self, label: str, work, done) -> None:
        self.window.runner.start(label, work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = failure_text(exc, i18n.language())
        if text is None:
            return
        if self.check is not None:
            self.check.summaryLabel.setText(text)
        elif self.trainer is not None:
            self.trainer.statusLabel.setText(text)
        self.window.statusbar.showMessage(text, 15000)
