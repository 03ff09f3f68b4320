"""The window's actions and menus: standard shortcuts, toolbar icons, undo/redo named after the
edit, language switching, step navigation (Ctrl+1..9) and the recent-files menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle

from gcomdesk import __version__
from gcomdesk.app import i18n, settings
from gcomdesk.app.navigator import step_titles
from gcomdesk.core.step_ids import STEP_IDS

if TYPE_CHECKING:
    from gcomdesk.app.main_window import MainWindow

NEEDS_SESSION = ("actionSaveCopyAs", "actionClose", "actionImport", "actionFindRow", "actionPreviousStep",
                 "actionNextStep", "actionFocusNavigator")


def _keys(*keys) -> list[QKeySequence]:
    """Key sequences without duplicates or empties (standard keys differ per platform)."""
    seen, out = set(), []
    for key in keys:
        for sequence in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]:
            if not sequence.isEmpty() and sequence.toString() not in seen:
                seen.add(sequence.toString())
                out.append(sequence)
    return out


class WindowActions:
    """Wires the form's actions to the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        style = w.style()
        shortcuts = {
            "actionNew": _keys(QKeySequence.StandardKey.New),
            "actionOpen": _keys(QKeySequence.StandardKey.Open),
            "actionSaveCopyAs": _keys(QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"),
            "actionClose": _keys(QKeySequence.StandardKey.Close),
            "actionQuit": _keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
            "actionFindRow": _keys(QKeySequence.StandardKey.Find),
            "actionPreviousStep": _keys("Ctrl+PgUp"),
            "actionNextStep": _keys("Ctrl+PgDown"),
            "actionFocusNavigator": _keys("F6"),
        }
        for name, keys in shortcuts.items():
            getattr(w, name).setShortcuts(keys)
        icons = {"actionNew": QStyle.StandardPixmap.SP_FileIcon, "actionOpen": QStyle.StandardPixmap.SP_DialogOpenButton,
                 "actionSaveCopyAs": QStyle.StandardPixmap.SP_DialogSaveButton,
                 "actionFindRow": QStyle.StandardPixmap.SP_FileDialogContentsView}
        for name, pixmap in icons.items():
            getattr(w, name).setIcon(style.standardIcon(pixmap))
        w.actionQuit.triggered.connect(w.close)
        w.actionFindRow.triggered.connect(self.find_row)
        w.actionPreviousStep.triggered.connect(lambda: self.step_by(-1))
        w.actionNextStep.triggered.connect(lambda: self.step_by(1))
        w.actionFocusNavigator.triggered.connect(lambda: w.navigatorView.setFocus())
        w.actionShowLogFolder.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(settings.log_dir()))))
        w.actionAbout.triggered.connect(self.about)
        self.language_group = QActionGroup(w)
        for action, lang in ((w.actionKorean, "ko"), (w.actionEnglish, "en")):
            self.language_group.addAction(action)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, code=lang: i18n.switch(code))
        self.step_actions: list[QAction] = []
        for number, step_id in enumerate(STEP_IDS, start=1):
            action = QAction(w)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, s=step_id: w.session and w.show_step(s))
            w.menuGo.addAction(action)
            self.step_actions.append(action)
        w.menuRecent.aboutToShow.connect(self._fill_recent)
        self.undo_action = self.redo_action = None
        self._make_undo_actions()

    def _make_undo_actions(self) -> None:
        """Undo/redo actions named after the edit ("Undo Edit Amount of I.1.1"); rebuilt when the language changes."""
        w = self.window
        old = (self.undo_action, self.redo_action)
        self.undo_action = w.undo_group.createUndoAction(w, QCoreApplication.translate("Actions", "Undo"))
        self.redo_action = w.undo_group.createRedoAction(w, QCoreApplication.translate("Actions", "Redo"))
        self.undo_action.setShortcuts(_keys(QKeySequence.StandardKey.Undo))
        self.redo_action.setShortcuts(_keys(QKeySequence.StandardKey.Redo, "Ctrl+Y", "Ctrl+Shift+Z"))
        self.undo_action.setIcon(w.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action.setIcon(w.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.undo_action.setObjectName("actionUndo")
        self.redo_action.setObjectName("actionRedo")
        first = w.menuEdit.actions()[0] if w.menuEdit.actions() else None
        w.menuEdit.insertActions(first, [self.undo_action, self.redo_action])
        tool_anchor = w.actionFindRow
        w.mainToolBar.insertActions(tool_anchor, [self.undo_action, self.redo_action])
        if old[0] is None:
            w.menuEdit.insertSeparator(first)
        for action in old:
            if action is not None:
                w.menuEdit.removeAction(action)
                w.mainToolBar.removeAction(action)
                action.deleteLater()

    def retranslate(self) -> None:
        """Texts built in code."""
        titles = step_titles()
        for action, step_id in zip(self.step_actions, STEP_IDS):
            action.setText(titles[step_id])
        lang = i18n.language()
        self.window.actionKorean.setChecked(lang == "ko")
        self.window.actionEnglish.setChecked(lang == "en")
        self._make_undo_actions()

    def session_changed(self, session) -> None:
        """Enable what needs an open inventory."""
        for name in NEEDS_SESSION:
            getattr(self.window, name).setEnabled(session is not None)
        for action in self.step_actions:
            action.setEnabled(session is not None)

    def step_by(self, delta: int) -> None:
        """Go to the previous or next step."""
        current = self.window.current_step()
        if current is not None:
            self.window.show_step(STEP_IDS[max(0, min(len(STEP_IDS) - 1, STEP_IDS.index(current) + delta))])

    def find_row(self) -> None:
        """Ask for a GPC row and go to its card."""
        from gcomdesk.app.find_row import FindRowDialog
        from gcomdesk.core.steps import step_of_gpc

        w = self.window
        if w.session is None:
            return
        dialog = FindRowDialog(w.ref, w)
        if dialog.exec() and dialog.chosen_ref():
            ref = dialog.chosen_ref()
            w.navigate(step_of_gpc(ref, w.ref) or "review", ref)

    def _fill_recent(self) -> None:
        menu = self.window.menuRecent
        menu.clear()
        files = [f for f in settings.recent_files() if Path(f).is_file()]
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.window.files.open_path(p))
        if not files:
            action = menu.addAction(QCoreApplication.translate("Actions", "No recent files"))
            action.setEnabled(False)

    def about(self) -> None:
        """Version and a line on what gcomdesk is."""
        QMessageBox.about(self.window, QCoreApplication.translate("Actions", "About gcomdesk"), QCoreApplication.translate(
            "Actions", "gcomdesk {version}\nGreenhouse-gas inventories for Korean cities and provinces (GPC, GCoM, CDP), offline.\n"
            "Settings: {settings}\nLogs: {logs}").format(version=__version__, settings=settings.config_dir(), logs=settings.log_dir()))

