"""The window's language: one gcomdesk translator plus Qt's own, switched at run time.

Qt UI strings go through tr() and resources/translations/gcomdesk_<lang>.qm; core messages are
rendered with `render()` in the current language. Installing a translator makes Qt send
LanguageChange to every widget (each calls its `retranslate()`); models and other non-widgets
listen to `notifier.language_changed`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from gcomdesk.app import settings
from gcomdesk.core.messages import Message
from gcomdesk.paths import resource_path

LANGUAGES = ("ko", "en")


class _Notifier(QObject):
    language_changed = Signal(str)


notifier = _Notifier()
_current = {"lang": "en"}
_installed: list[QTranslator] = []


def system_language() -> str:
    """'ko' when GCOMDESK_LANG or the system locale says Korean, else 'en'."""
    forced = os.environ.get("GCOMDESK_LANG", "")
    if forced in LANGUAGES:
        return forced
    return "ko" if QLocale.system().name().lower().startswith("ko") else "en"


def preferred_language() -> str:
    """The remembered language, or the system's when none was chosen."""
    chosen = settings.get(settings.LANGUAGE)
    return chosen if chosen in LANGUAGES else system_language()


def language() -> str:
    """The language the window shows now ('ko' or 'en')."""
    return _current["lang"]


def render(message: Message) -> str:
    """A core message in the window's language."""
    return message.render(language())


def translations_dir() -> str:
    """Folder of the compiled .qm catalogues."""
    return str(resource_path("translations"))


def _load(name: str, lang: str, folders: list[str]) -> QTranslator | None:
    translator = QTranslator()
    for folder in folders:
        if translator.load(f"{name}_{lang}", folder):
            return translator
    return None


def install(lang: str) -> None:
    """Install the catalogues of `lang` (replacing any installed ones); widgets retranslate on LanguageChange."""
    if lang not in LANGUAGES:
        lang = "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folders in (("qtbase", [translations_dir(), qt_folder]), ("gcomdesk", [translations_dir()])):
        translator = _load(name, lang, folders)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    _current["lang"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English,
                               QLocale.Country.SouthKorea if lang == "ko" else QLocale.Country.UnitedStates))
    notifier.language_changed.emit(lang)


def switch(lang: str) -> None:
    """Change the language now and remember it."""
    settings.put(settings.LANGUAGE, lang)
    install(lang)
