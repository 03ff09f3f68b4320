"""Importing activity data (fuel and energy use, reported tonnes, notation keys) from a table.

The import is all or nothing: every row is parsed first and every problem is collected, so the
officer fixes the whole file in one pass; only a file without a single error reaches the store,
in one transaction. Only syntax is checked here; a row that parses but looks doubtful (electricity
under a scope-1 row, a negative amount) is imported and left to the checks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gcomdesk.core.errors import CellError, ImportRejected, UnitError
from gcomdesk.core.generation import PLANT_TYPES
from gcomdesk.core.messages import Message
from gcomdesk.core.model import QUALITY_ALIASES, NotationKey, Record
from gcomdesk.core.reference import ReferenceLibrary, load_reference, normalize_key
from gcomdesk.core.units import check_unit
from gcomdesk.exchange.tabular import ImportFileError, Table, read_table

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
TONNE_COLUMNS = ("co2_t", "ch4_t", "n2o_t")
FACTOR_COLUMNS = ("ef_co2", "ef_ch4", "ef_n2o")
KIND_COLUMNS = ("activity", "notation_key") + TONNE_COLUMNS  # at least one must be in the header
TEXT_COLUMNS = ("explanation", "data_source", "notes", "facility")

# Header matching folds case, spaces, underscores and brackets: "EF co2", "배출계수(CO2)" both match.
_HEADER_INDEX = {normalize_key(name): canon for canon, aliases in COLUMN_ALIASES.items() for name in (canon, *aliases)}
# Plain numbers, or numbers with comma thousands groups ("150,000.5"); "1,5" is refused rather
# than guessed, because a European decimal comma would otherwise become fifteen.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")
_MAX_SHOWN = 60  # cell values quoted in messages are cut so one huge cell cannot flood the report


def _shown(text: str) -> str:
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _msg(key: str, /, **params: Any) -> Message:
    return Message(key, params)


def column_letter(index: int) -> str:
    """Return the spreadsheet letter of a 0-based column index (0 -> 'A', 26 -> 'AA')."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_number(text: str) -> float:
    """Return the number in `text` (thousands commas and spaces allowed); ValueError if it is not a
    finite number. The message key of the failure is the ValueError's argument."""
    text = text.strip()
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    if not _NUMBER.fullmatch(text):  # also refuses 'nan', 'inf', '1_000' and non-ASCII digits
        raise ValueError("import.number.invalid")
    value = float(text)
    if not math.isfinite(value):  # '1e999' overflows to inf
        raise ValueError("import.number.not_finite")
    return value


def _map_header(table: Table) -> tuple[dict[str, int], list[CellError]]:
    row = table.header_row
    columns: dict[str, int] = {}
    errors: list[CellError] = []
    used = {i for _, cells in table.rows for i, c in enumerate(cells) if c}
    allowed = ", ".join(COLUMN_ALIASES)
    for index, title in enumerate(table.header):
        if not title:
            if index in used:  # an unnamed column that holds data: say so rather than drop it
                errors.append(CellError(row, column_letter(index), _msg("import.header.blank")))
            continue
        canon = _HEADER_INDEX.get(normalize_key(title))
        if canon is None:
            errors.append(CellError(row, title, _msg("import.header.unknown", column=_shown(title), allowed=allowed)))
        elif canon in columns:
            first = table.header[columns[canon]]
            errors.append(CellError(row, title, _msg("import.header.duplicate", column=title, first=first)))
        else:
            columns[canon] = index
    if "gpc_ref" not in columns:
        errors.append(CellError(row, "gpc_ref", _msg("import.header.required", column="gpc_ref / GPC코드")))
    if not any(c in columns for c in KIND_COLUMNS):
        errors.append(CellError(row, "activity", _msg("import.header.needs_kind")))
    if "activity" in columns:
        for needed in ("amount", "unit"):
            if needed not in columns:
                errors.append(CellError(row, needed, _msg("import.header.needs_amount_unit", column=needed)))
    return columns, errors


class _RowParser:
    """Parses one table's rows; caches activity and unit look-ups (large files repeat them)."""

    def __init__(self, table: Table, columns: dict[str, int], source: str, ref: ReferenceLibrary) -> None:
        self.table, self.columns, self.source, self.ref = table, columns, source, ref
        self.errors: list[CellError] = []
        self._units: dict[tuple[str, str], str | Message] = {}

    def title(self, canon: str) -> str:
        """The column's header as written in the file (the canonical name when it is absent)."""
        index = self.columns.get(canon)
        return canon if index is None else self.table.header[index]

    def error(self, row: int, canon: str, key: str, /, **params: Any) -> None:
        self.errors.append(CellError(row, self.title(canon), _msg(key, **params)))

    def number(self, row: int, cells: dict[str, str], canon: str) -> float | None:
        text = cells.get(canon, "")
        if not text:
            return None
        try:
            return parse_number(text)
        except ValueError as exc:
            self.error(row, canon, exc.args[0], value=_shown(text))
            return None

    def gpc(self, row: int, cells: dict[str, str], canon: str) -> str | None:
        text = re.sub(r"\s+", "", cells.get(canon, "")).upper()  # 'i.1.1 ' is plainly I.1.1
        if text and text not in self.ref.gpc:
            self.error(row, canon, "import.gpc_ref.unknown", value=_shown(cells[canon]))
            return None
        return text or None

    def unit(self, activity: str, text: str) -> str | Message:
        key = (activity, text)
        if key not in self._units:
            try:
                self._units[key] = check_unit(activity, text, self.ref)
            except UnitError as exc:
                self._units[key] = exc.message
        return self._units[key]

    def parse(self, row: int, raw: list[str]) -> Record | None:
        """Return the row's record, or None after adding its errors to `self.errors`."""
        before = len(self.errors)
        header_width = len(self.table.header)
        for index in range(header_width, len(raw)):
            if raw[index]:
                self.errors.append(CellError(row, column_letter(index), _msg("import.cell.outside", value=_shown(raw[index]))))
        cells = {canon: raw[i] if i < len(raw) else "" for canon, i in self.columns.items()}
        record = Record(kind="activity", gpc_ref="", import_file=self.source, import_row=row)
        for canon in TEXT_COLUMNS:
            setattr(record, canon, cells.get(canon, ""))

        if not cells.get("gpc_ref"):
            self.error(row, "gpc_ref", "import.gpc_ref.required")
        record.gpc_ref = self.gpc(row, cells, "gpc_ref") or ""
        record.year = self._year(row, cells)
        record.quality = self._quality(row, cells)
        plant_type = cells.get("plant_type", "").strip().lower()
        if plant_type and plant_type not in PLANT_TYPES:
            self.error(row, "plant_type", "import.plant_type.unknown", value=_shown(plant_type), allowed=", ".join(PLANT_TYPES))
        elif plant_type:
            record.extra = {"plant_type": plant_type}
        for canon in FACTOR_COLUMNS + TONNE_COLUMNS:
            setattr(record, canon, self.number(row, cells, canon))

        notation, activity = cells.get("notation_key", ""), cells.get("activity", "")
        tonnes = [c for c in TONNE_COLUMNS if cells.get(c)]
        if notation:
            self._notation(row, cells, record, notation, bool(activity or cells.get("amount") or tonnes))
        elif activity or cells.get("amount") or cells.get("unit"):
            self._activity(row, cells, record, activity, tonnes)
        elif tonnes:
            record.kind = "reported"
        else:
            first = next((c for c in KIND_COLUMNS if c in self.columns), "activity")
            self.error(row, first, "import.row.no_kind")
        return record if len(self.errors) == before else None

    def _year(self, row: int, cells: dict[str, str]) -> int | None:
        text = cells.get("year", "")
        if not text:
            return None
        if re.fullmatch(r"[0-9]{4}(?:\.0*)?", text) and 1990 <= int(float(text)) <= 2100:
            return int(float(text))
        self.error(row, "year", "import.year.invalid", value=_shown(text))
        return None

    def _quality(self, row: int, cells: dict[str, str]) -> str | None:
        text = cells.get("quality", "")
        if not text:
            return None
        quality = QUALITY_ALIASES.get(text.upper())
        if quality is None:
            self.error(row, "quality", "import.quality.unknown", value=_shown(text))
        return quality

    def _notation(self, row: int, cells: dict[str, str], record: Record, text: str, has_values: bool) -> None:
        record.kind = "notation"
        key = text.upper()
        if key not in NotationKey.__members__:
            self.error(row, "notation_key", "import.notation.unknown", value=_shown(text))
        record.notation_key = key
        if has_values:
            self.error(row, "notation_key", "import.notation.with_values", key=_shown(text))
        record.included_in = self.gpc(row, cells, "included_in")

    def _activity(self, row: int, cells: dict[str, str], record: Record, text: str, tonnes: list[str]) -> None:
        record.kind = "activity"
        if tonnes:  # which one would count? refuse rather than silently drop either
            self.error(row, tonnes[0], "import.activity.with_tonnes")
        code = None
        if not text:
            self.error(row, "activity", "import.activity.required")
        else:
            code = self.ref.resolve_activity(text)
            if code is None:
                self.error(row, "activity", "import.activity.unknown", value=_shown(text))
        record.activity = code
        if not cells.get("amount"):
            self.error(row, "amount", "import.amount.required")
        else:
            record.amount = self.number(row, cells, "amount")  # negative is syntax: the checks flag it
        unit_text = cells.get("unit", "")
        if not unit_text:
            self.error(row, "unit", "import.unit.required")
        elif code is not None:
            unit = self.unit(code, unit_text)
            if isinstance(unit, Message):
                self.errors.append(CellError(row, self.title("unit"), unit))
            else:
                record.unit = unit


def parse_activity_table(table: Table, source_name: str, ref: ReferenceLibrary | None = None) -> list[Record]:
    """Return one Record per data row of `table`, or raise ImportRejected listing every error.

    Header errors (unknown, duplicated or missing columns) are reported alone: with a wrong header
    every row would be wrong too. `source_name` is stored in each record's import_file.
    """
    ref = ref or load_reference()
    columns, header_errors = _map_header(table)
    if header_errors:
        raise ImportRejected(source_name, header_errors)
    if not table.rows:
        raise ImportFileError("import.file.no_rows", path=source_name)
    parser = _RowParser(table, columns, source_name, ref)
    records = [parser.parse(row, cells) for row, cells in table.rows]
    if parser.errors:
        # Report in reading order: by row, then left to right as the columns stand in the file.
        position = {title: i for i, title in enumerate(table.header)}
        position.update({column_letter(i): i for i in range(len(table.header), 1 + max(len(c) for _, c in table.rows))})
        errors = sorted(parser.errors, key=lambda e: (e.row, position.get(e.column, len(position))))
        raise ImportRejected(source_name, errors)
    return [r for r in records if r is not None]


def read_activity_file(path: str | Path, sheet: str | None = None) -> list[Record]:
    """Read and parse a .csv/.txt/.xlsx/.xlsm file; raises ImportFileError or ImportRejected."""
    table = read_table(path, sheet)
    return parse_activity_table(table, Path(path).name)


def import_activity_file(
    project: Any,
    path: str | Path,
    sheet: str | None = None,
    user: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Import a file into `project` all or nothing; return the number of records added.

    The whole file is parsed before the store is touched, then added in one add_records call (one
    transaction), so a rejected file or a crash mid-way leaves the project as it was.
    """
    records = read_activity_file(path, sheet)
    return len(project.add_records(records, user=user, progress=progress))
