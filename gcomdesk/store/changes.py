"""A batch of edits to an inventory, written by `Project.apply` as ONE transaction.

A `ChangeSet` says what to add, update and delete, which profile fields change and which warnings
are acknowledged or withdrawn. `Project.apply` writes it all or nothing, logs one audit entry and
returns the exact inverse (computed inside the same transaction): applying the inverse puts the
file back as it was, deleted records under their own ids; applying the inverse's inverse redoes it.
That is what the window's undo, a paste, an import and a method-form save all rest on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from gcomdesk.core.model import Record


@dataclass(frozen=True)
class Acknowledgement:
    """An officer's explanation of a warning of one inventory year, keyed by (year, rule, gpc_ref,
    record_id, field). `year` 0 means the year the ChangeSet is applied to; `reason` is the kind of
    an explained change between years (resources/checks/change_reasons.csv), else ''."""

    rule: str
    gpc_ref: str = ""
    record_id: int = 0
    field: str = ""
    explanation: str = ""
    by: str = ""  # kept when an undo restores an earlier acknowledgement; else the applying user
    at: str = ""
    year: int = 0
    reason: str = ""

    @property
    def key(self) -> tuple[int, str, str, int, str]:
        """What identifies the acknowledged warning."""
        return (int(self.year or 0), self.rule, self.gpc_ref or "", int(self.record_id or 0), self.field or "")

    @classmethod
    def from_dict(cls, row: Mapping[str, Any]) -> Acknowledgement:
        """Build one from a `Project.acknowledgements()` row."""
        return cls(row["rule"], row.get("gpc_ref") or "", int(row.get("record_id") or 0), row.get("field") or "",
                   row.get("explanation") or "", row.get("by") or "", row.get("at") or "",
                   int(row.get("year") or 0), row.get("reason") or "")


@dataclass(frozen=True)
class YearAdded:
    """A year added to the project, with its own settings (core.years.YEAR_FIELDS)."""

    year: int
    settings: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class ChangeSet:
    """Edits written together. `add` holds Records (or a records table with Record columns, for
    bulk imports); a record whose `id` is set is inserted under that id (an undone delete).
    `update` holds (record id, {field: value}) pairs; `delete` record ids; `profile` field changes;
    `acknowledge` / `unacknowledge` Acknowledgements; `label` names the edit in the audit trail.

    Years: `year` is the inventory year the edit is made in — added records without a year, year
    fields of the profile (core.years.YEAR_FIELDS) and acknowledgements without a year go to it
    (None: the latest year). `add_years` adds years (first, so records may go into them);
    `delete_years` deletes years with their records and acknowledgements (last).

    `meta` sets (text) or removes (None) entries of the file's `meta` table, the project's key/value
    metadata (a roll-up's source files and findings, exchange.rollup), in the same transaction."""

    add: Sequence[Record] | pd.DataFrame = ()
    update: Sequence[tuple[int, Mapping[str, Any]]] = ()
    delete: Sequence[int] = ()
    profile: Mapping[str, Any] = field(default_factory=dict)
    acknowledge: Sequence[Acknowledgement] = ()
    unacknowledge: Sequence[Acknowledgement] = ()
    label: str = ""
    year: int | None = None
    add_years: Sequence[YearAdded] = ()
    delete_years: Sequence[int] = ()
    meta: Mapping[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.add, pd.DataFrame):
            object.__setattr__(self, "add", tuple(self.add))
        object.__setattr__(self, "update", tuple((int(i), dict(c)) for i, c in self.update))
        object.__setattr__(self, "delete", tuple(int(i) for i in self.delete))
        object.__setattr__(self, "profile", dict(self.profile))
        object.__setattr__(self, "acknowledge", tuple(self.acknowledge))
        object.__setattr__(self, "unacknowledge", tuple(self.unacknowledge))
        object.__setattr__(self, "add_years", tuple(self.add_years))
        object.__setattr__(self, "delete_years", tuple(int(y) for y in self.delete_years))
        object.__setattr__(self, "meta", dict(self.meta))
        if self.year is not None:
            object.__setattr__(self, "year", int(self.year))

    @property
    def add_count(self) -> int:
        """How many records are added."""
        return len(self.add)

    def is_empty(self) -> bool:
        """True when applying would change nothing."""
        return not (self.add_count or self.update or self.delete or self.profile or self.acknowledge
                    or self.unacknowledge or self.touches_years() or self.meta)

    def touches_records(self) -> bool:
        """True when records are added, changed or deleted (deleting a year deletes its records)."""
        return bool(self.add_count or self.update or self.delete or self.delete_years)

    def touches_years(self) -> bool:
        """True when years are added or deleted."""
        return bool(self.add_years or self.delete_years)

    def touches_profile(self) -> bool:
        """True when profile fields change."""
        return bool(self.profile)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        """Both edits as one (records of `other` added after these; labels kept from self)."""
        return ChangeSet(add=_concat(self.add, other.add), update=self.update + other.update,
                         delete=self.delete + other.delete, profile={**self.profile, **other.profile},
                         acknowledge=self.acknowledge + other.acknowledge,
                         unacknowledge=self.unacknowledge + other.unacknowledge, label=self.label or other.label,
                         year=self.year if self.year is not None else other.year,
                         add_years=self.add_years + other.add_years, delete_years=self.delete_years + other.delete_years,
                         meta={**self.meta, **other.meta})


def _concat(a, b):
    if isinstance(a, pd.DataFrame) or isinstance(b, pd.DataFrame):
        raise TypeError("records tables cannot be combined; apply them as separate ChangeSets")
    return tuple(a) + tuple(b)


@dataclass(frozen=True)
class Applied:
    """What `Project.apply` did: the exact inverse, the ids of the added records (in order), of the
    changed and the deleted ones, and the changed fields as stored (stamps included; `extra` as JSON)."""

    inverse: ChangeSet
    added_ids: tuple[int, ...] = ()
    updated_ids: tuple[int, ...] = ()
    deleted_ids: tuple[int, ...] = ()
    updated: tuple[tuple[int, dict], ...] = ()

