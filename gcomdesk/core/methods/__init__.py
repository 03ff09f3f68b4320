"""Sector methods beyond fuel x factor (waste, F-gases, livestock...).

A method record has kind 'method', its method code in `activity` and its inputs in
`extra["inputs"]`. Each method module registers a `Method` here; `evaluate_methods` turns
method records into tonnes per gas, vectorised per method.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

OUTPUT_COLUMNS = ("co2_t", "ch4_t", "n2o_t", "sf6_t", "nf3_t", "hfcs_co2e_t", "pfcs_co2e_t", "biogenic_co2_t")


@dataclass(frozen=True)
class Method:
    """A method: its code, the GPC rows it serves, and a function from inputs to tonnes per gas.

    `compute(inputs, profile, ref)` returns a dict with some of OUTPUT_COLUMNS (tonnes)."""

    code: str
    gpc_refs: tuple[str, ...]
    compute: Callable[[dict, Profile, ReferenceLibrary], dict[str, float]]
    inputs: tuple = field(default_factory=tuple)


REGISTRY: dict[str, Method] = {}


def register(method: Method) -> Method:
    """Add a method to the registry (called by each method module at import)."""
    REGISTRY[method.code] = method
    return method


def method_inputs(extra) -> dict:
    """Return the inputs stored in a record's `extra` (a dict or its JSON text)."""
    if isinstance(extra, str):
        extra = json.loads(extra or "{}")
    return dict((extra or {}).get("inputs", {}))


def evaluate_methods(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> pd.DataFrame:
    """Return tonnes per gas (OUTPUT_COLUMNS) and a status for each method record."""
    rows = []
    for code, extra in zip(records["activity"], records["extra"] if "extra" in records else [None] * len(records)):
        method = REGISTRY.get(code)
        if method is None:
            rows.append({"status": "unknown_method"})
            continue
        try:
            rows.append({**method.compute(method_inputs(extra), profile, ref), "status": "ok"})
        except (KeyError, ValueError, TypeError):
            rows.append({"status": "method_input"})
    frame = pd.DataFrame(rows, index=records.index, columns=[*OUTPUT_COLUMNS, "status"])
    frame[list(OUTPUT_COLUMNS)] = frame[list(OUTPUT_COLUMNS)].astype(float).fillna(0.0)
    return frame


def describe_record(code: str, extra, profile: Profile, ref: ReferenceLibrary, lang: str = "en") -> list[str]:
    """Return the working of a method record as lines of text (inputs, then the method's derivation)."""
    inputs = method_inputs(extra)
    lines = [f"{name} = {value}" for name, value in inputs.items()]
    method = REGISTRY.get(code)
    derive = getattr(method, "derive", None)
    if derive is not None:
        lines += list(derive(inputs, profile, ref, lang))
    return lines
