"""Turning the sheets of a method-record file (layout: `method_layout`) into method records, every
problem collected as an error naming the sheet, the row and the column.

Cells are read as text; a numeric input goes through `core.numbers` (the one rule), and every
record is then checked by its own method (`core.methods.check_record`: the same resolution and
messages as the method form), so an import says what the form would say, at the cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gcomdesk.core.errors import CellError
from gcomdesk.core.messages import Message
from gcomdesk.core.methods import REGISTRY, MethodInput, MethodInputError, check_record
from gcomdesk.core.model import QUALITY_ALIASES, Profile
from gcomdesk.core.numbers import NumberTextError, parse_number, shown
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.exchange.method_layout import (
    METHOD_COLUMN,
    SOURCE_SUFFIX,
    column_aliases,
    input_aliases,
    match,
    record_aliases,
    scalar_inputs,
    sheet_name,
    table_aliases,
    table_inputs,
)
from gcomdesk.exchange.tabular import Table, column_letter

ProfileFor = Callable[[int | None], Profile]  # the profile a record of that year (None: the target year) is checked with


@dataclass(frozen=True)
class SheetCellError(CellError):
    """A problem at a cell of a named sheet (or of a CSV file: `sheet` is its name)."""

    sheet: str = ""

    def render(self, lang: str) -> str:
        """'sheet S, row N, column C: text' in `lang` (row 0: the sheet as a whole)."""
        where = Message("method_import.where", {"sheet": self.sheet, "row": self.row, "column": self.column}) \
            if self.row else Message("method_import.where_sheet", {"sheet": self.sheet})
        return f"{where.render(lang)}: {self.message.render(lang)}"


@dataclass(frozen=True)
class InputMessage(Message):
    """A method's own input error (`MethodInputError`) as a cell's message, in the reader's language."""

    def render(self, lang: str) -> str:
        """The method form's text for the error."""
        return self.params["error"].render(lang)


def _msg(key: str, /, **params: Any) -> Message:
    return Message(key, params)


@dataclass
class Pending:
    """A method record being read: where it is, its record fields, inputs and sources."""

    code: str
    sheet: str
    row: int
    label: str = ""
    fields: dict[str, Any] = field(default_factory=dict)  # gpc_ref, year, quality, facility, data_source, notes
    inputs: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # input name -> its column's title in the record's sheet
    tables: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=dict)  # table -> (row, cells)
    table_titles: dict[str, dict[str, str]] = field(default_factory=dict)
    table_sheet: bool = True  # False: a CSV or a sheet with a method column (no table sheets)

    def extra(self) -> dict:
        """What the record stores in `extra`."""
        inputs = dict(self.inputs)
        for table, rows in self.tables.items():
            inputs[table] = [cells for _, cells in rows]
        extra: dict[str, Any] = {"inputs": inputs}
        if self.sources:
            extra["sources"] = dict(self.sources)
        return extra


def coerce(inp: MethodInput, text: str) -> Any:
    """A cell as a method input: a number read by core.numbers for a numeric input (a whole number
    for an integer one), the text for a choice; text that is not a number stays text, so the
    method's own check says why."""
    if inp.kind == "choice":
        return text
    try:
        number = parse_number(text)
    except NumberTextError:
        return text
    return int(number) if inp.kind == "integer" and number.is_integer() else number


def _cell(cells: list[str], columns: dict[str, int], canon: str) -> str:
    index = columns.get(canon)
    return cells[index] if index is not None and index < len(cells) else ""


class Reader:
    """Reads the sheets of one file into `pending` records; `errors` collects every problem."""

    def __init__(self, ref: ReferenceLibrary, held_years: Collection[int] | None) -> None:
        self.ref, self.held_years = ref, held_years
        self.errors: list[SheetCellError] = []
        self.pending: list[Pending] = []

    def error(self, sheet: str, row: int, column: str, message: Message) -> None:
        """Record a problem at a cell."""
        self.errors.append(SheetCellError(int(row), column, message, sheet))

    # -- headers ---------------------------------------------------------------------------
    def _header(self, sheet: str, table: Table, aliases_for: Callable[[str], str | None],
                unknown: Callable[[str], Message]) -> dict[str, int]:
        """The columns of a header (canonical name -> index); blank, unknown and repeated titles
        and values outside every column are errors."""
        row, columns = table.header_row, {}
        used = set(np.flatnonzero((table.cells != "").any().to_numpy())) if table.cells.shape[1] else set()
        for index, title in enumerate(table.header):
            if not title:
                if index in used:
                    self.error(sheet, row, column_letter(index), _msg("import.header.blank"))
                continue
            canon = aliases_for(title)
            if canon is None:
                self.error(sheet, row, title, unknown(title))
            elif canon in columns:
                self.error(sheet, row, title, _msg("import.header.duplicate", column=shown(title),
                                                  first=table.header[columns[canon]]))
            else:
                columns[canon] = index
        for index in sorted(i for i in used if i >= len(table.header)):
            for number, value in table.cells[index].items():
                if value:
                    self.error(sheet, number, column_letter(index), _msg("import.cell.outside", value=shown(value)))
        return columns

    def method_header(self, sheet: str, table: Table, code: str | None) -> dict[str, int] | None:
        """The columns of a method sheet (`code`) or of a table with a method column (None); None
        when the header has errors (its rows are not read)."""
        before = len(self.errors)
        records = record_aliases()
        codes = [code] if code else list(REGISTRY)

        def aliases_for(title: str) -> str | None:
            canon = match(title, records)
            if canon is not None and (canon != METHOD_COLUMN or code is None):
                return canon
            names = {match(title, input_aliases(c)) for c in codes} - {None}
            if not names:
                return None
            return f"input:{names.pop()}" if code else f"input:{title}"  # with a method column: per row

        def unknown(title: str) -> Message:
            if code is None:
                return _msg("method_import.column.unknown_any", column=shown(title))
            table_name = match(title, table_aliases(code))
            if table_name is not None:
                return _msg("method_import.column.table_input", column=shown(title), sheet=sheet_name(code, table_name))
            allowed = [c for c in record_aliases().values() if c != METHOD_COLUMN]
            allowed = list(dict.fromkeys(allowed)) + [i.name for i in scalar_inputs(REGISTRY[code])]
            return _msg("method_import.column.unknown", column=shown(title), method=code, allowed=", ".join(allowed))

        columns = self._header(sheet, table, aliases_for, unknown)
        if "gpc_ref" not in columns:
            self.error(sheet, table.header_row, "gpc_ref", _msg("import.header.required", column="gpc_ref / GPC코드"))
        if code is None and METHOD_COLUMN not in columns:
            self.error(sheet, table.header_row, METHOD_COLUMN, _msg("import.header.required", column=METHOD_COLUMN))
        return None if len(self.errors) > before else columns

    # -- record rows -----------------------------------------------------------------------
    def read_records(self, sheet: str, table: Table, code: str | None, columns: dict[str, int]) -> None:
        """One pending record per data row of a method sheet (or of a table with a method column)."""
        inputs = {index: key for key, index in columns.items() if key.startswith("input:")}
        labels: dict[str, int] = {}
        first = len(self.pending)
        for number, cells in table.rows:
            row_code = code or self._method_of(sheet, number, _cell(cells, columns, METHOD_COLUMN),
                                               table.header[columns[METHOD_COLUMN]])
            if row_code is None:
                continue
            pending = Pending(row_code, sheet, number, _cell(cells, columns, "record"), table_sheet=code is not None)
            pending.fields = {
                "gpc_ref": self._gpc(pending, _cell(cells, columns, "gpc_ref"), self._title(table, columns, "gpc_ref")),
                "year": self._year(pending, _cell(cells, columns, "year"), self._title(table, columns, "year")),
                "quality": self._quality(pending, _cell(cells, columns, "quality"), self._title(table, columns, "quality")),
                **{f: _cell(cells, columns, f) or None for f in ("facility", "data_source", "notes")}}
            self._inputs(pending, table.header, cells, inputs)
            if pending.label:
                if pending.label in labels:
                    self.error(sheet, number, self._title(table, columns, "record"),
                               _msg("method_import.record.duplicate", value=shown(pending.label), first=labels[pending.label]))
                labels.setdefault(pending.label, number)
            self.pending.append(pending)
        mine = self.pending[first:]
        for pending in mine:  # table rows find their record by its label once a sheet holds several
            if code and table_inputs(REGISTRY[code]) and len(mine) > 1 and not pending.label:
                self.error(sheet, pending.row, self._title(table, columns, "record"),
                           _msg("method_import.record.needed", sheet=", ".join(sheet_name(code, t) for t in table_inputs(REGISTRY[code]))))

    @staticmethod
    def _title(table: Table, columns: dict[str, int], canon: str) -> str:
        return table.header[columns[canon]] if canon in columns else canon

    def _method_of(self, sheet: str, number: int, text: str, title: str) -> str | None:
        code = text.strip().lower()
        if not code:
            self.error(sheet, number, title, _msg("method_import.method.required"))
            return None
        if code not in REGISTRY:
            self.error(sheet, number, title, _msg("method_import.method.unknown", value=shown(text),
                                                  allowed=", ".join(REGISTRY)))
            return None
        return code

    def _gpc(self, pending: Pending, text: str, title: str) -> str | None:
        code = re.sub(r"\s+", "", text).upper()
        if not code:
            self.error(pending.sheet, pending.row, title, _msg("import.gpc_ref.required"))
            return None
        refs = REGISTRY[pending.code].gpc_refs
        if code not in refs:
            self.error(pending.sheet, pending.row, title, _msg("method_import.gpc_ref.not_for_method", value=shown(text),
                                                           method=pending.code, allowed=", ".join(refs)))
            return None
        return code

    def _year(self, pending: Pending, text: str, title: str) -> int | None:
        if not text:
            return None
        year = int(float(text)) if re.fullmatch(r"[0-9]{4}(?:\.0*)?", text) else None
        if year is None or not 1990 <= year <= 2100:
            self.error(pending.sheet, pending.row, title, _msg("import.year.invalid", value=shown(text)))
            return None
        if self.held_years is not None and year not in self.held_years:
            self.error(pending.sheet, pending.row, title, _msg("import.year.not_in_project", value=year,
                                                               years=", ".join(map(str, sorted(self.held_years)))))
        return year

    def _quality(self, pending: Pending, text: str, title: str) -> str | None:
        if not text:
            return None
        quality = QUALITY_ALIASES.get(text.strip().upper())
        if quality is None:
            self.error(pending.sheet, pending.row, title, _msg("import.quality.unknown", value=shown(text)))
        return quality

    def _inputs(self, pending: Pending, header: list[str], cells: list[str], inputs: dict[int, str]) -> None:
        declared = {i.name: i for i in scalar_inputs(REGISTRY[pending.code])}
        aliases = input_aliases(pending.code)
        for index in inputs:
            title = header[index]
            name = match(title, aliases)
            text = cells[index] if index < len(cells) else ""
            if name is not None and not name.endswith(SOURCE_SUFFIX):
                pending.titles[name] = title
            if not text:
                continue
            if name is None:  # a column of another method, in a table with a method column
                self.error(pending.sheet, pending.row, title, _msg("method_import.column.not_input", column=shown(title),
                                                                   method=pending.code))
            elif name.endswith(SOURCE_SUFFIX):
                pending.sources[name.removesuffix(SOURCE_SUFFIX)] = text
            else:
                pending.inputs[name] = coerce(declared[name], text)

    # -- table sheets ----------------------------------------------------------------------
    def read_table_sheet(self, sheet: str, table: Table, code: str, table_name: str) -> None:
        """Attach the rows of a `<code>.<table>` sheet to the records of the `<code>` sheet."""
        aliases = column_aliases(code, table_name)
        columns_of = {c.name: c for c in table_inputs(REGISTRY[code])[table_name].columns}

        def aliases_for(title: str) -> str | None:
            canon = match(title, record_aliases())
            return "record" if canon == "record" else match(title, aliases)

        def unknown(title: str) -> Message:
            return _msg("method_import.column.unknown", column=shown(title), method=sheet,
                        allowed=", ".join(["record", *columns_of]))

        before = len(self.errors)
        columns = self._header(sheet, table, aliases_for, unknown)
        if len(self.errors) > before:
            return
        owners = [p for p in self.pending if p.code == code and p.table_sheet]
        by_label = {p.label: p for p in owners if p.label}
        titles = {name: table.header[index] for name, index in columns.items()}
        record_title = titles.get("record", "record")
        for number, cells in table.rows:
            label = cells[columns["record"]] if "record" in columns else ""
            owner = by_label.get(label) if label else (owners[0] if len(owners) == 1 else None)
            if owner is None:
                key = "method_import.table.record_unknown" if label else "method_import.table.record_needed"
                self.error(sheet, number, record_title, _msg(key, value=shown(label), sheet=code, count=len(owners)))
                continue
            values = {name: coerce(columns_of[name], cells[index]) for name, index in columns.items()
                      if name != "record" and index < len(cells) and cells[index]}
            owner.tables.setdefault(table_name, []).append((number, values))
            owner.table_titles[table_name] = titles

    # -- checking each record with its method ----------------------------------------------
    def check(self, profile_for: ProfileFor) -> None:
        """Check every pending record with its method; errors named at their cells."""
        for pending in self.pending:
            profile = profile_for(pending.fields.get("year"))
            for exc in check_record(pending.code, pending.extra(), profile, self.ref):
                self._method_error(pending, exc)

    def _method_error(self, pending: Pending, exc: MethodInputError) -> None:
        method = REGISTRY[pending.code]
        tables = table_inputs(method)
        message = InputMessage("method_import.input", {"error": exc})
        if exc.table:  # a cell of a table row
            rows = pending.tables.get(exc.table, [])
            row = rows[exc.row - 1][0] if exc.row and exc.row <= len(rows) else pending.row
            sheet = sheet_name(pending.code, exc.table)
            titles = pending.table_titles.get(exc.table, {})
            self.error(sheet, row, self._input_title(tables[exc.table].columns, titles, exc.input_name), message)
        elif exc.input_name in tables and exc.key == "method.error.required":
            key = "method_import.table.no_rows" if pending.table_sheet else "method_import.table.csv"
            self.error(pending.sheet, pending.row, exc.input_name,
                       _msg(key, table=exc.input_name, sheet=sheet_name(pending.code, exc.input_name),
                            record=pending.label or pending.row))
        else:
            self.error(pending.sheet, pending.row, self._input_title(method.inputs, pending.titles, exc.input_name),
                       message)

    @staticmethod
    def _input_title(inputs: tuple[MethodInput, ...], titles: dict[str, str], name: str) -> str:
        """The title of the column an error is about: the input's, or for a group of shares the
        first member's that the file has; else the input's name."""
        if name in titles:
            return titles[name]
        members = [i.name for i in inputs if i.group == name]
        return next((titles[m] for m in members if m in titles), members[0] if members else name)
