"""How `Project.apply` writes records and acknowledgements inside its transaction: deletes (the
deleted records returned whole, for the inverse), inserts (ids assigned, restored records keeping
theirs and their stamps), updates (the old values returned) and acknowledgements (the previous
ones returned). Like `year_writes.py`, functions of the project and the open connection."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import pandas as pd

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.model import Record
from gcomdesk.store import year_writes
from gcomdesk.store.changes import Acknowledgement, ChangeSet
from gcomdesk.store.rows import clean, frame_columns, record_columns, to_record

if TYPE_CHECKING:
    from gcomdesk.store.project import Project

CHUNK = 2000  # records per executemany (and per progress report)
ACK_COLUMNS = ("year", "rule", "gpc_ref", "record_id", "field", "explanation", "reason", "by", "at")


def rows_by_id(conn: sqlite3.Connection, ids: list[int]) -> dict[int, dict]:
    """The records table's rows of `ids` (as dicts, by id; missing ids left out)."""
    rows: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        cursor = conn.execute(f"SELECT * FROM records WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        names = [d[0] for d in cursor.description]
        rows.update({row[0]: dict(zip(names, row)) for row in cursor})
    return rows


def delete(conn: sqlite3.Connection, ids: tuple[int, ...]) -> list[Record]:
    """Delete the records of `ids` that exist; return them whole (the inverse adds them back)."""
    rows = rows_by_id(conn, list(dict.fromkeys(ids)))
    deleted = [to_record(rows[i]) for i in dict.fromkeys(ids) if i in rows]
    conn.executemany("DELETE FROM records WHERE id = ?", [(r.id,) for r in deleted])
    return deleted


def insert(project: Project, conn: sqlite3.Connection, add, who: str, stamp: str,
           progress: Callable[[int, int], None] | None, year: int) -> list[int]:
    """Insert Records or a records table into `year` (unless they name theirs); return their ids."""
    columns, values = frame_columns(add) if isinstance(add, pd.DataFrame) else record_columns(add)
    n = len(values[0])
    if not n:
        return []
    if "year" in columns:
        at = columns.index("year")
        values[at] = [year if y is None else int(y) for y in values[at]]
        year_writes.require_years(project, values[at])
    else:  # a records table without a year column: all of it goes to the year (before extra and stamps)
        columns, values = (*columns[:-5], "year", *columns[-5:]), [*values[:-5], [year] * n, *values[-5:]]
    explicit = [i for i in values[0] if i is not None]
    if explicit:
        taken = rows_by_id(conn, explicit)
        if taken:
            raise ProjectFileError("project.record_exists", id=min(taken))
    next_id = max([project.next_id(), *(i + 1 for i in explicit)])
    if explicit:  # new records take the next free ids in order; restored ones keep theirs
        fresh = iter(range(next_id, next_id + n))
        values[0] = [next(fresh) if i is None else i for i in values[0]]
    else:
        values[0] = list(range(next_id, next_id + n))
    new = [not by for by in values[-4]]  # a new record; a restored one keeps who made it and when
    for offset, value in zip(range(-4, 0), (who, stamp, who, stamp)):
        values[offset] = [value if is_new else old for is_new, old in zip(new, values[offset])]
    rows = list(zip(*values))
    sql = f"INSERT INTO records ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for start in range(0, n, CHUNK):
        conn.executemany(sql, rows[start:start + CHUNK])
        if progress:
            progress(min(start + CHUNK, n), n)
    return values[0]


def update(project: Project, conn: sqlite3.Connection, updates, who: str,
           stamp: str) -> tuple[list[tuple[int, dict]], list[tuple[int, dict]]]:
    """Write the updates; return the old values and the values written, per record."""
    if not updates:
        return [], []
    ids = list(dict.fromkeys(i for i, _ in updates))
    rows = rows_by_id(conn, ids)
    missing = [i for i in ids if i not in rows]
    if missing:
        raise ProjectFileError("project.no_record", id=missing[0])
    year_writes.require_years(project, [int(c["year"]) for _, c in updates if c.get("year") is not None])
    touched: dict[int, set[str]] = {}
    written: list[tuple[int, dict]] = []
    groups: dict[tuple[str, ...], list[list]] = {}
    for record_id, fields_ in updates:
        values = {k: (json.dumps(v or {}, ensure_ascii=False) if k == "extra" else clean(v))
                  for k, v in fields_.items()}
        values.setdefault("updated_by", who)
        values.setdefault("updated_at", stamp)
        touched.setdefault(record_id, set()).update(values)
        written.append((record_id, values))
        groups.setdefault(tuple(values), []).append([*values.values(), record_id])
    for names, params in groups.items():
        conn.executemany(f"UPDATE records SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?", params)
    before = []
    for record_id in ids:
        old = to_record(dict(rows[record_id]))
        before.append((record_id, {k: getattr(old, k) for k in sorted(touched[record_id])}))
    return before, written


def write_acknowledgements(project: Project, conn: sqlite3.Connection, changes: ChangeSet, who: str,
                           stamp: str, year: int) -> tuple[list[Acknowledgement], list[Acknowledgement]]:
    def dated(ack: Acknowledgement) -> Acknowledgement:
        return ack if ack.year else replace(ack, year=year)

    unacknowledge, acknowledge = [dated(a) for a in changes.unacknowledge], [dated(a) for a in changes.acknowledge]
    touched = [*unacknowledge, *acknowledge]
    if not touched:
        return [], []
    year_writes.require_years(project, [a.year for a in touched])
    old = {a.key: a for a in map(Acknowledgement.from_dict, project.acknowledgements())}
    conn.executemany("DELETE FROM acknowledgements WHERE year = ? AND rule = ? AND gpc_ref = ? AND record_id = ?"
                     " AND field = ?", [a.key for a in unacknowledge])
    conn.executemany(f"INSERT OR REPLACE INTO acknowledgements ({', '.join(ACK_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(*a.key, a.explanation, a.reason, a.by or who, a.at or stamp) for a in acknowledge])
    keys = list(dict.fromkeys(a.key for a in touched))
    restore = [old[k] for k in keys if k in old]
    withdraw = [Acknowledgement(k[1], k[2], k[3], k[4], year=k[0]) for k in keys if k not in old]
    return restore, withdraw
