"""The data-request workbook: what an officer sends KEPCO, the city-gas company or a department.

Three sheets, in this order:
- the data sheet (first, so the importer reads it: `tabular.read_grid` takes the first visible
  sheet): the activity import's header in row 1, protected (no password) with the data cells
  unlocked, frozen under the header, drop-downs for the year, GPC rows, activities, units, notation
  keys and quality. The rows that still need data are pre-filled there with the year and the GPC
  row only (shaded): a row the department leaves as it is holds nothing else, and the importer
  leaves such a row out and names it (`import.row.unanswered`). Nothing more is pre-filled: an
  activity without an amount would be an error;
- the instructions (opened first: the workbook's active sheet): who should fill it, the city, the
  year, the contact, how to fill, each column's meaning, the accepted units per activity, the GPC
  rows that still need data (with a suggested activity and unit where obvious) and an example row,
  marked as such; it is never imported (not the first sheet);
- the lists the drop-downs read (hidden).

Written whole or not at all (`exchange/staged.py`): a refused path or a full disk leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from gcomdesk.core.messages import Message
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.core.units import fitting_units
from gcomdesk.exchange.request_content import (
    DATA_COLUMNS,
    NOTATION_CHOICES,
    QUALITY_CHOICES,
    RequestInput,
    activity_codes,
    activity_text,
    header,
    needed_rows,
    sector_rows,
    sector_steps,
    unit_choices,
)
from gcomdesk.exchange.staged import Staged

DATA_ROWS = 500  # rows below the header that are unlocked and carry the drop-downs
WIDTHS = {"year": 8, "gpc_ref": 10, "activity": 18, "amount": 14, "unit": 9, "notation_key": 9, "explanation": 30,
          "included_in": 10, "data_source": 28, "quality": 9, "notes": 24}
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
NEEDED_FILL = PatternFill("solid", fgColor="FFF4CC")  # the pre-filled rows still needing data
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_request_workbook(data: RequestInput, target: str | Path, lang: str,
                           ref: ReferenceLibrary | None = None) -> Path:
    """Write the request workbook to `target` (whole or not at all); raise WriteError naming the
    file and the cause when it cannot be written."""
    ref = ref or load_reference()
    target = Path(target)
    wb = build_request_workbook(data, lang, ref)
    staged = Staged()
    try:
        staged.write(target, wb.save)
        staged.commit()
    finally:
        staged.discard()
    return target


def build_request_workbook(data: RequestInput, lang: str, ref: ReferenceLibrary) -> Workbook:
    """The workbook in memory (see the module's description)."""
    def t(key: str, /, **params) -> str:
        return Message(key, params).render(lang)

    wb = Workbook()
    data_ws = wb.active
    data_ws.title = t("request.sheet.data")
    info_ws = wb.create_sheet(t("request.sheet.instructions"))
    lists_ws = wb.create_sheet(t("request.sheet.lists"))
    lists_ws.sheet_state = "hidden"
    codes = activity_codes(data.sector, ref)
    lists = {
        "gpc_ref": sector_rows(data.sector, ref),
        "activity": [activity_text(code, ref, lang) for code in codes],
        "unit": unit_choices(codes, ref),
        "notation_key": list(NOTATION_CHOICES),
        "quality": list(QUALITY_CHOICES[lang]),
        "included_in": list(ref.gpc),
    }
    ranges = _write_lists(lists_ws, lists)
    _write_data_sheet(data_ws, data, lang, ranges, t)
    _prefill_needed(data_ws, data, ref)
    _write_instructions(info_ws, data, lang, ref, codes, t)
    wb.active = wb.index(info_ws)  # opens on the instructions; the importer still reads the first sheet
    return wb


def _write_lists(ws, lists: dict[str, list[str]]) -> dict[str, str]:
    """One column per list; returns each list's absolute range for a data validation."""
    ranges = {}
    for index, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        ws.cell(1, index, name)
        for row, value in enumerate(values, start=2):
            ws.cell(row, index, value)
        ranges[name] = f"{quote_sheetname(ws.title)}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _write_data_sheet(ws, data: RequestInput, lang: str, ranges: dict[str, str], t: Callable[..., str]) -> None:
    for index, column in enumerate(DATA_COLUMNS, start=1):
        cell = ws.cell(1, index, header(column, lang))
        cell.font, cell.fill = BOLD, HEADER_FILL
        ws.column_dimensions[get_column_letter(index)].width = WIDTHS.get(column, 12)
    unlocked = Protection(locked=False)
    for row in ws.iter_rows(min_row=2, max_row=DATA_ROWS + 1, max_col=len(DATA_COLUMNS)):
        for cell in row:
            cell.protection = unlocked
    ws.freeze_panes = "A2"
    # No password: the protection keeps the header as the importer needs it, it is not a secret.
    ws.protection.sheet = True
    ws.protection.formatColumns = ws.protection.formatRows = False  # widths and heights stay adjustable
    letters = {column: get_column_letter(i) for i, column in enumerate(DATA_COLUMNS, start=1)}
    first, last = 2, DATA_ROWS + 1

    def add(validation: DataValidation, column: str) -> None:
        validation.showErrorMessage = True
        validation.errorTitle = t("request.validation.title")
        validation.add(f"{letters[column]}{first}:{letters[column]}{last}")
        ws.add_data_validation(validation)

    year = DataValidation(type="whole", operator="equal", formula1=str(data.year), allow_blank=True)
    year.error = t("request.validation.year", year=data.year)
    add(year, "year")
    for column in ("gpc_ref", "activity", "unit", "notation_key", "quality", "included_in"):
        validation = DataValidation(type="list", formula1=f"={ranges[column]}", allow_blank=True)
        validation.error = t("request.validation.list", column=header(column, lang))
        add(validation, column)


def _prefill_needed(ws, data: RequestInput, ref: ReferenceLibrary) -> None:
    """The year and GPC row of every row still needing data, one per line under the header, shaded."""
    year, gpc = DATA_COLUMNS.index("year") + 1, DATA_COLUMNS.index("gpc_ref") + 1
    for number, row in enumerate(needed_rows(data, ref)[:DATA_ROWS], start=2):
        ws.cell(number, year, data.year).fill = NEEDED_FILL
        ws.cell(number, gpc, row.gpc_ref).fill = NEEDED_FILL


def _write_instructions(ws, data: RequestInput, lang: str, ref: ReferenceLibrary, codes: list[str],
                        t: Callable[..., str]) -> None:
    ws.column_dimensions["A"].width = 24
    for letter in "BCDE":
        ws.column_dimensions[letter].width = 30
    sheet = t("request.sheet.data")
    rows: list[tuple] = []

    def line(*cells, bold: bool = False) -> None:
        rows.append((cells, bold))

    sector = t(f"request.sector.{data.sector}")
    line(t("request.title", city=data.city(lang), year=data.year, sector=sector), bold=True)
    line()
    line(t("request.label.city"), data.city(lang))
    line(t("request.label.year"), data.year)
    line(t("request.label.sector"), sector)
    line(t("request.label.who"), "; ".join(t(f"request.who.{step}") for step in sector_steps(data.sector)))
    contact = " · ".join(part for part in (data.preparer_name, data.preparer_contact) if part)
    line(t("request.label.contact"), contact or t("request.contact.none"))
    line()
    line(t("request.section.how"), bold=True)
    for number in range(1, 7):
        line(f"{number}.", t(f"request.how.{number}", sheet=sheet, year=data.year))
    line()
    line(t("request.section.columns", sheet=sheet), bold=True)
    line(t("request.col.column"), t("request.col.meaning"), bold=True)
    for column in DATA_COLUMNS:
        line(header(column, lang), t(f"request.col.{column}", year=data.year,
                                     quality=", ".join(QUALITY_CHOICES[lang]), keys=", ".join(NOTATION_CHOICES)))
    line()
    line(t("request.section.units"), bold=True)
    line(t("request.units.activity"), t("request.units.units"), bold=True)
    for code in codes:
        name = ref.activity_name(code, lang)
        shown = activity_text(code, ref, lang)
        line(shown if shown == name else f"{shown} ({name})", ", ".join(fitting_units(code, ref)))
    line()
    needed = needed_rows(data, ref)
    line(t("request.section.needed", year=data.year), bold=True)
    if needed:
        line(*(header(c, lang) for c in ("gpc_ref", "year", "activity", "unit")), t("request.needed.row"), bold=True)
        for row in needed:
            gpc = ref.gpc[row.gpc_ref]
            name = f"{gpc.subsector_ko if lang == 'ko' else gpc.subsector_en}, scope {gpc.scope}"
            activity = activity_text(row.activity, ref, lang) if row.activity else ""
            line(row.gpc_ref, data.year, activity, row.unit, name)
    else:
        line(t("request.needed.none", year=data.year))
    line()
    line(t("request.section.example"), bold=True)
    line(*(header(c, lang) for c in DATA_COLUMNS), bold=True)
    example = {"year": data.year, "gpc_ref": "I.1.2", "activity": activity_text("electricity", ref, lang),
               "amount": 1234567, "unit": "kWh", "data_source": t("request.example.source", year=data.year),
               "quality": QUALITY_CHOICES[lang][0]}
    line(*(example.get(c, "") for c in DATA_COLUMNS))
    for number, (cells, bold) in enumerate(rows, start=1):
        for index, value in enumerate(cells, start=1):
            cell = ws.cell(number, index, value)
            cell.alignment = WRAP
            if bold:
                cell.font = BOLD
