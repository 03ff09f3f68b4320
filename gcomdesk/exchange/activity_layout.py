"""The activity import's layout: the columns a file may hold (canonical names and the Korean and
English headers accepted for them) and how a file's header row is matched to them. The data-request
workbook and the import preview share it."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from gcomdesk.core.errors import CellError
from gcomdesk.core.messages import Message
from gcomdesk.core.model import MAIN_GAS_COLUMNS
from gcomdesk.core.numbers import shown
from gcomdesk.exchange.tabular import Table, column_letter, fold

# canonical column -> names accepted in a header (besides the canonical one)
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "year": ("연도", "년도"),
    "gpc_ref": ("GPC코드", "GPC 참조번호"),
    "activity": ("활동", "연료"),
    "amount": ("활동량",),
    "unit": ("단위",),
    "ef_co2": ("배출계수_CO2",),
    "ef_ch4": ("배출계수_CH4",),
    "ef_n2o": ("배출계수_N2O",),
    "ef_co2e": ("배출계수_CO2e", "배출계수_CO2eq", "ef_co2eq"),  # kg CO2e per unit: a factor published as CO2e only
    "ef_co2e_gwp": ("배출계수_GWP", "GWP기준", "ef_co2e_basis"),  # the GWP set it was published under
    "co2_t": ("배출량_CO2",),
    "ch4_t": ("배출량_CH4",),
    "n2o_t": ("배출량_N2O",),
    "notation_key": ("표기키",),
    "explanation": ("설명",),
    "included_in": ("포함위치",),
    "data_source": ("자료출처",),
    "quality": ("자료품질",),
    "notes": ("비고",),
    "facility": ("시설명",),
    "plant_type": ("발전유형",),  # optional: I.4.4 only (core.generation); stored in the record's extra
}
TONNE_COLUMNS = MAIN_GAS_COLUMNS
KIND_COLUMNS = ("activity", "notation_key") + TONNE_COLUMNS  # at least one must be in the header
TEXT_COLUMNS = ("explanation", "data_source", "notes", "facility")

# Header matching folds case, spaces, underscores and brackets: "EF co2", "배출계수(CO2)" both match.
HEADER_INDEX = {fold(name): canon for canon, aliases in COLUMN_ALIASES.items() for name in (canon, *aliases)}


def gpc_code(text: str) -> str:
    """A GPC reference as typed, read plainly: spaces removed, upper case ('i.1.1 ' is I.1.1)."""
    return re.sub(r"\s+", "", text).upper()


def msg(key: str, /, **params: Any) -> Message:
    return Message(key, params)



def map_header(table: Table) -> tuple[dict[str, int], list[CellError]]:
    row = table.header_row
    columns: dict[str, int] = {}
    errors: list[CellError] = []
    used = set(np.flatnonzero((table.cells != "").any().to_numpy()))
    allowed = ", ".join(COLUMN_ALIASES)
    for index, title in enumerate(table.header):
        if not title:
            if index in used:  # an unnamed column that holds data: say so rather than drop it
                errors.append(CellError(row, column_letter(index), msg("import.header.blank")))
            continue
        canon = HEADER_INDEX.get(fold(title))
        if canon is None:
            errors.append(CellError(row, title, msg("import.header.unknown", column=shown(title), allowed=allowed)))
        elif canon in columns:
            first = table.header[columns[canon]]
            errors.append(CellError(row, title, msg("import.header.duplicate", column=title, first=first)))
        else:
            columns[canon] = index
    if "gpc_ref" not in columns:
        errors.append(CellError(row, "gpc_ref", msg("import.header.required", column="gpc_ref / GPC코드")))
    if not any(c in columns for c in KIND_COLUMNS):
        errors.append(CellError(row, "activity", msg("import.header.needs_kind")))
    if "activity" in columns:
        for needed in ("amount", "unit"):
            if needed not in columns:
                errors.append(CellError(row, needed, msg("import.header.needs_amount_unit", column=needed)))
    return columns, errors
