"""The import preview of a table read with a source profile (KEPCO sales, city-gas sales, ...):
the rows of the source as the profile reads them - which became records, which were left out and
why, which stop the import (a category to answer, a column not found) - and the profile's report.
Called by `import_preview.preview` when the officer chooses a profile or one is recognised."""

from __future__ import annotations

from collections.abc import Mapping

from gcomdesk.core.errors import GcomdeskError, ImportRejected
from gcomdesk.core.model import Profile
from gcomdesk.exchange.profiles import apply_profile, detect_profile
from gcomdesk.exchange.profiles.loader import load_profile
from gcomdesk.exchange.profiles.matching import find_header
from gcomdesk.exchange.tabular import Grid, table_of


def recognised(grid: Grid) -> str | None:
    """The profile a table in neither gcomdesk's layout nor a mapped one is laid out as, or None."""
    try:
        return detect_profile(grid)
    except GcomdeskError:
        return None


def preview_with_profile(out, name: str, sheet: str | None, header_row: int | None,
                         answers: Mapping[str, str] | None, profile: Profile | None):
    """Fill `out` (an import_preview.Preview whose grid is read) from profile `name`."""
    from gcomdesk.exchange.import_preview import ERROR, OK, SKIPPED

    out.source_profile = name
    out.needs_mapping = False
    number = header_row if header_row is not None else find_header(out.grid, load_profile(name))
    try:
        out.table = table_of(out.grid, number)
    except GcomdeskError as exc:
        out.file_error = exc
        return out
    out.status = {int(n): OK for n in out.table.cells.index}
    for note in out.table.notes:
        out.status[note.row] = SKIPPED
        out.messages.setdefault(note.row, []).append(note)
    year = int(profile.year) if profile is not None else None
    try:
        frame, report = apply_profile(name, out.path, sheet=sheet, year=year, answers=answers,
                                      header_row=header_row, inventory=profile)
    except ImportRejected as exc:
        out.errors = exc.errors
        for error in exc.errors:
            row = error.row if error.row in out.status else out.table.header_row
            out.status[row] = ERROR
            out.messages.setdefault(row, []).append(error)
        return out
    except GcomdeskError as exc:
        out.file_error = exc
        return out
    out.report = report
    for note in report.skipped:
        if note.row in out.status and out.status[note.row] == OK:
            out.status[note.row] = SKIPPED
            out.messages.setdefault(note.row, []).append(note)
    for note in report.notes:
        out.notes.append(note)
        out.messages.setdefault(note.row if note.row in out.status else out.table.header_row, []).append(note)
    out.frame = frame
    return out
