"""The year and profile steps of `Project.apply` (store.project): add and delete years, route the
year-less parts of a ChangeSet to its year, and write profile fields to the project or to a year
(editions to the shared set while every year uses the same ones; `year` renames a year)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import EDITION_FIELDS, YEAR_FIELDS, compose, own_editions
from gcomdesk.store.changes import Acknowledgement, ChangeSet, YearAdded

if TYPE_CHECKING:
    from gcomdesk.store.project import Project


def require_years(project: Project, years: Iterable) -> None:
    """ProjectFileError project.no_year (listing the project's years) for a year it does not hold."""
    known = set(project.years())
    for year in dict.fromkeys(years):
        if year is None or year not in known:
            raise ProjectFileError("project.no_year", year=year, years=", ".join(map(str, sorted(known))) or "-")


def target_year(project: Project, changes: ChangeSet) -> int:
    """The year a ChangeSet's year-less parts go to: its own, else the latest."""
    years = project.years()
    year = changes.year if changes.year is not None else (years[-1] if years else None)
    require_years(project, [year])
    return int(year)


def add_years(project: Project, conn: sqlite3.Connection, years) -> None:
    """Insert years with their settings (validated; refused when out of range or already held)."""
    taken = set(project.years())
    for added in years:
        year = int(added.year)
        if not 1990 <= year <= 2100:
            raise ProjectFileError("project.year_range", year=year)
        if year in taken:
            raise ProjectFileError("project.year_exists", year=year)
        unknown = set(added.settings) - set(YEAR_FIELDS)
        if unknown:
            raise ProjectFileError("project.unknown_field", field=", ".join(sorted(unknown)))
        compose(project.settings(), year, added.settings).validate(load_reference())
        conn.execute("INSERT INTO years (year, data) VALUES (?, ?)",
                     (year, json.dumps(dict(added.settings), ensure_ascii=False)))
        taken.add(year)


def year_record_ids(project: Project, conn: sqlite3.Connection, years) -> list[int]:
    """Ids of the records of years being deleted (refused for a year not held, or the last one)."""
    if not years:
        return []
    years = [int(y) for y in years]
    require_years(project, years)
    if not set(project.years()) - set(years):
        raise ProjectFileError("project.last_year", year=years[0])
    marks = ", ".join("?" * len(years))
    return [row[0] for row in conn.execute(f"SELECT id FROM records WHERE year IN ({marks}) ORDER BY id", years)]


def delete_years(project: Project, conn: sqlite3.Connection, years, restore: list[Acknowledgement]) -> list[YearAdded]:
    """Delete years (their records are already gone) with their acknowledgements; return them as
    YearAdded, for the inverse. The base year stays as it is (a check says when it holds no data)."""
    if not years:
        return []
    gone = [YearAdded(int(y), project.year_settings(y)) for y in years]
    marks = ", ".join("?" * len(years))
    restore.extend(Acknowledgement.from_dict(a) for a in project.acknowledgements() if a["year"] in years)
    conn.execute(f"DELETE FROM acknowledgements WHERE year IN ({marks})", list(years))
    conn.execute(f"DELETE FROM years WHERE year IN ({marks})", list(years))
    return gone


def write_profile(project: Project, conn: sqlite3.Connection, changes: dict, who: str, stamp: str,
                   year: int) -> tuple[dict, int]:
    """Write profile fields: the project's to the project, the year's to `year` (editions to the
    shared set while every year uses the same ones); `year` itself renames the year. Return the
    old values and the year as it is named afterwards."""
    if not changes:
        return {}, year
    current = project.profile_of(year).to_dict()
    unknown = set(changes) - set(current)
    if unknown:
        raise ProjectFileError("project.unknown_field", field=", ".join(sorted(unknown)))
    old = {k: current[k] for k in changes}
    settings, year_settings = project.settings(), project.year_settings(year)
    changes = dict(changes)
    new_year = int(changes.pop("year", year))
    policy = changes.get("factor_policy", settings.get("factor_policy", "each_year"))
    if policy == "same" and not settings.get("shared_editions") and "shared_editions" not in changes:
        settings["shared_editions"] = own_editions(settings, year_settings)  # "same" starts from this year's
    for name, value in changes.items():
        if name in EDITION_FIELDS and policy == "same":
            settings["shared_editions"] = {**settings.get("shared_editions", {}), name: value}
        elif name in YEAR_FIELDS:
            year_settings[name] = value
        else:
            settings[name] = value
    if new_year != year:
        if new_year in project.years():
            raise ProjectFileError("project.year_exists", year=new_year)
        if settings.get("base_year") == year and "base_year" not in changes:
            settings["base_year"] = new_year
    compose(settings, new_year, year_settings).validate(load_reference())
    conn.execute("UPDATE profile SET data = ?, updated_by = ?, updated_at = ? WHERE id = 1",
                 (json.dumps(settings, ensure_ascii=False), who, stamp))
    conn.execute("UPDATE years SET data = ? WHERE year = ?", (json.dumps(year_settings, ensure_ascii=False), year))
    if new_year != year:
        for table in ("years", "records", "acknowledgements"):
            conn.execute(f"UPDATE {table} SET year = ? WHERE year = ?", (new_year, year))
    return old, new_year
