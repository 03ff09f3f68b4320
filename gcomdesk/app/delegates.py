"""Editors of the data table: lists for activity, unit, GPC row and quality; a checked line for numbers.

A number editor accepts "1,234.5" and marks anything else at once (red, with the reason in its
tooltip); Enter or Tab will not leave a cell holding a non-number, and such text never reaches
the model. Lists commit as soon as an entry is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QWidget

from gcomdesk.app import i18n
from gcomdesk.app.record_edits import COLUMNS, NUMBER_COLUMNS
from gcomdesk.core.numbers import INVALID, NumberTextError, check_range, parse_number


def number_problem(text: str, field: str = "") -> str:
    """Why `text` is not a number the model accepts in `field`, in the window's language ('' when it
    is one or empty); core.numbers decides (its form and its range), as for the import and the method forms."""
    if not text.strip():
        return ""
    try:
        check_range(field, parse_number(text))
    except NumberTextError as exc:
        if exc.key == INVALID:
            return QCoreApplication.translate("RecordsTable", "Not a number: type digits, e.g. 1,234.5")
        return i18n.render(exc.message)  # '1,5': write 1.5 or 1,500; '1e999': not finite
    return ""


def is_number(text: str, field: str = "") -> bool:
    """True for an empty text or a number the model accepts in `field`."""
    return not number_problem(text, field)


class NumberValidator(QValidator):
    """Acceptable: a number (or nothing); anything else stays Intermediate so the editor keeps it."""

    def __init__(self, parent=None, field: str = "") -> None:
        super().__init__(parent)
        self.field = field

    def validate(self, text: str, pos: int):
        state = QValidator.State.Acceptable if is_number(text, self.field) else QValidator.State.Intermediate
        return state, text, pos


class NumberEdit(QLineEdit):
    """A line that shows at once whether it holds a number (within the range of its column)."""

    def __init__(self, parent: QWidget | None = None, field: str = "") -> None:
        super().__init__(parent)
        self.field = field
        self.setValidator(NumberValidator(self, field))
        self.textChanged.connect(self._mark)
        self.setAccessibleName(QCoreApplication.translate("RecordsTable", "Amount"))

    def _mark(self, text: str) -> None:
        problem = number_problem(text, self.field)
        invalid = bool(problem)
        if bool(self.property("invalid")) != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setToolTip(problem)
        self.setAccessibleDescription(self.toolTip())


class RecordsDelegate(QStyledItemDelegate):
    """Chooses the editor of each column of the records table."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802 - Qt override
        column = COLUMNS[index.column()]
        if column in NUMBER_COLUMNS:
            return NumberEdit(parent, column)
        choices = index.model().choices(index)
        if choices:
            combo = QComboBox(parent)
            combo.setAccessibleName(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
            for value, label in choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        return editor

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(position if position >= 0 else -1 if value else 0)
            return
        if isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            if editor.currentIndex() >= 0:
                model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, NumberEdit):
            if is_number(editor.text(), editor.field):
                model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return  # a non-number (or an impossible one) never reaches the model
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
