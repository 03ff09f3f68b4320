"""The window's one undo command: a ChangeSet applied through the Session.

`ApplyChangesCommand` applies its ChangeSet on redo (one transaction, one analysis) and the exact
inverse the store computed on undo; redo after undo applies the inverse's inverse, so a deleted
record comes back under its own id and every later command still finds it. Cell edits, pastes,
notation keys, profile changes, method-form saves, acknowledgements and imports are all this
command with a different ChangeSet. A write the project refuses makes the command obsolete (Qt
drops it) and is reported by `write_failed`. Typing bursts (explanations, profile texts) merge
into one undo step through `merge_key`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from gcomdesk.core.errors import GcomdeskError
from gcomdesk.store.changes import Applied, ChangeSet

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

MERGE_ID = 1001


class ApplyChangesCommand(QUndoCommand):
    """Apply a ChangeSet; undo applies its inverse. `applied` says it was already applied (an
    import written on a worker thread): the first redo then does nothing."""

    def __init__(self, session: Session, changes: ChangeSet, text: str, merge_key: str = "",
                 applied: Applied | None = None) -> None:
        super().__init__(text)
        self.session = session
        self.merge_key = merge_key
        self.failed = False
        self._forward: ChangeSet = changes
        self._backward: ChangeSet | None = applied.inverse if applied is not None else None
        self._done = applied is not None
        self.added_ids: tuple[int, ...] = applied.added_ids if applied is not None else ()

    def _apply(self, changes: ChangeSet) -> Applied | None:
        try:
            return self.session.apply(changes)
        except GcomdeskError as exc:
            self.failed = True
            self.setObsolete(True)
            self.session.write_failed.emit(exc)
            return None

    def redo(self) -> None:
        if self._done:  # already applied before the command was made
            self._done = False
            return
        applied = self._apply(self._forward)
        if applied is not None:
            self._backward, self.added_ids = applied.inverse, applied.added_ids

    def undo(self) -> None:
        applied = self._apply(self._backward)
        if applied is not None:
            self._forward = applied.inverse

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        """Merge a typing burst: both edits are field changes only (no rows added or deleted)."""
        if not (isinstance(other, ApplyChangesCommand) and self.merge_key and other.merge_key == self.merge_key
                and _fields_only(self._forward) and _fields_only(other._forward) and not other.failed):
            return False
        self._forward = _combine(self._forward, other._forward)
        self._backward = _combine(other._backward, self._backward)  # the older values win
        return True


def _fields_only(changes: ChangeSet) -> bool:
    return not (changes.add_count or changes.delete or changes.acknowledge or changes.unacknowledge)


def _combine(first: ChangeSet, second: ChangeSet) -> ChangeSet:
    """Field changes of both; where both change a field, `second`'s value wins."""
    updates: dict[int, dict] = {}
    for changes in (first, second):
        for record_id, values in changes.update:
            updates.setdefault(record_id, {}).update(values)
    return ChangeSet(update=list(updates.items()), profile={**first.profile, **second.profile},
                     label=first.label or second.label)


def push(session: Session, changes: ChangeSet, text: str, merge_key: str = "") -> ApplyChangesCommand | None:
    """Apply a ChangeSet as one undo step; the command, or None when the project refused it.
    An empty ChangeSet changes nothing and makes no undo step (the command is returned, unpushed)."""
    command = ApplyChangesCommand(session, changes, text, merge_key)
    if changes.is_empty():
        return command
    session.undo_stack.push(command)
    return None if command.failed else command
