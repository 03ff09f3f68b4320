"""Benchmark: run_checks over 100,000 records (results given, and computed inside), and a
pathological inventory where every record has findings.

Run: .venv/bin/python benchmarks/checks.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import asdict

import pandas as pd

from gcomdesk.core.checks import count_by_severity, run_checks
from gcomdesk.core.model import RECORD_FIELDS, Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.totals import summarize

ACTIVITIES = [("I.1.1", "city_gas_lng", "kNm3"), ("I.1.1", "kerosene", "kL"), ("I.1.2", "electricity", "MWh"),
              ("I.3.1", "bunker_c", "kL"), ("II.1.1", "diesel", "kL"), ("II.1.1", "gasoline", "L"),
              ("II.1.1", "butane", "t"), ("I.2.2", "district_heat", "Gcal"), ("I.3.1", "bituminous_fuel", "t")]


def make_frame(n: int, ref, broken: bool = False) -> pd.DataFrame:
    """n activity records (tiny amounts, so national rules stay quiet) plus NO on the other BASIC rows."""
    rng = random.Random(7)
    records = []
    for _ in range(n):
        gpc_ref, activity, unit = rng.choice(ACTIVITIES)
        records.append(Record("activity", gpc_ref, year=2021 if broken else 2022, activity=activity,
                              amount=rng.uniform(1, 10), unit=unit, data_source="" if broken else "benchmark",
                              quality=None if broken else "M"))
    filled = {a[0] for a in ACTIVITIES}
    records += [Record("notation", g.ref, year=2022, notation_key="NO", explanation="benchmark")
                for g in ref.gpc.values() if g.in_basic and g.ref not in filled]
    rows = [{k: v for k, v in asdict(r).items() if k in RECORD_FIELDS} | {"id": i, "extra": "{}"}
            for i, r in enumerate(records, start=1)]
    return pd.DataFrame(rows, columns=[*RECORD_FIELDS, "extra"])


def best_of(func, repeat: int = 3) -> tuple[float, object]:
    best, value = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        value = func()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, value


def main(n: int) -> None:
    ref = load_reference()
    profile = new_profile(ref, name_ko="벤치시", region_code="11", year=2022, population=9_400_000, preparer_name="x")
    frame = make_frame(n, ref)
    results = summarize(frame, profile, ref)
    t, found = best_of(lambda: run_checks(frame, profile, ref, results=results))
    print(f"run_checks, {n:,} records, results given:   {t:6.2f} s  {count_by_severity(found)}")
    t, found = best_of(lambda: run_checks(frame, profile, ref))
    print(f"run_checks, {n:,} records, with summarize: {t:6.2f} s")
    broken = make_frame(n, ref, broken=True)
    t, found = best_of(lambda: run_checks(broken, profile, ref), repeat=1)
    print(f"run_checks, {n:,} records, 3 findings each: {t:6.2f} s  ({len(found):,} findings)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
