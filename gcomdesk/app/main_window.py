"""The main window (ui/main_window.ui): the start page when no inventory is open; otherwise the
step navigator beside the current step's page. Actions and menus live in app.actions, file
handling in app.file_handling, the long-work indicator in app.status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from gcomdesk.app import i18n, settings
from gcomdesk.app.actions import WindowActions
from gcomdesk.app.file_handling import FileController
from gcomdesk.app.formatting import format_tonnes
from gcomdesk.app.forms import load_form
from gcomdesk.app.navigator import STEP_ID_ROLE, StepDelegate, StepListModel
from gcomdesk.app.pages import create_page
from gcomdesk.app.pages.start import StartPage
from gcomdesk.app.status import BusyIndicator
from gcomdesk.app.workers import TaskRunner
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.core.steps import STEP_IDS


class MainWindow(QMainWindow):
    """One window, one open inventory at a time."""

    session_changed = Signal(object)  # the new Session, or None

    def __init__(self, ref: ReferenceLibrary | None = None) -> None:
        super().__init__()
        load_form("main_window.ui", self)
        self.ref = ref or load_reference()
        self.session = None
        self.pages: dict[str, QWidget] = {}
        self.runner = TaskRunner(self)
        self.undo_group = QUndoGroup(self)
        self.navigator_model = StepListModel(self)
        self.navigatorView.setModel(self.navigator_model)
        self.navigatorView.setItemDelegate(StepDelegate(self.navigatorView))
        self.navigatorView.selectionModel().currentChanged.connect(lambda current, _old: self._show_row(current.row()))
        self.start_page = StartPage(self.startHost)
        self.startHostLayout.addWidget(self.start_page)
        self.busy = BusyIndicator(self.statusbar, self.runner)
        self.actions_ = WindowActions(self)
        self.files = FileController(self)
        self.start_page.new_requested.connect(self.files.new_inventory)
        self.start_page.open_requested.connect(self.files.open_dialog)
        self.start_page.sample_requested.connect(self.files.open_sample)
        self.start_page.workshop_requested.connect(self.files.workshop_copy)
        self.start_page.recent_requested.connect(self.files.open_path)
        self.workSplitter.setStretchFactor(1, 1)
        self._restore_geometry()
        self.set_session(None)

    # -- the open inventory -------------------------------------------------------------------
    def set_session(self, session) -> None:
        """Show an inventory (or the start page when `session` is None)."""
        for page in self.pages.values():
            self.pageStack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.session = session
        self.navigator_model.set_session(session)
        if session is None:
            self.start_page.refresh()
            self.modeStack.setCurrentWidget(self.startHost)
        else:
            self.undo_group.addStack(session.undo_stack)
            self.undo_group.setActiveStack(session.undo_stack)
            session.results_changed.connect(self._show_total)
            session.profile_changed.connect(self._update_title)
            session.navigate_requested.connect(self.navigate)
            session.write_failed.connect(self._write_failed)
            session.recalculating.connect(self.busy.recalculating)
            self.modeStack.setCurrentWidget(self.workspace)
            self.show_step("profile" if session.progress().steps["profile"].state.value != "complete" else "stationary")
            self._show_total()
        self.actions_.session_changed(session)
        self.retranslate()
        self.session_changed.emit(session)

    def page(self, step_id: str) -> QWidget:
        """The page of a step (built the first time it is shown)."""
        page = self.pages.get(step_id)
        if page is None:
            page = create_page(step_id, self.session, self.pageStack)
            self.pageStack.addWidget(page)
            self.pages[step_id] = page
        return page

    def current_step(self) -> str | None:
        """The step shown now (None on the start page)."""
        index = self.navigatorView.currentIndex()
        return index.data(STEP_ID_ROLE) if self.session is not None and index.isValid() else None

    def show_step(self, step_id: str) -> None:
        """Select a step in the navigator and show its page."""
        index = self.navigator_model.index(STEP_IDS.index(step_id))
        self.navigatorView.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_row(index.row())

    def _show_row(self, row: int) -> None:
        if self.session is None or not 0 <= row < len(STEP_IDS):
            return
        page = self.page(STEP_IDS[row])
        self.pageStack.setCurrentWidget(page)
        if hasattr(page, "refresh"):
            page.refresh()

    def navigate(self, step_id: str, gpc_ref: str = "", record_id: int = 0, field: str = "") -> None:
        """Go to a step and, where the page can, to a GPC row, record or field."""
        if self.session is None or step_id not in STEP_IDS:
            return
        self.show_step(step_id)
        page = self.page(step_id)
        if gpc_ref and hasattr(page, "focus_target"):
            page.focus_target(gpc_ref, int(record_id or 0), field or "")

    def _show_total(self) -> None:
        if self.session is None:
            self.totalLabel.setText("")
            return
        totals = self.session.results().totals
        self.totalLabel.setText(QCoreApplication.translate("MainWindow", "BASIC total: {basic} tCO2e\nBASIC+: {plus} tCO2e").format(
            basic=format_tonnes(totals["basic"]), plus=format_tonnes(totals["basic_plus"])))

    def _write_failed(self, error) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "The change was not saved"), error.render(i18n.language()))

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts that carry values (the form's own texts retranslate themselves)."""
        self._update_title()
        self.actions_.retranslate()
        self._show_total()

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("gcomdesk")
        else:
            profile = self.session.profile
            name = profile.name_ko if i18n.language() == "ko" or not profile.name_en else profile.name_en
            self.setWindowTitle(f"{name} {profile.year} — {self.session.project.path.name} — gcomdesk")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange and hasattr(self, "actions_"):
            self.retranslate()
        super().changeEvent(event)

    # -- geometry and closing ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.get(settings.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get(settings.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.get(settings.SPLITTER)
        if not splitter.isEmpty():
            self.workSplitter.restoreState(splitter)

    def save_geometry(self) -> None:
        """Remember size, position and the navigator's width."""
        settings.put(settings.GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        settings.put(settings.SPLITTER, self.workSplitter.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.files.close_session()
        self.save_geometry()
        self.runner.cancel()
        self.runner.wait(10000)
        super().closeEvent(event)
