"""Application-wide set-up: high-DPI, the Korean font the window brings along, the style sheet
and the translators. Works on an application pytest-qt already created, too."""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from gcomdesk import __version__
from gcomdesk.app import i18n
from gcomdesk.fonts import korean_font_files
from gcomdesk.paths import ui_path

log = logging.getLogger("gcomdesk")
_registered: list[str] = []
_guarded: list[bool] = []


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


def guard_none_refcount() -> bool:
    """Work around PySide6 6.12 on Python < 3.12: its methods that return nothing hand back
    Py_None without a reference (fine where None is immortal, 3.12+), so every such call (setText,
    setVisible...) takes one reference from None until Python aborts with "none_dealloc". Where
    the probe sees the leak, None, True and False get a reserve of references, as 3.12 does.
    Returns True when the guard was needed."""
    if sys.version_info >= (3, 12) or _guarded:
        return False
    before = sys.getrefcount(None)
    name = QCoreApplication.applicationName()
    for _ in range(16):
        QCoreApplication.setApplicationName(name)  # a static method that returns nothing
    if sys.getrefcount(None) > before - 8:
        return False
    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 40  # ob_refcnt is the first field (CPython)
    _guarded.append(True)
    log.warning("PySide6 leaks references to None on this Python; reserve added (use Python 3.12+)")
    return True


def create_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """Return the QApplication, set up for gcomdesk (creating it when needed)."""
    guard_none_refcount()
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
