"""Editors the method form is generated from, one per declared input kind (core.methods):
a number line (empty = the default, shown as placeholder, with a source line for an entered value),
a choice list (first entry = the default), and a small table with add/remove buttons whose choice
columns edit through a list delegate. Labels come from resources/messages/methods.csv."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.core.methods import MethodInput, choice_label, fmt, input_label
from gcomdesk.core.numbers import parse_number

CODE_ROLE = Qt.ItemDataRole.UserRole


def unit_text(inp: MethodInput) -> str:
    """The unit as shown beside an input ('' for dimensionless)."""
    return "" if inp.unit in ("", "-") else inp.unit


def to_value(text: str):
    """A typed number as a float when it parses (core.numbers: the import's and the tables' rule),
    else the text as typed, which the method refuses with the reason."""
    try:
        return parse_number(text)
    except ValueError:
        return text.strip()


class ScalarEditor(QWidget):
    """A number input: value line, unit, default hint and the source of an entered value."""

    edited = Signal()

    def __init__(self, inp: MethodInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = inp
        self.value = QLineEdit(self)
        self.unit = QLabel(unit_text(inp), self)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "hint")
        self.source = QLineEdit(self)
        self.source.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 2)
        row.addWidget(self.unit)
        row.addWidget(self.source, 3)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.hint)
        self.value.textChanged.connect(self._changed)
        self.source.textChanged.connect(lambda _: self.edited.emit())
        self.retranslate(i18n.language())

    def _changed(self, text: str) -> None:
        self.source.setEnabled(bool(text.strip()))
        self.edited.emit()

    def retranslate(self, lang: str) -> None:
        """Texts in the current language."""
        self.source.setPlaceholderText(QCoreApplication.translate("MethodForm", "Source of your value"))
        self.value.setAccessibleName(input_label(self.input.name, lang))

    def show_default(self, value, source: str) -> None:
        """Show the default that applies when the line is empty (value as placeholder, source below)."""
        self.value.setPlaceholderText("" if value is None else fmt(value))
        text = QCoreApplication.translate("MethodForm", "Default: {value} — {source}")
        self.hint.setText(text.format(value=fmt(value), source=source) if source else "")
        self.hint.setToolTip(source)

    def get(self):
        """The entered value (None when empty: the default applies)."""
        text = self.value.text()
        return to_value(text) if text.strip() else None

    def get_source(self) -> str:
        """The officer's source for an entered value."""
        return self.source.text().strip() if self.get() is not None else ""

    def set(self, value, source: str = "") -> None:
        """Load a stored value and its source."""
        self.value.setText("" if value is None else fmt(value) if isinstance(value, (int, float)) else str(value))
        self.source.setText(source or "")


class ChoiceEditor(QWidget):
    """A choice: the first entry keeps the default (which may depend on other inputs)."""

    edited = Signal()

    def __init__(self, inp: MethodInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = inp
        self.combo = QComboBox(self)
        self._default_text = ""
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.combo, 1)
        unit = unit_text(inp)
        if unit:
            box.addWidget(QLabel(unit, self))
        self.combo.addItem("", None)
        for code in inp.choices:
            self.combo.addItem(code, code)
        self.combo.currentIndexChanged.connect(lambda _: self.edited.emit())

    def _label(self, code: str, lang: str) -> str:
        return choice_label(self.input.name, code, lang) if self.input.translate_choices else code

    def _first_text(self) -> str:
        if self._default_text:
            return QCoreApplication.translate("MethodForm", "Default ({label})").format(label=self._default_text)
        return QCoreApplication.translate("MethodForm", "(choose)")

    def retranslate(self, lang: str) -> None:
        """Choice labels in the current language (codes stay in the item data)."""
        for i in range(1, self.combo.count()):
            self.combo.setItemText(i, self._label(self.combo.itemData(i), lang))
        self.combo.setItemText(0, self._first_text())
        self.combo.setAccessibleName(input_label(self.input.name, lang))

    def show_default(self, value, source: str, lang: str) -> None:
        """Name the default in the first entry."""
        self._default_text = self._label(str(value), lang) if value is not None else ""
        self.combo.setItemText(0, self._first_text())
        self.combo.setItemData(0, source, Qt.ItemDataRole.ToolTipRole)

    def get(self):
        """The chosen code (None: the default)."""
        return self.combo.currentData()

    def get_source(self) -> str:
        """Choices carry no source of their own."""
        return ""

    def set(self, value, source: str = "") -> None:
        """Select a stored code (unknown codes fall back to the default entry)."""
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


class ChoiceDelegate(QStyledItemDelegate):
    """A list editor for the choice columns of a table input."""

    def __init__(self, inp: MethodInput, lang_of, parent=None) -> None:
        super().__init__(parent)
        self.input, self._lang_of = inp, lang_of

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        combo.addItem("", None)
        for code in self.input.choices:
            label = choice_label(self.input.name, code, self._lang_of()) if self.input.translate_choices else code
            combo.addItem(label, code)
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        editor.setCurrentIndex(max(editor.findData(index.data(CODE_ROLE)), 0))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), CODE_ROLE)
        model.setData(index, editor.currentText() if editor.currentData() else "", Qt.ItemDataRole.DisplayRole)


class TableEditor(QWidget):
    """A table input (disposal history, vehicle-km, gases, herd): one column per declared column."""

    edited = Signal()

    def __init__(self, inp: MethodInput, lang_of, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input, self._lang_of = inp, lang_of
        self.table = QTableWidget(0, len(inp.columns), self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col, column in enumerate(inp.columns):
            if column.kind == "choice":
                self.table.setItemDelegateForColumn(col, ChoiceDelegate(column, lang_of, self.table))
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.table.itemChanged.connect(lambda _: self.edited.emit())
        self.retranslate(i18n.language())

    def retranslate(self, lang: str) -> None:
        """Column headers with units and button texts."""
        headers = []
        for column in self.input.columns:
            unit = unit_text(column)
            headers.append(f"{input_label(column.name, lang)}" + (f" ({unit})" if unit else ""))
        self.table.setHorizontalHeaderLabels(headers)
        self.add_button.setText(QCoreApplication.translate("MethodForm", "Add row"))
        self.remove_button.setText(QCoreApplication.translate("MethodForm", "Remove selected rows"))
        for row in range(self.table.rowCount()):
            for col, column in enumerate(self.input.columns):
                item = self.table.item(row, col)
                if column.kind == "choice" and item is not None and item.data(CODE_ROLE):
                    code = item.data(CODE_ROLE)
                    item.setText(choice_label(column.name, code, lang) if column.translate_choices else code)

    def add_row(self, values: dict | None = None) -> None:
        """Append a row (empty, or filled from stored values)."""
        values = values if isinstance(values, dict) else {}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, column in enumerate(self.input.columns):
            value = values.get(column.name)
            item = QTableWidgetItem()
            if column.kind == "choice":
                item.setData(CODE_ROLE, value)
                if value is not None:
                    item.setText(choice_label(column.name, str(value), self._lang_of()) if column.translate_choices
                                 else str(value))
            elif value is not None:
                item.setText(str(value) if column.kind == "integer" else fmt(value))
            self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.edited.emit()

    def remove_rows(self) -> None:
        """Remove the selected rows (the last row when none is selected)."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True) or [self.table.rowCount() - 1]
        for row in rows:
            if row >= 0:
                self.table.removeRow(row)
        self.edited.emit()

    def get(self) -> list[dict] | None:
        """The rows as dicts of entered cells (empty rows dropped); None when there are no rows."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = {}
            for col, column in enumerate(self.input.columns):
                item = self.table.item(row, col)
                if item is None:
                    continue
                if column.kind == "choice":
                    if item.data(CODE_ROLE):
                        cells[column.name] = item.data(CODE_ROLE)
                elif item.text().strip():
                    cells[column.name] = to_value(item.text())
            if cells:
                rows.append(cells)
        return rows or None

    def get_source(self) -> str:
        """Tables take their source from the record's data source."""
        return ""

    def set(self, value, source: str = "") -> None:
        """Load stored rows."""
        self.table.setRowCount(0)
        for row in value if isinstance(value, list) else []:
            self.add_row(row)
