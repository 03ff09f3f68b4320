"""The participant's printable data sheet: the numbers of the cleared sectors, laid out like the
tables officers really receive, so the trainee practises reading them.

Where a source profile describes the table (`resources/import_profiles/`: KEPCO sales by contract
type, city-gas sales by use, petroleum sales by sector and product, waste treatment), a record is
shown under that table's category for its GPC row (the profile's own mapping read backwards) and in
the table's unit text; what no such table holds (rail diesel, off-road machinery, notation keys,
method inputs) is listed in the import layout. One sheet per table, each printed on A4, fitted to
the page width, with the participant's name in the header and the page number in the footer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from gcomdesk.core.messages import Message
from gcomdesk.core.methods import method_inputs
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.exchange.profiles import load_profile
from gcomdesk.exchange.profiles.loader import ImportProfile
from gcomdesk.exchange.request_content import activity_text, header
from gcomdesk.exchange.staged import Staged
from gcomdesk.exchange.workshop.figures import method_tonnes

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
WRAP = Alignment(wrap_text=True, vertical="top")
NUMBER_FORMAT = "#,##0.###"
LAYOUT_COLUMNS = ("gpc_ref", "activity", "amount", "unit", "notation_key", "explanation", "included_in")


@dataclass
class SourceTable:
    """One table of the data sheet: its title, header and rows (category cells, then amount and unit)."""

    key: str  # message key of the sheet's name
    title: str
    header: list[str]
    rows: list[list] = field(default_factory=list)
    widths: tuple[int, ...] = ()


def _korean(text: str) -> bool:
    return any(ord(ch) > 0x3000 for ch in text)


def category_for(profile: ImportProfile, dimension: str, target: str, lang: str) -> str | None:
    """The category a source table files `target` under (the profile's map read backwards): the first
    written in the reader's script, None when the table has none."""
    dim = next(d for d in profile.dimensions if d.name == dimension)
    names = [dim.names[folded] for folded, value in dim.mapped.items() if value == target]
    wanted = [n for n in names if _korean(n) == (lang == "ko")]
    return (wanted or names or [None])[0]


def unit_text(profile: ImportProfile, unit: str, lang: str) -> str:
    """How the source table writes `unit` in Korean (천㎥ for kNm3, 톤 for t; Korean script first);
    the unit itself in English."""
    if lang == "ko":
        names = [profile.unit_names[f] for f, (canonical, multiplier) in profile.units.items() if canonical == unit and multiplier == 1]
        return next((n for n in names if _korean(n)), names[0] if names else unit)
    return unit


def build_tables(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary, lang: str) -> list[SourceTable]:
    """The data sheet's tables for the cleared records, in the order a trainer hands them out."""
    def t(key: str, /, **params) -> str:
        return Message(key, params).render(lang)

    kepco, gas, petroleum, waste = (load_profile(n) for n in ("kepco-sales", "city-gas-sales", "petroleum-sales", "waste-treatment"))
    city = (profile.name_en or profile.name_ko) if lang == "en" else profile.name_ko
    tables = {
        "electricity": SourceTable("workshop.sheet.electricity", t("workshop.title.table", table=kepco.label(lang), city=city, year=profile.year),
                                   [kepco.dimensions[0].label_ko if lang == "ko" else kepco.dimensions[0].label_en, _amount(kepco, lang), t("workshop.col.unit")], widths=(18, 16, 10)),
        "gas": SourceTable("workshop.sheet.gas", t("workshop.title.table", table=gas.label(lang), city=city, year=profile.year),
                           [gas.dimensions[0].label_ko if lang == "ko" else gas.dimensions[0].label_en, _amount(gas, lang), t("workshop.col.unit")], widths=(18, 16, 10)),
        "petroleum": SourceTable("workshop.sheet.petroleum", t("workshop.title.table", table=petroleum.label(lang), city=city, year=profile.year),
                                 [_dim_label(petroleum, "sector", lang), _dim_label(petroleum, "product", lang), _amount(petroleum, lang), t("workshop.col.unit")], widths=(14, 14, 16, 10)),
        "waste": SourceTable("workshop.sheet.waste", t("workshop.title.table", table=waste.label(lang), city=city, year=profile.year),
                             [_dim_label(waste, "treatment", lang), _amount(waste, lang), t("workshop.col.unit")], widths=(18, 16, 10)),
        "methods": SourceTable("workshop.sheet.methods", t("workshop.title.methods", city=city, year=profile.year),
                               [header("gpc_ref", lang), t("workshop.col.method"), t("workshop.col.input"), t("workshop.col.value")], widths=(10, 22, 22, 44)),
        "layout": SourceTable("workshop.sheet.layout", t("workshop.title.layout", city=city, year=profile.year),
                              [header(c, lang) for c in LAYOUT_COLUMNS], widths=(10, 16, 14, 9, 9, 48, 10)),
    }
    for rec in records.itertuples():
        if not _placed(rec, tables, (kepco, gas, petroleum, waste), profile, ref, lang):
            tables["layout"].rows.append(_layout_row(rec, ref, lang))
    return [table for table in tables.values() if table.rows]


def _amount(profile: ImportProfile, lang: str) -> str:
    return profile.amount.label_ko if lang == "ko" else profile.amount.label_en


def _dim_label(profile: ImportProfile, name: str, lang: str) -> str:
    dim = next(d for d in profile.dimensions if d.name == name)
    return dim.label_ko if lang == "ko" else dim.label_en


def _placed(rec, tables: dict[str, SourceTable], profiles, inventory: Profile, ref: ReferenceLibrary, lang: str) -> bool:
    """Put one record in the source table that holds it; False when none does."""
    kepco, gas, petroleum, waste = profiles
    if rec.kind == "activity" and rec.activity == kepco.activity:
        category = category_for(kepco, "contract", rec.gpc_ref, lang)
        if category:
            tables["electricity"].rows.append([category, float(rec.amount), unit_text(kepco, rec.unit, lang)])
            return True
    if rec.kind == "activity" and rec.activity == gas.activity:
        category = category_for(gas, "use", rec.gpc_ref, lang)
        if category:
            tables["gas"].rows.append([category, float(rec.amount), unit_text(gas, rec.unit, lang)])
            return True
    if rec.kind == "activity":
        sector = category_for(petroleum, "sector", rec.gpc_ref, lang)
        product = category_for(petroleum, "product", rec.activity, lang)
        if sector and product:
            tables["petroleum"].rows.append([sector, product, float(rec.amount), unit_text(petroleum, rec.unit, lang)])
            return True
    if rec.kind == "method":
        inputs = method_inputs(rec.extra)
        treatment = category_for(waste, "treatment", rec.gpc_ref, lang)
        tonnes = method_tonnes(inputs, inventory.year)
        if treatment and tonnes is not None:
            tables["waste"].rows.append([treatment, float(tonnes), unit_text(waste, "t", lang)])
        for name, value in inputs.items():
            shown = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
            tables["methods"].rows.append([rec.gpc_ref, rec.activity, name, shown])
        return True
    return False


def _layout_row(rec, ref: ReferenceLibrary, lang: str) -> list:
    amount = None if pd.isna(rec.amount) else float(rec.amount)
    activity = activity_text(rec.activity, ref, lang) if isinstance(rec.activity, str) and rec.activity else ""
    def cell(value) -> str:
        return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return [rec.gpc_ref, activity, amount, cell(rec.unit), cell(rec.notation_key), cell(rec.explanation), cell(rec.included_in)]


def write_data_sheet(tables: list[SourceTable], target: str | Path, who: str, lang: str) -> Path:
    """Write the tables to `target` (whole or not at all), one printable sheet each, `who` in the header."""
    def t(key: str, /, **params) -> str:
        return Message(key, params).render(lang)

    wb = Workbook()
    wb.remove(wb.active)
    for table in tables:
        _write_table(wb.create_sheet(t(table.key)), table, who, t)
    target = Path(target)
    staged = Staged()
    try:
        staged.write(target, wb.save)
        staged.commit()
    finally:
        staged.discard()
    return target


def _write_table(ws, table: SourceTable, who: str, t: Callable[..., str]) -> None:
    ws.cell(1, 1, table.title).font = TITLE
    ws.cell(2, 1, t("workshop.sheet.instruction"))
    for index, text in enumerate(table.header, start=1):
        cell = ws.cell(4, index, text)
        cell.font, cell.fill = BOLD, HEADER_FILL
    for r, row in enumerate(table.rows, start=5):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            if isinstance(value, float):
                cell.number_format = NUMBER_FORMAT
            elif isinstance(value, str) and len(value) > 40:
                cell.alignment = WRAP
    for index, width in enumerate(table.widths, start=1):
        ws.column_dimensions[chr(64 + index)].width = width
    ws.print_title_rows = "4:4"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT if len(table.header) <= 4 else ws.ORIENTATION_LANDSCAPE
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.oddHeader.left.text = who
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.center.text = t("workshop.sheet.footer")
