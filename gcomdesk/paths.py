"""The one resource locator: finds bundled files from source and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """Return the folder that holds `resources/` content (reference data, samples, fonts...)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks `datas` under _MEIPASS; build.spec mirrors the layout
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("reference", "gwp.csv")``."""
    return resources_root().joinpath(*parts)


def ui_path(name: str) -> Path:
    """Return the path of a Qt Designer form or style sheet under `ui/`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return base / "ui" / name
