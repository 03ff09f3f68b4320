"""Benchmark: recalculating and totalling 100,000 records, and reading them from a project file.

Run: .venv/bin/python benchmarks/recalc.py [N]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pandas as pd

from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.totals import summarize
from gcomdesk.store.project import Project

ACTIVITIES = [("I.1.1", "city_gas_lng", "kNm3"), ("I.1.1", "kerosene", "kL"), ("I.1.2", "electricity", "MWh"),
              ("I.3.1", "bunker_c", "kL"), ("II.1.1", "diesel", "kL"), ("II.1.1", "gasoline", "L"),
              ("II.1.1", "butane", "t"), ("I.2.2", "district_heat", "Gcal"), ("I.3.1", "bituminous_fuel", "t")]


def make_records(n: int) -> list[Record]:
    """n activity records spread over common fuels, units and rows."""
    rng = random.Random(7)
    out = []
    for _ in range(n):
        gpc_ref, activity, unit = rng.choice(ACTIVITIES)
        out.append(Record("activity", gpc_ref, year=2022, activity=activity, amount=rng.uniform(1, 1e4), unit=unit,
                          data_source="benchmark", quality="M"))
    return out


def timed(label: str, func, repeat: int = 3):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"{label:<44} {best * 1000:9.1f} ms (best of {repeat})")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    ref = load_reference()
    profile = new_profile(ref, name_ko="벤치마크시", region_code="11", year=2022)
    records = make_records(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.gcdx"
        project = Project.create(path, profile)
        start = time.perf_counter()
        project.add_records(records)
        print(f"{'  ... actual insert':<44} {(time.perf_counter() - start) * 1000:9.1f} ms")
        frame = timed(f"records_frame() of {n}", project.records_frame)
        results = timed(f"summarize() of {n} (calc + totals)", lambda: summarize(frame, profile, ref))
        tracemalloc.start()  # a separate run: tracing slows the code it watches
        summarize(frame, profile, ref)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{'peak Python memory during summarize':<44} {peak / 1e6:9.1f} MB")
        print(f"{'file size':<44} {path.stat().st_size / 1e6:9.1f} MB")
        print(f"BASIC = {results.totals['basic']:,.0f} tCO2e over {len(frame):,} records")
        project.close()
    assert isinstance(frame, pd.DataFrame)


if __name__ == "__main__":
    main()
