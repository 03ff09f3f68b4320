"""The Results step: the GPC totals (model/view) beside the charts, drawn live with matplotlib.

The charts are the export's figures (gcomdesk.exchange.charts) drawn into FigureCanvasQTAgg; they
redraw after every edit (session.results_changed) — the visible one at once, the others when
their tab is shown — and each can be saved as PNG, SVG or PDF. The trend shows every year of the
project with the active year's figures as they stand.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.app.formatting import format_tonnes
from gcomdesk.app.pages.base import StepPage
from gcomdesk.core.messages import Message
from gcomdesk.core.totals import TOTAL_KEYS
from gcomdesk.core.years import editions_message
from gcomdesk.exchange.charts import CHART_IDS, ChartInputs, ChartSkipped, chart_title, draw_chart, new_figure, save_chart

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

SAVE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
BOLD_TOTALS = ("basic", "basic_plus")


class TotalsModel(QAbstractTableModel):
    """The GPC totals: label and tCO2e (UserRole holds the number). A total that takes a territorial
    row still unanswered (I.4.4, III.n.3) is marked incomplete, with the rows in its tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._totals: dict[str, float] = {}
        self._incomplete: dict[str, tuple[str, ...]] = {}

    def set_totals(self, totals: dict[str, float], incomplete: dict[str, tuple[str, ...]] | None = None) -> None:
        """Show new totals (`incomplete`: total key -> unanswered territorial rows it takes)."""
        self.beginResetModel()
        self._totals = dict(totals)
        self._incomplete = dict(incomplete or {})
        self.endResetModel()

    def is_incomplete(self, key: str) -> bool:
        """True when the total takes a territorial row not answered yet."""
        return key in self._incomplete

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(TOTAL_KEYS)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = TOTAL_KEYS[index.row()]
        value = self._totals.get(key)
        open_rows = self._incomplete.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return format_tonnes(value)
            label = i18n.render(Message(f"total.{key}"))
            return f"{label} {i18n.render(Message('total.incomplete_mark'))}" if open_rows else label
        if role == Qt.ItemDataRole.ToolTipRole and open_rows:
            return i18n.render(Message("export.total_incomplete", {"refs": ", ".join(open_rows)}))
        if role == Qt.ItemDataRole.ForegroundRole and open_rows:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.UserRole:
            return key if index.column() == 0 else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and key in BOLD_TOTALS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("TotalsModel", "Total")
        return QCoreApplication.translate("TotalsModel", "tCO2e")

    def retranslate(self) -> None:
        """Labels follow the window's language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.dataChanged.emit(self.index(0, 0), self.index(len(TOTAL_KEYS) - 1, 1))


class ChartPanel(QWidget):
    """One chart: its canvas, why it is not drawn (if so) and 'Save chart as…'."""

    def __init__(self, chart_id: str, parent=None) -> None:
        super().__init__(parent)
        self.chart_id = chart_id
        self.dirty = True
        self.skipped: str | None = None
        self.canvas = FigureCanvasQTAgg(new_figure())
        self.reasonLabel = QLabel(self)
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.hide()
        self.saveButton = QPushButton(self)
        self.saveButton.clicked.connect(self.save_as)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reasonLabel)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        self.retranslate()

    @property
    def figure(self):
        """The canvas's matplotlib Figure."""
        return self.canvas.figure

    def redraw(self, inputs: ChartInputs) -> None:
        """Draw the chart from fresh results; a chart that cannot be drawn says why."""
        try:
            draw_chart(self.chart_id, self.figure, inputs)
            self.skipped = None
        except ChartSkipped as skip:
            self.figure.clear()
            self.skipped = skip.reason
        self.reasonLabel.setText(self.tr("Not drawn: {reason}").format(reason=self.skipped or ""))
        self.reasonLabel.setVisible(self.skipped is not None)
        self.saveButton.setEnabled(self.skipped is None)
        self.canvas.draw_idle()
        self.dirty = False

    def save_as(self) -> Path | None:
        """Ask where to save the chart (PNG, SVG or PDF) and save it."""
        filters = ";;".join([self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)"), self.tr("PDF document (*.pdf)")])
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save chart as"), f"{self.chart_id}.png", filters)
        if not path:
            return None
        target = Path(path)
        fmt = SAVE_FORMATS.get(target.suffix.lower())
        if fmt is None:  # no suffix typed: take the filter's
            fmt = "svg" if "svg" in chosen else "pdf" if "pdf" in chosen else "png"
            target = target.with_suffix("." + fmt)
        return save_chart(self.figure, target, fmt)

    def retranslate(self) -> None:
        """Button texts in the current language."""
        self.saveButton.setText(self.tr("Save chart as…"))


class ResultsPage(StepPage):
    """Totals beside the charts; redrawn after edits."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._inputs: ChartInputs | None = None  # built once per refresh, shared by the tabs
        self.totalsModel = TotalsModel(self)
        self.totalsView = QTableView(self)
        self.totalsView.setModel(self.totalsModel)
        self.totalsView.verticalHeader().hide()
        self.totalsView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totalsView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.titleLabel = QLabel(self)
        self.titleLabel.setProperty("role", "title")
        self.noteLabel = QLabel(self)
        self.noteLabel.setWordWrap(True)
        self.incompleteLabel = QLabel(self)
        self.incompleteLabel.setWordWrap(True)
        self.incompleteLabel.setProperty("role", "banner")
        self.incompleteLabel.hide()
        self.editionsLabel = QLabel(self)  # which factor editions the year was calculated with
        self.editionsLabel.setObjectName("editionsLabel")
        self.editionsLabel.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.titleLabel)
        left_layout.addWidget(self.totalsView, 1)
        left_layout.addWidget(self.incompleteLabel)
        left_layout.addWidget(self.editionsLabel)
        left_layout.addWidget(self.noteLabel)
        self.tabs = QTabWidget(self)
        self.panels = {chart_id: ChartPanel(chart_id, self.tabs) for chart_id in CHART_IDS}
        for panel in self.panels.values():
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(lambda _: self._draw_current())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.results_changed.connect(self.refresh)
        i18n.notifier.language_changed.connect(self._on_language_changed)  # a bound slot: dropped with the page
        self.retranslate()

    def inputs(self) -> ChartInputs:
        """What the charts read now: the active year's results, with every year's figures for the
        trend, in the window's language."""
        analysis = self.session.analysis()
        return ChartInputs(analysis.results, self.session.profile, self.session.ref, i18n.language(),
                           figures=analysis.figures)

    def refresh(self) -> None:
        """Show fresh totals; redraw the visible chart now and the others when shown."""
        results = self.session.results()
        self.totalsModel.set_totals(results.totals, results.incomplete)
        self.incompleteLabel.setText(i18n.render(Message("export.cover.totals_incomplete")) if results.incomplete else "")
        self.incompleteLabel.setVisible(bool(results.incomplete))
        self.editionsLabel.setText(i18n.render(editions_message(self.session.profile)))
        for panel in self.panels.values():
            panel.dirty = True
        self._inputs = None
        self._draw_current()

    def _draw_current(self) -> None:
        panel = self.tabs.currentWidget()
        if isinstance(panel, ChartPanel) and panel.dirty:
            if self._inputs is None:
                self._inputs = self.inputs()
            panel.redraw(self._inputs)

    def retranslate(self) -> None:
        """Texts (and chart labels) in the current language."""
        lang = i18n.language()
        self.titleLabel.setText(self.tr("Totals (tCO2e)"))
        self.noteLabel.setText(self.tr("Direct and indirect emissions are shown apart and never added."))
        for i, chart_id in enumerate(CHART_IDS):
            self.tabs.setTabText(i, Message(f"chart.{chart_id}.tab").render(lang))
            self.tabs.setTabToolTip(i, chart_title(chart_id, lang))
            self.panels[chart_id].retranslate()
        self.totalsModel.retranslate()
        self.refresh()

    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate()
