"""The method form's edits as ChangeSets (one transaction and one undo step each, through
app.commands.push): save a method record, replace it by a facility-reported figure (a 'reported'
record with the reason; the method record keeps its inputs, marked `extra["replaced"]`, and counts
zero), and go back to the method.

A new method record and its reported figure refer to each other by id, so their ids are named in
advance (`Project.next_id`; ids are never reused) and both are written in the same ChangeSet.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from gcomdesk.core.model import Record
from gcomdesk.store.changes import ChangeSet

if TYPE_CHECKING:
    from gcomdesk.app.session import Session


def save_method(session: Session, gpc_ref: str, code: str, extra: dict, record_id: int | None = None,
                data_source: str = "", quality: str | None = None) -> tuple[ChangeSet, int]:
    """Add a method record, or change the method and inputs of an existing one; (changes, its id)."""
    values = {"activity": code, "extra": copy.deepcopy(extra), "data_source": data_source, "quality": quality or None}
    if record_id is not None:
        return ChangeSet(update=[(record_id, values)]), int(record_id)
    new_id = session.project.next_id()
    return ChangeSet(add=[Record("method", gpc_ref, year=int(session.profile.year), id=new_id, **values)]), new_id


def replace_with_reported(session: Session, gpc_ref: str, code: str, extra: dict, tonnes: dict[str, float],
                          source: str, reason: str, record_id: int | None = None,
                          quality: str | None = None) -> tuple[ChangeSet, int, int]:
    """Store a facility-reported figure for a GPC row and mark its method record as replaced (an
    unsaved method is saved too, so its inputs are kept next to the figure); (changes, method id,
    reported id)."""
    first, year = session.project.next_id(), int(session.profile.year)
    method_id = int(record_id) if record_id is not None else first
    reported_id = first + 1 if record_id is None else first
    reported = Record("reported", gpc_ref, year=year, data_source=source, notes=reason, explanation=reason,
                      quality=quality or None, extra={"replaces_method_record": method_id}, id=reported_id, **tonnes)
    marked = {k: v for k, v in copy.deepcopy(extra).items() if k != "replaced"}
    marked["replaced"] = {"record_id": reported_id, "reason": reason}
    if record_id is None:
        method = Record("method", gpc_ref, year=year, activity=code, extra=marked, id=method_id)
        return ChangeSet(add=[method, reported]), method_id, reported_id
    return ChangeSet(add=[reported], update=[(method_id, {"extra": marked})]), method_id, reported_id


def restore_method(session: Session, record_id: int) -> ChangeSet:
    """Use the method again: delete the reported figure that replaced it and clear the mark."""
    method = session.record(record_id)
    reported_id = (method.extra.get("replaced") or {}).get("record_id")
    delete = [int(reported_id)] if reported_id is not None and int(reported_id) in session.records_frame().index else []
    extra = {k: v for k, v in method.extra.items() if k != "replaced"}
    return ChangeSet(delete=delete, update=[(int(record_id), {"extra": extra})])
