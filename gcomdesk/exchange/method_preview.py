"""The import preview of a method-record file (exchange/import_preview.py calls it): the records
read and checked exactly as `gcomdesk-cli import` reads them (`method_import`), shown on the rows
of one sheet - each record's row ok or in error, with the defaults its method applied as notes.

A workbook of method sheets imports as a whole from the window (every method sheet and its table
sheets, as the command line without --sheet); the chosen sheet is the one shown, by default the
first method sheet. A problem in another sheet is shown on the header row, naming its sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from gcomdesk.core.errors import CellError, GcomdeskError, ImportRejected
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.exchange.method_import import (
    MethodImport,
    method_sheet_names,
    method_sheet_table,
    read_method_table,
    read_method_workbook,
    workbook_sheets,
)
from gcomdesk.exchange.method_layout import code_like, split_sheet_name
from gcomdesk.exchange.method_rows import Rendered
from gcomdesk.exchange.tabular import Table, read_grid, table_of

if TYPE_CHECKING:
    from gcomdesk.exchange.import_preview import Preview

ProfileFor = Callable[[int | None], Profile]


def profile_for_preview(profile: Profile | None, import_years=None) -> ProfileFor | None:
    """How the preview checks a record of a year: the project's years (`importing.ImportYears`)
    when the caller has them, else the shown year's profile (another year taken as that profile
    in that year); None when there is neither."""
    if import_years is not None:
        return import_years.profile_for
    if profile is None:
        return None
    return lambda year: profile if year is None or int(year) == int(profile.year) else replace(profile, year=int(year))


def _show(out: Preview, result: MethodImport | None, errors: list[CellError], sheet: str) -> Preview:
    """Row statuses of the shown sheet: errors (others on the header row, naming their sheet) and
    the defaults each record's method applied."""
    from gcomdesk.exchange.import_preview import ERROR

    header = out.table.header_row if out.table is not None else 1
    for error in errors:
        own = getattr(error, "sheet", sheet) == sheet and error.row in out.status
        row = error.row if own else header
        shown = error if own else CellError(row, "", Rendered("method_import.input", {"item": error}))
        if row in out.status or row == header:
            out.status[row] = ERROR
        out.messages.setdefault(row, []).append(shown)
    out.errors = list(errors)
    if result is not None:
        notes = [CellError(d.row, d.input, Rendered("method_import.input", {"item": d})) for d in result.defaults
                 if d.sheet == sheet]
        out.notes = notes
        for note in notes:
            out.messages.setdefault(note.row, []).append(note)
        out.frame = result.frame
    return out


def _read(read: Callable[[], MethodImport], out: Preview, sheet: str) -> Preview:
    try:
        result = read()
    except ImportRejected as exc:
        return _show(out, None, list(exc.errors), sheet)
    except GcomdeskError as exc:
        out.file_error = exc
        return out
    return _show(out, result, [], sheet)


def _shown_sheet(sheet: str | None, names: list[str]) -> str:
    if sheet is not None:
        return sheet
    methods = [n for n in method_sheet_names(names) if split_sheet_name(n)[1] is None]
    return (methods or method_sheet_names(names))[0]


def preview_method_workbook(out: Preview, path: Path, sheet: str | None, header_row: int | None,
                            profile_for: ProfileFor, held: Collection[int] | None, ref: ReferenceLibrary) -> Preview:
    """Fill `out` for a workbook of method sheets (see the module's description)."""
    from gcomdesk.exchange.import_preview import OK

    try:
        shown = _shown_sheet(sheet, workbook_sheets(path))
        out.grid = read_grid(path, shown)
        out.table = method_sheet_table(out.grid, header_row) if code_like(shown) else table_of(out.grid, header_row)
    except GcomdeskError as exc:
        out.file_error = exc
        return out
    for number in out.table.cells.index:
        out.status[int(number)] = OK
    return _read(lambda: read_method_workbook(path, profile_for, held, None, ref, header_row), out, shown)


def preview_method_table(out: Preview, table: Table, source: str, profile_for: ProfileFor,
                         held: Collection[int] | None, ref: ReferenceLibrary) -> Preview:
    """Fill `out` for a table with a `method` column (a CSV of method records)."""
    sheet = table.sheet or source
    return _read(lambda: read_method_table(table, source, profile_for, held, ref), out, sheet)
