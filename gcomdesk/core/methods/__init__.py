"""Sector methods beyond fuel x factor (waste, the road boundary, F-gases, livestock, rice).

A method record has kind 'method', its method code in `activity` and its inputs in
`extra["inputs"]` (optional `extra["sources"]`: the officer's source per entered input). When a
facility-reported figure replaces the method, the method record keeps its inputs and carries
`extra["replaced"] = {"record_id": <reported record id>, "reason": ...}`; it then counts zero (status
'ok': nothing is wrong with it) and the reported record alone carries the emissions; `replacement()`
and the working say so.

Importing this package registers every method module (see the imports at the bottom).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping

import numpy as np
import pandas as pd

from gcomdesk.core.co2e import ch4_is_fossil
from gcomdesk.core.co2e import co2e as total_co2e
from gcomdesk.core.messages import Message
from gcomdesk.core.methods.base import (
    OUTPUT_COLUMNS,
    Method,
    MethodInput,
    MethodInputError,
    Resolved,
    Working,
    choice_label,
    fmt,
    input_label,
    make_method,
)
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

__all__ = [
    "OUTPUT_COLUMNS", "REGISTRY", "Method", "MethodInput", "MethodInputError", "Resolved", "Working", "boundary_methods",
    "ch4_origin_fossil", "check_record", "choice_label", "co2e", "defaults_used", "describe_record", "evaluate_methods", "fmt", "input_label", "make_method",
    "method_inputs", "method_name", "method_sources", "methods_for", "register", "replacement", "report_refs",
]

log = logging.getLogger(__name__)
REGISTRY: dict[str, Method] = {}
# Status codes of a method record (rendered as calc.status.<code>).
OK, UNKNOWN_METHOD, METHOD_INPUT, METHOD_ERROR = "ok", "unknown_method", "method_input", "method_error"


def register(method: Method) -> Method:
    """Add a method to the registry (called by each method module at import)."""
    REGISTRY[method.code] = method
    return method


def _extra(extra) -> dict:
    if isinstance(extra, str):
        extra = json.loads(extra or "{}")
    if extra is None or (isinstance(extra, float) and np.isnan(extra)):
        return {}
    if not isinstance(extra, Mapping):
        raise ValueError("extra is not a JSON object")
    return dict(extra)


def method_inputs(extra) -> dict:
    """Return the inputs stored in a record's `extra` (a dict or its JSON text)."""
    return dict(_extra(extra).get("inputs") or {})


def method_sources(extra) -> dict:
    """Return the officer's sources for entered inputs (`extra["sources"]`)."""
    return dict(_extra(extra).get("sources") or {})


def replacement(extra) -> dict | None:
    """Return `{"record_id", "reason"}` when a reported figure replaced this method, else None."""
    try:
        found = _extra(extra).get("replaced")
    except ValueError:
        return None
    return dict(found) if isinstance(found, Mapping) else None


def methods_for(gpc_ref: str) -> list[Method]:
    """The methods that serve a GPC row, in registration order."""
    return [m for m in REGISTRY.values() if gpc_ref in m.gpc_refs]


def method_name(code: str, lang: str) -> str:
    """The plain-language name of a method (key method.name.<code>)."""
    return Message(f"method.name.{code}").render(lang) if code in REGISTRY else str(code)


def ch4_origin_fossil(code: str, ref: ReferenceLibrary) -> bool:
    """True when the methane of a method counts as fossil: by the sector of the GPC row it serves
    (road traffic, industrial processes), non-fossil for waste and agriculture (core.co2e)."""
    method = REGISTRY.get(code)
    row = ref.gpc.get(method.gpc_refs[0]) if method is not None and method.gpc_refs else None
    return ch4_is_fossil(row.sector_no if row is not None else "")


def co2e(gases: Mapping[str, float], profile: Profile, ref: ReferenceLibrary, code: str) -> float:
    """Tonnes CO2e of a method result with the profile's GWP set (biogenic CO2 excluded): core.co2e."""
    return total_co2e(gases, ref.gwp[profile.gwp_set], ch4_origin_fossil(code, ref))


def _evaluate_one(code, extra, profile: Profile, ref: ReferenceLibrary) -> tuple[tuple[float, ...], str]:
    zeros = (0.0,) * len(OUTPUT_COLUMNS)
    method = REGISTRY.get(code) if isinstance(code, str) else None
    if method is None:
        return zeros, UNKNOWN_METHOD
    try:
        data = _extra(extra)
        if replacement(data) is not None:  # a reported figure carries this row's emissions
            return zeros, OK
        _, working = method.run(dict(data.get("inputs") or {}), profile, ref)
    except (MethodInputError, ValueError, TypeError):
        return zeros, METHOD_INPUT
    except Exception:  # a defect in a method must never stop the inventory from calculating
        log.exception("method %s failed", code)
        return zeros, METHOD_ERROR
    return tuple(float(working.gases.get(c, 0.0)) for c in OUTPUT_COLUMNS), OK


def evaluate_methods(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> pd.DataFrame:
    """Return tonnes per gas (OUTPUT_COLUMNS) and a status for each method record. Never raises.

    Records with the same method and the same inputs are computed once (imports and copies repeat)."""
    n = len(records)
    values = np.zeros((n, len(OUTPUT_COLUMNS)))
    status = np.empty(n, dtype=object)
    codes = records["activity"].tolist() if "activity" in records else [None] * n
    extras = records["extra"].tolist() if "extra" in records else [None] * n
    cache: dict[tuple, tuple[tuple[float, ...], str]] = {}
    for i, (code, extra) in enumerate(zip(codes, extras)):
        key = (code, extra if isinstance(extra, str) else json.dumps(extra, sort_keys=True, default=str))
        if key not in cache:
            cache[key] = _evaluate_one(code, extra, profile, ref)
        values[i], status[i] = cache[key]
    frame = pd.DataFrame(values, index=records.index, columns=list(OUTPUT_COLUMNS))
    frame["status"] = status
    return frame


def _report_ref(code, extra, gpc_ref: str, profile: Profile) -> str:
    method = REGISTRY.get(code) if isinstance(code, str) else None
    if method is None or method.route is None:
        return gpc_ref
    try:
        data = _extra(extra)
    except ValueError:
        return gpc_ref
    if replacement(data) is not None:  # the reported figure carries the emissions, in the row it is filed in
        return gpc_ref
    resolved = method.resolve(dict(data.get("inputs") or {}), profile)
    return gpc_ref if resolved.errors else method.route(resolved, gpc_ref)


def report_refs(records: pd.DataFrame, profile: Profile) -> pd.Series:
    """The GPC row each method record's emissions land on (a method may move them, e.g. an
    incinerator recovering energy to Stationary Energy); the filed row for every other record."""
    filed = records["gpc_ref"].astype(object)
    out = filed.copy()
    is_method = (records["kind"] == "method").to_numpy() if "kind" in records else np.zeros(len(records), dtype=bool)
    if not is_method.any():
        return out
    cache: dict[tuple, str] = {}
    sub = records[is_method]
    extras = sub["extra"].tolist() if "extra" in sub else [None] * len(sub)
    landed = []
    for code, extra, gpc_ref in zip(sub["activity"].tolist(), extras, sub["gpc_ref"].tolist()):
        key = (code, gpc_ref, extra if isinstance(extra, str) else json.dumps(extra, sort_keys=True, default=str))
        if key not in cache:
            cache[key] = _report_ref(code, extra, str(gpc_ref), profile)
        landed.append(cache[key])
    out[is_method] = landed
    return out


def check_record(code: str, extra, profile: Profile, ref: ReferenceLibrary) -> list[MethodInputError]:
    """Every input problem of a method record (empty when it computes), for checks and the form."""
    method = REGISTRY.get(code)
    if method is None:
        return [MethodInputError("method.error.unknown_method", "method", value=str(code))]
    try:
        data = _extra(extra)
    except ValueError:
        return [MethodInputError("method.error.table", "method")]
    resolved = method.resolve(dict(data.get("inputs") or {}), profile, data.get("sources"))
    if resolved.errors:
        return list(resolved.errors)
    try:
        method.work(resolved, profile, ref)
    except MethodInputError as exc:
        return [exc]
    return []


# Method modules register themselves on import; keep this list in sync with the package.
from gcomdesk.core.methods import (  # noqa: E402, F401
    biological,
    fgases,
    incineration,
    livestock,
    rice,
    road_vkt,
    solid_waste,
    wastewater,
)
from gcomdesk.core.methods.describe import describe_record  # noqa: E402  (uses REGISTRY above)
from gcomdesk.core.methods.road_vkt import boundary_methods  # noqa: E402


def defaults_used(code: str, extra, profile: Profile) -> list[dict]:
    """The published defaults a method record relies on (numeric inputs the officer left blank),
    as factor entries {activity: method code, sector: '', gas: input name, value, unit, edition, source}.
    Profile values (population) and table cells are not factors and are left out."""
    method = REGISTRY.get(code)
    if method is None or not method.inputs:
        return []
    resolved = method.resolve(method_inputs(extra), profile)
    entries = []
    for inp in method.inputs:
        source = resolved.sources.get(inp.name, "")
        if (resolved.origin.get(inp.name) != "default" or inp.kind not in ("number", "fraction", "integer")
                or source in ("", "profile", "record")):
            continue
        entries.append({"activity": code, "sector": "", "gas": inp.name, "value": resolved.values[inp.name],
                        "unit": "" if inp.unit == "-" else inp.unit, "edition": "IPCC 2006 (method default)",
                        "source": source})
    return entries
