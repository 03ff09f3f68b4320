"""What a workshop file holds, read once for the comparison: its records as the trainee entered
them (one `Entry` each) and its calculated tonnes per GPC row and gas."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from gcomdesk.core.methods import method_inputs
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.totals import GAS_COLUMNS
from gcomdesk.store.inventory import Inventory


@dataclass(frozen=True)
class Entry:
    """One record: an amount (activity; a method's tonnes of waste) or a notation key."""

    gpc_ref: str
    kind: str
    activity: str = ""
    amount: float | None = None
    unit: str = ""
    notation_key: str = ""
    explanation: str = ""
    inputs: str = ""  # a method record's inputs as sorted JSON (what makes two method records the same)


@dataclass(frozen=True)
class Figures:
    """One file: its year, entries and tonnes per GPC row ({gpc_ref: {gas column: t}}, rows with any)."""

    path: Path
    year: int
    entries: tuple[Entry, ...]
    tonnes: dict[str, dict[str, float]]

    def notation(self, gpc_ref: str) -> Entry | None:
        """The row's notation key entry, if any."""
        return next((e for e in self.entries if e.gpc_ref == gpc_ref and e.kind == "notation"), None)

    def rows(self) -> set[str]:
        """The GPC rows holding any entry."""
        return {e.gpc_ref for e in self.entries}


def method_tonnes(inputs: dict, year: int) -> float | None:
    """A method record's tonnes of waste in `year`: its `waste_t`, else its history's entry for the year."""
    if inputs.get("waste_t") is not None:
        return float(inputs["waste_t"])
    for entry in inputs.get("history") or ():
        if int(entry.get("year", 0)) == int(year) and entry.get("waste_t") is not None:
            return float(entry["waste_t"])
    return None


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def read_figures(path: str | Path, ref: ReferenceLibrary, year: int | None = None) -> Figures:
    """Open `path` (refused unchanged when it is no project file) and read its `year` (default: its latest)."""
    with Inventory.open(path, ref) as inventory:
        if year is not None and year in inventory.years:
            inventory.set_year(year)
        records = inventory.records
        by_gpc = inventory.analysis().results.by_gpc
        held = inventory.year
    entries = []
    for rec in records.itertuples():
        amount = None if pd.isna(rec.amount) else float(rec.amount)
        inputs = method_inputs(rec.extra) if rec.kind == "method" else {}
        if rec.kind == "method":
            amount = method_tonnes(inputs, held)
        entries.append(Entry(rec.gpc_ref, rec.kind, _text(rec.activity), amount,
                             "t" if rec.kind == "method" else _text(rec.unit),
                             _text(rec.notation_key), _text(rec.explanation),
                             json.dumps(inputs, sort_keys=True, ensure_ascii=False) if inputs else ""))
    tonnes = {}
    for gpc_ref, row in by_gpc.iterrows():
        gases = {gas: float(row[gas]) for gas in GAS_COLUMNS if float(row[gas] or 0) != 0}
        if gases:
            tonnes[str(gpc_ref)] = gases
    return Figures(Path(path), held, tuple(entries), tonnes)
