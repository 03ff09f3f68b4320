"""What every step page is to the window: a widget over the open Session that redraws itself
(`refresh`), retranslates its texts (`retranslate`) and, where it holds GPC rows, can bring one
into view (`focus_target`). The window calls these directly; no page is probed for what it has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from gcomdesk.app.session import Session


class StepPage(QWidget):
    """The page of one step of the navigator."""

    session: Session | None

    def refresh(self) -> None:
        """Redraw from the session (called when the page is shown)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts in the current language."""
        raise NotImplementedError

    def focus_target(self, gpc_ref: str, record_id: int = 0, field: str = "") -> None:
        """Bring a GPC row (a record, a field) into view. Pages without GPC rows (the profile,
        review, results and export) have nothing to bring forward: showing the page is all."""
