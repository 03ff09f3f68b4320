"""What typing or pasting into the data table of a sub-sector card does to a record: which cells
may be edited, how a typed text becomes record fields (numbers through core.numbers, units and
activities through the reference library), and a paste as one ChangeSet. Plain rules over a
row's values, no Qt: `RecordsTableModel` shows the rows and pushes what these rules return."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd

from gcomdesk.core.generation import GENERATION_ROW, PLANT_TYPES
from gcomdesk.core.model import MAIN_GAS_COLUMNS, QUALITY_ALIASES, RECORD_FIELDS, Record, extra_of
from gcomdesk.core.numbers import check_range, parse_number
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.steps import activities_for
from gcomdesk.core.units import fitting_units, unit_catalogue
from gcomdesk.store.changes import ChangeSet

COLUMNS = ("gpc_ref", "activity", "amount", "unit", "co2_t", "ch4_t", "n2o_t", "data_source", "quality", "notes",
           "co2e_t", "status", "plant_type")
GAS_COLUMNS = MAIN_GAS_COLUMNS  # the gases a table row shows (core.model holds the one list)
NUMBER_COLUMNS = ("amount", *GAS_COLUMNS)
TEXT_COLUMNS = ("data_source", "notes")
RESULT_COLUMNS = ("co2e_t", "status")
REPORTED = "__reported__"  # the activity choice that turns a row into reported tonnes


def empty(value) -> bool:
    """A cell with nothing in it (None, NA, NaN or blank text)."""
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, str) and not value.strip())


class CellRules:
    """The edit rules of a table over some GPC rows."""

    def __init__(self, ref: ReferenceLibrary, gpc_refs: list[str]) -> None:
        self.ref = ref
        self.gpc_refs = list(gpc_refs)

    @staticmethod
    def editable(values: dict, column: str) -> bool:
        """Whether a cell of a row holding `values` may be edited."""
        kind = values.get("kind")
        if column in RESULT_COLUMNS or kind == "method":
            return column in TEXT_COLUMNS + ("quality",) and kind == "method"
        if column in ("amount", "unit"):
            return kind == "activity"
        if column in GAS_COLUMNS:
            return kind == "reported"
        if column == "plant_type":
            return values.get("gpc_ref") == GENERATION_ROW
        return True

    def cell_changes(self, values: dict, column: str, value) -> dict | None:
        """The fields that change when `value` is typed into a cell of a row holding `values`:
        {} when nothing changes, None when the cell is not editable or refuses the value."""
        if not self.editable(values, column):
            return None
        changes = self._changes(values, column, value)
        if changes is None:
            return None
        return {k: v for k, v in changes.items()
                if not (empty(values.get(k)) and empty(v)) and (empty(values.get(k)) or values.get(k) != v)}

    def paste(self, row_values: Callable[[int], dict], ids: np.ndarray, first_row: int, first_column: int,
              lines: list[list[str]], new_record: Callable[[], Record]) -> tuple[ChangeSet, int, int]:
        """One ChangeSet for tab-separated lines pasted at a cell: changed cells of existing rows,
        new records (made by `new_record()`) for lines below the last row. Returns it with the
        number of cells written and refused."""
        updates: dict[int, dict] = {}
        added: list[Record] = []
        written = refused = 0
        for offset, cells in enumerate(lines):
            row = first_row + offset
            if row < len(ids):
                values, changed = dict(row_values(row)), {}
            else:
                record = new_record()
                values, changed = {f: getattr(record, f) for f in RECORD_FIELDS} | {"extra": record.extra}, None
            for step, text in enumerate(cells):
                column = first_column + step
                if column >= len(COLUMNS):
                    break
                if not self.editable(values, COLUMNS[column]):
                    continue
                changes = self.cell_changes(values, COLUMNS[column], text.strip())
                if changes is None:
                    refused += 1
                    continue
                written += 1
                values.update(changes)
                if changed is not None:
                    changed.update(changes)
            if changed is None:
                added.append(Record(**{f: values[f] for f in RECORD_FIELDS if f != "id"}, extra=values["extra"]))
            elif changed:
                updates[int(ids[row])] = changed
        return ChangeSet(add=added, update=list(updates.items())), written, refused

    def _changes(self, values: dict, column: str, value) -> dict | None:
        """The record fields to write for a value typed or chosen in a cell; None if refused."""
        text = "" if value is None else str(value).strip()
        ref = self.ref
        if column in NUMBER_COLUMNS:
            if not text:
                return {column: None}
            try:
                return {column: check_range(column, parse_number(text))}
            except ValueError:
                return None
        if column == "gpc_ref":
            if text not in self.gpc_refs:
                return None
            changes = {"gpc_ref": text}
            activity = values.get("activity")
            if values.get("kind") == "activity" and not empty(activity) and activity not in activities_for(ref.gpc[text], ref):
                changes |= {"activity": None, "unit": None}
            return changes
        if column == "activity":
            return self._activity_changes(values, text)
        if column == "plant_type":
            if text and text not in PLANT_TYPES:
                return None
            extra = {k: v for k, v in extra_of(values.get("extra")).items() if k != "plant_type"}
            return {"extra": extra | ({"plant_type": text} if text else {})}
        if column == "unit":
            unit = unit_catalogue().canonical(text) if text else None
            activity = values.get("activity")
            if text and (unit is None or (not empty(activity) and unit not in fitting_units(str(activity), ref))):
                return None
            return {"unit": unit}
        if column == "quality":
            if not text:
                return {"quality": None}
            code = QUALITY_ALIASES.get(text.upper()) or QUALITY_ALIASES.get(text.split(" ")[0].upper())
            return None if code is None else {"quality": code}
        return {column: text}

    def _activity_changes(self, values: dict, text: str) -> dict | None:
        ref = self.ref
        allowed = activities_for(ref.gpc[str(values.get("gpc_ref"))], ref)
        if text == REPORTED:
            return {"kind": "reported", "activity": None, "amount": None, "unit": None}
        code = text if text in allowed else ref.resolve_activity(text) if text else None
        if text and code not in allowed:
            return None
        changes: dict = {"kind": "activity", "activity": code}
        if values.get("kind") == "reported":
            changes |= {c: None for c in GAS_COLUMNS}
        unit = values.get("unit")
        if code and (empty(unit) or unit not in fitting_units(code, ref)):
            changes["unit"] = ref.fuels[code].base_unit if code in ref.fuels else ref.carriers[code].calc_unit
        return changes
