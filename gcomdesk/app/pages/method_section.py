"""'Calculate with a method' on a sub-sector card: the MethodForm embedded for each GPC row the
core has a sector method for."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from gcomdesk.app.pages.method_form import MethodForm
from gcomdesk.core.methods import REGISTRY

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

log = logging.getLogger("gcomdesk")


def refs_with_methods(gpc_refs: list[str]) -> list[str]:
    """The GPC rows (of these) that a registered sector method serves."""
    served = {ref for method in REGISTRY.values() for ref in method.gpc_refs}
    return [r for r in gpc_refs if r in served]


class MethodSection(QWidget):
    """One toggle per GPC row; the form is built the first time it is opened."""

    @classmethod
    def create(cls, session: Session, gpc_refs: list[str], parent=None) -> MethodSection | None:
        """The section, or None when no method serves these rows."""
        if not gpc_refs:
            return None
        return cls(session, gpc_refs, parent)

    def __init__(self, session: Session, gpc_refs: list[str], parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.toggles: dict[str, QPushButton] = {}
        self.forms: dict[str, MethodForm] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for ref in gpc_refs:
            button = QPushButton(self)
            button.setCheckable(True)
            button.toggled.connect(lambda on, r=ref: self._toggle(r, on))
            self.toggles[ref] = button
            self._layout.addWidget(button)
        self.retranslate()

    def _toggle(self, ref: str, on: bool) -> None:
        form = self.forms.get(ref)
        if form is None and on:
            try:
                form = MethodForm(self.session, ref, self)
            except Exception:  # a broken form must not take the card down; it is logged
                log.exception("MethodForm(%s) failed", ref)
                self.toggles[ref].setEnabled(False)
                return
            self.forms[ref] = form
            self._layout.insertWidget(self._layout.indexOf(self.toggles[ref]) + 1, form)
        if form is not None:
            form.setVisible(on)

    def retranslate(self) -> None:
        """Button texts in the current language."""
        for ref, button in self.toggles.items():
            button.setText(QCoreApplication.translate("MethodSection", "Calculate {ref} with a method").format(ref=ref))
        for form in self.forms.values():
            form.retranslate()
