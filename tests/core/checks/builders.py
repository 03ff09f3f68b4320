"""Small inventories for the checks' tests: a clean base that no rule fires on, and helpers to
change one thing at a time."""

from __future__ import annotations

from dataclasses import asdict, replace

import pandas as pd

from gcomdesk.core.checks import run_checks
from gcomdesk.core.model import RECORD_FIELDS, Record, new_profile
from gcomdesk.core.reference import load_reference

REF = load_reference()
BASIC_ROWS = [g.ref for g in REF.gpc.values() if g.in_basic]
TERRITORIAL_ROWS = [g.ref for g in REF.gpc.values() if g.reporting_level == "territorial"]


def profile(**changes):
    """A complete 2022 profile of a 350,000-person city in 충남 (AR5, kets, KR-GIR-2022)."""
    values = {"name_ko": "검토시", "region_code": "44", "year": 2022, "population": 350000,
              "preparer_name": "김담당"} | changes
    return new_profile(REF, **values)


def act(gpc_ref: str, activity: str, amount: float, unit: str, **kw) -> Record:
    """An activity record with a source, a quality rating and the inventory year."""
    values = {"year": 2022, "data_source": "공급사 자료", "quality": "H"} | kw
    return Record("activity", gpc_ref, activity=activity, amount=amount, unit=unit, **values)


def rep(gpc_ref: str, **kw) -> Record:
    """A reported-emissions record (tonnes per gas) with a source and a quality rating."""
    values = {"year": 2022, "data_source": "시설 보고", "quality": "M"} | kw
    return Record("reported", gpc_ref, **values)


def key(gpc_ref: str, notation_key: str, explanation: str = "해당 활동 없음 / not occurring in the city", **kw) -> Record:
    """A notation-key record."""
    return Record("notation", gpc_ref, year=2022, notation_key=notation_key, explanation=explanation, **kw)


def base_records() -> list[Record]:
    """Realistic data in I.1.1, I.1.2 and II.1.1, and NO with an explanation on every other BASIC row
    and on the territorial rows (I.4.4, III.n.3) that scope 1 and the direct total take."""
    data = [
        act("I.1.1", "city_gas_lng", 95000, "천Nm3"),
        act("I.1.2", "electricity", 540000, "MWh"),
        act("II.1.1", "diesel", 120000, "kL"),
        act("II.1.1", "gasoline", 95000, "kL"),
    ]
    filled = {r.gpc_ref for r in data}
    return data + [key(ref, "NO") for ref in (*BASIC_ROWS, *TERRITORIAL_ROWS) if ref not in filled]


def frame(records: list[Record]) -> pd.DataFrame:
    """A records table as the store returns it, ids 1..n in order (ids already set are kept)."""
    rows = []
    for i, record in enumerate(records, start=1):
        record = record if record.id else replace(record, id=i)
        rows.append({k: v for k, v in asdict(record).items() if k in RECORD_FIELDS} | {"extra": "{}"})
    return pd.DataFrame(rows, columns=[*RECORD_FIELDS, "extra"])


def without(records: list[Record], gpc_ref: str) -> list[Record]:
    """The records minus every record of one GPC row."""
    return [r for r in records if r.gpc_ref != gpc_ref]


def check(records: list[Record], prof=None, **kw):
    """Run the checks on records (and a profile, the clean one by default)."""
    return run_checks(frame(records), prof or profile(), REF, **kw)


def rules(findings) -> set[str]:
    """The rule ids among findings."""
    return {f.rule for f in findings}


def only(findings, rule: str):
    """The findings of one rule."""
    return [f for f in findings if f.rule == rule]
