"""Undoable edits of the method form: save a method record, replace it by a facility-reported
figure (a 'reported' record with the reason; the method record keeps its inputs, marked
`extra["replaced"]`, and counts zero), and go back to the method.

Writes go through the Session's editing methods when it has them (they keep its caches), otherwise
straight to `session.project` followed by `session.notify_changed()`.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.model import Record


def _add(session, records: list[Record]) -> list[int]:
    if hasattr(session, "add_records"):
        return list(session.add_records(records))
    ids = session.project.add_records(records)
    session.notify_changed()
    return ids


def _update(session, record_id: int, **changes) -> None:
    if hasattr(session, "update_record"):
        session.update_record(record_id, **changes)
        return
    session.project.update_record(record_id, **changes)
    session.notify_changed()


def _delete(session, record_ids: list[int]) -> None:
    if hasattr(session, "delete_records"):
        session.delete_records(record_ids)
        return
    session.project.delete_records(record_ids)
    session.notify_changed()


def _current(session, record_id: int) -> int:
    return session.current_id(record_id) if hasattr(session, "current_id") else record_id


class _MethodCommand(QUndoCommand):
    """A refused write makes the command obsolete and is reported, never raised into Qt."""

    def __init__(self, session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.failed: GcomdeskError | None = None

    def _safely(self, write) -> None:
        try:
            write()
        except GcomdeskError as exc:
            self.failed = exc
            self.setObsolete(True)
            if hasattr(self.session, "write_failed"):
                self.session.write_failed.emit(exc)


class SaveMethodCommand(_MethodCommand):
    """Add a method record, or change the method and inputs of an existing one."""

    def __init__(self, session, gpc_ref: str, code: str, extra: dict, text: str, record_id: int | None = None,
                 data_source: str = "", quality: str | None = None) -> None:
        super().__init__(session, text)
        self.gpc_ref, self.code, self.extra, self.data_source = gpc_ref, code, copy.deepcopy(extra), data_source
        self.quality = quality or None
        self.record_id = record_id
        self._added = record_id is None
        self._old: dict | None = None
        if record_id is not None:
            old = session.project.record(_current(session, record_id))
            self._old = {"activity": old.activity, "extra": old.extra, "data_source": old.data_source,
                         "quality": old.quality}

    def redo(self) -> None:
        def write() -> None:
            if self._added:
                record = Record("method", self.gpc_ref, year=int(self.session.profile.year), activity=self.code,
                                extra=self.extra, data_source=self.data_source, quality=self.quality)
                self.record_id = _add(self.session, [record])[0]
            else:
                _update(self.session, _current(self.session, self.record_id), activity=self.code, extra=self.extra,
                        data_source=self.data_source, quality=self.quality)

        self._safely(write)

    def undo(self) -> None:
        def write() -> None:
            if self._added:
                _delete(self.session, [_current(self.session, self.record_id)])
            else:
                _update(self.session, _current(self.session, self.record_id), **self._old)

        self._safely(write)


class ReplaceWithReportedCommand(_MethodCommand):
    """Store a facility-reported figure for a GPC row and mark its method record as replaced.

    An unsaved method is saved first so its inputs are kept next to the reported figure."""

    def __init__(self, session, gpc_ref: str, code: str, extra: dict, tonnes: dict[str, float], source: str,
                 reason: str, text: str, record_id: int | None = None, quality: str | None = None) -> None:
        super().__init__(session, text)
        self.quality = quality or None
        self.gpc_ref, self.code, self.tonnes, self.source, self.reason = gpc_ref, code, dict(tonnes), source, reason
        self.extra = copy.deepcopy(extra)
        self.extra.pop("replaced", None)
        self.record_id, self._added = record_id, record_id is None
        self.reported_id: int | None = None
        self._old_extra = None
        if record_id is not None:
            self._old_extra = session.project.record(_current(session, record_id)).extra

    def redo(self) -> None:
        def write() -> None:
            year = int(self.session.profile.year)
            if self._added:
                method = Record("method", self.gpc_ref, year=year, activity=self.code, extra=self.extra)
                self.record_id = _add(self.session, [method])[0]
            method_id = _current(self.session, self.record_id)
            reported = Record("reported", self.gpc_ref, year=year, data_source=self.source, notes=self.reason,
                              explanation=self.reason, quality=self.quality,
                              extra={"replaces_method_record": method_id}, **self.tonnes)
            self.reported_id = _add(self.session, [reported])[0]
            marked = {**self.extra, "replaced": {"record_id": self.reported_id, "reason": self.reason}}
            _update(self.session, method_id, extra=marked)

        self._safely(write)

    def undo(self) -> None:
        def write() -> None:
            if self.reported_id is not None:
                _delete(self.session, [_current(self.session, self.reported_id)])
            if self._added:
                _delete(self.session, [_current(self.session, self.record_id)])
            else:
                _update(self.session, _current(self.session, self.record_id), extra=self._old_extra)

        self._safely(write)


class RestoreMethodCommand(_MethodCommand):
    """Use the method again: delete the reported figure that replaced it and clear the mark."""

    def __init__(self, session, record_id: int, text: str) -> None:
        super().__init__(session, text)
        self.record_id = record_id
        method = session.project.record(_current(session, record_id))
        self.old_extra = method.extra
        self.reported: Record | None = None
        reported_id = (method.extra.get("replaced") or {}).get("record_id")
        if reported_id is not None:
            try:
                self.reported = session.project.record(_current(session, int(reported_id)))
            except GcomdeskError:  # deleted elsewhere: only the mark is cleared
                self.reported = None

    def redo(self) -> None:
        def write() -> None:
            if self.reported is not None:
                _delete(self.session, [_current(self.session, self.reported.id)])
            extra = {k: v for k, v in self.old_extra.items() if k != "replaced"}
            _update(self.session, _current(self.session, self.record_id), extra=extra)

        self._safely(write)

    def undo(self) -> None:
        def write() -> None:
            extra = copy.deepcopy(self.old_extra)
            if self.reported is not None:
                new_id = _add(self.session, [self.reported])[0]
                self.reported.id = new_id
                extra["replaced"] = {**extra.get("replaced", {}), "record_id": new_id}
            _update(self.session, _current(self.session, self.record_id), extra=extra)

        self._safely(write)
