"""Benchmark: the offline bundle (dist/gcomdesk/ from `python3 dev.py bundle`): its size unpacked and
zipped, and how long its executables take, beside a bare PySide6 QMainWindow (benchmarks/start.py's)
and the same commands from source, in the same run. Each is a fresh child process with an empty HOME;
the median of the runs is reported.

Run: .venv/bin/python benchmarks/bundle.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.start import BARE  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def timed(args: list[str], runs: int) -> float:
    """Median wall time of `args` as a fresh process (offscreen, empty HOME); it must exit 0."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
            start = time.perf_counter()
            subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int) -> None:
    folder = DIST / "gcomdesk"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())  # links: once
    zips = sorted(DIST.glob("gcomdesk-*.zip"))
    print(f"bundle folder          {size / 1e6:.0f} MB unpacked, {sum(1 for _ in folder.rglob('*'))} files")
    if zips:
        print(f"zip                    {zips[-1].name} {zips[-1].stat().st_size / 1e6:.0f} MB")
    py = sys.executable
    rows = [
        ("bare PySide6 window (python)", [py, "-c", BARE]),
        ("bundle gcomdesk --version", [str(folder / "gcomdesk"), "--version"]),
        ("bundle gcomdesk-cli --version", [str(folder / "gcomdesk-cli"), "--version"]),
        ("source gcomdesk-cli --version", [py, "-m", "gcomdesk.cli", "--version"]),
        ("bundle gcomdesk --self-test", [str(folder / "gcomdesk"), "--self-test"]),
        ("source gcomdesk --self-test", [py, "-m", "gcomdesk.app.main", "--self-test"]),
    ]
    figures = {}
    for name, args in rows:
        figures[name] = timed(args, runs)
        print(f"{name:<31}{figures[name]:.2f} s")
    bare = figures["bare PySide6 window (python)"]
    print(f"ratio bundle self-test / bare window   {figures['bundle gcomdesk --self-test'] / bare:.1f}x")
    print(f"ratio bundle / source self-test        {figures['bundle gcomdesk --self-test'] / figures['source gcomdesk --self-test']:.2f}x"
          f" (median of {runs})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
