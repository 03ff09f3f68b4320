"""Copy and paste between the data table and a spreadsheet (tab-separated text, as Excel and
LibreOffice put on the clipboard). A paste is one ChangeSet: one transaction, one analysis, one undo step; rows beyond the table's end become
new rows of the current GPC row; cells the table refuses (text in Amount...) are counted, not guessed.
For whole files, File > Import is the faster way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut

from gcomdesk.app.commands import push

if TYPE_CHECKING:
    from gcomdesk.app.pages.sector_card import SubsectorCard

MAX_PASTE_ROWS = 2000


class TableClipboard:
    """Ctrl+C / Ctrl+V on a sub-sector card's table."""

    def __init__(self, card: SubsectorCard) -> None:
        self.card = card
        for key, slot in ((QKeySequence.StandardKey.Copy, self.copy), (QKeySequence.StandardKey.Paste, self.paste)):
            QShortcut(QKeySequence(key), card.table, slot, context=Qt.ShortcutContext.WidgetShortcut)

    def copy(self) -> str:
        """Put the selected cells on the clipboard as tab-separated lines; returns the text."""
        indexes = self.card.table.selectionModel().selectedIndexes() or [self.card.table.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        model = self.card.model
        text = "\n".join("\t".join(str(model.index(r, c).data() or "") for c in columns) for r in rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None) -> tuple[int, int]:
        """Paste tab-separated lines at the current cell; returns (cells written, cells refused)."""
        text = QGuiApplication.clipboard().text() if text is None else text
        lines = [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n")][:MAX_PASTE_ROWS]
        if not text.strip():
            return 0, 0
        card, model = self.card, self.card.model
        start = card.table.currentIndex()
        first_row, first_column = (start.row(), start.column()) if start.isValid() else (model.rowCount(), 1)
        gpc_ref = card._current_ref()
        changes, written, refused = model.paste(first_row, first_column, lines, lambda: model.new_record(gpc_ref))
        push(card.session, changes, QCoreApplication.translate("TableClipboard", "Paste rows ({count})").format(count=len(lines)))
        if refused:
            card.detailLabel.setText(QCoreApplication.translate(
                "TableClipboard", "Pasted cells that did not fit their column and were left out: {count}.").format(count=refused))
        return written, refused
