"""Benchmark: `gcomdesk-cli export --draft` of a generated N-record province file (16 fuel and
electricity rows, one year; tests/province.py), beside bare openpyxl write-only mode writing the
same cell values, in the same run. Each side runs as its own child process; its wall time and peak
resident memory come from os.wait4 (the getrusage figures of that one child).

The bare side writes the rows of the activity.csv the export itself produced (N rows x the 40
columns of the Activity data sheet, numbers as numbers) with `ws.append(values)` into a
`Workbook(write_only=True)`: no styles, no other sheets, no CSV, no analysis. Its time is the read +
write pass minus a read-only pass over the same CSV, so reading the CSV is not counted.

Run: .venv/bin/python benchmarks/export_100k.py [N]
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_TIME, TARGET_MB = 1.5, 400


def _cells(path: Path):
    """The CSV's data rows as cell values: numbers as floats, empty fields as None."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for row in reader:
            values = []
            for field in row:
                if not field:
                    values.append(None)
                    continue
                try:
                    values.append(float(field))
                except ValueError:
                    values.append(field)
            yield values


def bare_child(csv_path: str, out: str) -> None:
    """The bare side (run in its own process): openpyxl write-only, plain values."""
    from openpyxl import Workbook

    start = time.perf_counter()
    count = sum(sum(v is not None for v in row) for row in _cells(Path(csv_path)))
    read = time.perf_counter() - start
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Activity data")
    for row in _cells(Path(csv_path)):
        ws.append(row)
    wb.save(out)
    print(f"{time.perf_counter() - start - read:.3f} {count}")


def run_child(args: list[str]) -> tuple[float, float, str]:
    """Run a child process; return (wall seconds, its peak RSS in MB, its stdout)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, env={**os.environ, "PYTHONPATH": str(ROOT)})
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage (Linux: ru_maxrss in KiB)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{args[:4]} failed ({proc.returncode}):\n{err.read()[-2000:]}")
        return seconds, usage.ru_maxrss / 1024, out.read()


def main() -> None:
    from tests.province import province_file

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory(prefix="gcomdesk-export-bench-") as folder:
        run(n, Path(folder), province_file)


def run(n: int, work: Path, province_file) -> None:
    """Build the province in `work`, export it, write the bare workbook, print both and the ratios."""
    project = province_file(work / "province.gcom", n)
    out_dir = work / "out"
    seconds, mb, _ = run_child([sys.executable, "-m", "gcomdesk.cli", "export", str(project), "--out", str(out_dir),
                                "--draft"])
    _, bare_mb, printed = run_child([sys.executable, __file__, "--bare", str(out_dir / "activity.csv"),
                                     str(work / "bare.xlsx")])
    bare_seconds, cells = float(printed.split()[0]), int(printed.split()[1])
    workbook = next(out_dir.glob("*.xlsx"))
    print(f"{n:,} records; the Activity data sheet holds {cells:,} non-empty cells of {n * 40:,}")
    print(f"gcomdesk-cli export --draft (workbook + activity.csv + charts): {seconds:.1f} s, peak {mb:.0f} MB, "
          f"workbook {workbook.stat().st_size / 1e6:.1f} MB")
    print(f"bare openpyxl write-only, same cell values:                     {bare_seconds:.1f} s, peak {bare_mb:.0f} MB")
    print(f"ratio: time {seconds / bare_seconds:.2f}x (target <= {TARGET_TIME}x), "
          f"memory {mb / bare_mb:.2f}x (target: peak < {TARGET_MB} MB)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--bare":
        bare_child(sys.argv[2], sys.argv[3])
    else:
        main()
