"""Open = validate: a project file is checked before gcomdesk reads or writes anything in it.

A .gcdx may come from another office, a USB stick or a hand edit. Before the store uses it: the
tables and columns must be those gcomdesk creates for the file's version (derived from
store.schema by building that version in memory, not listed twice); it may hold no trigger or
view (SQL that would run on the next write: refused, never run); the profile and each year's
settings must be JSON objects that make a valid profile; every record must have numbers where
numbers belong, a year the project holds and `extra` that is a JSON object. Each problem is a
ProjectFileError naming the table, record and column; the file is not touched. Text that is not
UTF-8 is caught where it is read (`decode_text`)."""

from __future__ import annotations

import json
import sqlite3

from gcomdesk.core.errors import GcomdeskError, ProjectFileError
from gcomdesk.core.model import FACTOR_COLUMNS, REPORTED_GAS_COLUMNS
from gcomdesk.core.numbers import shown

NUMBER_COLUMNS = ("amount", *FACTOR_COLUMNS, *REPORTED_GAS_COLUMNS)
INTEGER_COLUMNS = ("year", "import_row")


class DamagedText(ProjectFileError):
    """Text in the file is not valid UTF-8 (bytes flipped inside a text cell)."""


def decode_text(data: bytes) -> str:
    """The sqlite3 text factory: UTF-8, or a clear error instead of 'Could not decode to UTF-8'."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise DamagedText("project.bad_text", value=shown(data.decode("utf-8", "replace"))) from None


def expected_columns(version: int) -> dict[str, set[str]]:
    """The tables and columns gcomdesk creates for schema `version`."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("BEGIN")
        migrate_to(conn, version)
        return _columns(conn)
    finally:
        conn.close()


def migrate_to(conn: sqlite3.Connection, version: int) -> None:
    """Build the schema of `version` (in a scratch database)."""
    from gcomdesk.store import schema

    for step in range(1, version + 1):
        schema.MIGRATIONS[step](conn)


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def validate(conn: sqlite3.Connection, path: str, version: int) -> None:
    """Raise ProjectFileError naming the first problem of an opened file (nothing is written)."""
    foreign = [f"{kind} {name}" for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name")]
    if foreign:
        raise ProjectFileError("project.foreign_sql", path=path, what=", ".join(foreign))
    present = _columns(conn)
    for table, columns in expected_columns(version).items():
        if table not in present:
            raise ProjectFileError("project.damaged", path=path, what=f"table {table}", reason="missing")
        missing = sorted(columns - present[table])
        if missing:
            raise ProjectFileError("project.damaged", path=path, what=f"{table}.{', '.join(missing)}", reason="missing")
    _profile(conn, path, version)
    _records(conn, path, version)


def _json_object(text, path: str, what: str) -> dict:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        raise ProjectFileError("project.damaged", path=path, what=what, reason=f"not JSON: {shown(str(text))}") from None
    if not isinstance(value, dict):
        raise ProjectFileError("project.damaged", path=path, what=what, reason=f"not a JSON object: {shown(str(text))}")
    return value


def _profile(conn: sqlite3.Connection, path: str, version: int) -> None:
    from gcomdesk.core.reference import load_reference
    from gcomdesk.core.years import compose

    row = conn.execute("SELECT data FROM profile WHERE id = 1").fetchone()
    if row is None:
        raise ProjectFileError("project.damaged", path=path, what="profile", reason="missing")
    project = _json_object(row[0], path, "profile")
    years = [(None, {})] if version < 2 else [
        (year, _json_object(data, path, f"years ({year})")) for year, data in conn.execute("SELECT year, data FROM years")]
    if not years:
        raise ProjectFileError("project.damaged", path=path, what="years", reason="no inventory year")
    ref = load_reference()
    for year, settings in years:
        try:
            year = year if year is not None else project.get("year")
            compose(project, int(year), settings).validate(ref)
        except GcomdeskError as exc:
            raise ProjectFileError("project.damaged", path=path, what=f"profile ({year})", reason=exc.render("en")) from None
        except (TypeError, ValueError, KeyError) as exc:
            raise ProjectFileError("project.damaged", path=path, what=f"profile ({year})", reason=str(exc)) from None


def _records(conn: sqlite3.Connection, path: str, version: int) -> None:
    """One pass over the records (a 100,000-record file opens without a scan per column)."""
    checks = [(c, f"typeof({c}) NOT IN ('real', 'integer', 'null')") for c in NUMBER_COLUMNS]
    checks += [(c, f"typeof({c}) NOT IN ('integer', 'null')") for c in INTEGER_COLUMNS]
    if version >= 2:
        checks.append(("year", "year IS NULL OR year NOT IN (SELECT year FROM years)"))
    checks += [("extra", "NOT json_valid(extra) OR json_type(extra) != 'object'"), ("gpc_ref", "typeof(gpc_ref) != 'text'")]
    names = list(dict.fromkeys(c for c, _ in checks))
    flags = ", ".join(f"({condition})" for _, condition in checks)
    row = conn.execute(f"SELECT id, {', '.join(names)}, {flags} FROM records "
                       f"WHERE {' OR '.join(f'({c})' for _, c in checks)} LIMIT 1").fetchone()
    if row is None:
        return
    values = dict(zip(names, row[1:1 + len(names)]))
    column = next(c for (c, _), hit in zip(checks, row[1 + len(names):]) if hit)
    raise ProjectFileError("project.damaged_record", path=path, id=row[0], column=column, value=shown(str(values[column])))
