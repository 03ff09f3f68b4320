"""Files: new, open (also recent, the sample and a workshop copy), import, save a copy, close.

Opening reads and calculates on the thread pool with its own connection (SQLite connections stay
on the thread that made them), then the GUI thread opens the file again for editing. A file that
cannot be opened gives a plain message and leaves the window as it was.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from gcomdesk.app import i18n, settings
from gcomdesk.core.errors import GcomdeskError, ImportRejected
from gcomdesk.store.schema import FILE_SUFFIX

if TYPE_CHECKING:  # the calculation side (pandas...) loads after the start page is shown
    import pandas as pd

    from gcomdesk.app.main_window import MainWindow
    from gcomdesk.core.analysis import Analysis
    from gcomdesk.core.reference import ReferenceLibrary

log = logging.getLogger("gcomdesk")
SAMPLE_FILE = "hanbit-sample" + FILE_SUFFIX


@dataclass
class Loaded:
    """An inventory read and calculated off the GUI thread."""

    path: Path
    records: pd.DataFrame
    analysis: Analysis


def load_project(path: Path, ref: ReferenceLibrary) -> Loaded:
    """Read a project file and calculate it (runs on a worker thread, with its own connection)."""
    from gcomdesk.store.inventory import Inventory

    with Inventory.open(path, ref) as inventory:
        return Loaded(path, inventory.records, inventory.analysis())


def task_labels() -> dict[str, str]:
    """What the status bar says while file work runs (in the current language)."""
    return {"open": QCoreApplication.translate("Files", "Opening the inventory…"),
            "sample": QCoreApplication.translate("Files", "Building the sample city…"),
            "import": QCoreApplication.translate("Files", "Importing activity data…")}


def sample_path() -> Path:
    """Where 'open the sample city' builds its fresh copy."""
    folder = settings.data_dir() / "sample"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / SAMPLE_FILE


class FileController(QObject):
    """The window's file operations."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preview_dialog = None  # the import preview while it is open
        window.actionNew.triggered.connect(self.new_inventory)
        window.actionOpen.triggered.connect(self.open_dialog)
        window.actionOpenSample.triggered.connect(self.open_sample)
        window.actionWorkshop.triggered.connect(self.workshop_copy)
        window.actionImport.triggered.connect(self.import_activity)
        window.actionSaveCopyAs.triggered.connect(self.save_copy_as)
        window.actionClose.triggered.connect(self.close_session)
        window.runner.idle.connect(lambda: window.centralWidget().setEnabled(True))
        window.busy.set_labels(task_labels)

    @property
    def ref(self) -> ReferenceLibrary:
        """The reference library."""
        return self.window.ref

    def _filter(self) -> str:
        return QCoreApplication.translate("Files", "gcomdesk inventories (*{suffix})").format(suffix=FILE_SUFFIX)

    def _folder(self) -> str:
        return settings.get(settings.LAST_FOLDER) or str(Path.home())

    # -- opening ------------------------------------------------------------------------------
    def new_inventory(self) -> None:
        """The short form, then a new file, then open it."""
        from gcomdesk.app.new_inventory import NewInventoryDialog
        from gcomdesk.store.project import Project

        dialog = NewInventoryDialog(self.ref, self.window)
        if not dialog.exec():
            return
        try:
            Project.create(dialog.path(), dialog.profile).close()
        except GcomdeskError as exc:
            self._tell(QCoreApplication.translate("Files", "The inventory was not created"), exc.render(i18n.language()))
            return
        self.open_path(dialog.path())

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        path, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("Files", "Open an inventory"),
                                              self._folder(), self._filter())
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        """Open a project file (read and calculated off the GUI thread)."""
        path = Path(path)
        self._run("open", lambda state: load_project(path, self.ref), self._opened)

    def open_sample(self) -> None:
        """Build the sample city afresh in the user's data folder and open it."""
        target = sample_path()
        self._release(target)
        try:
            target.unlink(missing_ok=True)
        except OSError:  # still open in another gcomdesk (Windows locks it): build beside it
            target = target.with_name(f"{target.stem}-{datetime.now():%Y%m%d-%H%M%S}{FILE_SUFFIX}")
        self._run("sample", lambda state: load_project(_build_sample(target), self.ref), self._opened)

    def workshop_copy(self) -> None:
        """A participant's own copy of the sample, where they choose; the sample itself is untouched."""
        default = Path(self._folder()) / QCoreApplication.translate("Files", "Hanbit workshop{suffix}").format(suffix=FILE_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("Files", "Save your workshop copy as"),
                                              str(default), self._filter())
        if not path:
            return
        target = Path(path if path.endswith(FILE_SUFFIX) else path + FILE_SUFFIX)
        self._release(target)
        try:
            target.unlink(missing_ok=True)  # the file dialog already asked before replacing it
        except OSError as exc:
            self._tell(QCoreApplication.translate("Files", "The workshop copy was not made"), str(exc))
            return
        settings.put(settings.LAST_FOLDER, str(target.parent))
        self._run("sample", lambda state: load_project(_build_sample(target), self.ref), self._opened)

    def _opened(self, loaded: Loaded) -> None:
        from gcomdesk.app.session import Session
        from gcomdesk.store.project import Project

        try:
            project = Project.open(loaded.path)
        except GcomdeskError as exc:
            self._open_failed(exc)
            return
        self.close_session()
        session = Session(project, self.ref, self.window, records=loaded.records, analysis=loaded.analysis)
        settings.add_recent_file(loaded.path)
        settings.put(settings.LAST_FOLDER, str(loaded.path.parent))
        self.window.set_session(session)

    def _open_failed(self, exc: BaseException) -> None:
        title = QCoreApplication.translate("Files", "The file could not be opened")
        if isinstance(exc, GcomdeskError) and exc.message.key in RECOVERABLE:
            self._offer_recovery(title, exc)
        elif isinstance(exc, GcomdeskError):
            self._tell(title, exc.render(i18n.language()))
        else:
            log.error("opening failed", exc_info=exc)
            self._tell(title, QCoreApplication.translate("Files", "The file could not be read ({error}). It was not changed.").format(
                error=f"{type(exc).__name__}: {exc}"))

    def _offer_recovery(self, title: str, exc: GcomdeskError) -> None:
        """A damaged file: say what is wrong and offer to save what can be read to a new file."""
        answer = QMessageBox.question(
            self.window, title, exc.render(i18n.language()) + "\n\n" + QCoreApplication.translate(
                "Files", "Save what can be read to a new file? The damaged file is only read, never changed."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            return
        damaged = Path(str(exc.message.params.get("path", "")))
        target, _ = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("Files", "Save what can be read as"),
            str(damaged.with_name(damaged.stem + "-recovered" + FILE_SUFFIX)), self._filter())
        if not target:
            return
        target = target if target.endswith(FILE_SUFFIX) else target + FILE_SUFFIX

        def work(state):
            from gcomdesk.store.recover import recover

            return recover(damaged, target)

        def done(report) -> None:
            if report.left_out:
                box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Files", "Saved what could be read"),
                                  QCoreApplication.translate("Files", "{records} records were saved to {path}; {count} items "
                                                             "could not be read and were left out (details).").format(
                                      records=report.records, path=target, count=len(report.left_out)),
                                  QMessageBox.StandardButton.Ok, self.window)
                box.setDetailedText("\n".join(report.left_out))
                box.exec()
            self.open_path(target)

        self._run("open", work, done, self._open_failed)

    # -- other file work ----------------------------------------------------------------------
    def import_activity(self) -> None:
        """Import a CSV/XLSX of activity data into the open inventory (all or nothing; one undo step)."""
        session = self.window.session
        if session is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("Files", "Import activity data"), self._folder(),
                                              QCoreApplication.translate("Files", "Tables (*.csv *.txt *.xlsx *.xlsm)"))
        if not path:
            return
        from gcomdesk.app.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(self.window, path, list(session.years), session.profile)
        self.preview_dialog = dialog  # reachable while it is open (tests)
        dialog.finished.connect(lambda code: self._preview_closed(dialog, path, code))
        dialog.open()  # window-modal; the reading runs on the dialog's worker

    def _preview_closed(self, dialog, path: str, code: int) -> None:
        """After the preview: write what it read (asking first about years the project lacks)."""
        from gcomdesk.exchange.activity_import import missing_years

        self.preview_dialog = None
        dialog.deleteLater()
        session = self.window.session
        result = dialog.preview
        if session is None or code != QDialog.DialogCode.Accepted or result is None or not result.importable:
            self.window.statusbar.showMessage(QCoreApplication.translate("Files", "Nothing was imported."), 8000)
            return
        years = list(session.years)
        missing = missing_years(result.frame, years)
        if missing and not self._add_years_for_import(Path(path).name, missing):
            self.window.statusbar.showMessage(QCoreApplication.translate("Files", "Nothing was imported."), 8000)
            return
        self._write_import(path, result.frame, session.year, bool(missing))

    def _add_years_for_import(self, name: str, missing: list[int]) -> bool:
        """Ask whether the years a file names, which the project lacks, are to be added (default: no)."""
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("Files", "Years not in this inventory"),
            QCoreApplication.translate("Files", "{file} has rows for {years}, which this project does not hold. "
                                       "Add these years and import? (One undo step takes it all back.)").format(
                file=name, years=", ".join(map(str, missing))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _write_import(self, path: str, frame, year: int, add_years: bool) -> None:
        """Write a read file as one ChangeSet on a worker (its own connection), then one undo step."""
        session = self.window.session
        project_path = session.project.path
        from gcomdesk.app.commands import ApplyChangesCommand
        from gcomdesk.exchange.activity_import import import_changes
        from gcomdesk.store.project import Project

        def work(state):
            with Project.open(project_path) as project:  # this thread's own connection; one transaction
                changes = import_changes(project, frame, f"import {Path(path).name}", year, add_years)
                return changes, project.apply(changes, progress=state.report)

        def done(result) -> None:
            changes, applied = result
            session.applied_elsewhere(changes, applied)
            text = QCoreApplication.translate("Files", "Import {file}").format(file=Path(path).name)
            session.undo_stack.push(ApplyChangesCommand(session, changes, text, applied=applied))
            self.window.statusbar.showMessage(QCoreApplication.translate("Files", "Records imported: {count}.").format(
                count=len(applied.added_ids)), 8000)

        self._run("import", work, done, self._import_failed)

    def _import_failed(self, exc: BaseException) -> None:
        title = QCoreApplication.translate("Files", "Nothing was imported")
        if isinstance(exc, ImportRejected):
            box = QMessageBox(QMessageBox.Icon.Warning, title, exc.message.render(i18n.language()), QMessageBox.StandardButton.Ok,
                              self.window)
            box.setDetailedText(exc.render(i18n.language()))
            box.exec()
        elif isinstance(exc, GcomdeskError):
            self._tell(title, exc.render(i18n.language()))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def save_copy_as(self) -> None:
        """Write a consistent copy of the open file elsewhere (every change is already saved)."""
        session = self.window.session
        if session is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("Files", "Save a copy as"), self._folder(), self._filter())
        if not path:
            return
        target = Path(path if path.endswith(FILE_SUFFIX) else path + FILE_SUFFIX)
        if target.resolve() == session.project.path.resolve():
            return
        try:
            target.unlink(missing_ok=True)
            source, copy = sqlite3.connect(str(session.project.path)), sqlite3.connect(str(target))
            try:
                source.backup(copy)
            finally:
                copy.close()
                source.close()
        except (OSError, sqlite3.Error) as exc:
            self._tell(QCoreApplication.translate("Files", "The copy was not saved"), str(exc))
            return
        self.window.statusbar.showMessage(QCoreApplication.translate("Files", "A copy was saved as {path}.").format(path=target), 8000)

    def close_session(self) -> None:
        """Save what is being typed, close the file and show the start page."""
        session = self.window.session
        if session is None:
            return
        flush_pending_edits(self.window)
        self.window.undo_group.removeStack(session.undo_stack)
        session.close()
        self.window.set_session(None)
        session.deleteLater()

    # -- helpers ------------------------------------------------------------------------------
    def _release(self, path: Path) -> None:
        session = self.window.session
        if session is not None and session.project.path.resolve() == path.resolve():
            self.close_session()

    def _run(self, label: str, work, done, failed=None) -> None:
        """Run file work on the thread pool; the window waits (disabled) until it ends or is cancelled."""
        self.window.centralWidget().setEnabled(False)
        self.window.runner.start(label, work, done, failed or self._open_failed)

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)


# Damage the validation names (store/validate.py) where most of a file can still be read.
RECOVERABLE = frozenset({"project.foreign_sql", "project.missing_column", "project.bad_text", "project.bad_json",
                         "project.bad_field", "project.bad_record", "project.bad_acknowledgement", "project.bad_year"})


def _build_sample(target: Path) -> Path:
    """Build the sample city at `target` (on a worker thread)."""
    from gcomdesk.samples import build_sample

    return build_sample(target)


def flush_pending_edits(window: MainWindow) -> None:
    """Commit the editor that has focus and every explanation or profile text waiting to be saved."""
    from gcomdesk.app.pages.gpc_choice import GpcChoice
    from gcomdesk.app.pages.profile import ProfilePage

    focus = QApplication.focusWidget()
    if focus is not None and window.isAncestorOf(focus):
        focus.clearFocus()
    for choice in window.findChildren(GpcChoice):
        choice.save_explanation()
    for page in window.findChildren(ProfilePage):
        page.flush()
