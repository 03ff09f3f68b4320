"""What a data-request workbook asks for: the sector's GPC rows, the rows that still need data in
the inventory's year, the activities and units a department may choose, the contact and the city.

Qt-free and openpyxl-free: `request_input` reads what it needs from an open Inventory (cheap, on
the caller's thread), and `request_workbook.write_request_workbook` lays it out. The data sheet's
columns are the activity import's own headers (`activity_layout.COLUMN_ALIASES`: the canonical name
in English, its first Korean alias in Korean), so what a department fills in imports unmapped.
"""

from __future__ import annotations

from dataclasses import dataclass

from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.model import NotationKey
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.step_ids import REQUEST_SECTORS, SECTOR_STEPS
from gcomdesk.core.steps import activities_for, gpc_rows_of_step, is_required
from gcomdesk.core.units import fitting_units
from gcomdesk.exchange.activity_layout import COLUMN_ALIASES

SECTORS = REQUEST_SECTORS  # stationary, transport, waste, ippu, afolu, all
# The data sheet's columns, in order: activity rows, reported tonnes, notation keys and their sources.
DATA_COLUMNS = ("year", "gpc_ref", "activity", "amount", "unit", "co2_t", "ch4_t", "n2o_t", "notation_key",
                "explanation", "included_in", "data_source", "quality", "notes")
QUALITY_CHOICES = {"en": ("H", "M", "L"), "ko": ("상", "중", "하")}  # all in core.model.QUALITY_ALIASES
NOTATION_CHOICES = tuple(key.value for key in NotationKey)
SUGGESTED_GRID = ("electricity", "kWh")  # scope-2 rows: what KEPCO reports (kWh by contract type)


class RequestError(GcomdeskError):
    """A data-request workbook cannot be made as asked (an unknown sector)."""


@dataclass(frozen=True)
class NeededRow:
    """A GPC row of the sector without any record (data or notation key) in the year, with the
    activity and unit to suggest where one is obvious (grid electricity in kWh for scope 2)."""

    gpc_ref: str
    activity: str = ""  # an activity code
    unit: str = ""


@dataclass(frozen=True)
class RequestInput:
    """What the workbook needs from the inventory (read on the caller's thread; plain values)."""

    sector: str
    year: int
    name_ko: str
    name_en: str
    preparer_name: str
    preparer_contact: str
    reporting_level: str
    answered: frozenset[str]  # GPC rows holding any record in the year

    def city(self, lang: str) -> str:
        """The city's name in `lang` (the Korean name when there is no English one)."""
        return (self.name_en or self.name_ko) if lang == "en" else self.name_ko


def check_sector(sector: str) -> str:
    """`sector` when it is one of SECTORS, else RequestError naming the choices."""
    if sector not in SECTORS:
        raise RequestError("request.sector.unknown", sector=sector, allowed=", ".join(SECTORS))
    return sector


def request_input(inventory, sector: str) -> RequestInput:
    """The request's input from an open store.Inventory at its active year."""
    check_sector(sector)
    profile, records = inventory.profile, inventory.records
    answered = frozenset(records["gpc_ref"].dropna().astype(str)) if len(records) else frozenset()
    return RequestInput(sector, int(inventory.year), profile.name_ko, profile.name_en, profile.preparer_name.strip(),
                        profile.preparer_contact.strip(), profile.reporting_level, answered)


def sector_steps(sector: str) -> tuple[str, ...]:
    """The sector steps a request covers (all five for 'all')."""
    return SECTOR_STEPS if check_sector(sector) == "all" else (sector,)


def sector_rows(sector: str, ref: ReferenceLibrary) -> list[str]:
    """The GPC rows of the sector(s), in published order: the drop-down of the gpc_ref column."""
    return [row.ref for step in sector_steps(sector) for row in gpc_rows_of_step(step, ref)]


def needed_rows(data: RequestInput, ref: ReferenceLibrary) -> list[NeededRow]:
    """The sector's rows the reporting level needs that hold no record (and no notation key) in the year."""
    out = []
    for gpc_ref in sector_rows(data.sector, ref):
        row = ref.gpc[gpc_ref]
        if gpc_ref in data.answered or not is_required(row, data.reporting_level):
            continue
        out.append(NeededRow(gpc_ref, *SUGGESTED_GRID) if row.scope == 2 else NeededRow(gpc_ref))
    return out


def activity_codes(sector: str, ref: ReferenceLibrary) -> list[str]:
    """The activities the sector's rows take (grid energy and fuels), in the library's order; every
    activity when none of its rows takes one (waste, IPPU, AFOLU: tonnes or the sector methods)."""
    wanted = {code for gpc_ref in sector_rows(sector, ref) for code in activities_for(ref.gpc[gpc_ref], ref)}
    every = [*ref.carriers, *ref.fuels]
    return [code for code in every if code in wanted] or every


def activity_text(code: str, ref: ReferenceLibrary, lang: str) -> str:
    """What the activity cell says: the Korean name in Korean (when the importer resolves it back to
    the same code, `ref.resolve_activity`), else the code itself."""
    if lang == "ko":
        name = ref.activity_name(code, "ko")
        if ref.resolve_activity(name) == code:
            return name
    return code


def unit_choices(codes: list[str], ref: ReferenceLibrary) -> list[str]:
    """Every unit one of the activities accepts (the drop-down; the importer checks each pair)."""
    return list(dict.fromkeys(unit for code in codes for unit in fitting_units(code, ref)))


def header(column: str, lang: str) -> str:
    """The data sheet's header of a column: the importer's first Korean alias, or the canonical name."""
    return COLUMN_ALIASES[column][0] if lang == "ko" else column
