"""What the province file keeps about its roll-up, and what moved since the previous one.

The roll-up is kept in the file's `meta` table (the project's key/value metadata, written by the same
ChangeSet as the records: one transaction, one undo step) under `ROLLUP_META`, as JSON:
{year, at, sources: [{path, sha256, municipality, region_code, year, read_at}], findings: [...]}.
So the province file stays an ordinary .gcdx (no new table, no schema change: older versions of
gcomdesk open it and see reported records), and the source list travels with it.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pandas as pd

from gcomdesk.core.model import extra_of
from gcomdesk.exchange.rollup.contributions import ALL, ROLLUP_KEY
from gcomdesk.exchange.rollup.sources import Source

ROLLUP_META = "rollup"
MOVED_TOLERANCE_T = 0.0005  # below half a kilogram a row has not moved (results are rounded to 0.001 t)


def stored(project) -> dict | None:
    """The roll-up kept in a province file, or None when the file is not a roll-up."""
    text = project.meta(ROLLUP_META)
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def to_meta(sources: list[Source], year: int, at: str, findings: list[dict]) -> str:
    """The roll-up as stored."""
    return json.dumps({"year": year, "at": at, "findings": findings, "sources": [
        {"path": str(s.path.resolve()), "sha256": s.sha256, "municipality": s.name, "region_code": s.region_code,
         "year": year, "read_at": s.read_at} for s in sources]}, ensure_ascii=False)


def rollup_ids(records: pd.DataFrame) -> list[int]:
    """The ids of the records a previous roll-up wrote (the province's own records are not among them)."""
    if not len(records):
        return []
    marked = records["extra"].map(lambda v: ROLLUP_KEY in extra_of(v))
    return [int(i) for i in records.loc[marked.to_numpy(dtype=bool), "id"]]


def by_municipality(results_records: pd.DataFrame) -> dict[tuple[str, str], float]:
    """tCO2e per (municipality, GPC row) of the roll-up's records in a calculated records table."""
    out: dict[tuple[str, str], float] = defaultdict(float)
    if not len(results_records):
        return {}
    for extra, ref_no, tonnes in zip(results_records["extra"], results_records["report_ref"], results_records["co2e_t"]):
        who = extra_of(extra).get(ROLLUP_KEY, {}).get("municipality")
        if who and who != ALL:
            out[(who, ref_no)] += float(tonnes or 0.0)
    return dict(out)


def moved(before: dict[tuple[str, str], float], after: dict[tuple[str, str], float]) -> list[dict]:
    """Per municipality and GPC row, tCO2e before and after, where they differ."""
    rows = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key, 0.0), after.get(key, 0.0)
        if abs(new - old) > MOVED_TOLERANCE_T:
            rows.append({"municipality": key[0], "gpc_ref": key[1], "before": round(old, 3), "after": round(new, 3),
                         "change": round(new - old, 3)})
    return rows


def changed_files(previous: dict | None, sources: list[Source]) -> list[dict]:
    """Municipalities whose file's checksum differs from the previous roll-up's (or that are new or gone)."""
    if previous is None:
        return []
    old = {(s.get("municipality"), s.get("region_code")): s for s in previous.get("sources", [])}
    new = {(s.name, s.region_code): s for s in sources}
    out = []
    for key in sorted(set(old) | set(new), key=str):
        o, n = old.get(key), new.get(key)
        if o is None or n is None or o.get("sha256") != n.sha256:
            out.append({"municipality": key[0], "path": str(n.path) if n else o.get("path"),
                        "before": (o or {}).get("sha256", ""), "after": n.sha256 if n else ""})
    return out
