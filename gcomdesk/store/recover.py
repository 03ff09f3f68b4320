"""Save what can be read of a damaged project file to a NEW file (the damaged one is only read).

Read-only and without running anything in it (no trigger fires on a read): the profile (fields
that are not valid fall back to their defaults), the years, every record whose values fit their
columns (under its own id, so acknowledgements still point at it) and the acknowledgements.
What was left out is listed, with why, in the report."""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass, field, fields
from pathlib import Path

from gcomdesk.core.errors import GcomdeskError, ProjectFileError
from gcomdesk.core.model import RECORD_FIELDS, Profile, Record, RecordKind
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import YEAR_FIELDS, new_year_settings
from gcomdesk.store.changes import Acknowledgement, ChangeSet, YearAdded
from gcomdesk.store.project import Project
from gcomdesk.store.validate import NUMERIC_COLUMNS as NUMBER_COLUMNS


@dataclass
class RecoverReport:
    """What was saved and what was left out (each with its reason)."""

    target: Path
    records: int = 0
    years: list[int] = field(default_factory=list)
    acknowledgements: int = 0
    left_out: list[str] = field(default_factory=list)


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")  # damaged bytes become U+FFFD and are reported per record


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict]:
    try:
        cursor = conn.execute(sql)
    except sqlite3.DatabaseError:
        return []
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _json(text) -> dict:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _profile(data: dict, report: RecoverReport) -> Profile:
    """A valid profile from what the stored one holds: each field that does not validate takes its default."""
    ref = load_reference()
    defaults = Profile(name_ko="(복구됨)", region_code=next(iter(ref.regions)), year=int(data.get("year") or 2022))
    values = {f.name: data[f.name] for f in fields(Profile) if f.name in data}
    profile = Profile.from_dict({**defaults.to_dict(), **values})
    for _ in range(len(values) + 1):
        try:
            profile.validate(ref)
            return profile
        except GcomdeskError as exc:
            name = exc.message.params.get("field") or _field_of(exc.message.key)
            if name is None or getattr(defaults, name, None) == getattr(profile, name, None):
                break
            report.left_out.append(f"profile.{name} = {getattr(profile, name)!r}: {exc.render('en')}")
            setattr(profile, name, getattr(defaults, name))
    raise ProjectFileError("project.unrecoverable", path=str(report.target), reason="profile")


def _field_of(key: str) -> str | None:
    return {"profile.region": "region_code", "profile.year": "year", "profile.generation_side": "electricity_side",
            "profile.required": "name_ko"}.get(key)


def _record(row: dict, years: set[int]) -> tuple[Record | None, str]:
    """The record of a stored row, or None with the reason it cannot be kept."""
    values = {k: row.get(k) for k in RECORD_FIELDS if k in row}
    if values.get("kind") not in {k.value for k in RecordKind}:
        return None, f"kind {values.get('kind')!r}"
    for column in NUMBER_COLUMNS:
        value = values.get(column)
        if value is not None and (not isinstance(value, (int, float)) or not math.isfinite(float(value))):
            return None, f"{column} = {value!r}"
    for column in ("year", "import_row"):
        value = values.get(column)
        if value is not None and not isinstance(value, int):
            return None, f"{column} = {value!r}"
    if values.get("year") not in years:
        return None, f"year = {values.get('year')!r}"
    if not isinstance(values.get("gpc_ref"), str):
        return None, f"gpc_ref = {values.get('gpc_ref')!r}"
    damaged = [k for k, v in values.items() if isinstance(v, str) and "\ufffd" in v]
    if damaged:
        return None, f"damaged text in {', '.join(damaged)}"
    extra = _json(row.get("extra"))
    if row.get("extra") not in (None, "", "{}") and not extra:
        return None, "extra is not a JSON object"
    for name in ("explanation", "data_source", "notes", "facility", "created_by", "created_at", "updated_by", "updated_at"):
        if values.get(name) is None:
            values[name] = ""
    return Record(**values, extra=extra), ""


def recover(damaged: str | Path, target: str | Path) -> RecoverReport:
    """Copy what can be read of `damaged` into the new file `target` (refused if it exists)."""
    damaged, target = Path(damaged), Path(target)
    report = RecoverReport(target)
    if target.exists():
        raise ProjectFileError("project.exists", path=str(target))
    try:
        conn = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError("project.unreadable", path=str(damaged), reason=str(exc)) from None
    conn.text_factory = _text
    try:
        stored = _rows(conn, "SELECT data FROM profile WHERE id = 1")
        settings = _json(stored[0]["data"]) if stored else {}
        year_rows = {int(r["year"]): _json(r["data"]) for r in _rows(conn, "SELECT year, data FROM years")
                     if isinstance(r.get("year"), int) and 1990 <= r["year"] <= 2100}
        if not year_rows and isinstance(settings.get("year"), int):
            year_rows = {settings["year"]: {k: settings[k] for k in YEAR_FIELDS if k in settings}}
        if not year_rows:
            raise ProjectFileError("project.unrecoverable", path=str(damaged), reason="no inventory year")
        first, *others = sorted(year_rows)
        profile = _profile({**settings, **year_rows[first], "year": first}, report)
        rows = _rows(conn, "SELECT * FROM records ORDER BY id")
        acks = _rows(conn, "SELECT * FROM acknowledgements")
    finally:
        conn.close()
    ref = load_reference()
    records, keep_years = [], set(year_rows)
    for row in rows:
        record, why = _record(row, keep_years)
        if record is None:
            report.left_out.append(f"record {row.get('id')}: {why}")
        else:
            records.append(record)
    added = []
    for year in others:
        candidate = {k: v for k, v in year_rows[year].items() if k in YEAR_FIELDS}
        try:
            Profile.from_dict({**profile.to_dict(), **candidate, "year": year}).validate(ref)
        except GcomdeskError as exc:
            report.left_out.append(f"settings of {year}: {exc.render('en')} (the year takes the defaults)")
            candidate = new_year_settings(ref, year, year_rows.get(first))
        added.append(YearAdded(year, candidate))
    acknowledgements = []
    for a in acks:
        try:
            ack = Acknowledgement.from_dict({**a, "year": a.get("year") or first})
        except (KeyError, TypeError, ValueError):
            report.left_out.append(f"acknowledgement {a!r}")
            continue
        if ack.year in keep_years:
            acknowledgements.append(ack)
    with Project.create(target, profile) as project:
        project.apply(ChangeSet(add_years=added, add=records, acknowledge=acknowledgements, year=first,
                                label=f"recovered from {damaged.name}"))
        report.records, report.years, report.acknowledgements = len(records), project.years(), len(acknowledgements)
    return report
