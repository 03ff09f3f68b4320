"""The inventory years in the window: a year selector always visible on the toolbar (Alt+Y), a
Years menu (add a year empty or copied, delete the year shown, make it the base year, previous /
next year with Ctrl+Alt+PgUp / PgDown), and the dialog that adds a year. Every change is one
undo step (app.commands.push); the ChangeSets come from the Qt-free store.years.

Nothing from the calculation side is imported at module level (fast start): store.years is
imported where a year is added or deleted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from gcomdesk.app.main_window import MainWindow
    from gcomdesk.app.session import Session


def year_label(year: int, base_year: int | None) -> str:
    """A year as the selector shows it: '2018 (base year)' for the base year."""
    return QCoreApplication.translate("YearsController", "%1 (base year)").replace("%1", str(year)) if year == base_year else str(year)


class AddYearDialog(QDialog):
    """Which year to add, and whether it starts empty or as a copy of another year (amounts kept or cleared)."""

    def __init__(self, years: list[int], shown: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addYearDialog")
        self.setWindowTitle(self.tr("Add an inventory year"))
        self._years = list(years)
        self.yearSpin = QSpinBox(self)
        self.yearSpin.setRange(1990, 2100)
        free = [y for y in (max(years) + 1, min(years) - 1) if 1990 <= y <= 2100 and y not in years]
        self.yearSpin.setValue(free[0] if free else max(years))
        self.emptyRadio = QRadioButton(self.tr("&Empty (enter every figure)"), self)
        self.copyRadio = QRadioButton(self.tr("&Copy the records of"), self)
        self.copyCombo = QComboBox(self)
        for year in years:
            self.copyCombo.addItem(str(year), year)
        self.copyCombo.setCurrentIndex(years.index(shown) if shown in years else len(years) - 1)
        self.keepCheck = QCheckBox(self.tr("&Keep the amounts (otherwise they are cleared, to be entered for the new year)"), self)
        group = QButtonGroup(self)
        group.addButton(self.emptyRadio)
        group.addButton(self.copyRadio)
        self.copyRadio.setChecked(True)
        self.noteLabel = QLabel(self)
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setObjectName("addYearNote")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        year_label_ = QLabel(self.tr("&Year:"), self)
        year_label_.setBuddy(self.yearSpin)
        form.addRow(year_label_, self.yearSpin)
        form.addRow(self.emptyRadio)
        form.addRow(self.copyRadio, self.copyCombo)
        form.addRow(self.keepCheck)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.noteLabel)
        layout.addWidget(self.buttons)
        for signal in (self.yearSpin.valueChanged, self.copyRadio.toggled, self.keepCheck.toggled, self.copyCombo.currentIndexChanged):
            signal.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        copying = self.copyRadio.isChecked()
        self.copyCombo.setEnabled(copying)
        self.keepCheck.setEnabled(copying)
        taken = self.year() in self._years
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not taken)
        if taken:
            note = self.tr("The project already holds %1.").replace("%1", str(self.year()))
        elif not copying:
            note = self.tr("%1 starts empty, with the factor editions published for it.").replace("%1", str(self.year()))
        elif self.keepCheck.isChecked():
            note = self.tr("%1 starts with the records and amounts of %2, calculated with the editions published for %1."
                       ).replace("%1", str(self.year())).replace("%2", str(self.copy_from()))
        else:
            note = self.tr("%1 starts with the rows, sources and notation keys of %2; amounts and reported tonnes are "
                       "cleared and must be entered.").replace("%1", str(self.year())).replace("%2", str(self.copy_from()))
        self.noteLabel.setText(note)

    def year(self) -> int:
        """The year to add."""
        return int(self.yearSpin.value())

    def copy_from(self) -> int | None:
        """The year copied, or None for an empty year."""
        return int(self.copyCombo.currentData()) if self.copyRadio.isChecked() else None

    def keep_amounts(self) -> bool:
        """True when the copied amounts are kept."""
        return self.copyRadio.isChecked() and self.keepCheck.isChecked()


class YearsController(QObject):
    """The year selector on the toolbar and the Years menu of the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: Session | None = None
        self.label = QLabel(window)
        self.combo = QComboBox(window)
        self.combo.setObjectName("yearCombo")
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setBuddy(self.combo)
        self.combo.activated.connect(self._chosen)
        toolbar = window.mainToolBar
        toolbar.addSeparator()
        self.label_action = toolbar.addWidget(self.label)
        self.combo_action = toolbar.addWidget(self.combo)
        self.menu = QMenu(window)
        self.menu.setObjectName("menuYears")
        window.menubar.insertMenu(window.menuLanguage.menuAction(), self.menu)
        self.add_action = self._action("actionAddYear", "Ctrl+Alt+N", self.add_year)
        self.delete_action = self._action("actionDeleteYear", "", self.delete_year)
        self.base_action = self._action("actionBaseYear", "", self.mark_base_year)
        self.menu.addSeparator()
        self.previous_action = self._action("actionPreviousYear", "Ctrl+Alt+PgUp", lambda: self.step(-1))
        self.next_action = self._action("actionNextYear", "Ctrl+Alt+PgDown", lambda: self.step(1))
        self.retranslate()
        self.set_session(None)

    def _action(self, name: str, key: str, slot) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    # -- session ---------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        """Follow the open inventory (None: nothing to choose)."""
        self.session = session
        if session is not None:
            session.years_changed.connect(self.refresh)
            session.year_changed.connect(lambda _year: self.refresh())
        for action in (self.label_action, self.combo_action):
            action.setVisible(session is not None)
        self.menu.menuAction().setVisible(session is not None)
        self.refresh()

    def refresh(self) -> None:
        """The selector's years and the actions' state, from the session."""
        session = self.session
        self.combo.blockSignals(True)
        self.combo.clear()
        if session is not None:
            base = session.profile.base_year
            for year in session.years:
                self.combo.addItem(year_label(year, base), year)
            self.combo.setCurrentIndex(session.years.index(session.year))
        self.combo.blockSignals(False)
        has = session is not None
        several = has and len(session.years) > 1
        self.delete_action.setEnabled(several)
        self.base_action.setEnabled(has and session.profile.base_year != session.year)
        self.previous_action.setEnabled(several and session.year != session.years[0])
        self.next_action.setEnabled(several and session.year != session.years[-1])

    def _chosen(self, index: int) -> None:
        if self.session is not None and index >= 0:
            self.session.set_year(int(self.combo.itemData(index)))

    def step(self, delta: int) -> None:
        """Show the previous or next year."""
        if self.session is None:
            return
        years = self.session.years
        index = max(0, min(len(years) - 1, years.index(self.session.year) + delta))
        self.session.set_year(years[index])

    # -- edits -----------------------------------------------------------------------------
    def add_year(self) -> int | None:
        """Ask which year to add and how it starts; add it as one undo step and show it."""
        session = self.session
        if session is None:
            return None
        dialog = AddYearDialog(session.years, session.year, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.add(dialog.year(), dialog.copy_from(), dialog.keep_amounts())

    def add(self, year: int, copy_from: int | None, keep_amounts: bool) -> int | None:
        """Add a year (one undo step) and show it; None when the project refused."""
        from gcomdesk.app.commands import push
        from gcomdesk.core.errors import GcomdeskError
        from gcomdesk.store.years import add_year

        try:
            changes = add_year(self.session.inventory, year, copy_from, keep_amounts)
        except GcomdeskError as exc:
            self.session.write_failed.emit(exc)
            return None
        command = push(self.session, changes, self.tr("Add the year %1").replace("%1", str(year)))
        return year if command is not None else None

    def delete_year(self, confirm: bool = True) -> bool:
        """Delete the year shown, with its records, after asking (one undo step)."""
        from gcomdesk.app.commands import push
        from gcomdesk.store.years import delete_year

        session = self.session
        if session is None or len(session.years) < 2:
            return False
        year, count = session.year, len(session.records_frame())
        if confirm:
            answer = QMessageBox.question(
                self.window, self.tr("Delete a year"),
                self.tr("Delete the year %1 and its %2 records? Undo (Ctrl+Z) brings them back.").replace(
                    "%1", str(year)).replace("%2", f"{count:,}"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return push(session, delete_year(session.inventory, year), self.tr("Delete the year %1").replace("%1", str(year))) is not None

    def mark_base_year(self) -> None:
        """Make the year shown the project's base year (one undo step)."""
        from gcomdesk.app.commands import push
        from gcomdesk.store.years import set_base_year

        if self.session is not None:
            year = self.session.year
            push(self.session, set_base_year(self.session.inventory, year), self.tr("Make %1 the base year").replace("%1", str(year)))

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        self.label.setText(self.tr("&Year:"))
        self.menu.setTitle(self.tr("Yea&rs"))
        self.add_action.setText(self.tr("&Add a year..."))
        self.delete_action.setText(self.tr("&Delete this year..."))
        self.base_action.setText(self.tr("Make this the &base year"))
        self.previous_action.setText(self.tr("&Previous year"))
        self.next_action.setText(self.tr("&Next year"))
        self.combo.setAccessibleName(self.tr("Inventory year"))
        self.combo.setToolTip(self.tr("The inventory year shown and edited. Alt+Y chooses another; the Years menu adds one."))
        self.add_action.setStatusTip(self.tr("Add an inventory year, empty or copied from another year"))
        self.base_action.setStatusTip(self.tr("The base year is what GCoM, CDP and the national target compare with"))
        self.refresh()
