"""Several years in one project: what one edit costs when the project holds Y years of N records.

    .venv/bin/python benchmarks/years.py 20000 6

Measures, on a generated province (tests/province.py) spread over Y years (up to 2022):
- opening at the latest year and the first analysis (every year's figures computed once);
- one amount edit in the active year, then its analysis (only that year is recomputed; the other
  years' figures are kept);
- beside it, the bare work the edit needs: `summarize()` of that one year's records, and the naive
  alternative of recomputing every year (Y x summarize()).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gcomdesk.core.totals import summarize  # noqa: E402
from gcomdesk.core.years import new_year_settings  # noqa: E402
from gcomdesk.store.changes import ChangeSet, YearAdded  # noqa: E402
from gcomdesk.store.inventory import Inventory  # noqa: E402
from tests.province import province_file, province_records  # noqa: E402


def build(path: Path, n: int, years: int) -> None:
    province_file(path, n)
    with Inventory.open(path) as inventory:
        for year in range(2022 - years + 1, 2022):
            records = province_records(n, seed=year).assign(year=year)
            inventory.apply(ChangeSet(add_years=[YearAdded(year, new_year_settings(inventory.ref, year))], add=records,
                                      year=year))


def main(n: int, years: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "years.gcdx"
        build(path, n, years)
        start = time.perf_counter()
        inventory = Inventory.open(path)
        inventory.analysis()
        first = time.perf_counter() - start
        ids = inventory.records.index[:7].tolist()
        edits = []
        for i, record_id in enumerate(ids):
            start = time.perf_counter()
            inventory.apply(ChangeSet(update=[(int(record_id), {"amount": 1000.0 + i})]))
            inventory.analysis()
            edits.append(time.perf_counter() - start)
        records, profile = inventory.records, inventory.profile
        bare = []
        for _ in range(3):
            start = time.perf_counter()
            summarize(records, profile, inventory.ref)
            bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        for year in inventory.years:
            summarize(inventory.records_of(year), inventory.profile_of(year), inventory.ref)
        naive = time.perf_counter() - start
        inventory.close()
    edit, one = statistics.median(edits), statistics.median(bare)
    print(f"{years} years x {n:,} records")
    print(f"open at the latest year + first analysis (every year)   {first * 1000:8.0f} ms")
    print(f"one edit + its analysis (median of {len(edits)})              {edit * 1000:8.0f} ms")
    print(f"bare summarize() of that year                           {one * 1000:8.0f} ms   ratio {edit / one:5.1f} x")
    print(f"naive: summarize() of every year                        {naive * 1000:8.0f} ms   ratio {edit / naive:5.2f} x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000, int(sys.argv[2]) if len(sys.argv) > 2 else 6)
