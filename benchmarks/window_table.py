"""Benchmark: the window with 100,000 records in one sub-sector: open, build the card's table,
paint the visible rows, one edit (written, patched, recalculated in the background).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/window_table.py [N]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GCOMDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="gcomdesk-bench-"))

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402

from gcomdesk.app.startup import create_application  # noqa: E402
from gcomdesk.core.model import Record, new_profile  # noqa: E402
from gcomdesk.core.reference import load_reference  # noqa: E402
from gcomdesk.store.project import Project  # noqa: E402


def wait_for(condition, seconds: float = 60.0) -> None:
    end = time.perf_counter() + seconds
    while not condition() and time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    create_application(lang="en")
    from gcomdesk.app.main_window import MainWindow

    rng = random.Random(1)
    path = Path(tempfile.mkdtemp()) / "bench.gcdx"
    with Project.create(path, new_profile(load_reference(), name_ko="벤치마크시", region_code="11", year=2022)) as project:
        project.add_records([Record("activity", "I.1.1", year=2022, activity="city_gas_lng", amount=rng.uniform(1, 1e4),
                                    unit="kNm3", data_source="benchmark", quality="M") for _ in range(n)])
    window = MainWindow()
    window.resize(1366, 860)
    window.show()
    start = time.perf_counter()
    window.files.open_path(path)
    wait_for(lambda: window.session is not None)
    print(f"{'open (read + calculate off the GUI thread)':<48} {(time.perf_counter() - start) * 1000:9.1f} ms")
    start = time.perf_counter()
    window.show_step("stationary")
    card = window.page("stationary").current_card()
    window.grab()
    print(f"{'show the card with ' + str(n) + ' rows and paint':<48} {(time.perf_counter() - start) * 1000:9.1f} ms")
    start = time.perf_counter()
    card.table.scrollToBottom()
    window.grab()
    print(f"{'scroll to the last row and paint':<48} {(time.perf_counter() - start) * 1000:9.1f} ms")
    model = card.model
    start = time.perf_counter()
    model.setData(model.index(0, 2), "1,234.5")
    print(f"{'one edit until the GUI is free again':<48} {(time.perf_counter() - start) * 1000:9.1f} ms")
    start = time.perf_counter()
    wait_for(lambda: not window.session.stale)
    print(f"{'  ... background recalculation':<48} {(time.perf_counter() - start) * 1000:9.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
