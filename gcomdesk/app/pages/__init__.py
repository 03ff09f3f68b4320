"""The pages of the steps. Sector steps and the profile are ours; Review, Results and Export come
from other modules (review.py, results.py, export.py) once they exist, each a QWidget built as
`Page(session, parent)` with `refresh()` and `retranslate()`; until then a plain placeholder."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtWidgets import QWidget

from gcomdesk.core.steps import SECTOR_STEPS

log = logging.getLogger("gcomdesk")
EXTERNAL_PAGES = {"review": ("review", "ReviewPage"), "results": ("results", "ResultsPage"), "export": ("export", "ExportPage")}


def external_page_class(step_id: str):
    """The page class another module provides for a step, or None if it has not landed."""
    module_name, class_name = EXTERNAL_PAGES[step_id]
    try:
        module = importlib.import_module(f"gcomdesk.app.pages.{module_name}")
    except ImportError as exc:
        log.info("page %s not available: %s", step_id, exc)
        return None
    return getattr(module, class_name, None)


def create_page(step_id: str, session, parent=None) -> QWidget:
    """Build the page of a step."""
    from gcomdesk.app.pages.placeholder import PlaceholderPage

    if step_id == "profile":
        from gcomdesk.app.pages.profile import ProfilePage

        return ProfilePage(session, parent)
    if step_id in SECTOR_STEPS:
        from gcomdesk.app.pages.sector import SectorPage

        return SectorPage(session, step_id, parent)
    page_class = external_page_class(step_id)
    if page_class is None:
        return PlaceholderPage(session, step_id, parent)
    try:
        page = page_class(session, parent)
    except Exception:  # another module's page must not make the whole window unusable; it is logged
        log.exception("the %s page failed to build", step_id)
        return PlaceholderPage(session, step_id, parent)
    page.setObjectName(f"page_{step_id}")
    return page
