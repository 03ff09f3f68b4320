"""The step navigator: the nine steps, each with its state and open problems from the core.

`StepListModel` reads `session.progress()` (gcomdesk.core.steps); the view is the form's
QListView, painted by `StepDelegate` (title, state line, a badge with the number of problems).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gcomdesk.app import i18n
from gcomdesk.core.step_ids import STEP_IDS, StepState

STATE_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 4

STATE_COLORS = {
    StepState.NOT_STARTED: QColor("#9e9e9e"),
    StepState.IN_PROGRESS: QColor("#1565c0"),
    StepState.COMPLETE: QColor("#2e7d32"),
    StepState.NEEDS_ATTENTION: QColor("#c62828"),
}


def step_titles() -> dict[str, str]:
    """The steps' names in the current language."""
    return {
        "profile": QCoreApplication.translate("Steps", "Profile"),
        "stationary": QCoreApplication.translate("Steps", "Stationary energy"),
        "transport": QCoreApplication.translate("Steps", "Transportation"),
        "waste": QCoreApplication.translate("Steps", "Waste"),
        "ippu": QCoreApplication.translate("Steps", "Industrial processes & product use"),
        "afolu": QCoreApplication.translate("Steps", "Agriculture, forestry & land use"),
        "review": QCoreApplication.translate("Steps", "Review & checks"),
        "results": QCoreApplication.translate("Steps", "Results"),
        "export": QCoreApplication.translate("Steps", "Export"),
    }


def state_names() -> dict[StepState, str]:
    """The four states in the current language."""
    return {
        StepState.NOT_STARTED: QCoreApplication.translate("Steps", "Not started"),
        StepState.IN_PROGRESS: QCoreApplication.translate("Steps", "In progress"),
        StepState.COMPLETE: QCoreApplication.translate("Steps", "Complete"),
        StepState.NEEDS_ATTENTION: QCoreApplication.translate("Steps", "Needs attention"),
    }


def problems_text(count: int) -> str:
    """'3 problems' in the current language."""
    return QCoreApplication.translate("Steps", "Problems: {count}").format(count=count)


class StepListModel(QAbstractListModel):
    """The steps, their state and their problem counts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._session = None
        i18n.notifier.language_changed.connect(self.refresh)

    def set_session(self, session) -> None:
        """Follow another open inventory (or none)."""
        if self._session is not None:
            for signal in (self._session.results_changed, self._session.profile_changed):
                signal.disconnect(self.refresh)
        self._session = session
        if session is not None:
            session.results_changed.connect(self.refresh)
            session.profile_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        """Re-read the states from the session."""
        self.dataChanged.emit(self.index(0), self.index(len(STEP_IDS) - 1))

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(STEP_IDS)

    def _step(self, row: int):
        if self._session is None:
            return None
        return self._session.progress().steps[STEP_IDS[row]]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        step_id = STEP_IDS[index.row()]
        if role == STEP_ID_ROLE:
            return step_id
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {step_titles()[step_id]}"
        step = self._step(index.row())
        state = step.state if step else StepState.NOT_STARTED
        count = step.problem_count if step else 0
        if role == STATE_ROLE:
            return state
        if role == COUNT_ROLE:
            return count
        if role == DETAIL_ROLE:
            return self._detail(step, state, count)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{step_titles()[step_id]}: {self._detail(step, state, count)}"
        return None

    @staticmethod
    def _detail(step, state: StepState, count: int) -> str:
        parts = [state_names()[state]]
        if step is not None and step.required_count:
            parts.append(QCoreApplication.translate("Steps", "{done} of {total} rows").format(
                done=step.required_done, total=step.required_count))
        if count:
            parts.append(problems_text(count))
        return " · ".join(parts)


class StepDelegate(QStyledItemDelegate):
    """Paints a step: number and title, the state line, and a badge with the problem count."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        state = index.data(STATE_ROLE)
        count = index.data(COUNT_ROLE) or 0
        rect = opt.rect.adjusted(10, 5, -8, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = QRect(rect.left(), rect.top() + 5, 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATE_COLORS.get(state, STATE_COLORS[StepState.NOT_STARTED]))
        painter.drawEllipse(dot)
        title_font = QFont(opt.font)
        title_font.setBold(True)
        metrics = QFontMetrics(title_font)
        badge_width = 0
        if count:
            badge = str(count)
            badge_width = max(22, metrics.horizontalAdvance(badge) + 12)
            badge_rect = QRect(rect.right() - badge_width, rect.top() + 2, badge_width, metrics.height())
            painter.setBrush(STATE_COLORS[StepState.NEEDS_ATTENTION])
            painter.drawRoundedRect(badge_rect, 8, 8)
            painter.setPen(QColor("white"))
            painter.setFont(title_font)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        text_rect = QRect(rect.left() + 18, rect.top(), rect.width() - 22 - badge_width, metrics.height() + 2)
        painter.setPen(text_color)
        painter.setFont(title_font)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, text_rect.width()))
        detail_rect = QRect(text_rect.left(), text_rect.bottom() + 2, rect.width() - 18, QFontMetrics(opt.font).height() + 2)
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(STATE_COLORS.get(state, text_color) if state == StepState.NEEDS_ATTENTION else opt.palette.color(
                QPalette.ColorRole.PlaceholderText))
        detail = index.data(DETAIL_ROLE) or ""
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(opt.font).elidedText(detail, Qt.TextElideMode.ElideRight, detail_rect.width()))
        painter.restore()
