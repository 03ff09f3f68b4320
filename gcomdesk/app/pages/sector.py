"""A sector step (stationary energy, transport, waste, IPPU, AFOLU), generated from the
reference library: the list of its sub-sectors with their state, and one card per sub-sector
(built when first shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
)

from gcomdesk.app import i18n
from gcomdesk.app.formatting import format_tonnes
from gcomdesk.app.help_texts import step_intro
from gcomdesk.app.navigator import STATE_COLORS, state_names, step_titles
from gcomdesk.app.pages.base import StepPage
from gcomdesk.app.pages.sector_card import SubsectorCard
from gcomdesk.core.steps import state_of_rows, subsectors_of_step

if TYPE_CHECKING:
    from gcomdesk.app.session import Session


def state_icon(state) -> QIcon:
    """A coloured dot for a state."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(STATE_COLORS.get(state, QColor("#9e9e9e")))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class SectorPage(StepPage):
    """One sector step: sub-sector list on the left, the chosen sub-sector's card on the right."""

    def __init__(self, session: Session, step_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session, self.step_id = session, step_id
        self.setObjectName(f"page_{step_id}")
        self.subsectors = subsectors_of_step(step_id, session.ref)
        self.cards: dict[str, SubsectorCard] = {}
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.titleLabel = QLabel(self)
        self.titleLabel.setProperty("role", "title")
        self.totalLabel = QLabel(self)
        self.totalLabel.setProperty("role", "result")
        header.addWidget(self.titleLabel, 1)
        header.addWidget(self.totalLabel)
        layout.addLayout(header)
        self.introLabel = QLabel(self)
        self.introLabel.setWordWrap(True)
        layout.addWidget(self.introLabel)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.subsectorList = QListWidget(splitter)
        self.subsectorList.setObjectName(f"subsectors_{step_id}")
        self.subsectorList.setIconSize(QSize(14, 14))
        self.subsectorList.setMinimumWidth(260)
        self.subsectorList.setWordWrap(True)
        for number, _rows in self.subsectors:
            item = QListWidgetItem(self.subsectorList)
            item.setData(Qt.ItemDataRole.UserRole, number)
        self.cardStack = QStackedWidget(splitter)
        self._placeholders = []
        for _ in self.subsectors:
            area = QScrollArea(self.cardStack)
            area.setWidgetResizable(True)
            self.cardStack.addWidget(area)
            self._placeholders.append(area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout.addWidget(splitter, 1)
        self.subsectorList.currentRowChanged.connect(self.show_subsector)
        self.subsectorList.itemActivated.connect(lambda _item: self.current_card().focus_first())
        session.results_changed.connect(self.refresh)
        self.subsectorList.setCurrentRow(0)
        self.retranslate()

    def card(self, subsector_no: str) -> SubsectorCard:
        """The card of a sub-sector (built on first use)."""
        card = self.cards.get(subsector_no)
        if card is None:
            position = [n for n, _ in self.subsectors].index(subsector_no)
            card = SubsectorCard(self.session, subsector_no, self.subsectors[position][1])
            self._placeholders[position].setWidget(card)
            self.cards[subsector_no] = card
        return card

    def show_subsector(self, row: int) -> None:
        """Show the card of the row-th sub-sector."""
        if 0 <= row < len(self.subsectors):
            self.card(self.subsectors[row][0])
            self.cardStack.setCurrentIndex(row)

    def current_card(self) -> SubsectorCard:
        """The card shown now."""
        return self.card(self.subsectors[max(self.subsectorList.currentRow(), 0)][0])

    def retranslate(self) -> None:
        """Texts in the current language."""
        lang = i18n.language()
        self.titleLabel.setText(step_titles()[self.step_id])
        self.introLabel.setText(step_intro(self.step_id, lang))
        self.subsectorList.setAccessibleName(QCoreApplication.translate("SectorPage", "Sub-sectors of {step}").format(
            step=step_titles()[self.step_id]))
        for card in self.cards.values():
            card.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Sub-sector states and the step's total, from the core."""
        progress = self.session.progress()
        lang = i18n.language()
        names = state_names()
        for position, (number, rows) in enumerate(self.subsectors):
            item = self.subsectorList.item(position)
            state = state_of_rows(progress, [r.ref for r in rows])
            name = rows[0].subsector_ko if lang == "ko" else rows[0].subsector_en
            item.setText(f"{number} {name}")
            item.setIcon(state_icon(state))
            item.setToolTip(names[state])
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, names[state])
        total = sum(progress.rows[r.ref].co2e_t for _, rows in self.subsectors for r in rows if r.ref in progress.rows)
        self.totalLabel.setText(QCoreApplication.translate("SectorPage", "Step total: {value} tCO2e").format(value=format_tonnes(total)))

    def focus_target(self, gpc_ref: str, record_id: int = 0, field: str = "") -> None:
        """Show the card of a GPC row and the record or answer asked for."""
        for position, (_number, rows) in enumerate(self.subsectors):
            if gpc_ref in [r.ref for r in rows]:
                self.subsectorList.setCurrentRow(position)
                self.current_card().focus_target(gpc_ref, record_id, field)
                return

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
