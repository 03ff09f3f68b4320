"""Energy generation supplied to the grid (GPC I.4.4) split by plant type, as the GCoM CRF and the
CDP ask: electricity-only, combined heat and power, heat/cold only, and local renewables.

A record landing on I.4.4 says its type in `extra["plant_type"]` (any record kind; method records
may have a `plant_type` input instead); otherwise the type follows from the record, by the
defaults in resources/reference/plant_types.csv (a fossil fuel: electricity-only; a biogenic fuel:
local renewable; facility-reported tonnes: electricity-only)."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.model import extra_of
from gcomdesk.core.reference import ReferenceLibrary, read_csv_rows
from gcomdesk.paths import resource_path

GENERATION_ROW = "I.4.4"
PLANT_TYPES = ("electricity", "chp", "heat", "renewable")
DEFAULT_KEYS = ("fuel_fossil", "fuel_biogenic", "reported", "method")
FILE = "plant_types.csv"


@lru_cache(maxsize=1)
def plant_type_defaults() -> dict[str, str]:
    """record kind -> default plant type (validated: every kind present, every type known)."""
    rows = read_csv_rows(resource_path("reference", FILE), ("record", "plant_type", "source"))
    table = {}
    for i, r in enumerate(rows, start=2):
        key, value = r["record"].strip(), r["plant_type"].strip()
        if key not in DEFAULT_KEYS:
            raise ReferenceDataError("reference.value", file=FILE, row=i, column="record", value=key)
        if value not in PLANT_TYPES:
            raise ReferenceDataError("reference.value", file=FILE, row=i, column="plant_type", value=value)
        table[key] = value
    missing = [k for k in DEFAULT_KEYS if k not in table]
    if missing:
        raise ReferenceDataError("reference.columns", file=FILE, columns=", ".join(missing))
    return table


def stated_plant_type(extra) -> str | None:
    """The plant type a record states (extra.plant_type, or a method's plant_type input), if valid."""
    data = extra_of(extra)
    for value in (data.get("plant_type"), (data.get("inputs") or {}).get("plant_type")):
        if isinstance(value, str) and value.strip() in PLANT_TYPES:
            return value.strip()
    return None


def default_plant_type(kind: str, activity, ref: ReferenceLibrary) -> str:
    """The plant type a record without a stated one takes."""
    defaults = plant_type_defaults()
    if kind == "activity" and activity in ref.fuels:
        return defaults["fuel_biogenic" if ref.fuels[activity].biogenic else "fuel_fossil"]
    if kind == "method":
        # imported here: core.methods (the incineration module) imports this module's PLANT_TYPES
        from gcomdesk.core.methods import REGISTRY
        from gcomdesk.core.methods.base import load_defaults

        method = REGISTRY.get(activity)
        inp = next((i for i in method.inputs if i.name == "plant_type"), None) if method else None
        if inp is not None and inp.default_key:
            entry = load_defaults(method.family).get(inp.default_key)
            if entry is not None and entry.value in PLANT_TYPES:
                return str(entry.value)
        return defaults["method"]
    return defaults["reported"]


def plant_types(records: pd.DataFrame, ref: ReferenceLibrary) -> pd.Series:
    """The plant type of each record (stated, else the default)."""
    extras = records["extra"].tolist() if "extra" in records else [None] * len(records)
    kinds = records["kind"].tolist()
    activities = records["activity"].tolist() if "activity" in records else [None] * len(records)
    return pd.Series([stated_plant_type(e) or default_plant_type(k, a, ref) for e, k, a in zip(extras, kinds, activities)],
                     index=records.index, dtype=object)


def generation_split(frame: pd.DataFrame, columns: tuple[str, ...], ref: ReferenceLibrary) -> pd.DataFrame:
    """Tonnes per gas and record count of the records landing on I.4.4, by plant type (all four rows)."""
    landed = frame[(frame["report_ref"] == GENERATION_ROW) & (frame["kind"] != "notation")]
    types = plant_types(landed, ref) if len(landed) else pd.Series(dtype=object)
    sums = landed.groupby(types)[list(columns)].sum() if len(landed) else pd.DataFrame(columns=list(columns))
    counts = landed.groupby(types).size() if len(landed) else pd.Series(dtype=int)
    table = sums.reindex(list(PLANT_TYPES)).fillna(0.0)
    table["record_count"] = counts.reindex(list(PLANT_TYPES)).fillna(0).astype(int)
    table.index.name = "plant_type"
    return table
