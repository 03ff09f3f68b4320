"""Activity records from a profile's values: a table in the activity import's own column layout,
parsed by `activity_import.parse_activity_table`, so that a profile's rows are checked by the one
rule every import uses (activity names, units for the activity, ranges)."""

from __future__ import annotations

import pandas as pd

from gcomdesk.core.errors import CellError, ImportRejected
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.exchange.activity_import import parse_activity_table
from gcomdesk.exchange.profiles.loader import ImportProfile
from gcomdesk.exchange.profiles.reading import Value
from gcomdesk.exchange.tabular import Table

HEADER = ["year", "gpc_ref", "activity", "amount", "unit", "data_source", "notes"]


def provenance(value: Value, profile: ImportProfile, source: str) -> tuple[str, str]:
    """(data_source, notes) of a record: the source file and profile; the categories as written, where
    they went (answered or not) and the amount as read."""
    went = "; ".join(f"'{text}' -> {value.targets[dim]}" + (" (answered)" if text in value.answered else "")
                     for dim, text in value.categories.items() if text and value.targets.get(dim) != text)
    labels = "; ".join(text for dim, text in value.categories.items() if text and value.targets.get(dim) == text)
    notes = f"{profile.name}: {went}" + (f"; {labels}" if labels else "") + f"; {value.original}"
    return f"{source} ({profile.name})", notes


def activity_frame(values: list[Value], profile: ImportProfile, source: str, year: int | None,
                   ref: ReferenceLibrary) -> pd.DataFrame:
    """The records table of the values, or ImportRejected naming the source cells."""
    gpc_dim = next(d.name for d in profile.dimensions if d.targets == "gpc")
    activity_dim = next((d.name for d in profile.dimensions if d.targets == "activity"), None)
    frames, errors = [], []
    by_column: dict[str, list[Value]] = {}
    for value in values:  # one table per source column: a row number then names one cell
        by_column.setdefault(value.column, []).append(value)
    for column, group in by_column.items():
        rows = []
        for value in group:
            data_source, notes = provenance(value, profile, source)
            activity = value.targets[activity_dim] if activity_dim else profile.activity
            rows.append((value.row, ["" if year is None else str(year), value.targets[gpc_dim], activity,
                                     repr(value.amount), value.unit, data_source, notes]))
        try:
            frames.append(parse_activity_table(Table.from_rows(HEADER, rows), source, ref))
        except ImportRejected as exc:
            errors += [CellError(e.row, column, e.message) for e in exc.errors]
    if errors:
        raise ImportRejected(source, sorted(errors, key=lambda e: e.row))
    frame = pd.concat(frames, ignore_index=True)
    return frame.sort_values("import_row", kind="stable").reset_index(drop=True)
