"""What to do while another process holds a project file: the store calls `report(path, waited_s,
limit_s)` about every second while it waits (the CLI prints a line, the window keeps its busy
indicator). Kept apart from store.project so a front end can set it without loading pandas."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

report: Callable[[Path, float, float], None] | None = None
