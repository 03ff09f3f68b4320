"""A generated province-scale inventory (N activity records over 16 fuel and electricity rows, one
year), written in one transaction; shared by tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from gcomdesk.core.model import new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project

ROWS = [("I.1.1", "city_gas_lng", "kNm3"), ("I.1.1", "kerosene", "kL"), ("I.1.2", "electricity", "MWh"),
        ("I.2.1", "diesel", "kL"), ("I.2.2", "electricity", "MWh"), ("I.2.1", "propane", "t"),
        ("I.3.1", "bunker_c", "kL"), ("I.3.2", "electricity", "MWh"), ("I.3.1", "bituminous_fuel", "t"),
        ("I.2.2", "district_heat", "Gcal"), ("II.1.1", "diesel", "kL"), ("II.1.1", "gasoline", "L"),
        ("II.1.1", "butane", "t"), ("II.1.2", "electricity", "MWh"), ("I.5.1", "diesel", "kL"),
        ("I.1.1", "city_gas_lng", "천Nm3")]


def province_records(n: int, seed: int = 7) -> pd.DataFrame:
    """n activity records as a records table (the columns a ChangeSet adds)."""
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(ROWS), n)
    rows = np.array(ROWS, dtype=object)[pick]
    return pd.DataFrame({"kind": "activity", "gpc_ref": rows[:, 0], "year": 2022, "activity": rows[:, 1],
                         "amount": rng.uniform(1, 1e4, n).round(3), "unit": rows[:, 2], "data_source": "generated",
                         "quality": "M", "facility": [f"시설 {i % 5000}" for i in range(n)]})


def province_file(path: Path, n: int = 100_000) -> Path:
    """Create a province file of n records at `path` (which must not exist)."""
    profile = new_profile(load_reference(), name_ko="가상도", region_code="44", year=2022, level="provincial",
                          population=2_100_000)
    with Project.create(path, profile, user="generator") as project:
        project.apply(ChangeSet(add=province_records(n)), user="generator")
    return path
