"""Importing method records (landfill, composting, incineration, wastewater, road VKT, F-gases,
livestock, rice: every method of core.methods) from a workbook or a CSV, all or nothing.

The layout is `method_layout`'s: a sheet per method named by its code, a `<code>.<table>` sheet
per table input, or a CSV with a `method` column. Every sheet is read and every record checked by
its method (`method_rows`) before anything is returned; any problem rejects the whole file
(`ImportRejected`, each error naming sheet, row and column). What comes back is a records table
the caller writes as ONE ChangeSet (`activity_import.import_changes`), and the defaults the
method applied to blank inputs, per record, for the import report.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from gcomdesk.core.errors import CellError, ImportRejected
from gcomdesk.core.messages import Message
from gcomdesk.core.methods import REGISTRY, fmt, input_label, method_name
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.exchange.method_layout import (
    METHOD_COLUMN,
    code_like,
    column_aliases,
    input_aliases,
    match,
    record_aliases,
    scalar_inputs,
    split_sheet_name,
    table_inputs,
)
from gcomdesk.exchange.method_rows import Pending, ProfileFor, Reader, SheetCellError
from gcomdesk.exchange.tabular import HEADER_SEARCH_ROWS, Grid, ImportFileError, Table, read_grid, table_of
from gcomdesk.exchange.xlsx_sheet import check_container

__all__ = ["AppliedDefault", "MethodImport", "SheetCellError", "has_method_column", "method_sheet_names",
           "read_method_table", "read_method_workbook", "workbook_sheets"]


@dataclass(frozen=True)
class AppliedDefault:
    """A blank input the method filled with its default: where, which record, the value and its source."""

    sheet: str
    row: int
    method: str
    gpc_ref: str
    input: str
    value: Any
    unit: str
    source: str  # the published source; 'profile' for a value of the inventory's profile; '' a built-in default

    def render(self, lang: str) -> str:
        """'Methane correction factor (MCF) = 1 (IPCC 2006 Vol.5 Table 3.1)'."""
        source = {"profile": Message("method_import.source.profile").render(lang),
                  "": Message("method_import.source.builtin").render(lang)}.get(self.source, self.source)
        unit = "" if self.unit in ("", "-") else f" {self.unit}"
        value = fmt(self.value) if isinstance(self.value, (int, float)) else str(self.value)
        return Message("method_import.default", {"input": input_label(self.input, lang), "name": self.input,
                                                 "value": value + unit, "source": source}).render(lang)


@dataclass
class MethodImport:
    """A method-record file read and checked: the records table, the defaults applied, the sheets
    read and those left out (not method sheets), and the rows skipped on the way (totals)."""

    frame: pd.DataFrame
    defaults: list[AppliedDefault] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    notes: list[CellError] = field(default_factory=list)

    def report_lines(self, lang: str) -> list[str]:
        """The import report: sheets left out, rows skipped, then per record the defaults applied."""
        lines = []
        if self.ignored:
            lines.append(Message("method_import.sheets.ignored", {"sheets": ", ".join(self.ignored)}).render(lang))
        lines += [note.render(lang) for note in self.notes]
        if self.defaults:
            lines.append(Message("method_import.defaults.head").render(lang))
        last = None
        for item in self.defaults:
            if (item.sheet, item.row) != last:
                last = (item.sheet, item.row)
                lines.append("  " + Message("method_import.defaults.record", {
                    "sheet": item.sheet, "row": item.row, "method": method_name(item.method, lang),
                    "code": item.method, "gpc_ref": item.gpc_ref}).render(lang))
            lines.append("    " + item.render(lang))
        return lines


def workbook_sheets(path: str | Path) -> list[str]:
    """The visible sheets of a workbook, in order, without reading their rows."""
    import openpyxl

    path = Path(path)
    check_container(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True)
    except Exception as exc:  # a damaged or disguised file raises zip, XML or key errors of many kinds
        raise ImportFileError("import.file.bad_xlsx", path=path.name, reason=type(exc).__name__) from None
    try:
        return [ws.title for ws in workbook.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
    finally:
        workbook.close()


def method_sheet_names(names: Collection[str]) -> list[str]:
    """The names among `names` that are method sheets of a known method (`code` or `code.table`)."""
    return [n for n in names if code_like(n) and split_sheet_name(n)[0] in REGISTRY]


def has_method_column(table: Table) -> bool:
    """Whether a table's header has a `method` column (a CSV of method records)."""
    aliases = record_aliases()
    return any(match(title, aliases) == METHOD_COLUMN for title in table.header if title)


def _header_row(grid: Grid, known: Callable[[str], bool]) -> int | None:
    """The first row (of the first HEADER_SEARCH_ROWS filled ones) with two cells naming known
    columns: the export writes a title block above the table."""
    filled = grid.cells.index[(grid.cells != "").any(axis=1).to_numpy()][:HEADER_SEARCH_ROWS]
    for number in filled:
        if sum(bool(c) and known(c) for c in grid.cells.loc[number]) >= 2:
            return int(number)
    return None


def _sheet_table(path: Path, name: str, known: Callable[[str], bool], notes: list[CellError],
                 header_row: int | None) -> Table:
    grid = read_grid(path, name)
    table = table_of(grid, header_row or _header_row(grid, known))
    notes.extend(SheetCellError(n.row, n.column, n.message, name) for n in table.notes)
    return table


def read_method_workbook(path: str | Path, profile_for: ProfileFor, held_years: Collection[int] | None = None,
                         sheet: str | None = None, ref: ReferenceLibrary | None = None,
                         header_row: int | None = None) -> MethodImport:
    """Read the method sheets of a workbook (with `sheet`: that method sheet and its table sheets;
    with `header_row`: the header on that row of each, else found below any title block).

    `profile_for(year)` gives the profile a record of that year is checked with (None: the year
    rows without one go to); `held_years`, when given, makes a row naming another year an error.
    Raises ImportRejected listing every problem, ImportFileError for an unreadable file."""
    path, ref = Path(path), ref or load_reference()
    names = workbook_sheets(path)
    if sheet is not None:
        wanted = sheet.strip()
        names = [n for n in names if n == wanted or n.startswith(wanted + ".")]
    reader, notes = Reader(ref, held_years), []
    mains, tables, ignored = [], [], []
    for name in names:
        code, table = split_sheet_name(name)
        if not code_like(name):
            ignored.append(name)
        elif code not in REGISTRY:
            reader.error(name, 0, "", Message("method_import.sheet.unknown", {"sheet": name, "allowed": ", ".join(REGISTRY)}))
        elif table is not None and table not in table_inputs(REGISTRY[code]):
            allowed = ", ".join(table_inputs(REGISTRY[code])) or "-"
            reader.error(name, 0, "", Message("method_import.sheet.unknown_table",
                                              {"sheet": name, "method": code, "table": table, "allowed": allowed}))
        else:
            (tables if table else mains).append((name, code, table))
    for name, code, _ in mains:
        inputs = input_aliases(code)
        table = _sheet_table(path, name, lambda t, a=inputs: match(t, record_aliases()) is not None or match(t, a) is not None,
                             notes, header_row)
        columns = reader.method_header(name, table, code)
        if columns is not None:
            reader.read_records(name, table, code, columns)
    read_codes = {code for _, code, _ in mains}
    for name, code, table_name in tables:
        if code not in read_codes:
            reader.error(name, 0, "", Message("method_import.sheet.no_method_sheet", {"sheet": name, "method": code}))
            continue
        aliases = column_aliases(code, table_name)
        table = _sheet_table(path, name, lambda t, a=aliases: match(t, record_aliases()) == "record" or match(t, a) is not None,
                             notes, header_row)
        reader.read_table_sheet(name, table, code, table_name)
    order = {name: i for i, name in enumerate(names)}
    result = _finish(reader, path.name, profile_for, order, lambda p: f"{path.name}:{p.sheet}")
    result.sheets, result.ignored, result.notes = [n for n, _, _ in mains + tables], ignored, notes
    return result


def read_method_table(table: Table, source: str, profile_for: ProfileFor, held_years: Collection[int] | None = None,
                      ref: ReferenceLibrary | None = None) -> MethodImport:
    """Read a table with a `method` column (a CSV, or a sheet of any name): one record per row,
    each row's inputs in the columns of its method. Raises ImportRejected listing every problem."""
    reader = Reader(ref or load_reference(), held_years)
    sheet = table.sheet or source
    columns = reader.method_header(sheet, table, None)
    if columns is not None:
        reader.read_records(sheet, table, None, columns)
    result = _finish(reader, source, profile_for, {sheet: 0}, lambda p: source)
    result.sheets = [sheet]
    result.notes = [SheetCellError(n.row, n.column, n.message, sheet) for n in table.notes]
    return result


def _finish(reader: Reader, source: str, profile_for: ProfileFor, order: dict[str, int],
            import_file: Callable[[Pending], str]) -> MethodImport:
    """Check every record read with its method (so one pass lists every problem), then the records
    table and the defaults applied."""
    reader.check(profile_for)
    if reader.errors:
        errors = sorted(reader.errors, key=lambda e: (order.get(e.sheet, len(order)), e.row))
        raise ImportRejected(source, list(errors))
    if not reader.pending:
        raise ImportFileError("import.file.no_rows", path=source)
    rows, defaults = [], []
    for p in reader.pending:
        rows.append({"kind": "method", "gpc_ref": p.fields["gpc_ref"], "year": p.fields["year"], "activity": p.code,
                     "extra": json.dumps(p.extra(), ensure_ascii=False), "quality": p.fields["quality"],
                     "facility": p.fields["facility"], "data_source": p.fields["data_source"],
                     "notes": p.fields["notes"], "import_file": import_file(p), "import_row": p.row})
        defaults += _defaults(p, profile_for)
    frame = pd.DataFrame(rows)
    frame["year"] = pd.array(frame["year"].tolist(), dtype="Int64")
    return MethodImport(frame, defaults)


def _defaults(p: Pending, profile_for: ProfileFor) -> list[AppliedDefault]:
    """The blank scalar inputs the method filled in, with value and source."""
    method = REGISTRY[p.code]
    resolved = method.resolve(p.extra()["inputs"], profile_for(p.fields["year"]))
    return [AppliedDefault(p.sheet, p.row, p.code, p.fields["gpc_ref"], inp.name, resolved.values[inp.name], inp.unit,
                           resolved.sources.get(inp.name, ""))
            for inp in scalar_inputs(method) if resolved.origin.get(inp.name) == "default"]
