"""The Export step: choose a folder, the language and the parts, then write the submission
workbook, activity.csv and chart files on the thread pool, with a progress bar, a summary of
what was written and a button that opens the folder.

An inventory with errors can only be exported as a draft (the box says so and must be ticked);
the file name and the cover then say "DRAFT — n errors". Problems (a file open in Excel, a
read-only file) are shown on the page, not in a dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from gcomdesk.app import i18n
from gcomdesk.app.pages.base import StepPage
from gcomdesk.app.workers import TaskRunner
from gcomdesk.core.checks import count_by_severity
from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.messages import Message
from gcomdesk.exchange.export import CHART_FORMATS, PARTS, ExportInput, ExportOptions, ExportResult, export_inventory

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

SHEET_PARTS = tuple(p for p in PARTS if p != "cover")  # the cover is always written


class ExportPage(StepPage):
    """Folder, language, parts and chart files; Export; progress; summary; open folder."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = TaskRunner(self)
        self.result: ExportResult | None = None
        self._step_key = ""
        self.titleLabel = QLabel(self)
        self.titleLabel.setProperty("role", "title")
        self.folderEdit = QLineEdit(self)
        self.browseButton = QPushButton(self)
        self.browseButton.clicked.connect(self.choose_folder)
        self.languageCombo = QComboBox(self)
        self.languageCombo.addItem("한국어", "ko")
        self.languageCombo.addItem("English", "en")
        self.partsBox = QGroupBox(self)
        self.partChecks = {part: QCheckBox(self.partsBox) for part in SHEET_PARTS}
        grid = QGridLayout(self.partsBox)
        for i, box in enumerate(self.partChecks.values()):
            box.setChecked(True)
            grid.addWidget(box, i // 4, i % 4)
        self.formatChecks = {fmt: QCheckBox(fmt.upper(), self) for fmt in CHART_FORMATS}
        self.formatChecks["png"].setChecked(True)
        self.csvCheck = QCheckBox(self)
        self.csvCheck.setChecked(True)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        self.draftCheck = QCheckBox(self)
        self.draftCheck.toggled.connect(lambda _: self.refresh())
        self.exportButton = QPushButton(self)
        self.exportButton.setDefault(True)
        self.exportButton.clicked.connect(self.start_export)
        self.cancelButton = QPushButton(self)
        self.cancelButton.clicked.connect(self.runner.cancel)
        self.cancelButton.hide()
        self.progressBar = QProgressBar(self)
        self.progressBar.setRange(0, 1)
        self.progressBar.setValue(0)
        self.stepLabel = QLabel(self)
        self.messageLabel = QLabel(self)  # what went wrong, inline
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty("role", "error")
        self.messageLabel.hide()
        self.summaryText = QPlainTextEdit(self)
        self.summaryText.setReadOnly(True)
        self.openFolderButton = QPushButton(self)
        self.openFolderButton.setEnabled(False)
        self.openFolderButton.clicked.connect(self.open_folder)
        self._layout()
        self.runner.progress.connect(self._on_progress)
        self.runner.idle.connect(self._on_idle)
        session.results_changed.connect(self.refresh)
        i18n.notifier.language_changed.connect(self._on_language_changed)  # a bound slot: dropped with the page
        self.folderEdit.setText(self._default_folder())
        self.languageCombo.setCurrentIndex(max(self.languageCombo.findData(i18n.language()), 0))
        self.retranslate()

    def _layout(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folderEdit, 1)
        folder_row.addWidget(self.browseButton)
        formats_row = QHBoxLayout()
        for box in self.formatChecks.values():
            formats_row.addWidget(box)
        formats_row.addWidget(self.csvCheck)
        formats_row.addStretch(1)
        self.folderLabel, self.languageLabel, self.formatsLabel = QLabel(self), QLabel(self), QLabel(self)
        self.form = QFormLayout()
        self.form.addRow(self.folderLabel, folder_row)
        self.form.addRow(self.languageLabel, self.languageCombo)
        self.form.addRow(self.formatsLabel, formats_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.exportButton)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.progressBar, 1)
        buttons.addWidget(self.openFolderButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.titleLabel)
        layout.addLayout(self.form)
        layout.addWidget(self.partsBox)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.draftCheck)
        layout.addLayout(buttons)
        layout.addWidget(self.stepLabel)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.summaryText, 1)

    def _default_folder(self) -> str:
        project_path = getattr(self.session.project, "path", None)
        return str(Path(project_path).parent / "export") if project_path else str(Path.home())

    # -- state --------------------------------------------------------------------------------
    def errors(self) -> int:
        """How many errors the checks found (an inventory with errors exports only as a draft)."""
        return int(count_by_severity(self.session.findings()).get("error", 0))

    def refresh(self) -> None:
        """Show the check status and whether a draft is needed."""
        errors = self.errors()
        self.draftCheck.setEnabled(errors > 0 and not self.runner.busy)
        if errors == 0:
            self.draftCheck.setChecked(False)
            self.statusLabel.setText(self.tr("No errors: the workbook is ready to submit."))
        else:
            self.statusLabel.setText(self.tr("The inventory has {count} error(s). It can only be exported as a draft, "
                                             "marked DRAFT in the file name and on the cover.").format(count=errors))
        self.exportButton.setEnabled(not self.runner.busy and (errors == 0 or self.draftCheck.isChecked()))

    def options(self) -> ExportOptions:
        """The choices on the page."""
        return ExportOptions(
            out_dir=Path(self.folderEdit.text().strip() or "."), lang=self.languageCombo.currentData(),
            parts=tuple(p for p, box in self.partChecks.items() if box.isChecked()),
            chart_formats=tuple(f for f, box in self.formatChecks.items() if box.isChecked()),
            draft=self.draftCheck.isChecked(), activity_csv=self.csvCheck.isChecked())

    def export_input(self) -> ExportInput:
        """The inventory as it stands, copied on the GUI thread (edits may go on while it is written),
        with the window's analysis when it is current (else the export runs the same pipeline)."""
        s = self.session
        snapshot = s.inventory.snapshot()
        return ExportInput(records=snapshot.records, profile=snapshot.profile, ref=s.ref,
                           acknowledgements=list(snapshot.acknowledgements), other_years=dict(snapshot.others),
                           source_name=Path(s.project.path).name, analysis=None if s.stale else s.analysis())

    # -- actions ------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        """Pick the folder to write into."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the export folder"), self.folderEdit.text())
        if folder:
            self.folderEdit.setText(folder)

    def start_export(self) -> None:
        """Export on the thread pool; progress, result and problems come back by signal."""
        if self.runner.busy:
            return
        try:
            options = self.options()
        except GcomdeskError as exc:
            self._show_error(exc)
            return
        data = self.export_input()
        self.result = None
        self.messageLabel.hide()
        self.summaryText.clear()
        self.openFolderButton.setEnabled(False)
        self.cancelButton.show()
        self.exportButton.setEnabled(False)
        self.progressBar.setRange(0, 0)  # busy until the first report
        def work(state):
            def progress(done: int, total: int, key: str) -> None:
                self._step_key = key  # read on the GUI thread when the progress signal arrives
                state.report(done, total)
            return export_inventory(data, options, progress=progress)

        self.runner.start("export", work, self._on_done, self._on_failed)

    def open_folder(self) -> None:
        """Show the folder the files were written to."""
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.workbook.parent)))

    # -- callbacks (GUI thread) -------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        self.progressBar.setRange(0, max(total, 1))
        self.progressBar.setValue(done)
        if self._step_key:
            self.stepLabel.setText(i18n.render(Message(self._step_key)))

    def _on_done(self, result: ExportResult) -> None:
        self.result = result
        self.summaryText.setPlainText("\n".join(result.summary_lines(i18n.language())))
        self.openFolderButton.setEnabled(True)

    def _on_failed(self, exc: BaseException) -> None:
        self._show_error(exc)

    def _on_idle(self) -> None:
        self.cancelButton.hide()
        if self.result is None:
            self.progressBar.setRange(0, 1)
            self.progressBar.setValue(0)
            self.stepLabel.clear()
        self.refresh()

    def _show_error(self, exc: BaseException) -> None:
        text = exc.render(i18n.language()) if isinstance(exc, GcomdeskError) else str(exc)
        self.messageLabel.setText(text)
        self.messageLabel.show()

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        self.titleLabel.setText(self.tr("Export"))
        self.folderLabel.setText(self.tr("Folder"))
        self.languageLabel.setText(self.tr("Workbook language"))
        self.formatsLabel.setText(self.tr("Chart files"))
        self.browseButton.setText(self.tr("Choose folder…"))
        self.partsBox.setTitle(self.tr("Sheets (the cover is always included)"))
        part_labels = {"gpc": self.tr("GPC table"), "crf": self.tr("GCoM CRF"), "cdp": self.tr("CDP"),
                       "national": self.tr("National view"), "activity": self.tr("Activity data"),
                       "factors": self.tr("Factors used"), "checks": self.tr("Checks"), "charts": self.tr("Charts")}
        for part, box in self.partChecks.items():
            box.setText(part_labels[part])
        self.csvCheck.setText(self.tr("activity.csv"))
        self.draftCheck.setText(self.tr("Export as a draft (DRAFT in the file name and on the cover)"))
        self.exportButton.setText(self.tr("Export"))
        self.cancelButton.setText(self.tr("Cancel"))
        self.openFolderButton.setText(self.tr("Open folder"))
        self.refresh()

    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate()
