"""Application-wide set-up: high-DPI, the Korean font the window brings along, the style sheet
and the translators. Works on an application pytest-qt already created, too."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from gcomdesk import __version__
from gcomdesk.app import i18n
from gcomdesk.fonts import korean_font_files
from gcomdesk.paths import ui_path

log = logging.getLogger("gcomdesk")
_registered: list[str] = []


def register_korean_font() -> list[str]:
    """Register the bundled Nanum Gothic (or the system's Korean font) and return its families."""
    if not _registered:
        for path in korean_font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not register font %s", path)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _registered:
                    _registered.append(family)
    return list(_registered)


def apply_korean_font(app: QApplication) -> str | None:
    """Make the Korean font the application font (Latin text keeps the system font as a fallback)."""
    families = register_korean_font()
    if not families:
        log.warning("no Korean font found; Hangul may not render")
        return None
    font = QFont(app.font())
    system_family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    font.setFamilies([families[0], system_family])
    app.setFont(font)
    return families[0]


def apply_style(app: QApplication) -> None:
    """Load ui/gcomdesk.qss."""
    path = ui_path("gcomdesk.qss")
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def create_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """Return the QApplication, set up for gcomdesk (creating it when needed)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv or ["gcomdesk"]))
    QCoreApplication.setApplicationName("gcomdesk")
    QCoreApplication.setOrganizationName("gcomdesk")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("gcomdesk")
    apply_korean_font(app)
    apply_style(app)
    i18n.install(lang or i18n.preferred_language())
    return app
