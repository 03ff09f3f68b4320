"""How records become SQLite rows and back, and how a ChangeSet is written into the audit trail
(used by store.project)."""

from __future__ import annotations

import json
import math
from dataclasses import fields

import numpy as np
import pandas as pd

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.model import RECORD_FIELDS, Record
from gcomdesk.store.changes import ChangeSet

STAMP_FIELDS = ("id", "created_by", "created_at", "updated_by", "updated_at")
WRITABLE = tuple(f for f in RECORD_FIELDS if f not in STAMP_FIELDS)


def clean(value):
    """A value as SQLite takes it: None for NaN/NA, Python scalars for numpy ones."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


INSERT_COLUMNS = ("id",) + WRITABLE + ("extra", "created_by", "created_at", "updated_by", "updated_at")
UPDATABLE = frozenset(WRITABLE) | {"extra", "updated_by", "updated_at"}
_TEXT_DEFAULTS = {f.name: f.default for f in fields(Record) if f.name in WRITABLE and isinstance(f.default, str)}


def record_row(record: Record) -> list:
    """A Record as an INSERT row (INSERT_COLUMNS); id None = a new id, empty stamps = new stamps."""
    row = [None if record.id is None else int(record.id)]
    row += [clean(getattr(record, f)) for f in WRITABLE]
    row += [json.dumps(record.extra or {}, ensure_ascii=False), record.created_by, record.created_at,
            record.updated_by or record.created_by, record.updated_at or record.created_at]
    return row


def frame_columns(frame: pd.DataFrame) -> tuple[tuple[str, ...], list[list]]:
    """(names, one list of values per name) to insert from a records table. Only the table's own
    record columns are written (the schema's defaults fill the rest: fewer bound values, a faster
    bulk insert); the id and the stamps are always there, as in INSERT_COLUMNS (empty = new)."""
    n = len(frame)
    names = ("id",) + tuple(c for c in WRITABLE if c in frame.columns) + INSERT_COLUMNS[-5:]
    columns = []
    for name in names:
        if name not in frame.columns:
            columns.append(["{}" if name == "extra" else None if name == "id" else ""] * n)
            continue
        series = frame[name]
        if name == "extra":
            columns.append([v if isinstance(v, str) else json.dumps(v if isinstance(v, dict) else {}, ensure_ascii=False)
                            for v in series])
        elif name in ("id", "year", "import_row"):
            columns.append(pd.array(series, dtype="Int64").to_numpy(dtype=object, na_value=None).tolist())
        else:
            values = series.astype(object).where(series.notna(), None).tolist()
            default = _TEXT_DEFAULTS.get(name, "" if name in STAMP_FIELDS else None)
            if default is not None:  # NOT NULL text columns
                values = [default if v is None else v for v in values]
            columns.append(values)
    return names, columns


def record_columns(records) -> tuple[tuple[str, ...], list[list]]:
    """(INSERT_COLUMNS, one list of values per column) of Records."""
    rows = [record_row(r) for r in records]
    return INSERT_COLUMNS, [list(c) for c in zip(*rows)] if rows else [[] for _ in INSERT_COLUMNS]


def check_update_fields(updates) -> None:
    """Refuse fields a record does not have (or may not be set)."""
    unknown = {k for _, changes in updates for k in changes} - UPDATABLE
    if unknown:
        raise ProjectFileError("project.unknown_field", field=", ".join(sorted(unknown)))


def action(changes: ChangeSet) -> str:
    """The audit trail's action: add, update, delete, profile, (un)acknowledge, or edit for a mix."""
    parts = [name for name, present in (("add", changes.add_count), ("update", changes.update),
                                        ("delete", changes.delete), ("profile", changes.profile),
                                        ("acknowledge", changes.acknowledge),
                                        ("unacknowledge", changes.unacknowledge),
                                        ("add_year", changes.add_years), ("delete_year", changes.delete_years)) if present]
    return parts[0] if len(parts) == 1 else "edit"


def detail(changes: ChangeSet, added: list[int], deleted: list[int], replaced: list[int] = ()) -> str:
    """The audit trail's detail of one ChangeSet, as JSON (long id lists cut); `replaced`: the
    estimates the added measured data replaced (store/estimate_writes.py)."""
    detail: dict = {}
    if changes.label:
        detail["label"] = changes.label
    if changes.year is not None:
        detail["year"] = changes.year
    if changes.add_years:
        detail["add_years"] = [y.year for y in changes.add_years]
    if changes.delete_years:
        detail["delete_years"] = list(changes.delete_years)
    if added:
        detail["added"] = len(added)
        detail["added_ids"] = [added[0], added[-1]] if len(added) > 2 else added
    if changes.update:
        detail["updated"] = [{"id": i, "after": c} for i, c in changes.update[:200]]
    if deleted:
        detail["deleted"] = deleted[:1000]
    if replaced:
        detail["replaced_estimates"] = list(replaced[:1000])
    if changes.profile:
        detail["profile"] = changes.profile
    if changes.meta:
        detail["meta"] = sorted(changes.meta)
    for name in ("acknowledge", "unacknowledge"):
        if getattr(changes, name):
            detail[name] = [list(a.key) for a in getattr(changes, name)]
    return json.dumps(detail, ensure_ascii=False, default=str)


def to_record(row: dict) -> Record:
    """A records-table row (dict, extra as JSON) as a Record."""
    extra = json.loads(row.pop("extra") or "{}")
    return Record(**{k: v for k, v in row.items() if k in RECORD_FIELDS}, extra=extra)
