"""Find a GPC row (ui/find_row.ui): type a reference number or words in either language; Enter
goes to the row's card."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog

from gcomdesk.app import i18n
from gcomdesk.app.forms import load_form
from gcomdesk.app.help_texts import gpc_help
from gcomdesk.core.reference import ReferenceLibrary

REF_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def row_model(ref: ReferenceLibrary) -> QStandardItemModel:
    """One item per GPC row, searchable in Korean and English."""
    model = QStandardItemModel()
    lang = i18n.language()
    for gpc in ref.gpc.values():
        ko, en = gpc_help(gpc.ref, "ko"), gpc_help(gpc.ref, "en")
        shown = ko if lang == "ko" else en
        subsector = gpc.subsector_ko if lang == "ko" else gpc.subsector_en
        item = QStandardItem(f"{gpc.ref}  {subsector} · {shown.title}")
        item.setData(gpc.ref, REF_ROLE)
        item.setData(" ".join([gpc.ref, gpc.subsector_ko, gpc.subsector_en, gpc.sector_ko, gpc.sector_en, ko.title, en.title,
                               ko.source, en.source, gpc.ipcc_code]), SEARCH_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    return model


class FindRowDialog(QDialog):
    """Filters the 53 GPC rows as the officer types."""

    def __init__(self, ref: ReferenceLibrary, parent=None) -> None:
        super().__init__(parent)
        load_form("find_row.ui", self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(row_model(ref))
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.resultsView.setModel(self.proxy)
        self.queryEdit.textChanged.connect(self._filter)
        self.resultsView.activated.connect(lambda _index: self.accept())
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.queryEdit.installEventFilter(self)
        self._filter("")

    def _filter(self, text: str) -> None:
        query = text.strip()
        self.proxy.setFilterFixedString(query)
        if not self.proxy.rowCount():
            return
        # a typed reference number goes to that row first, not to a row whose help mentions it
        refs = [str(self.proxy.index(r, 0).data(REF_ROLE)) for r in range(self.proxy.rowCount())]
        exact = [r for r, ref in enumerate(refs) if ref.casefold() == query.casefold()]
        prefix = [r for r, ref in enumerate(refs) if ref.casefold().startswith(query.casefold())]
        best = (exact or prefix or [0])[0]
        self.resultsView.setCurrentIndex(self.proxy.index(best, 0))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.queryEdit and event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.resultsView.setFocus()
            return False
        return super().eventFilter(watched, event)

    def chosen_ref(self) -> str | None:
        """The GPC row picked (None if none matches)."""
        index = self.resultsView.currentIndex()
        return index.data(REF_ROLE) if index.isValid() else None
