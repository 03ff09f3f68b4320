"""Handout screenshots: one PNG for the start page and one per step, in both languages, without
showing a window; and the command line that makes them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gcomdesk.app import i18n
from gcomdesk.app.screenshots import SIZE, render_screenshots
from gcomdesk.core.steps import STEP_IDS

NAMES = ["01-start.png"] + [f"{n:02d}-{s}.png" for n, s in enumerate(STEP_IDS, start=2)]


def test_screenshots_of_every_step_in_both_languages(app, tmp_path, sample_file):
    for lang in ("en", "ko"):
        i18n.install(lang)
        written = render_screenshots(tmp_path / lang, sample_file)
        assert [p.name for p in written] == NAMES
        for path in written:
            image = QImage(str(path))
            assert (image.width(), image.height()) == SIZE, path
    i18n.install("en")
    for name in NAMES:  # the two languages really differ on every page
        assert (tmp_path / "en" / name).read_bytes() != (tmp_path / "ko" / name).read_bytes(), name


@pytest.mark.slow
def test_the_command_line_renders_the_sample(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GCOMDESK_CONFIG_DIR=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-m", "gcomdesk.app.main", "--screenshots", str(tmp_path / "shots"), "--lang", "ko"],
                            env=env, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "shots").glob("*.png")) == NAMES
