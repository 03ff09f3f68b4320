"""Qt Designer forms (ui/*.ui) loaded at run time with QUiLoader onto our own widget classes.

No generated code: the .ui file is the only source of a form's layout and texts. Loading onto a
`base` instance (the usual PySide recipe) lets a Python class own the form: every named child
and action becomes an attribute of `base`. Language change is enabled, so the texts from the
form retranslate themselves when the translator changes.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from gcomdesk.paths import ui_path


class FormError(RuntimeError):
    """A form file is missing or does not load (a packaging error)."""


class _Loader(QUiLoader):
    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base = base
        self.setLanguageChangeEnabled(True)
        self.setTranslationEnabled(True)

    def createWidget(self, class_name: str, parent: QWidget | None = None, name: str = "") -> QWidget:  # noqa: N802 - Qt override
        if parent is None:
            return self._base
        widget = super().createWidget(class_name, parent, name)
        if name:
            setattr(self._base, name, widget)
        return widget

    def createAction(self, parent: QObject | None = None, name: str = ""):  # noqa: N802 - Qt override
        action = super().createAction(parent, name)
        if name:
            setattr(self._base, name, action)
        return action

    def createActionGroup(self, parent: QObject | None = None, name: str = ""):  # noqa: N802 - Qt override
        group = super().createActionGroup(parent, name)
        if name:
            setattr(self._base, name, group)
        return group

    def createLayout(self, class_name: str, parent: QObject | None = None, name: str = ""):  # noqa: N802 - Qt override
        layout = super().createLayout(class_name, parent, name)
        if name:
            setattr(self._base, name, layout)
        return layout


def load_form(name: str, base: QWidget) -> QWidget:
    """Load ui/<name> onto `base` (whose class must match the form's top-level widget class)."""
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot read form {path}")
    try:
        loader = _Loader(base)
        widget = loader.load(file, None)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"cannot load form {path}: {loader.errorString()}")
    return widget
