"""GCoM CRF and CDP rows from the GPC table, driven by the mappings in resources/export/*.csv.

A mapped cell sums the CO2e of its GPC rows. A cell with no data carries a notation key only if
every one of its rows has one (combined by precedence C > NE > IE > NO, each row's explanation
kept); a cell whose rows have neither data nor a key is reported as missing, never as "NE".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from gcomdesk.core.csvfiles import read_csv_rows
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.generation import GENERATION_ROW, PLANT_TYPES
from gcomdesk.core.messages import Message
from gcomdesk.core.totals import InventoryResults, total_mask
from gcomdesk.paths import resource_path

CRF_COLUMNS = ("direct", "indirect", "outside")
KEY_PRECEDENCE = ("C", "NE", "IE", "NO")


@dataclass(frozen=True)
class CrfRow:
    """One CRF row as the mapping file defines it."""

    row_id: str
    block: str  # total | generation | memo
    sector_en: str
    sector_ko: str
    label_en: str
    label_ko: str
    refs: dict[str, tuple[str, ...]]  # CRF column -> GPC rows
    fixed_key: str
    fixed_explanation_en: str
    fixed_explanation_ko: str
    note: str
    plant_type: str = ""  # generation rows: the plant type of I.4.4 they take (core.generation)


@dataclass(frozen=True)
class CdpRow:
    """One row of the CDP emissions matrix as the mapping file defines it."""

    row_id: str
    sector_en: str
    sector_ko: str
    label_en: str
    label_ko: str
    scope: str
    refs: tuple[str, ...]
    total_key: str
    note: str
    plant_type: str = ""


@dataclass(frozen=True)
class MappedCell:
    """The value of a mapped cell: tonnes CO2e (None when no row has data), key and explanation."""

    refs: tuple[str, ...]
    value: float | None
    key: str
    explanation: str
    missing: tuple[str, ...]  # GPC rows with neither data nor a notation key
    applicable: bool = True


def _refs(text: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in (text or "").split(";") if r.strip())


def _read(name: str) -> list[dict[str, str]]:
    return read_csv_rows(resource_path("export", name))


@lru_cache(maxsize=1)
def crf_rows() -> tuple[CrfRow, ...]:
    """The CRF rows of resources/export/crf_rows.csv, in order."""
    return tuple(CrfRow(
        row_id=r["row_id"], block=r["block"], sector_en=r["sector_en"], sector_ko=r["sector_ko"],
        label_en=r["subsector_en"], label_ko=r["subsector_ko"],
        refs={c: _refs(r[c]) for c in CRF_COLUMNS}, fixed_key=r["fixed_key"].strip(),
        fixed_explanation_en=r["fixed_explanation_en"], fixed_explanation_ko=r["fixed_explanation_ko"], note=r["note"],
        plant_type=_plant_type(r, "crf_rows.csv"),
    ) for r in _read("crf_rows.csv"))


@lru_cache(maxsize=1)
def cdp_rows() -> tuple[CdpRow, ...]:
    """The CDP matrix rows of resources/export/cdp_rows.csv, in order."""
    return tuple(CdpRow(
        row_id=r["row_id"], sector_en=r["sector_en"], sector_ko=r["sector_ko"], label_en=r["label_en"],
        label_ko=r["label_ko"], scope=r["scope"], refs=_refs(r["gpc_refs"]), total_key=r["total_key"].strip(),
        note=r["note"], plant_type=_plant_type(r, "cdp_rows.csv"),
    ) for r in _read("cdp_rows.csv"))


def _plant_type(row: dict[str, str], name: str) -> str:
    value = (row.get("plant_type") or "").strip()
    if value and value not in PLANT_TYPES:
        raise ReferenceDataError("reference.value", file=name, row=row.get("row_id", "?"), column="plant_type", value=value)
    return value


def combine_keys(keys: list[str]) -> str:
    """One notation key for a cell whose rows carry several (C > NE > IE > NO)."""
    for key in KEY_PRECEDENCE:
        if key in keys:
            return key
    return keys[0] if keys else ""


def mapped_cell(refs: tuple[str, ...], by_gpc: pd.DataFrame) -> MappedCell:
    """Sum GPC rows into one cell, with a notation key when none of them has data."""
    if not refs:
        return MappedCell(refs, None, "", "", (), applicable=False)
    rows = by_gpc.loc[list(refs)]
    has_data = rows["record_count"] > 0
    keyed = rows[~has_data & (rows["notation_key"].astype(str) != "")]
    missing = tuple(rows.index[~has_data & (rows["notation_key"].astype(str) == "")])
    if len(refs) == 1 and len(keyed) == 1:
        explanation = str(keyed.iloc[0].explanation)
    else:  # say which row each key and explanation belongs to
        explanation = "; ".join(f"{ref} {row.notation_key}: {row.explanation}".rstrip(": ")
                                for ref, row in keyed.iterrows())
    if has_data.any():
        return MappedCell(refs, float(rows.loc[has_data, "co2e_t"].sum()), "", explanation, missing)
    if missing:
        return MappedCell(refs, None, "", explanation, missing)
    return MappedCell(refs, None, combine_keys(list(keyed["notation_key"])), explanation, ())


def generation_cell(plant_type: str, results: InventoryResults, lang: str) -> MappedCell:
    """One plant type's part of I.4.4: its tonnes; NO when I.4.4 holds data but none of this type;
    I.4.4's own key (or 'missing') when I.4.4 holds no data."""
    whole = mapped_cell((GENERATION_ROW,), results.by_gpc)
    if whole.value is None:
        return whole
    part = results.generation.loc[plant_type] if plant_type in results.generation.index else None
    if part is None or int(part["record_count"]) == 0:
        return MappedCell((GENERATION_ROW,), None, "NO", Message("export.generation.none_of_type").render(lang), ())
    return MappedCell((GENERATION_ROW,), float(part["co2e_t"]), "", "", ())


def fixed_cell(key: str, explanation: str) -> MappedCell:
    """A cell whose key is set by the mapping file (institutional buildings: IE)."""
    return MappedCell((), None, key, explanation, ())


def crf_table(results: InventoryResults, lang: str) -> list[tuple[CrfRow, dict[str, MappedCell]]]:
    """Every CRF row with its three cells (direct, indirect, outside)."""
    table = []
    for row in crf_rows():
        if row.fixed_key:
            text = row.fixed_explanation_ko if lang == "ko" else row.fixed_explanation_en
            cells = {c: fixed_cell(row.fixed_key, text) for c in CRF_COLUMNS}
        elif row.plant_type:
            cells = {c: generation_cell(row.plant_type, results, lang) if row.refs[c] else mapped_cell((), results.by_gpc)
                     for c in CRF_COLUMNS}
        else:
            cells = {c: mapped_cell(row.refs[c], results.by_gpc) for c in CRF_COLUMNS}
        table.append((row, cells))
    return table


def crf_total(table: list[tuple[CrfRow, dict[str, MappedCell]]], block: str = "total") -> dict[str, float]:
    """Column sums of one CRF block (direct, indirect, outside and their sum)."""
    sums = {c: 0.0 for c in CRF_COLUMNS}
    for row, cells in table:
        if row.block == block:
            for c in CRF_COLUMNS:
                sums[c] += cells[c].value or 0.0
    sums["total"] = sum(sums[c] for c in CRF_COLUMNS)
    return sums


def crf_sector_totals(rows: Mapping[str, float]) -> list[tuple[CrfRow, float]]:
    """tCO2e by CRF sector (of the main block, the CRF total) from CO2e by GPC row, e.g. another
    year's figures: (the sector's first CRF row, for its names; tonnes), in CRF order."""
    sums: dict[str, float] = {}
    first: dict[str, CrfRow] = {}
    for row in crf_rows():
        if row.block != "total":
            continue
        first.setdefault(row.sector_en, row)
        sums[row.sector_en] = sums.get(row.sector_en, 0.0) + sum(rows.get(ref, 0.0) for c in CRF_COLUMNS
                                                                  for ref in row.refs[c])
    return [(first[sector], value) for sector, value in sums.items()]


def total_refs(results: InventoryResults, total_key: str) -> tuple[str, ...]:
    """The GPC rows a core total takes."""
    return tuple(results.by_gpc.index[total_mask(results.by_gpc, total_key)])


def cdp_table(results: InventoryResults, lang: str) -> list[tuple[CdpRow, MappedCell]]:
    """Every CDP matrix row with its cell; total rows take the core's totals (with the territorial
    rows still unanswered listed as `missing` when the total takes them)."""
    table = []
    for row in cdp_rows():
        if row.total_key:
            refs = total_refs(results, row.total_key)
            open_rows = results.incomplete.get(row.total_key, ())
            cell = MappedCell(refs, float(results.totals[row.total_key]), "", "", open_rows)
        elif row.plant_type:
            cell = generation_cell(row.plant_type, results, lang)
        else:
            cell = mapped_cell(row.refs, results.by_gpc)
        table.append((row, cell))
    return table
