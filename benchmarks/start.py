"""Benchmark: the window's start page on screen (offscreen platform), from the first line of a fresh
interpreter to `MainWindow().show()` and its first event pass, beside a bare PySide6 QMainWindow
with a QLabel measured the same way in the same run. Each is a child process (imports are what is
measured); the median of the runs is reported with the child's peak RSS, and which heavy modules
were loaded when the page was shown (none should be: they load right after, off the GUI thread).

Run: .venv/bin/python benchmarks/start.py [RUNS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pandas", "numpy", "matplotlib", "openpyxl", "pint")

_PRELUDE = """
import time
_t0 = time.perf_counter()
import json, resource, sys
"""
_EPILOGUE = """
app.processEvents()
_elapsed = time.perf_counter() - _t0
print(json.dumps({"s": _elapsed, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "heavy": [m for m in HEAVY_MODULES if m in sys.modules]}))
""".replace("HEAVY_MODULES", repr(HEAVY))
GCOMDESK = _PRELUDE + """
from gcomdesk.app.startup import create_application
app = create_application(["gcomdesk"], lang="ko")
from gcomdesk.app.main_window import MainWindow
window = MainWindow()
window.show()
""" + _EPILOGUE
BARE = _PRELUDE + """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
window.setCentralWidget(QLabel("gcomdesk"))
window.show()
""" + _EPILOGUE


def run(code: str) -> dict:
    """One child process; its JSON line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               GCOMDESK_CONFIG_DIR=tempfile.mkdtemp(prefix="gcomdesk-bench-"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(runs: int) -> None:
    """Alternate the two children `runs` times and print the medians and the ratio."""
    ours, bare = [], []
    for _ in range(runs):
        ours.append(run(GCOMDESK))
        bare.append(run(BARE))
    ours_s, bare_s = statistics.median(r["s"] for r in ours), statistics.median(r["s"] for r in bare)
    ours_mb, bare_mb = statistics.median(r["rss_mb"] for r in ours), statistics.median(r["rss_mb"] for r in bare)
    print(f"start page shown   gcomdesk {ours_s:.3f} s, {ours_mb:.0f} MB peak; heavy modules loaded: {ours[-1]['heavy'] or 'none'}")
    print(f"bare QMainWindow   {bare_s:.3f} s, {bare_mb:.0f} MB peak")
    print(f"ratio              {ours_s / bare_s:.2f}x time, {ours_mb / bare_mb:.2f}x memory (median of {runs})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
