"""The project file: one self-contained SQLite file per inventory (.gcdx).

Every change is one `ChangeSet` written by `Project.apply` in one transaction before the call
returns, so what the window shows as saved survives a pulled plug. The rollback journal (not WAL) leaves no sidecar file
once a transaction ends, so the file can be copied to a USB stick as it is.
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
import sqlite3
import struct
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.model import FACTOR_COLUMNS, RECORD_FIELDS, REPORTED_GAS_COLUMNS, Profile, Record
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import compose, project_part, year_part
from gcomdesk.store import record_writes, waiting, year_writes
from gcomdesk.store.changes import Applied, ChangeSet
from gcomdesk.store.estimate_writes import replaced_estimates
from gcomdesk.store.record_writes import ACK_COLUMNS
from gcomdesk.store.rows import (
    action,
    check_update_fields,
    detail,
    to_record,
)
from gcomdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from gcomdesk.store.validate import validate

SQLITE_MAGIC = b"SQLite format 3\x00"
# Typed columns so that all-empty numeric columns are float, not object (vectorised maths needs it).
_FRAME_DTYPES = {c: "float64" for c in ("amount", *FACTOR_COLUMNS, "ef_co2e", *REPORTED_GAS_COLUMNS)}
_FRAME_DTYPES |= {"year": "Int64", "import_row": "Int64", "id": "int64"}


def now_stamp() -> str:
    """UTC time as an ISO string, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def default_user() -> str:
    """The operating-system user name, used when no preparer is given."""
    try:
        return getpass.getuser()
    except Exception:  # no user database (some containers): still record something
        return "unknown"


def _read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) straight from the file header, touching nothing."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ProjectFileError("project.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError("project.not_gcomdesk", path=str(path))
    user_version, application_id = struct.unpack(">I", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    return application_id, user_version


def is_busy(exc: BaseException) -> bool:
    """True when SQLite gave up waiting for another connection's lock (the file is in use, not damaged)."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of a file is kept before migrating it from schema `version`: beside it, named
    so that it is not taken for an inventory file (`city.gcdx` -> `city.gcdx.v1-backup`)."""
    candidate = path.with_name(f"{path.name}.v{version}-backup")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.v{version}-backup{n}")
        n += 1
    return candidate


# How long opening and writing wait for another process's lock before saying the file is in use.
BUSY_TIMEOUT_S = float(os.environ.get("GCOMDESK_BUSY_WAIT_S", "30"))


class Project:
    """An open inventory file. Use `Project.create` or `Project.open`; close it (or use `with`).

    When another process is writing the file (a long import holds the write lock), opening and
    writing wait up to BUSY_TIMEOUT_S seconds, calling `store.waiting.report` about every second
    (the CLI prints a line; the window's busy indicator runs on), then raise `project.busy`: the
    file is in use, not damaged."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self.migrated_backup: Path | None = None  # set by `open` when it migrated an older file

    # -- opening and creating ------------------------------------------------------------
    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        # a short wait per try: Project._patiently retries (and reports progress) up to BUSY_TIMEOUT_S
        return sqlite3.connect(str(path), isolation_level=None, timeout=min(1.0, BUSY_TIMEOUT_S))

    def _prepare(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm sidecars left next to the file
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")

    @classmethod
    def create(cls, path: str | Path, profile: Profile, user: str = "") -> Project:
        """Create a new project file; refuses to overwrite an existing file."""
        path = Path(path)
        profile.validate(load_reference())
        if path.exists():
            raise ProjectFileError("project.exists", path=str(path))
        try:
            conn = cls._connect(path)
        except sqlite3.Error as exc:
            raise ProjectFileError("project.unwritable", path=str(path), reason=str(exc)) from None
        project = cls(path, conn)
        project._prepare()
        stamp, who = now_stamp(), user or default_user()
        with project._transaction():
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(conn, 0)
            conn.execute("INSERT INTO meta VALUES ('created_at', ?), ('created_by', ?)", (stamp, who))
            data = profile.to_dict()
            conn.execute("INSERT INTO profile (id, data, updated_by, updated_at) VALUES (1, ?, ?, ?)",
                         (json.dumps(project_part(data), ensure_ascii=False), who, stamp))
            conn.execute("INSERT INTO years (year, data) VALUES (?, ?)",
                         (int(profile.year), json.dumps(year_part(data), ensure_ascii=False)))
            project._log(who, "create", profile.name_ko)
        return project

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open an existing project; a foreign, corrupt or newer file is refused and left untouched."""
        path = Path(path)
        if path.is_dir():
            raise ProjectFileError("project.is_folder", path=str(path))
        if not path.is_file():
            raise ProjectFileError("project.not_found", path=str(path))
        application_id, version = _read_header(path)
        if application_id != APPLICATION_ID:
            raise ProjectFileError("project.not_gcomdesk", path=str(path))
        if version > SCHEMA_VERSION:
            raise ProjectFileError("project.newer", path=str(path), version=version, supported=SCHEMA_VERSION)
        backup = None
        conn = None
        try:
            conn = cls._connect(path)  # rolls back a hot journal left by a crash
            project = cls(path, conn)
            project._patiently(project._prepare)
            check = project._patiently(lambda: conn.execute("PRAGMA quick_check").fetchone()[0])
            if check != "ok":
                raise ProjectFileError("project.corrupt", path=str(path), reason=check)
            project._patiently(lambda: project._validated(version))
            if version < SCHEMA_VERSION:
                backup = backup_path(path, version)
                try:
                    shutil.copy2(path, backup)  # the file as it was, in case the migration is not wanted
                except OSError as exc:
                    raise ProjectFileError("project.backup_failed", path=str(backup), reason=exc.strerror or str(exc)) from None
                with project._transaction():
                    migrate(conn, version)
                    project._log(default_user(), "migrate", f"{version} -> {SCHEMA_VERSION}; backup {backup.name}")
            project.profile  # noqa: B018 - fail now, not later, if the profile is unreadable
        except ProjectFileError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            if is_busy(exc):
                raise ProjectFileError("project.busy", path=str(path)) from None
            raise ProjectFileError("project.corrupt", path=str(path), reason=str(exc)) from None
        project.migrated_backup = backup
        project._drop_stale_journal()
        return project

    def _drop_stale_journal(self) -> None:
        """Remove a `-journal` that holds no transaction (empty or without the journal's magic: what a
        writer killed at the wrong moment leaves; SQLite ignores it but keeps it until the next write),
        so even read-only commands leave no sidecar. Only while holding the write lock, so it is never
        another process's live journal; if the file is busy it stays for the next time."""
        journal = self.path.with_name(self.path.name + "-journal")
        try:
            if not journal.is_file() or journal.read_bytes()[:8] not in (b"", bytes(8)):
                return
            self._conn.execute("BEGIN IMMEDIATE")
        except (OSError, sqlite3.OperationalError):
            return
        try:
            if journal.is_file() and journal.read_bytes()[:8] in (b"", bytes(8)):
                journal.unlink()
        except OSError:
            pass  # in use elsewhere (Windows): harmless, SQLite ignores it
        finally:
            self._conn.execute("ROLLBACK")

    def _validated(self, version: int) -> None:
        """Validate inside one read transaction (one consistent view; ended before any write)."""
        self._conn.execute("BEGIN")
        try:
            validate(self._conn, self.path, version)
        finally:
            self._conn.execute("ROLLBACK")

    def _patiently(self, step: Callable[[], object]) -> object:
        """Run `step`, retrying while another process holds the file, up to BUSY_TIMEOUT_S."""
        started = time.monotonic()
        while True:
            try:
                return step()
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - started
                if not is_busy(exc):
                    raise
                if waited >= BUSY_TIMEOUT_S:
                    raise ProjectFileError("project.busy", path=str(self.path)) from None
                if waiting.report is not None:
                    waiting.report(self.path, waited, BUSY_TIMEOUT_S)

    def close(self) -> None:
        """Close the file; nothing is pending, every change was committed when made."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        if conn is None:
            raise ProjectFileError("project.closed", path=str(self.path))
        self._patiently(lambda: conn.execute("BEGIN IMMEDIATE"))
        try:
            yield conn
        except sqlite3.OperationalError as exc:
            conn.execute("ROLLBACK")
            if is_busy(exc):  # a reader held the file too long for the data to be spilled
                raise ProjectFileError("project.busy", path=str(self.path)) from None
            raise
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            try:
                self._patiently(lambda: conn.execute("COMMIT"))  # waits for readers to finish
            except (sqlite3.Error, ProjectFileError) as exc:
                conn.execute("ROLLBACK")
                if isinstance(exc, ProjectFileError):
                    raise
                raise ProjectFileError("project.unwritable", path=str(self.path), reason=str(exc)) from None

    def _log(self, user: str, action: str, detail: str) -> None:
        self._conn.execute("INSERT INTO changes (at, user, action, detail) VALUES (?, ?, ?, ?)",
                           (now_stamp(), user, action, detail))

    # -- profile and years ----------------------------------------------------------------------
    def settings(self) -> dict:
        """The project's own profile fields as stored (core.years.project_part)."""
        row = self._conn.execute("SELECT data FROM profile WHERE id = 1").fetchone()
        if row is None:
            raise ProjectFileError("project.corrupt", path=str(self.path), reason="no profile")
        return json.loads(row[0])

    def years(self) -> list[int]:
        """The inventory years the project holds, oldest first."""
        return [row[0] for row in self._conn.execute("SELECT year FROM years ORDER BY year")]

    def year_settings(self, year: int) -> dict:
        """One year's own settings (core.years.YEAR_FIELDS)."""
        row = self._conn.execute("SELECT data FROM years WHERE year = ?", (int(year),)).fetchone()
        if row is None:
            raise ProjectFileError("project.no_year", year=year, years=", ".join(map(str, self.years())) or "-")
        return json.loads(row[0])

    def profile_of(self, year: int) -> Profile:
        """The profile the year is calculated with (project fields, the year's own, shared editions)."""
        return compose(self.settings(), int(year), self.year_settings(year))

    @property
    def profile(self) -> Profile:
        """The profile of the latest year."""
        years = self.years()
        if not years:
            raise ProjectFileError("project.corrupt", path=str(self.path), reason="no inventory year")
        return self.profile_of(years[-1])

    # -- the one way to write: a batch of changes, one transaction ---------------------------
    def apply(self, changes: ChangeSet, user: str = "",
              progress: Callable[[int, int], None] | None = None) -> Applied:
        """Write a ChangeSet in ONE transaction (all or nothing) with one audit entry, and return
        its exact inverse (computed in the same transaction) and the ids of the added records.

        Order inside the transaction: years added, deletes (with the records of deleted years), adds,
        updates, profile, acknowledgements, years deleted. Records and acknowledgements without a
        year go to the ChangeSet's year (default: the latest)."""
        who, stamp = user or default_user(), now_stamp()
        check_update_fields(changes.update)
        with self._transaction() as conn:
            year_writes.add_years(self, conn, changes.add_years)
            year = year_writes.target_year(self, changes)
            doomed = year_writes.year_record_ids(self, conn, changes.delete_years)
            deleted = record_writes.delete(conn, (*changes.delete, *doomed))
            added = record_writes.insert(self, conn, changes.add, who, stamp, progress, year)
            replaced = record_writes.delete(conn, tuple(replaced_estimates(conn, added)))  # measured data replaces estimates
            deleted += replaced
            before, written = record_writes.update(self, conn, changes.update, who, stamp)
            old_profile, year = year_writes.write_profile(self, conn, changes.profile, who, stamp, year)
            restore, withdraw = record_writes.write_acknowledgements(self, conn, changes, who, stamp, year)
            gone = year_writes.delete_years(self, conn, changes.delete_years, restore)
            old_meta = self._write_meta(conn, changes.meta)
            self._log(who, action(changes), detail(changes, added, [r.id for r in deleted], [r.id for r in replaced]))
        added_set = set(added)
        inverse = ChangeSet(add=deleted, delete=added, update=[(i, old) for i, old in before if i not in added_set],
                            profile=old_profile, acknowledge=restore, unacknowledge=withdraw, label=changes.label,
                            year=year if year not in changes.delete_years else None,
                            add_years=gone, delete_years=[y.year for y in changes.add_years], meta=old_meta)
        return Applied(inverse, tuple(added), tuple(i for i, _ in before), tuple(r.id for r in deleted), tuple(written))

    def next_id(self) -> int:
        """The id the next new record gets (ids are never reused, so a ChangeSet may name it in advance
        when its records refer to each other)."""
        seq = self._conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'records'").fetchone()
        return (seq[0] if seq else 0) + 1

    def _write_meta(self, conn: sqlite3.Connection, meta: dict) -> dict:
        """Set (text) or remove (None) meta entries; return their previous values (None: absent)."""
        old = {key: self.meta(key) for key in meta}
        conn.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k, v in meta.items() if v is None])
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         [(k, str(v)) for k, v in meta.items() if v is not None])
        return old

    def meta(self, key: str) -> str | None:
        """One entry of the file's key/value metadata (None when absent)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- convenience wrappers over apply -------------------------------------------------------
    def update_profile(self, user: str = "", **changes) -> Profile:
        """Change profile fields (validated) in one transaction and return the new profile."""
        self.apply(ChangeSet(profile=changes), user=user)
        return self.profile

    def add_records(self, records: Iterable[Record], user: str = "",
                    progress: Callable[[int, int], None] | None = None) -> list[int]:
        """Add records in ONE transaction (all or none) and return their ids."""
        return list(self.apply(ChangeSet(add=tuple(records)), user=user, progress=progress).added_ids)

    def record(self, record_id: int) -> Record:
        """Return one record by id."""
        cursor = self._conn.execute("SELECT * FROM records WHERE id = ?", (record_id,))
        row = cursor.fetchone()
        if row is None:
            raise ProjectFileError("project.no_record", id=record_id)
        return to_record(dict(zip([d[0] for d in cursor.description], row)))

    def records(self) -> list[Record]:
        """Return every record, oldest first."""
        cursor = self._conn.execute("SELECT * FROM records ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [to_record(dict(zip(names, row))) for row in cursor]

    def records_frame(self, ids: Iterable[int] | None = None) -> pd.DataFrame:
        """Return every record (or those with these ids) as a table (columns of core.model.Record),
        for vectorised work."""
        if ids is None:
            frame = pd.read_sql_query("SELECT * FROM records ORDER BY id", self._conn, dtype=_FRAME_DTYPES)
        else:
            ids = [int(i) for i in ids]
            parts = [pd.read_sql_query(f"SELECT * FROM records WHERE id IN ({', '.join('?' * len(chunk))}) ORDER BY id",
                                       self._conn, params=chunk, dtype=_FRAME_DTYPES)
                     for chunk in (ids[s:s + 500] for s in range(0, len(ids), 500))]
            frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else (
                parts[0] if parts else pd.read_sql_query("SELECT * FROM records WHERE 0", self._conn, dtype=_FRAME_DTYPES))
        return frame[list(RECORD_FIELDS) + ["extra"]]

    def record_count(self) -> int:
        """How many records the project holds."""
        return self._conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    # -- acknowledged warnings --------------------------------------------------------------
    def acknowledgements(self, year: int | None = None) -> list[dict]:
        """Every acknowledged warning (of one year, or of all): year, rule, gpc_ref, record_id, field,
        explanation, reason, by, at."""
        sql = f"SELECT {', '.join(ACK_COLUMNS)} FROM acknowledgements"
        cursor = self._conn.execute(sql + " WHERE year = ?", (int(year),)) if year is not None else self._conn.execute(sql)
        return [dict(zip(ACK_COLUMNS, row)) for row in cursor]

    def changes(self, limit: int = 200) -> list[dict]:
        """The most recent entries of the audit trail, newest first."""
        cursor = self._conn.execute("SELECT at, user, action, detail FROM changes ORDER BY id DESC LIMIT ?", (limit,))
        return [dict(zip(("at", "user", "action", "detail"), row)) for row in cursor]

