"""Every edit of the window as a QUndoCommand that knows its old and new value.

Each command writes through the Session (so it is in the project file before the window shows
it). Records are referred to by the id they had when the command was made; the Session maps it
to the current id after an undone delete restored the record under a new id. A write the
project refuses makes the command obsolete (Qt drops it) and is reported by `write_failed`.
Typing bursts (explanations, profile texts) merge into one undo step through `merge_key`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from gcomdesk.app.session import Session
from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.model import Record

EDIT_ID, NOTATION_ID, PROFILE_ID = 1001, 1002, 1003


class _Command(QUndoCommand):
    """Runs a write and turns a refused write into an obsolete command."""

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.failed = False

    def _safely(self, write: Callable[[], None]) -> None:
        try:
            write()
        except GcomdeskError as exc:
            self.failed = True
            self.setObsolete(True)
            self.session.write_failed.emit(exc)


class EditRecordCommand(_Command):
    """Change fields of one record."""

    def __init__(self, session: Session, record_id: int, new: dict, old: dict, text: str, merge_key: str = "") -> None:
        super().__init__(session, text)
        self.record_id, self.new, self.old, self.merge_key = int(record_id), dict(new), dict(old), merge_key

    def redo(self) -> None:
        self._safely(lambda: self.session.update_record(self.record_id, **self.new))

    def undo(self) -> None:
        self._safely(lambda: self.session.update_record(self.record_id, **self.old))

    def id(self) -> int:
        return EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (isinstance(other, EditRecordCommand) and self.merge_key and other.merge_key == self.merge_key
                and other.record_id == self.record_id):
            return False
        self.new = other.new
        return True


class AddRecordsCommand(_Command):
    """Add records (a new table row, an imported file's rows)."""

    def __init__(self, session: Session, records: list[Record], text: str, ids: list[int] | None = None) -> None:
        super().__init__(session, text)
        self.records = list(records)
        self.ids = list(ids) if ids else None
        self._already_done = ids is not None  # an import stored its rows before the command was made

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return

        def write() -> None:
            self.ids = self.session.add_records(self.records, restoring=self.ids)

        self._safely(write)

    def undo(self) -> None:
        def write() -> None:
            self.records = self.session.delete_records(self.ids)
            self.ids = [r.id for r in self.records]

        self._safely(write)


class DeleteRecordsCommand(_Command):
    """Delete records; undo restores them with everything they held."""

    def __init__(self, session: Session, record_ids: list[int], text: str) -> None:
        super().__init__(session, text)
        self.ids = [int(i) for i in record_ids]
        self.saved: list[Record] = []

    def redo(self) -> None:
        def write() -> None:
            self.saved = self.session.delete_records(self.ids)

        self._safely(write)

    def undo(self) -> None:
        def write() -> None:
            self.ids = self.session.add_records(self.saved, restoring=[r.id for r in self.saved])

        self._safely(write)


Notation = tuple[str, str, str] | None  # (key, explanation, included_in) or no key


class SetNotationCommand(_Command):
    """Choose, change or remove the notation key of a GPC row."""

    def __init__(self, session: Session, gpc_ref: str, new: Notation, text: str, merge_key: str = "") -> None:
        super().__init__(session, text)
        self.gpc_ref, self.new, self.merge_key = gpc_ref, new, merge_key
        self.old: Notation = session.notation_of(gpc_ref)

    def _set(self, value: Notation) -> None:
        if value is None:
            self._safely(lambda: self.session.set_notation(self.gpc_ref, None))
        else:
            self._safely(lambda: self.session.set_notation(self.gpc_ref, *value))

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def id(self) -> int:
        return NOTATION_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (isinstance(other, SetNotationCommand) and self.merge_key and other.merge_key == self.merge_key
                and other.gpc_ref == self.gpc_ref and other.old == self.new):
            return False
        self.new = other.new
        return True


class ProfileCommand(_Command):
    """Change profile fields."""

    def __init__(self, session: Session, changes: dict, text: str, merge_key: str = "") -> None:
        super().__init__(session, text)
        profile = session.profile
        self.new = dict(changes)
        self.old = {k: getattr(profile, k) for k in changes}
        self.merge_key = merge_key

    def redo(self) -> None:
        self._safely(lambda: self.session.update_profile(**self.new))

    def undo(self) -> None:
        self._safely(lambda: self.session.update_profile(**self.old))

    def id(self) -> int:
        return PROFILE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (isinstance(other, ProfileCommand) and self.merge_key and other.merge_key == self.merge_key):
            return False
        self.new = other.new
        return True


def push(session: Session, command: _Command) -> bool:
    """Push a command; False when the project refused the write."""
    session.undo_stack.push(command)
    return not command.failed
