"""Handout screenshots for trainers: the start page and every step of an inventory, as numbered
PNG files, rendered without showing a window (the offscreen platform)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from gcomdesk.app.file_handling import load_project
from gcomdesk.app.main_window import MainWindow
from gcomdesk.app.session import Session
from gcomdesk.core.step_ids import STEP_IDS
from gcomdesk.samples import build_sample
from gcomdesk.store.project import Project

SIZE = (1366, 860)


def _settle() -> None:
    """Let layouts and deferred paints finish before grabbing."""
    for _ in range(6):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents()


def render_screenshots(out_dir: str | Path, path: str | Path | None = None) -> list[Path]:
    """Write 01-start.png and one PNG per step of `path` (default: a fresh sample city) to `out_dir`."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    _settle()
    written = [out / "01-start.png"]
    window.grab().save(str(written[0]))
    with tempfile.TemporaryDirectory(prefix="gcomdesk-shots-") as tmp:
        source = Path(path) if path else build_sample(Path(tmp) / "sample.gcdx")
        loaded = load_project(source, window.ref)
        session = Session(Project.open(source), window.ref, window, records=loaded.records, analysis=loaded.analysis)
        window.set_session(session)
        for number, step_id in enumerate(STEP_IDS, start=2):
            window.show_step(step_id)
            _settle()
            target = out / f"{number:02d}-{step_id}.png"
            window.grab().save(str(target))
            written.append(target)
        window.set_session(None)
        session.close()
    window.close()
    app.processEvents()
    return written
