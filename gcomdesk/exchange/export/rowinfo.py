"""Per-GPC-row facts the tables print beside the numbers: data quality, method, calculation
problems, and whether an empty row is required at the inventory's reporting level."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from gcomdesk.core.estimates.totals import estimate_flags
from gcomdesk.core.factors import record_factor_quality
from gcomdesk.core.messages import Message, message_keys
from gcomdesk.core.reference import ReferenceLibrary

QUALITY_ORDER = ("H", "M", "L")


def text(value) -> str:
    """A record field as text: '' for None and NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


@dataclass
class RowInfo:
    """What the records of one GPC row say about its data."""

    quality: set[str] = field(default_factory=set)
    factor_quality: set[str] = field(default_factory=set)
    methods: list[str] = field(default_factory=list)  # message keys or method codes, in first-seen order
    not_calculated: int = 0

    def quality_text(self, which: str = "quality") -> str:
        """The ratings found, best first, e.g. 'H/M'."""
        found = self.quality if which == "quality" else self.factor_quality
        return "/".join(q for q in QUALITY_ORDER if q in found)


def _method_of(kind: str, activity: str, explicit: bool, ref: ReferenceLibrary) -> str:
    if kind == "reported":
        return "export.method.reported"
    if kind == "method":
        return "method:" + activity
    if explicit:
        return "export.method.own_factor"
    if activity in ref.fuels:
        return "export.method.fuel"
    carrier = ref.carriers.get(activity)
    if carrier is not None:
        return "export.method.electricity" if carrier.kind == "electricity" else "export.method.heat"
    return "export.method.unknown"


def _has_own_factor(rec) -> bool:
    return any(text(getattr(rec, f"ef_{g}")) for g in ("co2", "ch4", "n2o"))


def factor_quality(rec, profile, ref: ReferenceLibrary) -> str:
    """The record's factor quality: its own rating, else the library factor's (core.factors)."""
    return record_factor_quality(text(rec.kind), text(rec.activity), text(rec.factor_quality), _has_own_factor(rec),
                                 profile, ref)


def texts(column: pd.Series) -> pd.Series:
    """A column as `text` gives it: '' for None and NaN, else str(value)."""
    return column.astype(object).where(column.notna(), "").astype(str)


def row_info(records, ref: ReferenceLibrary, profile=None) -> dict[str, RowInfo]:
    """RowInfo for every GPC row that has records (notation records excluded). With the profile,
    a record without its own factor rating takes the library factor's (reference confidence).

    Worked out once per distinct (row, kind, activity, ratings, own factor, status), in the order
    the records first show each, so a province of 100,000 records costs a few dozen lookups."""
    numbers = records[records["kind"] != "notation"]
    keys = pd.DataFrame({name: texts(numbers[name]) for name in ("gpc_ref", "kind", "activity", "quality",
                                                                   "factor_quality")})
    keys["own"] = texts(numbers["ef_co2"]).ne("") | texts(numbers["ef_ch4"]).ne("") | texts(numbers["ef_n2o"]).ne("")
    keys["status"] = texts(numbers["status"]) if "status" in numbers.columns else ""
    keys["estimate"] = estimate_flags(numbers).to_numpy()
    info: dict[str, RowInfo] = defaultdict(RowInfo)
    counts = keys.groupby(list(keys.columns), sort=False).size()
    for (gpc_ref, kind, activity, quality, own_rating, own, status, estimate), count in counts.items():
        row = info[gpc_ref]
        if quality:
            row.quality.add(quality)
        rating = (record_factor_quality(kind, activity, own_rating, bool(own), profile, ref) if profile is not None
                  else own_rating)
        if rating:
            row.factor_quality.add(rating)
        method = "export.method.estimate" if estimate else _method_of(kind, activity, bool(own), ref)
        if method not in row.methods:
            row.methods.append(method)
        if status not in ("", "ok"):
            row.not_calculated += int(count)
    return dict(info)


def method_name(code: str, lang: str) -> str:
    """A sector method's name (resources/messages/methods.csv, method.name.<code>), else its code."""
    key = f"method.name.{code}"
    return Message(key, {}).render(lang) if key in message_keys() else code


def method_text(methods: list[str], t, lang: str) -> str:
    """The methods of a row in the export language (`t` renders a message key)."""
    parts = []
    for m in methods:
        if m.startswith("method:"):
            code = m.split(":", 1)[1]
            parts.append(t("export.method.model", code=code, name=method_name(code, lang)))
        else:
            parts.append(t(m))
    return "; ".join(parts)


def required_at(gpc_ref: str, reporting_level: str, ref: ReferenceLibrary) -> bool:
    """True when GPC asks for this row at the inventory's reporting level (BASIC or BASIC+)."""
    row = ref.gpc[gpc_ref]
    return row.in_basic_plus if reporting_level == "basic_plus" else row.in_basic
