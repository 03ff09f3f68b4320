"""A sub-sector card, generated from the reference library: the answer of each GPC row, the
data table of the sub-sector, live results, the banner of its problems and, where the core has
a sector method and the methods form exists, "calculate with a method"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.app.banner import ProblemBanner
from gcomdesk.app.commands import push
from gcomdesk.app.delegates import RecordsDelegate
from gcomdesk.app.formatting import format_tonnes
from gcomdesk.app.pages.gpc_choice import GpcChoice
from gcomdesk.app.pages.method_section import MethodSection, refs_with_methods
from gcomdesk.app.records_model import COLUMNS, RecordsTableModel
from gcomdesk.app.table_clipboard import TableClipboard
from gcomdesk.core.generation import GENERATION_ROW
from gcomdesk.core.reference import GpcRow
from gcomdesk.store.changes import ChangeSet

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

COLUMN_WIDTHS = {"gpc_ref": 70, "activity": 150, "amount": 110, "unit": 70, "co2_t": 90, "ch4_t": 80, "n2o_t": 80,
                 "data_source": 200, "quality": 90, "notes": 140, "co2e_t": 110, "status": 160, "plant_type": 170}


class SubsectorCard(QWidget):
    """Everything about one GPC sub-sector."""

    def __init__(self, session: Session, subsector_no: str, rows: list[GpcRow], parent=None) -> None:
        super().__init__(parent)
        self.session, self.subsector_no, self.rows = session, subsector_no, rows
        self.refs = [r.ref for r in rows]
        self.setObjectName(f"card_{subsector_no}")
        self._build()
        session.results_changed.connect(self.refresh)
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.titleLabel = QLabel(self)
        self.titleLabel.setProperty("role", "section")
        self.subtotalLabel = QLabel(self)
        self.subtotalLabel.setProperty("role", "result")
        header.addWidget(self.titleLabel, 1)
        header.addWidget(self.subtotalLabel)
        layout.addLayout(header)
        self.banner = ProblemBanner(self)
        self.banner.problem_activated.connect(self.focus_target)
        layout.addWidget(self.banner)
        self.choices: dict[str, GpcChoice] = {}
        for row in self.rows:
            choice = GpcChoice(self.session, row, self)
            choice.enter_data_requested.connect(self.enter_data)
            self.choices[row.ref] = choice
            layout.addWidget(choice)
        tools = QHBoxLayout()
        self.addButton = QPushButton(self)
        self.addButton.clicked.connect(lambda: self.add_row(self.addRefCombo.currentData()))
        self.addRefCombo = QComboBox(self)
        for ref in self.refs:
            self.addRefCombo.addItem(ref, ref)
        self.deleteButton = QPushButton(self)
        self.deleteButton.clicked.connect(self.delete_selected)
        tools.addWidget(self.addButton)
        tools.addWidget(self.addRefCombo)
        tools.addWidget(self.deleteButton)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.model = RecordsTableModel(self.session, self.refs, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"table_{self.subsector_no}")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RecordsDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setMinimumHeight(200)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        for name, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(COLUMNS.index(name), width)
        # the plant type of energy generation (GCoM CRF / CDP rows) only where generation is entered
        self.table.setColumnHidden(COLUMNS.index("plant_type"), GENERATION_ROW not in self.refs)
        self.table.selectionModel().currentChanged.connect(lambda current, _old: self._show_detail(current.row()))
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, lambda: self.add_row(self._current_ref()),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.clipboard = TableClipboard(self)
        layout.addWidget(self.table, 1)
        self.detailLabel = QLabel(self)
        self.detailLabel.setProperty("role", "subtle")
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detailLabel)
        self.methods = MethodSection.create(self.session, refs_with_methods(self.refs), self)
        if self.methods is not None:
            layout.addWidget(self.methods)

    # -- texts and refresh ---------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        row = self.rows[0]
        name = row.subsector_ko if i18n.language() == "ko" else row.subsector_en
        self.titleLabel.setText(f"{self.subsector_no} {name}")
        self.addButton.setText(QCoreApplication.translate("SubsectorCard", "&Add a row for"))
        self.addButton.setToolTip(QCoreApplication.translate("SubsectorCard", "Adds an empty row to the table (Insert)"))
        self.addRefCombo.setAccessibleName(QCoreApplication.translate("SubsectorCard", "GPC row of the new table row"))
        self.deleteButton.setText(QCoreApplication.translate("SubsectorCard", "&Delete selected rows"))
        self.deleteButton.setToolTip(QCoreApplication.translate("SubsectorCard", "Deletes the selected table rows (Delete); Undo brings them back"))
        self.table.setAccessibleName(QCoreApplication.translate("SubsectorCard", "Data of {subsector}").format(subsector=f"{self.subsector_no} {name}"))
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(QCoreApplication.translate("SubsectorCard", "Select every row"))
        for choice in self.choices.values():
            choice.retranslate()
        if self.methods is not None:
            self.methods.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Show the stored answers, the sub-sector total and its problems."""
        progress = self.session.progress()
        for choice in self.choices.values():
            choice.refresh()
        total = sum(progress.rows[r].co2e_t for r in self.refs if r in progress.rows)
        self.subtotalLabel.setText(QCoreApplication.translate("SubsectorCard", "Sub-sector total: {value} tCO2e").format(
            value=format_tonnes(total)))
        self.banner.set_problems(progress.problems_for(self.refs))
        current = self.table.currentIndex()
        self._show_detail(current.row() if current.isValid() else -1)

    def _show_detail(self, row: int) -> None:
        self.detailLabel.setText(self.model.detail(row) if 0 <= row < self.model.rowCount() else "")

    # -- actions -------------------------------------------------------------------------------
    def _current_ref(self) -> str:
        index = self.table.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.EditRole) if index.isValid() else self.refs[0]

    def add_row(self, gpc_ref: str) -> int:
        """Add an empty row for a GPC row and start editing it; returns its record id."""
        command = push(self.session, ChangeSet(add=[self.model.new_record(gpc_ref)]),
                       QCoreApplication.translate("SubsectorCard", "Add a row to {ref}").format(ref=gpc_ref))
        if command is None:
            return 0
        self.focus_target(gpc_ref, command.added_ids[0], "activity")
        return command.added_ids[0]

    def delete_selected(self) -> None:
        """Delete the rows that have a selected cell."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        ids = [self.model.record_id(r) for r in rows]
        if ids:
            push(self.session, ChangeSet(delete=ids), QCoreApplication.translate(
                "SubsectorCard", "Delete rows ({count})").format(count=len(ids)))

    def enter_data(self, gpc_ref: str) -> None:
        """'Enter data' chosen: drop the row's notation key, make sure it has a table row, go there."""
        has_rows = len(self.session.record_ids([gpc_ref], ("activity", "reported", "method"))) > 0
        has_key = self.session.notation_of(gpc_ref) is not None
        if has_key or not has_rows:
            changes = self.session.notation_changes(gpc_ref, None)
            if not has_rows:
                changes = changes | ChangeSet(add=[self.model.new_record(gpc_ref)])
            push(self.session, changes, QCoreApplication.translate("SubsectorCard", "Enter data for {ref}").format(ref=gpc_ref))
        ids = self.session.record_ids([gpc_ref], ("activity", "reported", "method"))
        if len(ids):
            self.focus_target(gpc_ref, int(ids[0]), "activity" if not has_rows else "")

    def focus_first(self) -> None:
        """Put the keyboard focus on the first answer of the card."""
        first = self.choices[self.refs[0]]
        first.buttons.get(first.current_key() or "data").setFocus(Qt.FocusReason.TabFocusReason)

    def focus_target(self, gpc_ref: str, record_id: int = 0, field: str = "") -> None:
        """Show a row's answer, a record or a cell."""
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            index = self.model.index(row, COLUMNS.index(field) if field in COLUMNS else 1)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(index)
            return
        choice = self.choices.get(gpc_ref)
        if choice is not None:
            target = choice.explanationEdit if field in ("explanation", "included_in") and choice.explanationEdit.isEnabled() else (
                choice.buttons.get(choice.current_key() or "data"))
            target.setFocus(Qt.FocusReason.OtherFocusReason)
