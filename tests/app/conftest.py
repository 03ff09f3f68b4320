"""GUI test fixtures: a fresh settings folder per test, English to start with, no crash dialog,
and helpers that drive the real window the way an officer does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["GCOMDESK_NO_CRASH_DIALOG"] = "1"

from gcomdesk.core.model import new_profile  # noqa: E402
from gcomdesk.store.project import Project  # noqa: E402
from tests.app.helpers import REF, release  # noqa: E402


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch) -> Path:
    """Settings, logs and the sample's data folder live in this test's own folder."""
    folder = tmp_path / "config"
    monkeypatch.setenv("GCOMDESK_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> list[tuple[str, str, str]]:
    """Message boxes never block a test: each call is recorded as (kind, title, text)."""
    from PySide6.QtWidgets import QMessageBox

    calls: list[tuple[str, str, str]] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *args, _kind=kind, **kw: calls.append((_kind, title, text)) or QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: calls.append(("exec", self.windowTitle(), self.text())) or 0)
    return calls


@pytest.fixture
def app(qapp):
    """The QApplication set up as gcomdesk does it, in English."""
    from gcomdesk.app import i18n
    from gcomdesk.app.startup import create_application

    application = create_application(lang="en")
    yield application
    i18n.install("en")


@pytest.fixture
def window(app, qtbot):
    """The real main window, shown (offscreen)."""
    from gcomdesk.app.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.session is not None:
        win.files.close_session()
    win.runner.wait(10000)


@pytest.fixture
def empty_file(tmp_path) -> Path:
    """A new, empty inventory file."""
    path = tmp_path / "empty.gcdx"
    Project.create(path, new_profile(REF, name_ko="테스트시", region_code="44", year=2022, population=250000)).close()
    return path


@pytest.fixture
def empty_session(app, empty_file):
    """A Session over a new, empty inventory file."""
    from gcomdesk.app.session import Session
    from gcomdesk.store.project import Project

    s = Session(Project.open(empty_file), REF)
    yield s
    s.close()
    release(s)


@pytest.fixture
def sample_session(app, sample_file):
    """A Session over a fresh copy of the sample city, released on the GUI thread afterwards."""
    from gcomdesk.app.session import Session
    from gcomdesk.store.project import Project

    s = Session(Project.open(sample_file))
    yield s
    s.close()
    release(s)
