"""The project file's schema and its forward migrations.

A project is one SQLite file. `PRAGMA application_id` marks it as gcomdesk's and
`PRAGMA user_version` holds the schema version; each migration moves one version forward.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from gcomdesk.core.years import project_part, year_part

FILE_SUFFIX = ".gcdx"  # an inventory file's name ends so
APPLICATION_ID = 0x47434458  # "GCDX"
SCHEMA_VERSION = 3

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL,              -- JSON of core.model.Profile
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('activity', 'reported', 'notation', 'method')),
    gpc_ref TEXT NOT NULL,
    year INTEGER,
    activity TEXT, amount REAL, unit TEXT,
    ef_co2 REAL, ef_ch4 REAL, ef_n2o REAL,
    co2_t REAL, ch4_t REAL, n2o_t REAL, sf6_t REAL, nf3_t REAL,
    hfcs_co2e_t REAL, pfcs_co2e_t REAL, unsplit_co2e_t REAL, biogenic_co2_t REAL,
    notation_key TEXT, explanation TEXT NOT NULL DEFAULT '', included_in TEXT,
    data_source TEXT NOT NULL DEFAULT '', quality TEXT, factor_quality TEXT,
    notes TEXT NOT NULL DEFAULT '', facility TEXT NOT NULL DEFAULT '',
    import_file TEXT, import_row INTEGER,
    extra TEXT NOT NULL DEFAULT '{}',   -- JSON: method inputs and other per-record data
    created_by TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL
);
CREATE INDEX records_gpc ON records (gpc_ref);
CREATE TABLE acknowledgements (   -- warnings the officer looked at and explained (exported)
    rule TEXT NOT NULL, gpc_ref TEXT NOT NULL DEFAULT '', record_id INTEGER NOT NULL DEFAULT 0,
    field TEXT NOT NULL DEFAULT '', explanation TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '', at TEXT NOT NULL,
    PRIMARY KEY (rule, gpc_ref, record_id, field)
);
CREATE TABLE changes (             -- who changed what, when: the audit trail of every edit
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL, user TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT ''
);
"""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the caller's transaction first; run statement by statement instead.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V1)


_V2 = """
CREATE TABLE years (               -- the inventory years the project holds, with each year's own settings
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
    data TEXT NOT NULL DEFAULT '{}'  -- JSON: core.years.YEAR_FIELDS (population, editions...)
);
CREATE TABLE acknowledgements_v2 (  -- now per year, with the reason of an explained change
    year INTEGER NOT NULL, rule TEXT NOT NULL, gpc_ref TEXT NOT NULL DEFAULT '',
    record_id INTEGER NOT NULL DEFAULT 0, field TEXT NOT NULL DEFAULT '',
    explanation TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT '', at TEXT NOT NULL,
    PRIMARY KEY (year, rule, gpc_ref, record_id, field)
);
CREATE INDEX records_year ON records (year)
"""


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """One year per project becomes a table of years: the profile's year fields move to the year,
    every record and acknowledgement belongs to that year. A record whose year differed (data of
    another year used for this inventory) keeps that year as `extra.data_year`, so figures and
    warnings stay as they were."""
    _run_script(conn, _V2)
    row = conn.execute("SELECT data FROM profile WHERE id = 1").fetchone()
    if row is None:  # a new file: Project.create writes the profile and the first year
        _swap_acknowledgements(conn)
        return
    profile = json.loads(row[0])
    year = int(profile.get("year") or 0)
    if not 1990 <= year <= 2100:
        raise sqlite3.DatabaseError(f"the profile holds no valid inventory year ({profile.get('year')!r})")
    conn.execute("INSERT INTO years (year, data) VALUES (?, ?)", (year, json.dumps(year_part(profile), ensure_ascii=False)))
    conn.execute("UPDATE profile SET data = ? WHERE id = 1", (json.dumps(project_part(profile), ensure_ascii=False),))
    conn.execute("UPDATE records SET extra = json_set(CASE WHEN json_valid(extra) THEN extra ELSE '{}' END,"
                 " '$.data_year', year) WHERE year IS NOT NULL AND year != ?", (year,))
    conn.execute("UPDATE records SET year = ?", (year,))
    conn.execute("INSERT INTO acknowledgements_v2 (year, rule, gpc_ref, record_id, field, explanation, by, at)"
                 " SELECT ?, rule, gpc_ref, record_id, field, explanation, by, at FROM acknowledgements", (year,))
    _swap_acknowledgements(conn)


def _swap_acknowledgements(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE acknowledgements")
    conn.execute("ALTER TABLE acknowledgements_v2 RENAME TO acknowledgements")


# ef_co2e: kg CO2e per unit, a factor published as CO2e only (gas split unknown); ef_co2e_gwp: the GWP
# set it was published under. (No SQL comments inside: SQLite appends the column's text to the table's
# CREATE statement, where a comment would swallow the closing bracket.)
_V3 = """
ALTER TABLE records ADD COLUMN ef_co2e REAL;
ALTER TABLE records ADD COLUMN ef_co2e_gwp TEXT
"""


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """Records may carry a CO2e-only factor (ef_co2e) with the GWP set it was published under."""
    _run_script(conn, _V3)


# version reached -> the function that reaches it from the version before
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_to_1, 2: _migrate_to_2, 3: _migrate_to_3}


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply every migration after `from_version`, inside the caller's transaction."""
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {version}")
