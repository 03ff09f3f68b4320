"""Benchmark: opening a 100,000-record province file with open = validate (schema, triggers, profile
and years, every record's types and ranges, every text cell's UTF-8), beside the same open without
the validation and the bare library (sqlite3 connect + PRAGMA quick_check), and open + reading every record
(`records_frame()`, what the window and every command read next). Median of 5.

Run: .venv/bin/python benchmarks/open_validate.py [N]
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gcomdesk.store import project as project_module  # noqa: E402
from gcomdesk.store.project import Project  # noqa: E402
from gcomdesk.store.validate import validate  # noqa: E402
from tests.province import province_file  # noqa: E402

RUNS = 5


def median(step) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    path = province_file(Path(tempfile.mkdtemp(prefix="gcomdesk-open-")) / "province.gcdx", n)

    def bare() -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA quick_check").fetchone()
        conn.close()

    def validate_only() -> None:
        conn = sqlite3.connect(path)
        validate(conn, path, 2)
        conn.close()

    def without(read: bool = False) -> None:
        with mock.patch.object(project_module, "validate", lambda *a: None):
            with Project.open(path) as project:
                if read:
                    project.records_frame()

    def read() -> None:
        with Project.open(path) as project:
            project.records_frame()

    with Project.open(path) as opened:
        assert opened.record_count() == n
    figures = {
        "bare sqlite3 connect + quick_check": median(bare),
        "validate() alone": median(validate_only),
        "Project.open without validation": median(without),
        "Project.open (validated)": median(lambda: Project.open(path).close()),
        "open + records_frame() without validation": median(lambda: without(read=True)),
        "open + records_frame() (validated)": median(read),
    }
    for name, seconds in figures.items():
        print(f"{name:48s} {seconds * 1000:8.1f} ms")
    print(f"Project.open validated / without: {figures['Project.open (validated)'] / figures['Project.open without validation']:.2f}")
    print(f"open + read validated / without:  {figures['open + records_frame() (validated)'] / figures['open + records_frame() without validation']:.2f}")
    print(f"Project.open validated / bare:    {figures['Project.open (validated)'] / figures['bare sqlite3 connect + quick_check']:.2f}")


if __name__ == "__main__":
    main()
