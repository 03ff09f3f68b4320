"""Year operations as ChangeSets (one transaction, one undo step each): add a year (empty, or copied
from another year with its amounts kept or cleared), delete a year, mark the base year.
The window's Years menu and `gcomdesk-cli year ...` both build their edits here."""

from __future__ import annotations

import json

import pandas as pd

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.methods import REGISTRY
from gcomdesk.core.model import REPORTED_GAS_COLUMNS, extra_of
from gcomdesk.core.years import new_year_settings
from gcomdesk.store.changes import ChangeSet, YearAdded
from gcomdesk.store.inventory import Inventory

_STAMPS = ("id", "created_by", "created_at", "updated_by", "updated_at", "import_file", "import_row")


def add_year(inventory: Inventory, year: int, copy_from: int | None = None, keep_amounts: bool = False) -> ChangeSet:
    """The ChangeSet adding `year`: its settings are the editions published for it (the side, fuel
    set and area of the year copied from); with `copy_from`, that year's records come along —
    notation keys, sources and factors as they are, and amounts kept or cleared. Cleared means:
    activity amounts and reported tonnes empty, and the activity-data inputs of a sector method
    (its required numbers without a default, e.g. tonnes of waste) removed, so every figure of the
    new year has to be entered before it counts (the checks say where)."""
    year = int(year)
    if year in inventory.years:
        raise ProjectFileError("project.year_exists", year=year)
    template = None
    records = None
    if copy_from is not None:
        template = inventory.project.year_settings(copy_from)  # raises project.no_year
        records = copied_records(inventory.records_of(copy_from), year, keep_amounts)
    settings = new_year_settings(inventory.ref, year, template)
    label = f"add year {year}" + (f" from {copy_from}" if copy_from is not None else "")
    return ChangeSet(add_years=[YearAdded(year, settings)], add=records if records is not None else (),
                     year=year, label=label)


def copied_records(frame: pd.DataFrame, year: int, keep_amounts: bool) -> pd.DataFrame:
    """A year's records as new records of `year` (new ids and stamps; amounts kept or cleared)."""
    out = frame.drop(columns=[c for c in _STAMPS if c in frame.columns]).reset_index(drop=True).copy()
    out["year"] = year
    if not keep_amounts:
        out["amount"] = float("nan")
        for column in REPORTED_GAS_COLUMNS:
            out[column] = out[column].where(out["kind"] != "reported")
        methods = out["kind"] == "method"
        out.loc[methods, "extra"] = [json.dumps(_without_activity_data(code, extra), ensure_ascii=False)
                                     for code, extra in zip(out.loc[methods, "activity"], out.loc[methods, "extra"])]
    out["extra"] = [e if isinstance(e, str) else json.dumps(extra_of(e), ensure_ascii=False) for e in out["extra"]]
    return out


def _without_activity_data(code, extra) -> dict:
    data = extra_of(extra)
    method = REGISTRY.get(str(code))
    if method is None:
        return data
    activity = {i.name for i in method.inputs
                if i.kind in ("number", "integer") and i.required and i.default is None and not i.default_key and not i.default_from}
    inputs = {k: v for k, v in (data.get("inputs") or {}).items() if k not in activity}
    return {**data, "inputs": inputs}


def delete_year(inventory: Inventory, year: int) -> ChangeSet:
    """The ChangeSet deleting `year` with its records and acknowledgements (undo restores them)."""
    year = int(year)
    if year not in inventory.years:
        inventory.project.year_settings(year)  # raises project.no_year
    return ChangeSet(delete_years=[year], label=f"delete year {year}")


def set_base_year(inventory: Inventory, year: int) -> ChangeSet:
    """The ChangeSet marking one of the project's years as the base year."""
    year = int(year)
    if year not in inventory.years:
        inventory.project.year_settings(year)  # raises project.no_year
    return ChangeSet(profile={"base_year": year}, year=inventory.year, label=f"base year {year}")
