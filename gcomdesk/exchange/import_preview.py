"""What an import would do, before it does it: the file's rows as gcomdesk reads them, each with
its status (ok, error with the message, warning from the checks, skipped), for the window's import
preview (and any caller that wants to look before writing).

Qt-free: the window runs `preview` on a worker and shows the result; the officer may choose the
sheet, the header row, what a bare m3 of gas is, and - for a file in neither gcomdesk's layout nor a
source profile - which of its columns is which (`mapping`). Importing then writes `Preview.frame`
as one ChangeSet (all or nothing), exactly as `gcomdesk-cli import` would.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from gcomdesk.core.errors import CellError, GcomdeskError, ImportRejected
from gcomdesk.core.messages import Message
from gcomdesk.core.model import RECORD_FIELDS, Profile
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.exchange.activity_import import parse_activity_table
from gcomdesk.exchange.activity_layout import COLUMN_ALIASES, HEADER_INDEX
from gcomdesk.exchange.tabular import Grid, Table, fold, read_grid, table_of

OK, ERROR, WARNING, SKIPPED = "ok", "error", "warning", "skipped"
IMPORT_COLUMNS = tuple(COLUMN_ALIASES)  # what a file's column can be mapped to (None: left out)


@dataclass
class Preview:
    """The file as read and judged. `frame` is the records table to write (None while any error
    stands); `status`/`messages` are per spreadsheet row; `file_error` is a whole-file problem."""

    path: Path
    grid: Grid | None = None
    table: Table | None = None
    frame: pd.DataFrame | None = None
    errors: list[CellError] = field(default_factory=list)
    notes: list[CellError] = field(default_factory=list)
    warnings: list[CellError] = field(default_factory=list)  # the checks' findings on the new rows
    status: dict[int, str] = field(default_factory=dict)
    messages: dict[int, list[CellError]] = field(default_factory=dict)
    mapping: dict[int, str | None] = field(default_factory=dict)  # file column -> import column (None: left out)
    needs_mapping: bool = False  # the header names columns gcomdesk does not know
    needs_gas_volume: bool = False  # a bare m3 / 천㎥ of a gas waits for the officer's answer
    file_error: GcomdeskError | None = None
    source_profile: str | None = None  # the source profile the table was read with (source_preview.py)
    report: object | None = None  # that profile's ProfileReport (`lines(lang)`)

    @property
    def importable(self) -> bool:
        """Whether the whole file can be written (no error anywhere)."""
        return self.frame is not None and not self.errors and self.file_error is None

    @property
    def rows(self) -> list[int]:
        """The spreadsheet row numbers shown: the data rows and the skipped totals rows, in file order."""
        return sorted(self.status)

    def count(self, status: str) -> int:
        """How many rows have `status`."""
        return sum(1 for s in self.status.values() if s == status)

    def cells(self, row: int) -> list[str]:
        """The row's cells as the file holds them."""
        assert self.grid is not None
        return self.grid.cells.loc[row].tolist()


def guess_mapping(header: list[str]) -> dict[int, str | None]:
    """Each column's import column by its title (gcomdesk's names and aliases), None where unknown."""
    return {i: HEADER_INDEX.get(fold(title)) if title else None for i, title in enumerate(header)}


def mapped_table(table: Table, mapping: Mapping[int, str | None]) -> Table:
    """The table with the officer's column choices: chosen columns renamed to their import column,
    the others left out (their cells are not read)."""
    kept = [i for i in range(len(table.header)) if mapping.get(i)]
    cells = table.cells[kept].copy()
    cells.columns = range(len(kept))
    return Table(header=[str(mapping[i]) for i in kept], cells=cells, encoding=table.encoding, sheet=table.sheet,
                 header_row=table.header_row, source=table.source, title_lines=table.title_lines, notes=list(table.notes))


def preview(path: str | Path, *, sheet: str | None = None, header_row: int | None = None,
            mapping: Mapping[int, str | None] | None = None, gas_volume: str | None = None,
            years: Collection[int] | None = None, profile: Profile | None = None,
            ref: ReferenceLibrary | None = None, progress: Callable[[int, int], None] | None = None,
            import_years=None, source_profile: str | None = None,
            answers: Mapping[str, str] | None = None) -> Preview:
    """Read, parse and check `path` without writing anything (see the module's description).
    `years`: the project's years (a row naming another is an error); `profile`: the year's profile,
    for the checks' warnings (None: no checks). A method-record file (a workbook of method sheets,
    a table with a `method` column) is read as `gcomdesk-cli import` reads it (method_preview.py),
    its records checked with the profile of their year (`import_years`: importing.ImportYears).
    `source_profile`: read the table with that source profile ('' = gcomdesk's layout; None = a
    profile when one recognises a table gcomdesk's layout does not), `answers` placing the
    categories it asks about ({'심야': 'I.1.2'})."""
    from gcomdesk.exchange import method_preview
    from gcomdesk.exchange.importing import method_workbook
    from gcomdesk.exchange.method_import import has_method_column

    ref = ref or load_reference()
    step = progress or (lambda done, total: None)
    out = Preview(Path(path))
    profile_for = method_preview.profile_for_preview(profile, import_years)
    if profile_for is not None and _quietly(method_workbook, path, sheet):
        return method_preview.preview_method_workbook(out, Path(path), sheet, header_row, profile_for, years, ref)
    try:
        out.grid = read_grid(path, sheet)
        step(1, 4)
        out.table = table_of(out.grid, header_row, known=HEADER_INDEX)
    except GcomdeskError as exc:
        out.file_error = exc
        return out
    table = out.table
    out.mapping = dict(mapping) if mapping is not None else guess_mapping(table.header)
    out.needs_mapping = mapping is None and any(title and out.mapping.get(i) is None for i, title in enumerate(table.header))
    if source_profile is None and out.needs_mapping:
        from gcomdesk.exchange.source_preview import recognised

        source_profile = recognised(out.grid)
    if source_profile:
        from gcomdesk.exchange.source_preview import preview_with_profile

        result = preview_with_profile(out, source_profile, sheet, header_row, answers, profile)
        if result.frame is not None and profile is not None:
            _add_warnings(result, profile, ref)
        step(4, 4)
        return result
    for number in table.cells.index:
        out.status[int(number)] = OK
    for note in table.notes:  # totals rows skipped
        out.status[note.row] = SKIPPED
        out.messages.setdefault(note.row, []).append(note)
    if profile_for is not None and mapping is None and has_method_column(table):
        out.needs_mapping = False
        return method_preview.preview_method_table(out, table, Path(path).name, profile_for, years, ref)
    step(2, 4)
    try:
        parsed = mapped_table(table, out.mapping) if (mapping is not None or out.needs_mapping) else table
        frame = parse_activity_table(parsed, Path(path).name, ref, years, gas_volume)
    except ImportRejected as exc:
        out.errors = exc.errors
        out.needs_gas_volume = any(e.message.key == "unit.gas_volume_bare" for e in exc.errors)
        for error in exc.errors:
            row = error.row if error.row in out.status else table.header_row
            out.status[row] = ERROR
            out.messages.setdefault(row, []).append(error)
        return out
    except GcomdeskError as exc:
        out.file_error = exc
        return out
    out.notes = [n for n in parsed.notes if out.status.get(n.row) != SKIPPED]
    for note in out.notes:
        out.messages.setdefault(note.row, []).append(note)
        if note.message.key == "import.row.unanswered":  # a request's row left as it was
            out.status[note.row] = SKIPPED
    step(3, 4)
    out.frame = frame
    if profile is not None:
        _add_warnings(out, profile, ref)
    step(4, 4)
    return out


def _add_warnings(out: Preview, profile: Profile, ref: ReferenceLibrary) -> None:
    if out.frame is None or not len(out.frame):
        return
    out.warnings = _warnings(out.frame, profile, ref)
    for warning in out.warnings:
        if out.status.get(warning.row) == OK:
            out.status[warning.row] = WARNING
        out.messages.setdefault(warning.row, []).append(warning)


def _quietly(test: Callable[..., bool], *args) -> bool:
    """`test(*args)`, False when the file cannot be read (the reading below says why)."""
    try:
        return test(*args)
    except GcomdeskError:
        return False


def _warnings(frame: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> list[CellError]:
    """The checks' warnings and errors about the new rows alone (per record: a unit that does not
    fit, a negative amount, electricity under a scope-1 row...), at the row they came from."""
    from gcomdesk.core.analysis import analyse

    records = frame.reindex(columns=[*RECORD_FIELDS, "extra"])  # the lean import table lacks empty columns
    records["id"] = np.arange(1, len(records) + 1)
    records["extra"] = records["extra"].astype(object).where(records["extra"].notna(), "{}")
    found = analyse(records, profile, ref).findings
    return [CellError(f.source_row, f.field, _Finding(f.message.key, f.message.params, f.hint)) for f in found
            if f.source_row and f.severity in ("error", "warning")]


@dataclass(frozen=True)
class _Finding(Message):
    """A finding's message followed by its hint."""

    hint: Message | None = None

    def render(self, lang: str) -> str:
        """The message, then the hint when there is one."""
        text = Message(self.key, self.params).render(lang)
        return f"{text} {self.hint.render(lang)}" if self.hint is not None and self.hint.key else text
