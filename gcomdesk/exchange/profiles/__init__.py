"""Source profiles: the tables officers receive (KEPCO sales, city-gas sales, petroleum sales, waste
treatment, vehicle-km) read into records without retyping.

A profile is data (`resources/import_profiles/<name>.json`, see `loader`); `matching` finds its
header, columns and units in a file, `reading` resolves each value's categories, and
`to_activity` / `to_methods` make the records table. `apply_profile` does it all and returns the
records table (for ONE ChangeSet: nothing is half-imported) and a report; any problem raises
ImportRejected listing every cell, or ImportFileError for the file as a whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from gcomdesk.core.errors import ImportRejected
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.profiles.loader import ImportProfile, load_profile, profile_names
from gcomdesk.exchange.profiles.matching import category_match, find_header, layout_of
from gcomdesk.exchange.profiles.reading import read_values
from gcomdesk.exchange.profiles.report import ProfileReport
from gcomdesk.exchange.tabular import Grid, ImportFileError, read_grid, table_of

__all__ = ["ImportProfile", "ProfileReport", "apply_profile", "detect_profile", "list_profiles", "load_profile"]


def list_profiles() -> list[tuple[str, str, str]]:
    """(name, Korean label, English label) of every bundled profile."""
    return [(name, load_profile(name).label_ko, load_profile(name).label_en) for name in profile_names()]


def _profile(name: str) -> ImportProfile:
    if name not in profile_names():
        raise ImportFileError("profile.unknown", name=name, names=", ".join(profile_names()))
    return load_profile(name)


def detect_profile(grid: Grid) -> str | None:
    """The profile whose columns all stand in the grid's header and whose categories it names most,
    or None when no profile fits."""
    best, best_score = None, 0
    for name in profile_names():
        profile = load_profile(name)
        number = find_header(grid, profile)
        if number is None:
            continue
        table = table_of(grid, number)
        layout, errors = layout_of(table, profile)
        if errors:
            continue
        labels = [c for i in layout.columns.values() for c in table.cells[i]] if len(table.cells) else []
        texts = [t for t in table.header + labels if t]
        score = sum(1 for d in profile.dimensions for t in texts if d.names and category_match(d, t))
        if score > best_score:
            best, best_score = name, score
    return best


def apply_profile(name: str, path: str | Path, sheet: str | None = None, year: int | None = None,
                  answers: Mapping[str, str] | None = None, header_row: int | None = None,
                  inventory: Profile | None = None) -> tuple[pd.DataFrame, ProfileReport]:
    """Read `path` with profile `name`; return (records table, report).

    `answers` places categories the profile cannot place alone ({'심야': 'I.1.2'}) or overrides
    its mapping ({'매립': 'III.1.2'}; 'skip' leaves a category out). `year`: the records' year
    (None: the ChangeSet's). `inventory`: the profile method records are checked with (defaults
    otherwise). `header_row` chooses the header row instead of finding it. Raises ImportFileError or ImportRejected (every bad cell), never half a result."""
    profile = _profile(name)
    ref = load_reference()
    grid = read_grid(path, sheet)
    source = Path(path).name
    number = header_row if header_row is not None else find_header(grid, profile)
    table = table_of(grid, number)
    layout, errors = layout_of(table, profile)
    if errors:
        raise ImportRejected(source, errors)
    reading = read_values(table, grid, layout, profile, dict(answers or {}), ref)
    if reading.errors:
        raise ImportRejected(source, sorted(reading.errors, key=lambda e: e.row))
    report = ProfileReport(profile.name, profile.label_ko, profile.label_en, source, table.header_row, reading.rows,
                           skipped=sorted(table.notes + reading.skipped, key=lambda e: e.row), notes=reading.notes)
    if not reading.values:
        raise ImportFileError("profile.nothing", path=source, profile=profile.name, skipped=len(report.skipped))
    if profile.target == "activity":
        from gcomdesk.exchange.profiles.to_activity import activity_frame

        frame = activity_frame(reading.values, profile, source, year, ref)
    else:
        from gcomdesk.exchange.profiles.to_methods import method_frame

        checked_with = inventory or Profile(name_ko="-", region_code="", year=year or 2000)
        frame = method_frame(reading.values, profile, source, year, ref, checked_with, report.notes)
    report.records = len(frame)
    for value in reading.values:
        shown = " / ".join(t for t in value.categories.values() if t)
        target = " ".join(t for d, t in value.targets.items() if t != value.categories.get(d))
        report.mapped[(shown, target, bool(value.answered))] += 1
    return frame, report
