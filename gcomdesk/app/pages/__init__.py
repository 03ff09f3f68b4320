"""The pages of the steps: the profile, one generated page per sector step, and the Review,
Results and Export pages (review.py, results.py, export.py), each a QWidget built as
`Page(session, parent)` with `refresh()` and `retranslate()`. A page that fails to build is
replaced by a plain page that says so, and the error is logged: the window stays usable."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from gcomdesk.core.step_ids import SECTOR_STEPS

if TYPE_CHECKING:
    from gcomdesk.app.pages.base import StepPage
    from gcomdesk.app.session import Session

log = logging.getLogger("gcomdesk")


def page_classes() -> dict:
    """The page class of each non-sector step after the profile."""
    from gcomdesk.app.pages.export import ExportPage
    from gcomdesk.app.pages.results import ResultsPage
    from gcomdesk.app.pages.review import ReviewPage

    return {"review": ReviewPage, "results": ResultsPage, "export": ExportPage}


def create_page(step_id: str, session: Session, parent: QWidget | None = None) -> StepPage:
    """Build the page of a step."""
    from gcomdesk.app.pages.placeholder import PlaceholderPage

    if step_id == "profile":
        from gcomdesk.app.pages.profile import ProfilePage

        return ProfilePage(session, parent)
    if step_id in SECTOR_STEPS:
        from gcomdesk.app.pages.sector import SectorPage

        return SectorPage(session, step_id, parent)
    page_class = page_classes()[step_id]
    try:
        page = page_class(session, parent)
    except Exception:  # one broken page must not make the whole window unusable; it is logged
        log.exception("the %s page failed to build", step_id)
        return PlaceholderPage(session, step_id, parent)
    page.setObjectName(f"page_{step_id}")
    return page
