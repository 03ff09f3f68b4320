"""Measured data replaces a top-down estimate: when a ChangeSet adds a record that is not an
estimate to a row (year, GPC row) holding estimates, `Project.apply` deletes those estimates in
the same transaction, so the inverse (the undo step) brings them back, and the audit entry names
them (`replaced_estimates`). An estimate's marker is its `extra.estimate` (core/estimates/marker.py)."""

from __future__ import annotations

import sqlite3

from gcomdesk.core.estimates.marker import KEY


def _is_estimate(alias: str) -> str:
    return f"(json_valid({alias}.extra) AND json_extract({alias}.extra, '$.{KEY}') IS NOT NULL)"


def replaced_estimates(conn: sqlite3.Connection, added: list[int]) -> list[int]:
    """Ids of the estimates in the rows where `added` put a record that is not an estimate."""
    if not added or conn.execute(f"SELECT 1 FROM records WHERE extra LIKE '%\"{KEY}\"%' LIMIT 1").fetchone() is None:
        return []  # no estimate in the file (the usual case, and a large import's): nothing to look up
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _added (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM _added")
    conn.executemany("INSERT INTO _added (id) VALUES (?)", [(i,) for i in added])
    rows = conn.execute(
        f"""SELECT r.id FROM records AS r
            WHERE {_is_estimate('r')} AND r.id NOT IN (SELECT id FROM _added)
              AND EXISTS (SELECT 1 FROM records AS m JOIN _added USING (id)
                          WHERE m.year = r.year AND m.gpc_ref = r.gpc_ref
                            AND NOT {_is_estimate('m')})
            ORDER BY r.id""").fetchall()
    conn.execute("DELETE FROM _added")
    return [row[0] for row in rows]
