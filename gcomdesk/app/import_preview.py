"""The import preview: choose a file, see its rows as gcomdesk reads them (ok / error with the
message / warning from the checks / skipped totals row), choose the sheet, the header row, what a
bare m3 of gas is and - for a file in neither gcomdesk's layout nor a known one - which column is
which; then import all or nothing, as one undo step.

The reading and judging is `exchange.import_preview.preview` (Qt-free), run on this dialog's own
worker with a progress bar, again after every choice; the newest reading wins."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.app.preview_model import PreviewModel
from gcomdesk.app.workers import TaskRunner

if TYPE_CHECKING:
    from gcomdesk.exchange.import_preview import Preview

class ImportPreviewDialog(QDialog):
    """Look at a file before importing it (see the module's description). `accepted` with
    `self.preview` importable means: write `self.preview.frame`."""

    def __init__(self, parent: QWidget | None, path: str | Path, years: list[int], profile, import_years=None) -> None:
        """`years`: the inventory's years (rows for others are said, and asked about after the preview);
        `profile`: the year's profile, for the checks' warnings on the new rows; `import_years`
        (exchange.importing.ImportYears): every year's profile, for method records naming a year."""
        super().__init__(parent)
        self.path, self.years, self.profile = Path(path), years, profile
        self.import_years = import_years
        self.preview: Preview | None = None
        self.runner = TaskRunner(self)
        self.setWindowTitle(QCoreApplication.translate("ImportPreview", "Import preview"))
        self.resize(1000, 640)
        self._build()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fileLabel = QLabel(str(self.path))
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QCoreApplication.translate("ImportPreview", "File:"), self.fileLabel)
        self.sheetCombo = QComboBox()
        self.sheetCombo.setObjectName("sheetCombo")
        self.sheetCombo.setEnabled(False)
        self._label(form, QCoreApplication.translate("ImportPreview", "&Sheet:"), self.sheetCombo)
        self.headerSpin = QSpinBox()
        self.headerSpin.setObjectName("headerSpin")
        self.headerSpin.setRange(0, 1_048_576)
        self.headerSpin.setSpecialValueText(QCoreApplication.translate("ImportPreview", "found automatically"))
        self._label(form, QCoreApplication.translate("ImportPreview", "&Header row:"), self.headerSpin)
        self.gasCombo = QComboBox()
        self.gasCombo.setObjectName("gasCombo")
        self.gasCombo.addItem(QCoreApplication.translate("ImportPreview", "not said (a gas in m3 is refused)"), None)
        self.gasCombo.addItem(QCoreApplication.translate("ImportPreview", "Nm3: normal, 0 °C (Korean gas supply statistics)"), "normal")
        self.gasCombo.addItem(QCoreApplication.translate("ImportPreview", "Sm3: standard, 15 °C (x 0.948 Nm3)"), "standard")
        self._label(form, QCoreApplication.translate("ImportPreview", "&Gas in m3 / 천㎥ is:"), self.gasCombo)
        self.sourceCombo = QComboBox()
        self.sourceCombo.setObjectName("sourceCombo")
        self._fill_sources()
        self._label(form, QCoreApplication.translate("ImportPreview", "Read &as:"), self.sourceCombo)
        self.answersEdit = QLineEdit()
        self.answersEdit.setObjectName("answersEdit")
        self.answersEdit.setPlaceholderText(QCoreApplication.translate("ImportPreview", "e.g. 심야=I.1.2, 기타=III.1.1 (a category the table cannot place by itself)"))
        self._label(form, QCoreApplication.translate("ImportPreview", "A&nswers:"), self.answersEdit)
        self.mapCheck = QCheckBox(QCoreApplication.translate("ImportPreview", "&Map the columns myself"))
        self.mapCheck.setObjectName("mapCheck")
        form.addRow("", self.mapCheck)
        layout.addLayout(form)

        self.mappingTable = QTableWidget(0, 2)
        self.mappingTable.setObjectName("mappingTable")
        self.mappingTable.setHorizontalHeaderLabels([QCoreApplication.translate("ImportPreview", "Column in the file"), QCoreApplication.translate("ImportPreview", "Read as")])
        self.mappingTable.horizontalHeader().setStretchLastSection(True)
        self.mappingTable.setMaximumHeight(180)
        self.mappingTable.setVisible(False)
        layout.addWidget(self.mappingTable)

        self.reportBox = QPlainTextEdit()
        self.reportBox.setObjectName("reportBox")
        self.reportBox.setReadOnly(True)
        self.reportBox.setMaximumHeight(110)
        self.reportBox.setVisible(False)
        layout.addWidget(self.reportBox)

        self.summaryLabel = QLabel()
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.problemsCheck = QCheckBox(QCoreApplication.translate("ImportPreview", "Show only rows with &problems"))
        self.problemsCheck.setObjectName("problemsCheck")
        line = QHBoxLayout()
        line.addWidget(self.summaryLabel, 1)
        line.addWidget(self.problemsCheck)
        layout.addLayout(line)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setDefaultSectionSize(110)
        self.table.verticalHeader().setVisible(False)  # the file's own row numbers are the first column
        layout.addWidget(self.table, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.runner.progress.connect(self._progress)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.importButton = self.buttons.addButton(QCoreApplication.translate("ImportPreview", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.importButton.setObjectName("importButton")
        self.importButton.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.sheetCombo.activated.connect(lambda _: self.refresh())
        self.headerSpin.editingFinished.connect(self.refresh)
        self.gasCombo.activated.connect(lambda _: self.refresh())
        self.sourceCombo.activated.connect(lambda _: self.refresh())
        self.answersEdit.editingFinished.connect(self.refresh)
        self.mapCheck.toggled.connect(self._map_toggled)
        self.problemsCheck.toggled.connect(lambda _: self.model.show(self.preview, self.problemsCheck.isChecked()))

    @staticmethod
    def _label(form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)  # Alt + the underlined letter reaches the field
        form.addRow(label, widget)

    # -- reading ----------------------------------------------------------------------------------
    def options(self) -> dict:
        """The officer's current choices, as `preview` arguments."""
        sheet = self.sheetCombo.currentData() if self.sheetCombo.isEnabled() else None
        mapped = self.mapCheck.isChecked()
        return {"sheet": sheet, "header_row": self.headerSpin.value() or None, "gas_volume": self.gasCombo.currentData(),
                "mapping": self._mapping() if mapped else None,
                "source_profile": "" if mapped else self.sourceCombo.currentData(), "answers": self.answers()}

    def answers(self) -> dict[str, str]:
        """The answers typed as 'category=GPC row' pairs, separated by commas or semicolons."""
        pairs = [p for p in self.answersEdit.text().replace(";", ",").split(",") if "=" in p]
        return {k.strip(): v.strip() for k, v in (p.split("=", 1) for p in pairs) if k.strip() and v.strip()}

    def _fill_sources(self) -> None:
        from gcomdesk.exchange.profiles import list_profiles

        self.sourceCombo.addItem(QCoreApplication.translate("ImportPreview", "recognise it (gcomdesk's layout or a known source table)"), None)
        self.sourceCombo.addItem(QCoreApplication.translate("ImportPreview", "gcomdesk's import layout"), "")
        for name, label_ko, label_en in list_profiles():
            self.sourceCombo.addItem(f"{label_ko if i18n.language() == 'ko' else label_en} ({name})", name)

    def refresh(self) -> None:
        """Read and judge the file again with the current choices, on the worker."""
        from gcomdesk.exchange.import_preview import preview

        options, profile, path = self.options(), self.profile, self.path
        self.importButton.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.summaryLabel.setText(QCoreApplication.translate("ImportPreview", "Reading {file}…").format(file=path.name))
        import_years = self.import_years
        self.runner.start("preview", lambda state: preview(path, profile=profile, progress=state.report,
                                                           import_years=import_years, **options),
                          self._shown, self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        """A defect while reading (a file's own problems come back in the Preview): said here, and
        reported like any other crash so that nothing is hidden."""
        import sys

        self.progress.setVisible(False)
        self.summaryLabel.setText(QCoreApplication.translate("ImportPreview", "The file could not be read: {reason}").format(reason=exc))
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _shown(self, result: Preview) -> None:
        self.preview = result
        self.progress.setVisible(False)
        self._fill_sheets(result)
        if result.table is not None and (result.needs_mapping or self.mapCheck.isChecked()):
            self._fill_mapping(result)
            if result.needs_mapping and not self.mapCheck.isChecked():
                self.mapCheck.blockSignals(True)
                self.mapCheck.setChecked(True)
                self.mapCheck.blockSignals(False)
                self.mappingTable.setVisible(True)
        report = getattr(result, "report", None)
        self.reportBox.setVisible(report is not None)
        if report is not None:
            self.reportBox.setPlainText("\n".join(report.lines(i18n.language())))
        if result.source_profile:
            self.mappingTable.setVisible(False)
        self.model.show(result, self.problemsCheck.isChecked())
        for column, width in ((0, 50), (1, 70), (2, 420)):  # the message is what the officer reads
            self.table.setColumnWidth(column, width)
        if self.model.rowCount() <= 2000:  # measuring every row of a province file would freeze the window
            self.table.resizeRowsToContents()
        self.summaryLabel.setText(self.summary(result))
        self.importButton.setEnabled(result.importable)
        if result.importable:
            self.importButton.setText(QCoreApplication.translate("ImportPreview", "&Import {count} rows").format(count=len(result.frame)))
        if result.needs_gas_volume:
            self.gasCombo.setFocus()

    def summary(self, result: Preview) -> str:
        """One line: what was read and what stands in the way."""
        lang = i18n.language()
        if result.file_error is not None:
            return QCoreApplication.translate("ImportPreview", "Nothing can be imported: {reason}").format(reason=result.file_error.render(lang))
        parts = QCoreApplication.translate("ImportPreview", "{ok} rows ok, {warning} with warnings, {error} with errors, {skipped} skipped (totals).").format(
            ok=result.count("ok"), warning=result.count("warning"), error=result.count("error"), skipped=result.count("skipped"))
        if result.source_profile:
            parts += " " + QCoreApplication.translate("ImportPreview", "Read as the source table '{name}'.").format(name=result.source_profile)
        if result.table is not None and result.table.header_row > 1:
            parts += " " + QCoreApplication.translate("ImportPreview", "Header in row {row}.").format(row=result.table.header_row)
        if result.needs_mapping:
            parts += " " + QCoreApplication.translate("ImportPreview", "Some columns are not gcomdesk's: say what each column holds.")
        if result.needs_gas_volume:
            parts += " " + QCoreApplication.translate("ImportPreview", "Say whether the gas volumes in m3 are Nm3 (0 °C) or Sm3 (15 °C).")
        if result.frame is not None:
            from gcomdesk.exchange.activity_import import missing_years

            missing = missing_years(result.frame, self.years)
            if missing:
                parts += " " + QCoreApplication.translate("ImportPreview", "Rows for {years}, which this inventory does not hold: you will be asked before "
                                  "these years are added.").format(years=", ".join(map(str, missing)))
        if result.errors:
            parts += " " + QCoreApplication.translate("ImportPreview", "Fix the errors (in the file or with the choices above); nothing is imported while any remain.")
        return parts

    # -- sheets and columns ---------------------------------------------------------------------
    def _fill_sheets(self, result: Preview) -> None:
        grid = result.grid
        if grid is None or grid.sheet is None or self.sheetCombo.count():
            return
        for name in grid.sheets:
            self.sheetCombo.addItem(name, name)
        for name in grid.hidden_sheets:
            self.sheetCombo.addItem(QCoreApplication.translate("ImportPreview", "{sheet} (hidden)").format(sheet=name), name)
        self.sheetCombo.setCurrentIndex(max(0, self.sheetCombo.findData(grid.sheet)))
        self.sheetCombo.setEnabled(True)

    def _map_toggled(self, on: bool) -> None:
        self.mappingTable.setVisible(on)
        if on and self.preview is not None and self.preview.table is not None and not self.mappingTable.rowCount():
            self._fill_mapping(self.preview)
        self.refresh()

    def _fill_mapping(self, result: Preview) -> None:
        from gcomdesk.exchange.import_preview import IMPORT_COLUMNS

        header = result.table.header
        if self.mappingTable.rowCount() == len(header) and all(
                self.mappingTable.item(i, 0) is not None and self.mappingTable.item(i, 0).text() == header[i] for i in range(len(header))):
            return  # the officer's choices stay while the same columns are shown
        self.mappingTable.setRowCount(len(header))
        from PySide6.QtWidgets import QTableWidgetItem

        for i, title in enumerate(header):
            item = QTableWidgetItem(title)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mappingTable.setItem(i, 0, item)
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportPreview", "(leave out)"), None)
            for name in IMPORT_COLUMNS:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(result.mapping.get(i))))
            combo.activated.connect(lambda _: self.refresh())
            self.mappingTable.setCellWidget(i, 1, combo)

    def _mapping(self) -> dict[int, str | None]:
        return {i: self.mappingTable.cellWidget(i, 1).currentData() for i in range(self.mappingTable.rowCount())
                if self.mappingTable.cellWidget(i, 1) is not None}

    def done(self, result: int) -> None:  # noqa: D102 (QDialog's)
        self.runner.cancel()
        super().done(result)
