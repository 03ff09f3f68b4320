"""Files written whole or not at all: each goes to a temporary file beside its target and is moved
into place only when every file of the batch is written (`Staged`), so a failed or cancelled write
never leaves half a workbook where the last good one was. A target that is read-only or open in
another program is refused with a clear message before any work is done (`check_writable`).
Used by the export and the data-request workbook."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import uuid
from collections.abc import Callable
from pathlib import Path

from gcomdesk.core.errors import GcomdeskError


class WriteError(GcomdeskError):
    """A file could not be written (target open elsewhere, read-only, disk full...); nothing was replaced."""


def check_writable(target: Path) -> None:
    """Refuse early, and plainly, when `target` cannot be replaced: read-only or open elsewhere."""
    folder = target.parent
    if not os.access(folder, os.W_OK):
        raise WriteError("export.folder_unwritable", path=str(folder))
    if not target.exists():
        return
    if not os.access(target, os.W_OK) or not target.stat().st_mode & stat.S_IWUSR:  # the mode, also for root
        raise WriteError("export.read_only", path=str(target))
    for lock in (folder / f"~${target.name}", folder / f".~lock.{target.name}#"):  # Excel, LibreOffice
        if lock.exists():
            raise WriteError("export.open_elsewhere", path=str(target))
    try:
        with target.open("r+b"):
            pass  # Windows refuses this while Excel holds the file
    except OSError:
        raise WriteError("export.open_elsewhere", path=str(target)) from None


class Staged:
    """Every file of one export, written to temporary files beside their targets and moved into
    place only when all of them are written (`commit`); `discard` removes them. So a refused, failed
    or cancelled export replaces nothing, and a full disk leaves the previous export as it was."""

    def __init__(self) -> None:
        self.files: list[tuple[Path, Path]] = []  # (temporary file, target)

    def stage(self, target: Path) -> Path:
        """A new temporary file in target's folder (checked writable first) that will become `target`."""
        check_writable(target)
        tmp = target.parent / f".~gcomdesk-{uuid.uuid4().hex[:12]}{target.suffix}.tmp"
        try:  # created with the usual permissions (umask), unlike mkstemp's owner-only 0600
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except OSError as exc:
            raise write_error(target, exc) from None
        if target.exists():
            shutil.copymode(target, tmp)
        self.files.append((tmp, target))
        return tmp

    def write(self, target: Path, write: Callable[[Path], None]) -> Path:
        """Stage `target` and write it with `write(tmp)`; an OSError becomes a WriteError naming it."""
        tmp = self.stage(target)
        try:
            write(tmp)
        except OSError as exc:
            raise write_error(target, exc) from None
        return target

    def commit(self) -> list[Path]:
        """Move every written file into place; return the targets."""
        for tmp, target in self.files:
            try:
                os.replace(tmp, target)
            except PermissionError:
                raise WriteError("export.open_elsewhere", path=str(target)) from None
            except OSError as exc:
                raise write_error(target, exc) from None
        done, self.files = [t for _, t in self.files], []
        return done

    def discard(self) -> None:
        """Remove every temporary file not moved into place."""
        for tmp, _ in self.files:
            tmp.unlink(missing_ok=True)
        self.files = []


def write_error(target: Path, exc: OSError) -> WriteError:
    """An OSError while writing `target` as a message naming the file and the cause (a full disk says so)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return WriteError("export.no_space", path=str(target), reason=exc.strerror or str(exc))
    return WriteError("export.write_failed", path=str(target), reason=exc.strerror or str(exc))


def check_space(folder: Path, needed: int) -> None:
    """Refuse before writing when the folder's disk has clearly too little room for the export."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell: the writes themselves will say
    if free < needed:
        raise WriteError("export.no_space", path=str(folder),
                          reason=f"{free / 1e6:,.1f} MB free, about {needed / 1e6:,.1f} MB needed")
