"""Benchmark: `gcomdesk-cli import` of a generated province CSV (N rows over 16 fuel and electricity
rows, one year; CP949 as Korean offices save it, amounts with thousands commas), as a whole process,
beside the bare libraries doing the same work in their own process: `pandas.read_csv` of the same
file + sqlite3 `executemany` of the rows into a fresh file (synchronous=FULL, one transaction).

Time is wall-clock around each child process; peak memory is the child's own maximum resident set
(the rusage `os.wait4` returns for it, the per-child form of `resource.getrusage(RUSAGE_CHILDREN)`).
Each side runs `--repeat` times (default 3), alternating; the best time and the lowest peak are reported.

Run: .venv/bin/python benchmarks/import_100k.py [ROWS] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# (GPC row, activity as an officer writes it, unit as written): the 16 rows of tests/province.py
ROWS = [("I.1.1", "도시가스(LNG)", "천Nm3"), ("I.1.1", "등유", "㎘"), ("I.1.2", "전력", "MWh"),
        ("I.2.1", "경유", "㎘"), ("I.2.2", "전력", "MWh"), ("I.2.1", "프로판", "톤"),
        ("I.3.1", "B-C유", "㎘"), ("I.3.2", "전력", "MWh"), ("I.3.1", "유연탄", "톤"),
        ("I.2.2", "열", "Gcal"), ("II.1.1", "경유", "㎘"), ("II.1.1", "휘발유", "L"),
        ("II.1.1", "부탄", "톤"), ("II.1.2", "전력", "MWh"), ("I.5.1", "경유", "kL"),
        ("I.1.1", "도시가스(LNG)", "MJ(GCV)")]
HEADER = "연도,GPC코드,활동,활동량,단위,자료출처,자료품질,시설명"

BARE = textwrap.dedent("""
    import sqlite3, sys
    import pandas as pd

    csv_path, db_path, schema = sys.argv[1:4]
    frame = pd.read_csv(csv_path, encoding="cp949", thousands=",", dtype={"시설명": str})
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(schema)
    conn.executemany(
        "INSERT INTO records (kind, year, gpc_ref, activity, amount, unit, data_source, quality, facility,"
        " import_file, import_row, created_at, updated_at) VALUES ('activity', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'now', 'now')",
        zip(frame["연도"].tolist(), frame["GPC코드"].tolist(), frame["활동"].tolist(), frame["활동량"].tolist(),
            frame["단위"].tolist(), frame["자료출처"].tolist(), frame["자료품질"].tolist(), frame["시설명"].tolist(),
            ["p.csv"] * len(frame), range(2, len(frame) + 2)))
    conn.execute("COMMIT")
    conn.close()
""")


def write_csv(path: Path, n: int, seed: int = 7) -> None:
    """The province file: n data rows, CP949, amounts written with thousands commas."""
    import numpy as np

    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(ROWS), n)
    amounts = rng.uniform(1, 1e5, n).round(3)
    lines = [HEADER]
    lines += [f'2022,{ROWS[k][0]},{ROWS[k][1]},"{a:,}",{ROWS[k][2]},생성 자료,중,시설 {i % 5000}'
              for i, (k, a) in enumerate(zip(pick, amounts))]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp949"))


def run(argv: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one child process; fails loudly if the child fails."""
    env = dict(os.environ, PYTHONPATH=str(REPO), GCOMDESK_CONFIG_DIR=tempfile.mkdtemp(prefix="gcomdesk-bench-"))
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a long error report cannot fill it and hang the child
        start = time.perf_counter()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        error = errors.read().decode(errors="replace")[-4000:]
    if child.returncode:
        raise SystemExit(f"{argv[:4]} failed ({child.returncode}):\n{error}")
    return seconds, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from gcomdesk.core.model import new_profile
    from gcomdesk.core.reference import load_reference
    from gcomdesk.store.project import Project
    from gcomdesk.store.schema import _V1

    schema = next(s for s in _V1.split(";") if "CREATE TABLE records" in s)
    folder = Path(tempfile.mkdtemp(prefix="gcomdesk-import-"))
    csv_path = folder / "province.csv"
    write_csv(csv_path, args.rows)
    profile = new_profile(load_reference(), name_ko="가상도", region_code="44", year=2022, level="provincial")
    ours, bare = [], []
    for attempt in range(args.repeat):
        project = folder / f"p{attempt}.gcdx"
        Project.create(project, profile, user="bench").close()
        ours.append(run([sys.executable, "-m", "gcomdesk.cli", "import", str(project), str(csv_path)]))
        with Project.open(project) as opened:
            assert opened.record_count() == args.rows, opened.record_count()
        bare.append(run([sys.executable, "-c", BARE, str(csv_path), str(folder / f"bare{attempt}.sqlite"), schema]))
    t_ours, m_ours = min(t for t, _ in ours), min(m for _, m in ours)
    t_bare, m_bare = min(t for t, _ in bare), min(m for _, m in bare)
    print(f"{args.rows:,} rows, {csv_path.stat().st_size / 1e6:.1f} MB CSV (CP949), best of {args.repeat}")
    print(f"gcomdesk-cli import : {t_ours:6.2f} s  {m_ours:6.0f} MB peak")
    print(f"pandas + sqlite3    : {t_bare:6.2f} s  {m_bare:6.0f} MB peak")
    print(f"ratio               : {t_ours / t_bare:6.2f}x time  {m_ours / m_bare:5.2f}x memory  (target <= 2x time)")

if __name__ == "__main__":
    main()
