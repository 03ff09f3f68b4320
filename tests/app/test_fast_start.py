"""The start page is on screen before anything heavy is imported (issue 9, item 5); the
calculation side loads right after, off the GUI thread, and a file still opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "numpy", "matplotlib", "openpyxl", "pint")

CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from gcomdesk.app.startup import create_application
app = create_application(["gcomdesk"], lang="ko")
from gcomdesk.app.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
shown = [m for m in HEAVY_MODULES if m in sys.modules]
start_page = window.modeStack.currentWidget() is window.startHost and window.start_page.isVisible()
QTimer.singleShot(20000, app.quit)  # a safety net; the warm-up ends far sooner
window._warm_runner.idle.connect(app.quit)
app.exec()
print(json.dumps({"shown": shown, "start_page": start_page, "warmed": window._ref is not None,
                  "after": [m for m in ("pandas", "numpy") if m in sys.modules]}))
window.close()
""".replace("HEAVY_MODULES", repr(HEAVY))


def test_start_page_shows_before_pandas_and_matplotlib_load(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), GCOMDESK_CONFIG_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["start_page"], "the start page is what the window shows first"
    assert seen["shown"] == [], f"imported before the start page was on screen: {seen['shown']}"
    # ...and right after, off the GUI thread, the calculation side is loaded and the library read.
    assert seen["warmed"] and seen["after"] == ["pandas", "numpy"]


def test_the_sample_opens_while_or_after_warming_up(qtbot, tmp_path):
    from gcomdesk.app.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.files.open_sample()  # at once: the reference library loads on demand if the warm-up has not finished
    qtbot.waitUntil(lambda: window.session is not None, timeout=60000)
    assert window.session.results().totals["basic"] > 0
    qtbot.waitUntil(lambda: window._ref is not None, timeout=60000)
    window.files.close_session()
