"""Importing activity data (fuel and energy use, reported tonnes, notation keys) from a table.

The import is all or nothing: every row is parsed first and every problem is collected, so the
officer fixes the whole file in one pass; only a file without a single error reaches the store,
in one transaction. Only syntax is checked here; a row that parses but looks doubtful (electricity
under a scope-1 row, a negative amount) is imported and left to the checks.

Rows are checked a column at a time over the whole table (pandas), and look-ups that repeat
(activity names, activity + unit pairs) are made once per distinct value, so a province file of
100,000 rows parses in a fraction of a second; the result is a records table that the store writes
with one executemany.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from gcomdesk.core.errors import CellError, ImportRejected
from gcomdesk.core.model import Record
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.exchange.activity_layout import COLUMN_ALIASES, HEADER_INDEX, gpc_code, map_header, msg
from gcomdesk.exchange.activity_rows import ActivityColumns
from gcomdesk.exchange.tabular import ImportFileError, Table, column_letter, read_table
from gcomdesk.store.changes import ChangeSet, YearAdded

__all__ = ["COLUMN_ALIASES", "import_activity_file", "import_changes", "missing_years", "parse_activity_table",
           "read_activity_file", "records_of"]


def parse_activity_table(table: Table, source_name: str, ref: ReferenceLibrary | None = None,
                         years: Collection[int] | None = None, gas_volume: str | None = None) -> pd.DataFrame:
    """Return the records table of `table` (one row per data row, the columns of core.model.Record
    that hold something), or raise ImportRejected listing every error.

    Header errors (unknown, duplicated or missing columns) are reported alone: with a wrong header
    every row would be wrong too. `source_name` is stored in each record's import_file. `years`
    (the project's years) makes a row naming another year an error; None accepts every year.
    `gas_volume` ('normal'/'standard') says what a bare m3 of a gas is; without it such a cell is an
    error asking which. What the import did on the way (totals rows skipped, an IE row's target read
    from its explanation, bare volumes read as chosen) is added to `table.notes`.
    """
    ref = ref or load_reference()
    columns, header_errors = map_header(table)
    if header_errors:
        raise ImportRejected(source_name, header_errors)
    if table.cells.empty:
        raise ImportFileError("import.file.no_rows", path=source_name)
    table = _skip_unanswered(table, columns, ref)
    if table.cells.empty:
        raise ImportFileError("import.file.no_rows", path=source_name)
    parser = ActivityColumns(table, columns, ref, years, gas_volume)
    frame = parser.parse(source_name)
    table.notes.extend(parser.notes)
    if parser.errors:
        # Report in reading order: by row, then left to right as the columns stand in the file.
        position = {title: i for i, title in enumerate(table.header)}
        position.update({column_letter(i): i for i in range(len(table.header), table.cells.shape[1] + 1)})
        errors = sorted(parser.errors, key=lambda e: (e.row, position.get(e.column, len(position))))
        raise ImportRejected(source_name, errors)
    return frame.reset_index(drop=True)


def _skip_unanswered(table: Table, columns: dict[str, int], ref: ReferenceLibrary) -> Table:
    """The table without the rows holding a GPC row (and a year) and nothing else: the rows a
    data-request workbook lists as still needing data, which the department left as they were.
    There is nothing in them to import or lose; a note in `table.notes` names each, so the row is
    seen to be still open. The caller's table keeps its rows (a preview still shows them)."""
    named = [columns[c] for c in ("gpc_ref", "year") if c in columns]
    if "gpc_ref" not in columns or table.cells.empty:
        return table
    alone = ~(table.cells.drop(columns=named) != "").any(axis=1)  # nothing beside the GPC row and year
    if not alone.any():  # the usual file: one vectorised pass, nothing read per row
        return table
    candidates = table.cells.loc[alone]
    code = candidates[columns["gpc_ref"]].map(gpc_code)
    year = candidates[columns["year"]] if "year" in columns else pd.Series("", index=candidates.index)
    # Only a known GPC row and a plain year (or none): anything else is left for the parser to name.
    bare = (code.isin(set(ref.gpc)) & year.str.fullmatch(r"(\d{4})?")).reindex(table.cells.index, fill_value=False)
    if not bare.any():
        return table
    title = table.header[columns["gpc_ref"]]
    for row, text in code[bare[alone]].items():
        table.notes.append(CellError(int(row), title, msg("import.row.unanswered", code=text)))
    return replace(table, cells=table.cells.loc[~bare])  # the same notes list


def records_of(frame: pd.DataFrame) -> list[Record]:
    """The records of a records table as Record objects (NaN/NA read as None, extra as a dict)."""
    records = []
    for row in frame.astype(object).where(frame.notna(), None).to_dict("records"):
        extra = json.loads(row.pop("extra", None) or "{}")
        records.append(Record(**row, extra=extra))
    return records


def read_activity_file(path: str | Path, sheet: str | None = None, years: Collection[int] | None = None,
                       gas_volume: str | None = None, notes: list[CellError] | None = None,
                       header_row: int | None = None) -> pd.DataFrame:
    """Read and parse a .csv/.txt/.xlsx/.xlsm file into a records table; raises ImportFileError or
    ImportRejected. `years`, `gas_volume`: see `parse_activity_table`; `notes` (a list) receives what
    the import did on the way; `header_row` chooses the header instead of finding it."""
    table = read_table(path, sheet, header_row=header_row, known=HEADER_INDEX)
    frame = parse_activity_table(table, Path(path).name, years=years, gas_volume=gas_volume)
    if notes is not None:
        notes.extend(table.notes)
    return frame


def missing_years(frame: pd.DataFrame, years: Collection[int]) -> list[int]:
    """The years a records table names that are not among `years` (rows without a year excluded)."""
    if "year" not in frame:
        return []
    named = pd.unique(frame["year"].dropna().astype(int))
    return sorted(int(y) for y in named if int(y) not in set(years))


def import_changes(project: Any, frame: pd.DataFrame, label: str, year: int | None = None,
                   add_years: bool = False) -> ChangeSet:
    """The ONE ChangeSet importing a records table: rows go to the year they name, rows without one
    to `year` (default: the latest); with `add_years`, years the project lacks are added in the same
    ChangeSet (with the editions published for them; the side, fuel set and area of `year`)."""
    from gcomdesk.core.years import new_year_settings

    known = project.years()
    target = int(year) if year is not None else known[-1]
    new = missing_years(frame, known) if add_years else []
    template = project.year_settings(target) if new else None
    ref = load_reference()
    return ChangeSet(add=frame, label=label, year=target,
                     add_years=[YearAdded(y, new_year_settings(ref, y, template)) for y in new])


def import_activity_file(
    project: Any,
    path: str | Path,
    sheet: str | None = None,
    user: str = "",
    progress: Callable[[int, int], None] | None = None,
    year: int | None = None,
    add_years: bool = False,
    gas_volume: str | None = None,
    notes: list[CellError] | None = None,
    header_row: int | None = None,
) -> int:
    """Import a file into `project` all or nothing; return the number of records added.

    The whole file is parsed before the store is touched, then written as one ChangeSet (one
    transaction, one executemany), so a rejected file or a crash mid-way leaves the project as it was.
    Rows go to the year in their `year` column, others to `year` (default: the latest); a row naming
    a year the project does not hold is an error naming it, unless `add_years` adds those years.
    """
    frame = read_activity_file(path, sheet, years=None if add_years else project.years(), gas_volume=gas_volume,
                               notes=notes, header_row=header_row)
    changes = import_changes(project, frame, f"import {Path(path).name}", year, add_years)
    applied = project.apply(changes, user=user, progress=progress)
    return len(applied.added_ids)
