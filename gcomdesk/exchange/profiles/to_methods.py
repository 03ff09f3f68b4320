"""Method records from a profile's values: waste treated (landfill, composting, incineration) as
the waste methods' `waste_t`, vehicle-km as rows of the road method's VKT table. Each record is
checked with `core.methods.check_record`, the rule the window's method form uses."""

from __future__ import annotations

import calendar
import json

import numpy as np
import pandas as pd

from gcomdesk.core.errors import CellError, ImportRejected
from gcomdesk.core.messages import Message
from gcomdesk.core.methods import check_record
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.exchange.profiles.loader import ImportProfile
from gcomdesk.exchange.profiles.reading import Value
from gcomdesk.exchange.profiles.to_activity import provenance

ROAD_METHOD, ROAD_ROW = "road_vkt", "II.1.1"  # the in-boundary part (core/methods/road_vkt.py)


def days_in(year: int | None) -> int:
    """Days of the inventory year (a daily distance x days = a year's km); 365 when no year is given."""
    return 366 if year is not None and calendar.isleap(int(year)) else 365


def _record(value: Value, profile: ImportProfile) -> tuple[str, str, dict]:
    """(GPC row, method code, inputs) of one value."""
    if profile.target == "waste":
        gpc = next(value.targets[d.name] for d in profile.dimensions if d.targets == "gpc")
        return gpc, profile.methods[gpc.rsplit(".", 1)[0]], {"waste_t": value.amount}
    vehicle = next(value.targets[d.name] for d in profile.dimensions if d.targets == "vehicle")
    fuel = next(value.targets[d.name] for d in profile.dimensions if d.targets == "fuel")
    return ROAD_ROW, ROAD_METHOD, {"vkt": [{"vehicle": vehicle, "fuel": fuel, "vkt_km": value.amount}]}


def method_frame(values: list[Value], profile: ImportProfile, source: str, year: int | None, ref: ReferenceLibrary,
                 inventory: Profile, notes: list[CellError]) -> pd.DataFrame:
    """The method records of the values (one per source cell), or ImportRejected naming the cells
    whose inputs a method refuses."""
    errors, rows = [], []
    days = days_in(year)
    for value in values:
        if value.extra:  # registrations x daily distance x the days of the year
            value.amount = value.extra["count"] * value.extra["daily"] * days
            value.original += f" x {days} d"
            if not any(n.message.key == "profile.vehicles.days" for n in notes):
                notes.append(CellError(value.row, value.column, Message("profile.vehicles.days", {"days": days})))
        gpc, code, inputs = _record(value, profile)
        extra = json.dumps({"inputs": inputs}, ensure_ascii=False)
        for problem in check_record(code, extra, inventory, ref):
            errors.append(CellError(value.row, value.column, problem.message))
        data_source, note = provenance(value, profile, source)
        rows.append({"kind": "method", "gpc_ref": gpc, "activity": code, "extra": extra, "data_source": data_source,
                     "notes": note, "import_file": source, "import_row": value.row})
    if errors:
        raise ImportRejected(source, errors)
    if profile.target == "waste":  # said once: a method's defaults are for municipal solid waste
        notes.append(CellError(values[0].row, values[0].column, Message("profile.waste.defaults")))
    frame = pd.DataFrame(rows)
    frame.insert(2, "year", pd.array([year] * len(rows), dtype="Int64"))
    if year is None:
        frame = frame.drop(columns="year")
    frame["import_row"] = frame["import_row"].astype(np.int64)
    return frame
