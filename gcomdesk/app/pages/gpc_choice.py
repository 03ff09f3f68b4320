"""One GPC reference on a sub-sector card: its question, where the number usually comes from,
and the officer's answer: enter data, or a notation key (NO / IE / NE / C) with its explanation
(IE also asks where the emissions are included). Every choice is an undoable command; the
explanation is saved when typing pauses (and when the field is left), merged into one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from gcomdesk.app import i18n
from gcomdesk.app.commands import push
from gcomdesk.app.formatting import format_tonnes
from gcomdesk.app.help_texts import gpc_help
from gcomdesk.core.reference import GpcRow

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

KEYS = ("NO", "IE", "NE", "C")
DATA = "data"
SAVE_DELAY_MS = 500


def key_labels() -> dict[str, tuple[str, str]]:
    """Each choice's label and what it means."""
    return {
        DATA: (QCoreApplication.translate("GpcChoice", "Enter data"), QCoreApplication.translate("GpcChoice", "Type the amounts from your data in the table below")),
        "NO": (QCoreApplication.translate("GpcChoice", "NO · not occurring"), QCoreApplication.translate("GpcChoice", "This activity does not happen in the city; say how you know")),
        "IE": (QCoreApplication.translate("GpcChoice", "IE · included elsewhere"), QCoreApplication.translate("GpcChoice", "Counted under another row; say which row and why")),
        "NE": (QCoreApplication.translate("GpcChoice", "NE · not estimated"), QCoreApplication.translate("GpcChoice", "It happens but was not estimated; say why")),
        "C": (QCoreApplication.translate("GpcChoice", "C · confidential"), QCoreApplication.translate("GpcChoice", "The figure exists but cannot be published; say why")),
    }


def _estimable(gpc_ref: str) -> bool:
    """Whether gcomdesk knows how to estimate the row top-down (resources/estimates/rows.csv)."""
    from gcomdesk.core.estimates.catalogue import load_catalogue

    return gpc_ref in load_catalogue().rows


class GpcChoice(QFrame):
    """The answer of one GPC row."""

    enter_data_requested = Signal(str)  # gpc_ref

    def __init__(self, session: Session, row: GpcRow, parent=None) -> None:
        super().__init__(parent)
        self.session, self.row = session, row
        self.setProperty("role", "gpcChoice")
        self.setObjectName(f"choice_{row.ref}")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_explanation)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        top = QHBoxLayout()
        self.titleLabel = QLabel(self)
        self.titleLabel.setTextFormat(Qt.TextFormat.RichText)
        self.resultLabel = QLabel(self)
        self.resultLabel.setProperty("role", "result")
        top.addWidget(self.titleLabel, 1)
        top.addWidget(self.resultLabel)
        self.questionLabel = QLabel(self)
        self.questionLabel.setProperty("role", "question")
        self.sourceLabel = QLabel(self)
        self.sourceLabel.setProperty("role", "source")
        for label in (self.questionLabel, self.sourceLabel):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        answer = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key in (DATA, *KEYS):
            button = QRadioButton(self)
            button.setObjectName(f"{self.row.ref}_{key}")
            self.group.addButton(button)
            self.buttons[key] = button
            answer.addWidget(button)
            button.clicked.connect(lambda _checked=False, k=key: self.choose(k))
            button.installEventFilter(self)
        self.explanationEdit = QLineEdit(self)
        self.explanationEdit.textEdited.connect(lambda _t: self._timer.start())
        self.explanationEdit.editingFinished.connect(self.save_explanation)
        self.includedCombo = QComboBox(self)
        self.includedCombo.addItem("", "")
        for ref in self.session.ref.gpc:
            if ref != self.row.ref:
                self.includedCombo.addItem(ref, ref)
        self.includedCombo.activated.connect(lambda _i: self.save_explanation(force=True))
        answer.addStretch(1)
        self.estimateButton = QPushButton(self)
        self.estimateButton.setObjectName(f"{self.row.ref}_estimate")
        self.estimateButton.clicked.connect(lambda: self.session.estimate_requested.emit([self.row.ref]))
        answer.addWidget(self.estimateButton)
        explain = QHBoxLayout()
        explain.addWidget(self.explanationEdit, 1)
        explain.addWidget(self.includedCombo)
        self.stateLabel = QLabel(self)
        self.stateLabel.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(self.questionLabel)
        layout.addWidget(self.sourceLabel)
        layout.addLayout(answer)
        layout.addLayout(explain)
        layout.addWidget(self.stateLabel)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Arrow keys move between the choices without choosing (Space chooses): each choice is a write."""
        if event.type() == event.Type.KeyPress and watched in self.buttons.values():
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}.get(event.key())
            if step is not None:
                order = list(self.buttons.values())
                order[(order.index(watched) + step) % len(order)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        lang = i18n.language()
        help_ = gpc_help(self.row.ref, lang)
        level = {"BASIC": "BASIC", "BASIC+": "BASIC+"}.get(self.row.reporting_level,
                                                          QCoreApplication.translate("GpcChoice", "territorial total only") if self.row.reporting_level == "territorial"
                                                          else self.row.reporting_level)
        self.titleLabel.setText(QCoreApplication.translate("GpcChoice", "<b>{ref}</b> · scope {scope} · {level} — {title}").format(
            ref=self.row.ref, scope=self.row.scope, level=level, title=help_.title))
        self.questionLabel.setText(help_.question)
        self.sourceLabel.setText(QCoreApplication.translate("GpcChoice", "Where the number usually comes from: {source}").format(source=help_.source))
        for key, (label, meaning) in key_labels().items():
            self.buttons[key].setText(label)
            self.buttons[key].setToolTip(meaning)
            self.buttons[key].setAccessibleName(f"{self.row.ref}: {label}")
            self.buttons[key].setAccessibleDescription(meaning)
        self.explanationEdit.setAccessibleName(QCoreApplication.translate("GpcChoice", "Explanation for {ref}").format(ref=self.row.ref))
        self.includedCombo.setAccessibleName(QCoreApplication.translate("GpcChoice", "Row where {ref} is included").format(ref=self.row.ref))
        self.includedCombo.setToolTip(QCoreApplication.translate("GpcChoice", "Where is it included?"))
        self.estimateButton.setText(QCoreApplication.translate("GpcChoice", "Estimate from national data…"))
        self.estimateButton.setToolTip(QCoreApplication.translate(
            "GpcChoice", "Propose a labelled top-down estimate for {ref}: the national inventory scaled by a local proxy").format(
            ref=self.row.ref))
        self.refresh()

    # -- showing the stored answer ----------------------------------------------------------------
    def current_key(self) -> str | None:
        """The checked choice (DATA, a key) or None."""
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def refresh(self) -> None:
        """Show what the project holds for this row."""
        notation = self.session.notation_of(self.row.ref)
        progress = self.session.progress().rows.get(self.row.ref)
        has_data = progress is not None and progress.answer in ("data", "both")
        key = notation[0] if notation else (DATA if has_data else None)
        self.group.setExclusive(False)
        for name, button in self.buttons.items():
            button.setChecked(name == key)
        self.group.setExclusive(True)
        is_key = key in KEYS
        self.explanationEdit.setEnabled(is_key)
        self.explanationEdit.setVisible(is_key)
        if not self.explanationEdit.hasFocus() and not self._timer.isActive():
            self.explanationEdit.setText(notation[1] if notation else "")
            self.explanationEdit.setCursorPosition(0)  # show the start of a long explanation
        self.explanationEdit.setPlaceholderText(
            QCoreApplication.translate("GpcChoice", "Explain the key (required)") if is_key else QCoreApplication.translate("GpcChoice", "Choose a key to explain it"))
        self.includedCombo.setVisible(key == "IE")
        position = self.includedCombo.findData(notation[2] if notation else "")
        self.includedCombo.setCurrentIndex(max(position, 0))
        self.resultLabel.setText(QCoreApplication.translate("GpcChoice", "{value} tCO2e").format(value=format_tonnes(progress.co2e_t))
                                 if progress is not None and progress.answer in ("data", "both") else "")
        estimated = self.row.ref in self.session.estimated_rows()
        self.estimateButton.setVisible(_estimable(self.row.ref) and (estimated or progress is None or progress.answer == "none"))
        state = self._state(progress, notation)
        if estimated:
            self.stateLabel.setText(QCoreApplication.translate(
                "GpcChoice", "Estimated (top-down), quality Low: entering measured data here replaces the estimate."))
            state = "estimated"
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def _state(self, progress, notation) -> str:
        if progress is None or progress.answer == "none":
            self.stateLabel.setText(QCoreApplication.translate("GpcChoice", "Not answered yet.") if progress is None or progress.required
                                    else QCoreApplication.translate("GpcChoice", "Optional at this reporting level."))
            return "not_started"
        if progress.complete:
            self.stateLabel.setText(QCoreApplication.translate("GpcChoice", "✓ Answered."))
            return "complete"
        if notation and not notation[1].strip():
            self.stateLabel.setText(QCoreApplication.translate("GpcChoice", "The key counts only with an explanation."))
        elif notation and notation[0] == "IE" and not notation[2]:
            self.stateLabel.setText(QCoreApplication.translate("GpcChoice", "Choose the row where it is included."))
        elif progress.answer == "both":
            self.stateLabel.setText(QCoreApplication.translate("GpcChoice", "This row has data and a key: keep one."))
        else:
            self.stateLabel.setText(QCoreApplication.translate("GpcChoice", "Some rows in the table need attention."))
        problems = [p for p in self.session.progress().problems_for([self.row.ref]) if p.is_open]
        return "needs_attention" if problems or notation else "in_progress"

    # -- the officer's choices --------------------------------------------------------------------
    def choose(self, key: str) -> None:
        """The officer picked a choice."""
        self._timer.stop()
        if key == DATA:
            self.enter_data_requested.emit(self.row.ref)
            return
        old = self.session.notation_of(self.row.ref)
        if old and old[0] == key:
            return
        explanation = self.explanationEdit.text() if old else ""
        included = self.includedCombo.currentData() if key == "IE" else ""
        text = QCoreApplication.translate("GpcChoice", "Choose {key} for {ref}").format(key=key, ref=self.row.ref)
        push(self.session, self.session.notation_changes(self.row.ref, (key, explanation, included or "")), text)
        self.explanationEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_explanation(self, force: bool = False) -> None:
        """Store the typed explanation (and IE's row) if it differs from the stored one."""
        self._timer.stop()
        old = self.session.notation_of(self.row.ref)
        if old is None:
            return
        new = (old[0], self.explanationEdit.text(), (self.includedCombo.currentData() or "") if old[0] == "IE" else "")
        if new == old:
            return
        text = QCoreApplication.translate("GpcChoice", "Explain {key} for {ref}").format(key=old[0], ref=self.row.ref)
        push(self.session, self.session.notation_changes(self.row.ref, new), text, merge_key=f"explain:{self.row.ref}")
