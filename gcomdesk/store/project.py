"""The project file: one self-contained SQLite file per inventory (.gcdx).

Every change is one `ChangeSet` written by `Project.apply` in one transaction before the call
returns, so what the window shows as saved survives a pulled plug. The rollback journal (not WAL) leaves no sidecar file
once a transaction ends, so the file can be copied to a USB stick as it is.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.model import FACTOR_COLUMNS, RECORD_FIELDS, REPORTED_GAS_COLUMNS, Profile, Record
from gcomdesk.core.reference import load_reference
from gcomdesk.store.changes import Acknowledgement, Applied, ChangeSet
from gcomdesk.store.rows import (
    action,
    check_update_fields,
    clean,
    detail,
    frame_columns,
    record_columns,
    to_record,
)
from gcomdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
_CHUNK = 2000
# Typed columns so that all-empty numeric columns are float, not object (vectorised maths needs it).
_FRAME_DTYPES = {c: "float64" for c in ("amount", *FACTOR_COLUMNS, *REPORTED_GAS_COLUMNS)}
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


class Project:
    """An open inventory file. Use `Project.create` or `Project.open`; close it (or use `with`)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn

    # -- opening and creating ------------------------------------------------------------
    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
        conn.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm sidecars left next to the file
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

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
        stamp, who = now_stamp(), user or default_user()
        with project._transaction():
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(conn, 0)
            conn.execute("INSERT INTO meta VALUES ('created_at', ?), ('created_by', ?)", (stamp, who))
            conn.execute("INSERT INTO profile (id, data, updated_by, updated_at) VALUES (1, ?, ?, ?)",
                         (json.dumps(profile.to_dict(), ensure_ascii=False), who, stamp))
            project._log(who, "create", profile.name_ko)
        return project

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open an existing project; a foreign, corrupt or newer file is refused and left untouched."""
        path = Path(path)
        if not path.is_file():
            raise ProjectFileError("project.not_found", path=str(path))
        application_id, version = _read_header(path)
        if application_id != APPLICATION_ID:
            raise ProjectFileError("project.not_gcomdesk", path=str(path))
        if version > SCHEMA_VERSION:
            raise ProjectFileError("project.newer", path=str(path), version=version, supported=SCHEMA_VERSION)
        try:
            conn = cls._connect(path)  # rolls back a hot journal left by a crash
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                conn.close()
                raise ProjectFileError("project.corrupt", path=str(path), reason=check)
            project = cls(path, conn)
            if version < SCHEMA_VERSION:
                with project._transaction():
                    migrate(conn, version)
                    project._log(default_user(), "migrate", f"{version} -> {SCHEMA_VERSION}")
            project.profile  # noqa: B018 - fail now, not later, if the profile is unreadable
        except sqlite3.DatabaseError as exc:
            raise ProjectFileError("project.corrupt", path=str(path), reason=str(exc)) from None
        return project

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
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                conn.execute("ROLLBACK")
                raise ProjectFileError("project.unwritable", path=str(self.path), reason=str(exc)) from None

    def _log(self, user: str, action: str, detail: str) -> None:
        self._conn.execute("INSERT INTO changes (at, user, action, detail) VALUES (?, ?, ?, ?)",
                           (now_stamp(), user, action, detail))

    # -- profile ----------------------------------------------------------------------------
    @property
    def profile(self) -> Profile:
        """The inventory's profile as stored."""
        row = self._conn.execute("SELECT data FROM profile WHERE id = 1").fetchone()
        if row is None:
            raise ProjectFileError("project.corrupt", path=str(self.path), reason="no profile")
        return Profile.from_dict(json.loads(row[0]))

    # -- the one way to write: a batch of changes, one transaction ---------------------------
    def apply(self, changes: ChangeSet, user: str = "",
              progress: Callable[[int, int], None] | None = None) -> Applied:
        """Write a ChangeSet in ONE transaction (all or nothing) with one audit entry, and return
        its exact inverse (computed in the same transaction) and the ids of the added records.

        Order inside the transaction: deletes, adds, updates, profile, acknowledgements."""
        who, stamp = user or default_user(), now_stamp()
        check_update_fields(changes.update)
        with self._transaction() as conn:
            deleted = self._delete(conn, changes.delete)
            added = self._insert(conn, changes.add, who, stamp, progress)
            before, written = self._update(conn, changes.update, who, stamp)
            old_profile = self._write_profile(conn, changes.profile, who, stamp)
            restore, withdraw = self._write_acknowledgements(conn, changes, who, stamp)
            self._log(who, action(changes), detail(changes, added, [r.id for r in deleted]))
        added_set = set(added)
        inverse = ChangeSet(add=deleted, delete=added, update=[(i, old) for i, old in before if i not in added_set],
                            profile=old_profile, acknowledge=restore, unacknowledge=withdraw, label=changes.label)
        return Applied(inverse, tuple(added), tuple(i for i, _ in before), tuple(r.id for r in deleted), tuple(written))

    def _rows(self, conn: sqlite3.Connection, ids: list[int]) -> dict[int, dict]:
        rows: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cursor = conn.execute(f"SELECT * FROM records WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
            names = [d[0] for d in cursor.description]
            rows.update({row[0]: dict(zip(names, row)) for row in cursor})
        return rows

    def _delete(self, conn: sqlite3.Connection, ids: tuple[int, ...]) -> list[Record]:
        rows = self._rows(conn, list(dict.fromkeys(ids)))
        deleted = [to_record(rows[i]) for i in dict.fromkeys(ids) if i in rows]
        conn.executemany("DELETE FROM records WHERE id = ?", [(r.id,) for r in deleted])
        return deleted

    def _insert(self, conn: sqlite3.Connection, add, who: str, stamp: str,
                progress: Callable[[int, int], None] | None) -> list[int]:
        columns, values = frame_columns(add) if isinstance(add, pd.DataFrame) else record_columns(add)
        n = len(values[0])
        if not n:
            return []
        explicit = [i for i in values[0] if i is not None]
        if explicit:
            taken = self._rows(conn, explicit)
            if taken:
                raise ProjectFileError("project.record_exists", id=min(taken))
        next_id = max([self.next_id(), *(i + 1 for i in explicit)])
        if explicit:  # new records take the next free ids in order; restored ones keep theirs
            fresh = iter(range(next_id, next_id + n))
            values[0] = [next(fresh) if i is None else i for i in values[0]]
        else:
            values[0] = list(range(next_id, next_id + n))
        new = [not by for by in values[-4]]  # a new record; a restored one keeps who made it and when
        for offset, value in zip(range(-4, 0), (who, stamp, who, stamp)):
            values[offset] = [value if is_new else old for is_new, old in zip(new, values[offset])]
        rows = list(zip(*values))
        sql = f"INSERT INTO records ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for start in range(0, n, _CHUNK):
            conn.executemany(sql, rows[start:start + _CHUNK])
            if progress:
                progress(min(start + _CHUNK, n), n)
        return values[0]

    def next_id(self) -> int:
        """The id the next new record gets (ids are never reused, so a ChangeSet may name it in advance
        when its records refer to each other)."""
        seq = self._conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'records'").fetchone()
        return (seq[0] if seq else 0) + 1

    def _update(self, conn: sqlite3.Connection, updates, who: str,
                stamp: str) -> tuple[list[tuple[int, dict]], list[tuple[int, dict]]]:
        """Write the updates; return the old values and the values written, per record."""
        if not updates:
            return [], []
        ids = list(dict.fromkeys(i for i, _ in updates))
        rows = self._rows(conn, ids)
        missing = [i for i in ids if i not in rows]
        if missing:
            raise ProjectFileError("project.no_record", id=missing[0])
        touched: dict[int, set[str]] = {}
        written: list[tuple[int, dict]] = []
        groups: dict[tuple[str, ...], list[list]] = {}
        for record_id, fields_ in updates:
            values = {k: (json.dumps(v or {}, ensure_ascii=False) if k == "extra" else clean(v))
                      for k, v in fields_.items()}
            values.setdefault("updated_by", who)
            values.setdefault("updated_at", stamp)
            touched.setdefault(record_id, set()).update(values)
            written.append((record_id, values))
            groups.setdefault(tuple(values), []).append([*values.values(), record_id])
        for names, params in groups.items():
            conn.executemany(f"UPDATE records SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?", params)
        before = []
        for record_id in ids:
            old = to_record(dict(rows[record_id]))
            before.append((record_id, {k: getattr(old, k) for k in sorted(touched[record_id])}))
        return before, written

    def _write_profile(self, conn: sqlite3.Connection, changes: dict, who: str, stamp: str) -> dict:
        if not changes:
            return {}
        current = self.profile.to_dict()
        unknown = set(changes) - set(current)
        if unknown:
            raise ProjectFileError("project.unknown_field", field=", ".join(sorted(unknown)))
        profile = Profile.from_dict({**current, **changes})
        profile.validate(load_reference())
        conn.execute("UPDATE profile SET data = ?, updated_by = ?, updated_at = ? WHERE id = 1",
                     (json.dumps(profile.to_dict(), ensure_ascii=False), who, stamp))
        return {k: current[k] for k in changes}

    def _write_acknowledgements(self, conn: sqlite3.Connection, changes: ChangeSet, who: str,
                                stamp: str) -> tuple[list[Acknowledgement], list[Acknowledgement]]:
        touched = [*changes.unacknowledge, *changes.acknowledge]
        if not touched:
            return [], []
        old = {a.key: a for a in map(Acknowledgement.from_dict, self.acknowledgements())}
        conn.executemany("DELETE FROM acknowledgements WHERE rule = ? AND gpc_ref = ? AND record_id = ? AND field = ?",
                         [a.key for a in changes.unacknowledge])
        conn.executemany("INSERT OR REPLACE INTO acknowledgements VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(*a.key, a.explanation, a.by or who, a.at or stamp) for a in changes.acknowledge])
        keys = list(dict.fromkeys(a.key for a in touched))
        restore = [old[k] for k in keys if k in old]
        withdraw = [Acknowledgement(*k) for k in keys if k not in old]
        return restore, withdraw

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
    def acknowledgements(self) -> list[dict]:
        """Every acknowledged warning: rule, gpc_ref, record_id, field, explanation, by, at."""
        cursor = self._conn.execute("SELECT rule, gpc_ref, record_id, field, explanation, by, at FROM acknowledgements")
        return [dict(zip(("rule", "gpc_ref", "record_id", "field", "explanation", "by", "at"), row)) for row in cursor]

    def changes(self, limit: int = 200) -> list[dict]:
        """The most recent entries of the audit trail, newest first."""
        cursor = self._conn.execute("SELECT at, user, action, detail FROM changes ORDER BY id DESC LIMIT ?", (limit,))
        return [dict(zip(("at", "user", "action", "detail"), row)) for row in cursor]

