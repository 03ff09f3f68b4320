"""Top-down estimates in the window (core/estimates, store/estimating): a dialog that shows each
proposal with its arithmetic and proxy, asks for the local proxy values the profile lacks, and adds
the ticked proposals as ONE undo step; opened for one GPC row from its card ("Estimate from
national data…") or for every empty BASIC row from Edit > "Estimate empty rows…".

The proposals are recomputed on the GUI thread when a proxy changes: a few dozen multiplications
over tables already loaded. Nothing from the calculation side is imported at module level."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n

if TYPE_CHECKING:
    from gcomdesk.app.main_window import MainWindow
    from gcomdesk.app.session import Session

ASKED = ("households", "vehicles", "grdp")  # proxies the officer may give (population is the profile's)


class EstimateDialog(QDialog):
    """The proposals for some GPC rows, the proxies they use, and which to add."""

    def __init__(self, session: Session, rows: list[str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("estimateDialog")
        self.session, self.rows = session, rows
        self.proposals: list = []
        self.setWindowTitle(self.tr("Top-down estimates"))
        intro = QLabel(self.tr(
            "An estimate scales the national (or the region's published) inventory by a local proxy. It is a "
            "starting point, not a measurement: it is labelled “estimated (top-down)” everywhere, its quality is "
            "Low, and entering measured data in its row replaces it."), self)
        intro.setWordWrap(True)
        self.proxyEdits: dict[str, QLineEdit] = {}
        self.form = form = QFormLayout()
        population = session.profile.population
        self.populationLabel = QLabel(f"{population:,}" if population else self.tr("not in the profile"), self)
        form.addRow(self.tr("Population (profile):"), self.populationLabel)
        labels = {"households": self.tr("&Households (세대):"), "vehicles": self.tr("Registered &vehicles:"),
                  "grdp": self.tr("&GRDP, billion KRW:")}
        for name in ASKED:
            edit = QLineEdit(self)
            edit.setObjectName(f"proxy_{name}")
            edit.setPlaceholderText(self.tr("optional: a better proxy than population"))
            if name == "grdp" and session.profile.grdp_billion_krw:
                edit.setText(f"{session.profile.grdp_billion_krw:g}")
            edit.editingFinished.connect(self.recompute)
            label = QLabel(labels[name], self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.proxyEdits[name] = edit
        self.model = QStandardItemModel(0, 4, self)
        self.table = QTableView(self)
        self.table.setObjectName("estimateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("estimateArithmetic")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Arithmetic of the selected estimate"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 140])
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._filling = False
        self.model.itemChanged.connect(lambda _item: None if self._filling else self._count())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current.row()))
        self.resize(900, 620)
        self.recompute()
        self.table.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Enter in a proxy field proposes again; it does not add the estimates (OK does)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in self.proxyEdits.values():
            event.accept()
            return
        super().keyPressEvent(event)

    # -- proposals ------------------------------------------------------------------------------
    def given(self) -> dict[str, float] | None:
        """The proxies typed, or None (and the problem shown) when one is not a number."""
        from gcomdesk.core.numbers import NumberTextError, parse_number

        out = {}
        for name, edit in self.proxyEdits.items():
            text = edit.text().strip()
            if not text:
                continue
            try:
                out[name] = parse_number(text)
            except NumberTextError as exc:
                label = self.form.labelForField(edit).text().replace("&", "")
                self.problem.setText(f"{label} {exc.message.render(i18n.language())}")
                edit.setFocus()
                return None
        return out

    def recompute(self) -> None:
        """Propose again with the proxies as they stand."""
        from gcomdesk.core.errors import GcomdeskError
        from gcomdesk.store import estimating

        given = self.given()
        if given is None:
            return
        try:
            self.proposals = estimating.proposals(self.session.inventory, self.rows, given, i18n.language())
        except GcomdeskError as exc:
            self.proposals = []
            self.problem.setText(exc.render(i18n.language()))
        else:
            self.problem.setText("")
        self._fill()

    def _fill(self) -> None:
        lang = i18n.language()
        self._filling = True  # itemChanged while filling is not the officer ticking
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Add"), self.tr("GPC row"), self.tr("Proposal"), self.tr("How")])
        for p in self.proposals:
            tick = QStandardItem()
            tick.setCheckable(p.record is not None)
            tick.setCheckState(Qt.CheckState.Checked if p.record is not None else Qt.CheckState.Unchecked)
            tick.setEditable(False)
            tick.setEnabled(p.record is not None)
            tick.setData(self.tr("Add the estimate of {ref}").format(ref=p.gpc_ref), Qt.ItemDataRole.AccessibleTextRole)
            items = [tick] + [QStandardItem(text) for text in (p.gpc_ref, self._value(p), p.lines[-1].render(lang))]
            for item in items[1:]:
                item.setEditable(False)
            self.model.appendRow(items)
        self._filling = False
        self.table.resizeColumnsToContents()
        if self.proposals:
            self.table.selectRow(0)
            self._show(0)
        self._count()

    def _value(self, p) -> str:
        if p.co2e_t is not None:
            return self.tr("{value} tCO2e").format(value=f"{p.co2e_t:,.1f}")
        if p.amount_mwh is not None:
            return self.tr("{value} MWh of electricity").format(value=f"{p.amount_mwh:,.1f}")
        if p.record is not None:
            return p.record.notation_key
        return self.tr("needs a proxy")

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.proposals):
            self.detail.setPlainText(self.proposals[row].text(i18n.language()))

    def chosen(self) -> list:
        """The ticked proposals."""
        return [p for i, p in enumerate(self.proposals)
                if p.record is not None and self.model.item(i, 0).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        count = len(self.chosen())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add estimates ({count})").format(count=count))
        ok.setEnabled(count > 0)


class EstimateController(QObject):
    """Edit > "Estimate empty rows from national data…" and the cards' per-row button."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: EstimateDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionEstimate")
        self.action.triggered.connect(lambda: self.open_dialog(None))
        window.menuEdit.addAction(self.action)
        self.set_session(None)
        self.retranslate()

    def retranslate(self) -> None:
        """The action's text in the current language."""
        self.action.setText(QCoreApplication.translate("EstimateController", "&Estimate empty rows from national data…"))
        self.action.setToolTip(QCoreApplication.translate(
            "EstimateController", "Fill every empty BASIC row with a labelled top-down estimate, after a preview"))

    def set_session(self, session) -> None:
        """Enabled while an inventory is open."""
        self.action.setEnabled(session is not None)

    def open_dialog(self, rows: list[str] | None) -> None:
        """The dialog for `rows` (None: every empty BASIC row), window-modal; add on OK."""
        session = self.window.session
        if session is None:
            return
        self.dialog = EstimateDialog(session, rows, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda d=self.dialog: self._add(d))
        self.dialog.finished.connect(self._forget)
        self.dialog.open()

    def _forget(self, _result: int) -> None:
        self.dialog = None

    def _add(self, dialog: EstimateDialog) -> None:
        from gcomdesk.app.commands import push
        from gcomdesk.store import estimating

        chosen = dialog.chosen()
        session = self.window.session
        if not chosen or session is None:
            return
        text = QCoreApplication.translate("EstimateController", "Top-down estimates ({count} rows)").format(count=len(chosen))
        if push(session, estimating.changes_for(session.inventory, chosen), text) is None:
            QMessageBox.warning(self.window, QCoreApplication.translate("EstimateController", "Estimates not added"),
                                QCoreApplication.translate("EstimateController", "The project refused the change; see the message shown."))
            return
        self.window.statusbar.showMessage(QCoreApplication.translate(
            "EstimateController", "Estimates added for {count} rows, labelled “estimated (top-down)”. Edit > Undo takes them back.").format(
            count=len(chosen)), 15000)
