"""Every setting the window keeps, declared once (name, type, default) over QSettings.

Preferences and window geometry live in two INI files in the configuration folder, so that a
broken geometry never costs the officer their preferences. GCOMDESK_CONFIG_DIR (tests set it)
moves both files; otherwise the platform's user configuration folder is used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

APP_NAME = "gcomdesk"
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    key: str
    type: type
    default: Any


LANGUAGE = Setting("ui/language", str, "")  # "" = follow the system locale
RECENT_FILES = Setting("files/recent", list, [])
LAST_FOLDER = Setting("files/last_folder", str, "")
CRASH_DIALOG = Setting("debug/crash_dialog", bool, True)
# Window geometry, kept in its own file.
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
SPLITTER = Setting("window/navigator_splitter", QByteArray, QByteArray())


def config_dir() -> Path:
    """The folder that holds the settings files."""
    override = os.environ.get("GCOMDESK_CONFIG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir() -> Path:
    """The user's log folder (inside the configuration folder when GCOMDESK_CONFIG_DIR is set)."""
    override = os.environ.get("GCOMDESK_LOG_DIR")
    if override:
        folder = Path(override)
    elif os.environ.get("GCOMDESK_CONFIG_DIR"):
        folder = config_dir() / "logs"
    else:
        folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir() -> Path:
    """The user's data folder (where the sample city is built)."""
    if os.environ.get("GCOMDESK_CONFIG_DIR"):
        folder = config_dir() / "data"
    else:
        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _store(setting: Setting) -> QSettings:
    name = "window.ini" if setting.key.startswith("window/") else "gcomdesk.ini"
    return QSettings(str(config_dir() / name), QSettings.Format.IniFormat)


def get(setting: Setting) -> Any:
    """Return the stored value of a setting, converted to its type (the default if absent or unreadable)."""
    raw = _store(setting).value(setting.key, None)
    if raw is None:
        return setting.default
    if setting.type is list:
        return [str(v) for v in raw] if isinstance(raw, list) else [str(raw)] if raw else []
    if setting.type is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
    if setting.type is QByteArray:
        return raw if isinstance(raw, QByteArray) else setting.default
    try:
        return setting.type(raw)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value: Any) -> None:
    """Store a setting (written to disk at once)."""
    store = _store(setting)
    store.setValue(setting.key, value)
    store.sync()


def recent_files() -> list[str]:
    """Recently opened project files, newest first."""
    return get(RECENT_FILES)


def add_recent_file(path: str | Path) -> list[str]:
    """Put a file at the top of the recent list and return the list."""
    path = str(Path(path).resolve())
    files = [path] + [f for f in recent_files() if f != path]
    put(RECENT_FILES, files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent_file(path: str | Path) -> None:
    """Drop a file from the recent list (it could not be opened)."""
    path = str(Path(path).resolve())
    put(RECENT_FILES, [f for f in recent_files() if f != path])
