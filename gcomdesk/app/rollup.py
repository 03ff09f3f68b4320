"""File > Roll up municipal inventories…: choose the municipal files and the province file, roll up
on a worker thread (exchange.rollup), then open the province file and show the findings. Nothing
from the calculation side is imported at module level (fast start)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.app.workers import failure_text

if TYPE_CHECKING:
    from gcomdesk.app.main_window import MainWindow


class RollupDialog(QDialog):
    """The municipal files (added, removed) and the province file to write."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollupDialog")
        self.setWindowTitle(self.tr("Roll up municipal inventories"))
        self._folder = folder
        self.filesList = QListWidget(self)
        self.addButton = QPushButton(self.tr("&Add files…"), self)
        self.removeButton = QPushButton(self.tr("&Remove"), self)
        for button in (self.addButton, self.removeButton):
            button.setAutoDefault(False)  # Enter rolls up, it never opens a file chooser
        self.addButton.clicked.connect(self._add)
        self.removeButton.clicked.connect(self._remove)
        self.pathEdit = QLineEdit(self)
        self.pathEdit.setText(str(folder / "province.gcdx"))
        self.browseButton = QPushButton(self.tr("&Browse…"), self)
        self.browseButton.setAutoDefault(False)
        self.browseButton.clicked.connect(self._browse)
        note = QLabel(self.tr("The municipal files are only read. Each GPC row of the province is the sum of the "
                              "municipalities' results on the province's GWP set and factor editions; territorial rows "
                              "(I.4.4, III.n.3) stay the province's own. Rolling up into an existing province file "
                              "replaces its previous roll-up and says what moved."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Roll &up"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        files_label = QLabel(self.tr("&Municipal files:"), self)
        files_label.setBuddy(self.filesList)
        side = QVBoxLayout()
        side.addWidget(self.addButton)
        side.addWidget(self.removeButton)
        side.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.filesList, 1)
        files.addLayout(side)
        out_label = QLabel(self.tr("&Province file:"), self)
        out_label.setBuddy(self.pathEdit)
        out = QHBoxLayout()
        out.addWidget(self.pathEdit, 1)
        out.addWidget(self.browseButton)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(files_label)
        layout.addLayout(files)
        layout.addWidget(out_label)
        layout.addLayout(out)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.addButton.setFocus()

    def add_paths(self, paths: list[str]) -> None:
        """Add municipal files (each once)."""
        present = set(self.inputs())
        for path in paths:
            if path and Path(path) not in present:
                self.filesList.addItem(str(path))
                present.add(Path(path))

    def inputs(self) -> list[Path]:
        """The municipal files, in order."""
        return [Path(self.filesList.item(i).text()) for i in range(self.filesList.count())]

    def path(self) -> Path:
        """The province file (.gcdx added when missing)."""
        text = self.pathEdit.text().strip()
        return Path(text if text.lower().endswith(".gcdx") else text + ".gcdx")

    def _add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Municipal inventories"), str(self._folder),
                                                self.tr("gcomdesk inventories (*.gcdx)"))
        self.add_paths(paths)

    def _remove(self) -> None:
        for item in self.filesList.selectedItems():
            self.filesList.takeItem(self.filesList.row(item))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.pathEdit.text(),
                                              self.tr("gcomdesk inventories (*.gcdx)"))
        if path:
            self.pathEdit.setText(path)

    def _accept(self) -> None:
        if self.inputs() and self.pathEdit.text().strip():
            self.accept()


class RollupController(QObject):
    """The File menu's "Roll up municipal inventories…" action (no inventory needs to be open)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RollupDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionRollup")
        self.action.triggered.connect(self.open_dialog)
        window.menuFile.insertAction(window.actionSaveCopyAs, self.action)
        self.retranslate()

    def retranslate(self) -> None:
        """The action's text in the current language."""
        self.action.setText(QCoreApplication.translate("RollupController", "&Roll up municipal inventories…"))
        self.action.setToolTip(QCoreApplication.translate(
            "RollupController", "Add up municipal .gcdx files into a provincial inventory, with each one's contribution"))

    def open_dialog(self) -> None:
        """Ask (window-modal, without a nested event loop), then roll up on a worker."""
        session = self.window.session
        folder = session.project.path.parent if session is not None else Path.home()
        self.dialog = RollupDialog(folder, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda d=self.dialog: self.write(d.inputs(), d.path()))
        self.dialog.finished.connect(self._forget)
        self.dialog.open()

    def _forget(self, _result: int) -> None:
        self.dialog = None

    def write(self, inputs: list[Path], target: Path) -> None:
        """Roll up off the GUI thread; then open the province file and show the findings."""
        session = self.window.session
        if session is not None and session.project.path.resolve() == target.resolve():
            self.window.files.close_session()  # the roll-up writes it: open it afresh afterwards
        ref = self.window.ref
        lang = i18n.language()

        def work(_state):
            from gcomdesk.exchange.rollup import roll_up

            return roll_up(target, inputs, ref=ref)

        def done(result) -> None:
            from gcomdesk.exchange.rollup.findings import render

            lines = [render(f, lang) for f in result.findings]
            if result.moved or not result.created:
                lines.append(QCoreApplication.translate("RollupController", "{count} rows moved since the previous roll-up.")
                             .format(count=len(result.moved)))
                lines += [f"  {m['municipality']} {m['gpc_ref']}: {m['before']:,.3f} → {m['after']:,.3f}" for m in result.moved]
            self.window.files.open_path(result.path)
            QMessageBox.information(self.window, QCoreApplication.translate("RollupController", "Roll-up written"),
                                    QCoreApplication.translate("RollupController", "{path}: {count} municipalities, {year}.")
                                    .format(path=result.path, count=len(result.sources), year=result.year)
                                    + ("\n\n" + "\n".join(lines) if lines else ""))

        label = QCoreApplication.translate("RollupController", "Rolling up the municipal inventories…")
        self.window.runner.start(label, work, done, lambda exc: self._failed(exc, lang))

    def _failed(self, exc: BaseException, lang: str) -> None:
        from gcomdesk.exchange.rollup.findings import render
        from gcomdesk.exchange.rollup.write import RollupRefused

        text = failure_text(exc, lang)
        if text is None:
            return
        if isinstance(exc, RollupRefused):
            text += "\n\n" + "\n".join(render(f, lang) for f in exc.findings)
        QMessageBox.warning(self.window, QCoreApplication.translate("RollupController", "Nothing was rolled up"), text)
