"""The layout of a method-record file, shared by the importer (`method_import`) and the export's
method sheets (`export/sheet_methods`), so that what the export writes is what the import reads.

- A workbook holds one sheet per method, named by the method code (`swds_fod`, `incineration`...;
  core.methods.REGISTRY), one row per record: the record columns (`RECORD_COLUMNS`), then one
  column per scalar input, named after the input (`waste_t`) or its label in Korean or English
  (`폐기물량`, `Waste treated or landfilled`; resources/messages/methods.csv). A title may carry
  the name in brackets at its end (`폐기물량, t (waste_t)`): the name in brackets decides.
- A table input (the landfill's `history`) goes in a sheet `<code>.<table>` (`swds_fod.history`):
  a `record` column naming the record (the `record` cell of the method sheet) and one column per
  table column.
- `<input>.source` columns hold the officer's source of an entered input (or of a table).
- A CSV (or a sheet of another name) holds method records when it has a `method` column: each row
  names its method; table inputs need the workbook layout.
"""

from __future__ import annotations

import re
from functools import cache

from gcomdesk.core.methods import REGISTRY, Method, MethodInput, input_label
from gcomdesk.exchange.activity_layout import COLUMN_ALIASES
from gcomdesk.exchange.tabular import fold

# The record's own columns, in the order the export writes them.
RECORD_COLUMNS = ("gpc_ref", "year", "record", "facility", "data_source", "quality", "notes")
METHOD_COLUMN = "method"
EXTRA_ALIASES = {"record": ("레코드", "기록"), METHOD_COLUMN: ("방법", "계산방법", "산정방법")}
SOURCE_SUFFIX = ".source"
TABLE_SEPARATOR = "."
_NAME_IN_BRACKETS = re.compile(r"\(([A-Za-z0-9_.]+)\)\s*$")
# A sheet named like a method code or `<code>.<table>`: lower-case identifiers (the export's other
# sheets, "Cover", "표지", "GPC table", never look like this).
_CODE_LIKE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)?")


def sheet_name(code: str, table: str | None = None) -> str:
    """The sheet of a method's records, or of one of its table inputs."""
    return f"{code}{TABLE_SEPARATOR}{table}" if table else code


def code_like(name: str) -> bool:
    """Whether a sheet's name has the form of a method sheet (`code` or `code.table`)."""
    return bool(_CODE_LIKE.fullmatch(name.strip()))


def split_sheet_name(name: str) -> tuple[str, str | None]:
    """(`code`, `table` or None) of a method sheet's name (not checked against the registry)."""
    code, _, table = name.strip().partition(TABLE_SEPARATOR)
    return code, table or None


def scalar_inputs(method: Method) -> tuple[MethodInput, ...]:
    """The inputs that are one cell of a record's row."""
    return tuple(i for i in method.inputs if i.kind != "table")


def table_inputs(method: Method) -> dict[str, MethodInput]:
    """The table inputs of a method, by name (each its own sheet)."""
    return {i.name: i for i in method.inputs if i.kind == "table"}


def _name_of(title: str) -> str:
    """The name a header title gives: the name in brackets at its end, else the title folded."""
    found = _NAME_IN_BRACKETS.search(title)
    return found.group(1).lower() if found else fold(title)


@cache
def record_aliases() -> dict[str, str]:
    """folded title -> record column (also `method`), with the activity import's Korean aliases."""
    out = {}
    for canon in (*RECORD_COLUMNS, METHOD_COLUMN):
        for alias in (canon, *COLUMN_ALIASES.get(canon, ()), *EXTRA_ALIASES.get(canon, ())):
            out[fold(alias)] = canon
    return out


def _aliases(inputs: tuple[MethodInput, ...], sources: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    ambiguous: set[str] = set()
    for inp in inputs:
        names = [inp.name, input_label(inp.name, "ko"), input_label(inp.name, "en")]
        for alias in {fold(n) for n in names}:
            if out.get(alias, inp.name) != inp.name:
                ambiguous.add(alias)  # two inputs share a label: only their names say which
            out[alias] = inp.name
        if sources:
            _put(out, inp.name + SOURCE_SUFFIX, inp.name + SOURCE_SUFFIX)
    for alias in ambiguous:
        out.pop(alias, None)
    for inp in inputs:
        _put(out, inp.name, inp.name)
    return out


def _put(aliases: dict[str, str], alias: str, name: str) -> None:
    """`alias` as written (lower case) and folded."""
    aliases[alias.lower()] = aliases[fold(alias)] = name


@cache
def input_aliases(code: str) -> dict[str, str]:
    """folded title (or a name) -> input name (or `<input>.source`) of a method's record row."""
    method = REGISTRY[code]
    aliases = _aliases(scalar_inputs(method), True)
    for table in table_inputs(method):
        _put(aliases, table + SOURCE_SUFFIX, table + SOURCE_SUFFIX)
    return aliases


@cache
def table_aliases(code: str) -> dict[str, str]:
    """folded title (or a name) -> table input name of a method (each table has its own sheet)."""
    return _aliases(tuple(table_inputs(REGISTRY[code]).values()), False)


@cache
def column_aliases(code: str, table: str) -> dict[str, str]:
    """folded title (or a name) -> column name of a method's table input."""
    return _aliases(table_inputs(REGISTRY[code])[table].columns, False)


def match(title: str, aliases: dict[str, str]) -> str | None:
    """The column a header title names among `aliases` (see the module's description), or None."""
    key = _name_of(title)
    return aliases.get(key) or aliases.get(fold(key)) or aliases.get(fold(title))


def header_title(name: str, label: str, unit: str = "") -> str:
    """A header the import reads back whatever the label's language: `label, unit (name)`."""
    unit = "" if unit in ("", "-") else f", {unit}"
    return f"{label}{unit} ({name})"
