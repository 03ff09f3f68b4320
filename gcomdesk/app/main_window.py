"""The main window (ui/main_window.ui): the start page when no inventory is open; otherwise the
step navigator beside the current step's page. Actions and menus live in app.actions, file
handling in app.file_handling, the long-work indicator in app.status.

The start page is on screen before anything heavy is imported: the calculation side (pandas,
numpy, the reference library, the checks) loads right after, on a worker thread (`warm_up`).
Whatever needs it first simply uses it (`ref` loads on demand; a file opens on a worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox

from gcomdesk.app import i18n, settings
from gcomdesk.app.actions import WindowActions
from gcomdesk.app.estimate import EstimateController
from gcomdesk.app.file_handling import FileController
from gcomdesk.app.formatting import format_tonnes
from gcomdesk.app.forms import load_form
from gcomdesk.app.navigator import STEP_ID_ROLE, StepDelegate, StepListModel
from gcomdesk.app.pages import create_page
from gcomdesk.app.pages.base import StepPage
from gcomdesk.app.pages.start import StartPage
from gcomdesk.app.request import RequestController
from gcomdesk.app.rollup import RollupController
from gcomdesk.app.status import BusyIndicator
from gcomdesk.app.workers import TaskRunner
from gcomdesk.app.workshop import WorkshopController
from gcomdesk.app.years import YearsController
from gcomdesk.core.step_ids import STEP_IDS

if TYPE_CHECKING:
    from gcomdesk.app.session import Session
    from gcomdesk.core.reference import ReferenceLibrary

WARM_UP_DELAY_MS = 100


class MainWindow(QMainWindow):
    """One window, one open inventory at a time."""

    session_changed = Signal(object)  # the new Session, or None

    def __init__(self, ref: ReferenceLibrary | None = None) -> None:
        super().__init__()
        self.actions_: WindowActions | None = None  # a LanguageChange can arrive while the form loads
        self.years: YearsController | None = None
        self.requests: RequestController | None = None
        self.rollups: RollupController | None = None
        self.workshop: WorkshopController | None = None
        self.estimates: EstimateController | None = None
        load_form("main_window.ui", self)
        self._ref = ref
        self.session: Session | None = None
        self.pages: dict[str, StepPage] = {}
        self.runner = TaskRunner(self)
        self._warm_runner = TaskRunner(self)  # its own runner: a file task must not cancel the warm-up
        self.undo_group = QUndoGroup(self)
        self.navigator_model = StepListModel(self)
        self.navigatorView.setModel(self.navigator_model)
        self.navigatorView.setItemDelegate(StepDelegate(self.navigatorView))
        self.navigatorView.selectionModel().currentChanged.connect(lambda current, _old: self._show_row(current.row()))
        self.start_page = StartPage(self.startHost)
        self.startHostLayout.addWidget(self.start_page)
        self.busy = BusyIndicator(self.statusbar, self.runner)
        self.actions_ = WindowActions(self)
        self.years = YearsController(self)
        self.files = FileController(self)
        self.requests = RequestController(self)
        self.rollups = RollupController(self)
        self.workshop = WorkshopController(self)
        self.estimates = EstimateController(self)
        self.start_page.new_requested.connect(self.files.new_inventory)
        self.start_page.open_requested.connect(self.files.open_dialog)
        self.start_page.sample_requested.connect(self.files.open_sample)
        self.start_page.workshop_requested.connect(self.files.workshop_copy)
        self.start_page.recent_requested.connect(self.files.open_path)
        self.workSplitter.setStretchFactor(1, 1)
        self._restore_geometry()
        self.set_session(None)
        QTimer.singleShot(WARM_UP_DELAY_MS, self.warm_up)  # after the start page's first paint

    @property
    def ref(self) -> ReferenceLibrary:
        """The reference library (loaded on first use; `warm_up` normally has it ready)."""
        if self._ref is None:
            from gcomdesk.core.reference import load_reference

            self._ref = load_reference()
        return self._ref

    def warm_up(self) -> None:
        """Load the calculation side on a worker thread once the start page is on screen."""
        if self._ref is None:
            self._warm_runner.start("warm_up", lambda state: _load_calculation_side(), self._warmed, lambda exc: None)

    def _warmed(self, ref: ReferenceLibrary) -> None:
        if self._ref is None:
            self._ref = ref

    # -- the open inventory -------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
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
            session.year_changed.connect(self._year_changed)
            session.estimate_requested.connect(self.estimates.open_dialog)
            self.modeStack.setCurrentWidget(self.workspace)
            self.show_step("profile" if session.progress().steps["profile"].state.value != "complete" else "stationary")
            self._show_total()
        self.actions_.session_changed(session)
        self.years.set_session(session)
        self.requests.set_session(session)
        self.workshop.set_session(session)
        self.estimates.set_session(session)
        self.retranslate()
        self.session_changed.emit(session)

    def page(self, step_id: str) -> StepPage:
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
        page.refresh()

    def navigate(self, step_id: str, gpc_ref: str = "", record_id: int = 0, field: str = "") -> None:
        """Go to a step and, where the page can, to a GPC row, record or field."""
        if self.session is None or step_id not in STEP_IDS:
            return
        self.show_step(step_id)
        page = self.page(step_id)
        if gpc_ref:
            page.focus_target(gpc_ref, int(record_id or 0), field or "")

    def _year_changed(self, _year: int) -> None:
        """Another year is shown: the title, and the page on screen redrawn from that year."""
        self._update_title()
        step = self.current_step()
        if step is not None:
            self.page(step).refresh()

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
        if self.years is not None:
            self.years.retranslate()
        if self.requests is not None:
            self.requests.retranslate()
        if self.rollups is not None:
            self.rollups.retranslate()
        if self.workshop is not None:
            self.workshop.retranslate()
        if self.estimates is not None:
            self.estimates.retranslate()
        self._show_total()

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("gcomdesk")
        else:
            profile = self.session.profile
            name = profile.name_ko if i18n.language() == "ko" or not profile.name_en else profile.name_en
            self.setWindowTitle(f"{name} {profile.year} — {self.session.project.path.name} — gcomdesk")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange and self.actions_ is not None:
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


def _load_calculation_side() -> ReferenceLibrary:
    """Import what opening and calculating an inventory needs, and read the reference library.

    Runs on a worker thread: Qt-free modules only (the window's own modules that use them are
    light once these are loaded). A failure here is not reported: the same work runs again, with
    its error shown, when the officer opens a file."""
    import gcomdesk.core.analysis  # noqa: F401 - pandas, numpy, the calculation and the checks
    import gcomdesk.exchange.activity_import  # noqa: F401
    import gcomdesk.store.inventory  # noqa: F401
    from gcomdesk.core.reference import load_reference

    return load_reference()
