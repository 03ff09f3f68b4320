"""The rows of an import preview as a Qt table model: the file's row number, its status (ok, error,
warning, skipped) coloured, the messages, then the file's own cells."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gcomdesk.app import i18n

if TYPE_CHECKING:
    from gcomdesk.exchange.import_preview import Preview

_COLOURS = {"error": "#fde2e1", "warning": "#fff4d6", "skipped": "#eeeeee"}


def status_label(status: str) -> str:
    """The row status in the window's language."""
    return {"ok": QCoreApplication.translate("ImportPreview", "ok"), "error": QCoreApplication.translate("ImportPreview", "error"), "warning": QCoreApplication.translate("ImportPreview", "warning"), "skipped": QCoreApplication.translate("ImportPreview", "skipped")}[status]


class PreviewModel(QAbstractTableModel):
    """The rows of a Preview: row number, status, messages, then the file's own cells."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self.rows: list[int] = []
        self.header: list[str] = []

    def show(self, preview: Preview | None, problems_only: bool) -> None:
        """Show `preview` (all rows, or only those that are not ok)."""
        self.beginResetModel()
        self.preview = preview
        if preview is None or preview.table is None:
            self.rows, self.header = [], []
        else:
            self.rows = [r for r in preview.rows if not problems_only or preview.status[r] != "ok"]
            width = max(len(preview.table.header), preview.grid.cells.shape[1] if preview.grid is not None else 0)
            self.header = [preview.table.header[i] if i < len(preview.table.header) and preview.table.header[i] else ""
                           for i in range(width)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else 3 + len(self.header)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        fixed = (QCoreApplication.translate("ImportPreview", "Row"), QCoreApplication.translate("ImportPreview", "Status"), QCoreApplication.translate("ImportPreview", "Message"))
        if section < 3:
            return fixed[section]
        from gcomdesk.exchange.tabular import column_letter

        title = self.header[section - 3]
        return f"{column_letter(section - 3)}: {title}" if title else column_letter(section - 3)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        row = self.rows[index.row()]
        status = self.preview.status[row]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _COLOURS.get(status)
            return QBrush(QColor(colour)) if colour else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return str(row)
        if column == 1:
            return status_label(status)
        if column == 2:
            lang = i18n.language()
            return "\n".join(m.message.render(lang) if not m.column else f"{m.column}: {m.message.render(lang)}"
                             for m in self.preview.messages.get(row, []))
        cells = self.preview.cells(row)
        return cells[column - 3] if column - 3 < len(cells) else ""
