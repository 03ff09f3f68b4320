"""Open = validate: a project file is checked, read-only, before anything is written to it.

A file received from someone else or edited by hand may lack a table or a column, carry SQL that
gcomdesk did not put there (a trigger would run on the next edit, so it is refused, never run), hold a
profile that is not a profile, records with text where numbers belong, or text that is not UTF-8.
Each problem is a ProjectFileError naming the table, record, column and value. The checks are SQL
scans (comparisons, json_valid(), group_concat(), LIMIT 1), so a healthy 100,000-record file still opens fast.
"""

from __future__ import annotations

import json
import math
import sqlite3
import typing
from dataclasses import fields
from pathlib import Path

from gcomdesk.core.errors import ProfileError, ProjectFileError
from gcomdesk.core.model import FACTOR_COLUMNS, REPORTED_GAS_COLUMNS, Profile, RecordKind
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import YEAR_FIELDS, compose
from gcomdesk.store.schema import MIGRATIONS

NUMERIC_COLUMNS = ("amount", *FACTOR_COLUMNS, *REPORTED_GAS_COLUMNS)
_TEXT_CHUNK = 20_000  # rows per decoding pass (one joined string each)
_PROFILE_TYPES = typing.get_type_hints(Profile)
_REQUIRED = ("name_ko", "region_code")


def expected_schema(version: int) -> dict[str, tuple[str, ...]]:
    """{table: its column names} as gcomdesk creates a file of schema `version` (built in memory by
    the migrations themselves, so there is no second list to keep in step)."""
    mem = sqlite3.connect(":memory:")
    try:
        for step in range(1, version + 1):
            MIGRATIONS[step](mem)
        return _tables(mem)
    finally:
        mem.close()


def _tables(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: tuple(r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')) for n in names}


def _text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[2].upper() == "TEXT"]


def validate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Raise ProjectFileError for the first thing in the file gcomdesk would not have written."""
    where = str(path)
    expected = expected_schema(version)
    _check_sql_objects(conn, where)
    _check_tables(conn, where, expected)
    for table in expected:
        if table != "sqlite_sequence":
            _check_text(conn, where, table)
    years = _check_settings(conn, where, version)
    _check_records(conn, where, years)
    _check_acknowledgements(conn, where, years)


def _check_sql_objects(conn: sqlite3.Connection, where: str) -> None:
    # gcomdesk creates no triggers and no views; a trigger would run on the next write.
    foreign = [f"{kind} {name}" for kind, name in
               conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name")]
    if foreign:
        raise ProjectFileError("project.foreign_sql", path=where, objects=", ".join(foreign))


def _check_tables(conn: sqlite3.Connection, where: str, expected: dict[str, tuple[str, ...]]) -> None:
    present = _tables(conn)
    for table, columns in expected.items():
        if table == "sqlite_sequence":
            continue  # SQLite's own; appears with the first AUTOINCREMENT row
        if table not in present:
            raise ProjectFileError("project.missing_table", path=where, table=table)
        missing = [c for c in columns if c not in present[table]]
        if missing:
            raise ProjectFileError("project.missing_column", path=where, table=table, column=", ".join(missing))


def _check_text(conn: sqlite3.Connection, where: str, table: str) -> None:
    """Every text cell must be UTF-8: decode each chunk of rows joined into one string (fast); on a
    failure, find the row and column."""
    columns = _text_columns(conn, table)
    if not columns:
        return
    low, high = conn.execute(f'SELECT min(rowid), max(rowid) FROM "{table}"').fetchone()
    if low is None:
        return
    joined = ", ".join(f"group_concat(\"{c}\", '\x1e')" for c in columns)  # blobs are read as text too
    for start in range(low, high + 1, _TEXT_CHUNK):
        bounds = (start, start + _TEXT_CHUNK - 1)
        try:
            conn.execute(f'SELECT {joined} FROM "{table}" WHERE rowid BETWEEN ? AND ?', bounds).fetchone()
        except sqlite3.OperationalError as exc:
            if "decode" not in str(exc).lower():
                raise
            _locate_bad_text(conn, where, table, columns, bounds)


def _locate_bad_text(conn: sqlite3.Connection, where: str, table: str, columns: list[str], bounds) -> None:
    listed = ", ".join(f'"{c}"' for c in columns)
    factory, conn.text_factory = conn.text_factory, bytes
    try:
        for rowid, *values in conn.execute(f'SELECT rowid, {listed} FROM "{table}" WHERE rowid BETWEEN ? AND ?'
                                           " ORDER BY rowid", bounds):
            for column, value in zip(columns, values):
                if isinstance(value, bytes):
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        raise ProjectFileError("project.bad_text", path=where, table=table, id=rowid,
                                               column=column) from None
    finally:
        conn.text_factory = factory


def _json_object(text, where: str, part: str) -> dict:
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        raise ProjectFileError("project.bad_json", path=where, part=part) from None
    if not isinstance(data, dict):
        raise ProjectFileError("project.bad_json", path=where, part=part)
    return data


def _type_ok(value, hint) -> bool:
    allowed = typing.get_args(hint) or (hint,)
    if value is None:
        return type(None) in allowed
    if isinstance(value, bool):
        return False
    if float in allowed and isinstance(value, int | float):
        return math.isfinite(value)
    return any(isinstance(value, t) for t in allowed if t is not type(None))


def _check_fields(data: dict, where: str, part: str, names) -> None:
    for name in names:
        if name in data and not _type_ok(data[name], _PROFILE_TYPES[name]):
            raise ProjectFileError("project.bad_field", path=where, part=part, field=name, value=repr(data[name])[:80])


_PROFILE_ERROR_FIELD = {"profile.region": "region_code", "profile.year": "year",
                        "profile.generation_side": "electricity_side"}


def _check_settings(conn: sqlite3.Connection, where: str, version: int) -> list[int]:
    """The profile (and each year's settings): JSON objects with fields of the right types and values
    this gcomdesk knows. Return the project's years."""
    row = conn.execute("SELECT data FROM profile WHERE id = 1").fetchone()
    if row is None:
        raise ProjectFileError("project.no_profile", path=where)
    settings = _json_object(row[0], where, "profile")
    for name in _REQUIRED:
        if not isinstance(settings.get(name), str):
            raise ProjectFileError("project.bad_field", path=where, part="profile", field=name,
                                   value=repr(settings.get(name))[:80])
    known = [f.name for f in fields(Profile)]
    if version < 2:  # one year, kept in the profile itself
        _check_fields(settings, where, "profile", known)
        _valid_profile(settings, where, "profile", settings.get("year"))
        return []
    _check_fields(settings, where, "profile", [n for n in known if n not in YEAR_FIELDS and n != "year"])
    if not isinstance(settings.get("shared_editions", {}), dict):
        raise ProjectFileError("project.bad_field", path=where, part="profile", field="shared_editions",
                               value=repr(settings.get("shared_editions"))[:80])
    bad = conn.execute("SELECT quote(year) FROM years WHERE typeof(year) != 'integer' OR year NOT BETWEEN 1990 AND 2100"
                       " LIMIT 1").fetchone()
    if bad:
        raise ProjectFileError("project.bad_year", path=where, value=bad[0])
    years = []
    for year, text in conn.execute("SELECT year, data FROM years ORDER BY year").fetchall():
        part = f"years {year}"
        year_settings = _json_object(text, where, part)
        _check_fields(year_settings, where, part, YEAR_FIELDS)
        _valid_profile({**settings, **year_settings}, where, part, year)
        years.append(year)
    if not years:
        raise ProjectFileError("project.no_years", path=where)
    return years


def _valid_profile(data: dict, where: str, part: str, year) -> None:
    try:
        profile = compose({k: v for k, v in data.items() if k not in YEAR_FIELDS}, int(year),
                          {k: v for k, v in data.items() if k in YEAR_FIELDS})
        profile.validate(load_reference())
    except ProfileError as exc:
        field = exc.message.params.get("field") or _PROFILE_ERROR_FIELD.get(exc.message.key, "?")
        value = exc.message.params.get("value", "")
        raise ProjectFileError("project.bad_field", path=where, part=part, field=field, value=repr(value)[:80]) from None
    except (TypeError, ValueError):
        raise ProjectFileError("project.bad_field", path=where, part=part, field="year", value=repr(year)) from None


def _first(conn: sqlite3.Connection, table: str, checks: list[tuple[str, str]]):
    """(rowid, column, quoted value) of the first row failing any check, or None: one scan."""
    condition = " OR ".join(f"({sql})" for _, sql in checks)
    which = "CASE " + " ".join(f"WHEN {sql} THEN '{name}'" for name, sql in checks) + " END"
    row = conn.execute(f'SELECT rowid, {which} FROM "{table}" WHERE {condition} LIMIT 1').fetchone()
    if row is None:
        return None
    value = conn.execute(f'SELECT quote("{row[1]}") FROM "{table}" WHERE rowid = ?', (row[0],)).fetchone()[0]
    return row[0], row[1], str(value)[:80]


def _check_records(conn: sqlite3.Connection, where: str, years: list[int]) -> None:
    # Comparisons, not typeof(): cheaper per cell. Text and blobs sort above every number and 9e999 is
    # infinity to SQLite (a file may hold inf as REAL, which no number this tool writes is); a blob sorts
    # above every text; IN compares types too.
    kinds = ", ".join(f"'{k.value}'" for k in RecordKind)
    checks = [("kind", f"kind NOT IN ({kinds})"), ("gpc_ref", "gpc_ref IS NULL OR gpc_ref >= x''")]
    checks += [(c, f"{c} >= 9e999 OR {c} <= -9e999") for c in (*NUMERIC_COLUMNS, "import_row")]
    if years:
        checks.append(("year", f"year IS NULL OR year NOT IN ({', '.join(map(str, years))})"))
    else:
        checks.append(("year", "year >= 9e999"))
    checks.append(("extra", "NOT json_valid(extra) OR extra NOT LIKE '{%'"))  # gcomdesk writes objects only
    texts = [c for c in _text_columns(conn, "records") if c not in ("kind", "gpc_ref", "extra")]
    checks += [(c, f"{c} >= x''") for c in texts]
    bad = _first(conn, "records", checks)
    if bad:
        raise ProjectFileError("project.bad_record", path=where, id=bad[0], column=bad[1], value=bad[2])


def _check_acknowledgements(conn: sqlite3.Connection, where: str, years: list[int]) -> None:
    checks = [("record_id", "typeof(record_id) != 'integer'")]
    if years:
        checks.append(("year", f"year IS NULL OR year NOT IN ({', '.join(map(str, years))})"))
    checks += [(c, f"typeof({c}) != 'text'") for c in _text_columns(conn, "acknowledgements")]
    bad = _first(conn, "acknowledgements", checks)
    if bad:
        raise ProjectFileError("project.bad_acknowledgement", path=where, row=bad[0], column=bad[1], value=bad[2])
