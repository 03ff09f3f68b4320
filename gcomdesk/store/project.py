"""The project file: one self-contained SQLite file per inventory (.gcdx).

Every change is committed in its own transaction before the call returns, so what the window
shows as saved survives a pulled plug. The rollback journal (not WAL) leaves no sidecar file
once a transaction ends, so the file can be copied to a USB stick as it is.
"""

from __future__ import annotations

import getpass
import json
import math
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.model import RECORD_FIELDS, Profile, Record
from gcomdesk.core.reference import load_reference
from gcomdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
FILE_SUFFIX = ".gcdx"
_STAMP_FIELDS = ("id", "created_by", "created_at", "updated_by", "updated_at")
_WRITABLE = tuple(f for f in RECORD_FIELDS if f not in _STAMP_FIELDS)
_CHUNK = 2000
# Typed columns so that all-empty numeric columns are float, not object (vectorised maths needs it).
_FRAME_DTYPES = {c: "float64" for c in ("amount", "ef_co2", "ef_ch4", "ef_n2o", "co2_t", "ch4_t", "n2o_t", "sf6_t",
                                        "nf3_t", "hfcs_co2e_t", "pfcs_co2e_t", "unsplit_co2e_t", "biogenic_co2_t")}
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


def _clean(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


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

    def update_profile(self, user: str = "", **changes) -> Profile:
        """Change profile fields (validated) in one transaction and return the new profile."""
        data = self.profile.to_dict()
        unknown = set(changes) - set(data)
        if unknown:
            raise ProjectFileError("project.unknown_field", field=", ".join(sorted(unknown)))
        data.update(changes)
        profile = Profile.from_dict(data)
        profile.validate(load_reference())
        who = user or default_user()
        with self._transaction() as conn:
            conn.execute("UPDATE profile SET data = ?, updated_by = ?, updated_at = ? WHERE id = 1",
                         (json.dumps(profile.to_dict(), ensure_ascii=False), who, now_stamp()))
            self._log(who, "profile", json.dumps(changes, ensure_ascii=False, default=str))
        return profile

    # -- records ----------------------------------------------------------------------------
    def add_records(self, records: Iterable[Record], user: str = "",
                    progress: Callable[[int, int], None] | None = None) -> list[int]:
        """Add records in ONE transaction (all or none) and return their ids."""
        records = list(records)
        who, stamp = user or default_user(), now_stamp()
        columns = _WRITABLE + ("extra", "created_by", "created_at", "updated_by", "updated_at")
        sql = f"INSERT INTO records ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        ids: list[int] = []
        with self._transaction() as conn:
            for start in range(0, len(records), _CHUNK):
                for record in records[start:start + _CHUNK]:
                    values = [_clean(getattr(record, f)) for f in _WRITABLE]
                    values += [json.dumps(record.extra, ensure_ascii=False), who, stamp, who, stamp]
                    ids.append(conn.execute(sql, values).lastrowid)
                if progress:
                    progress(min(start + _CHUNK, len(records)), len(records))
            self._log(who, "add", f"{len(records)} records")
        return ids

    def update_record(self, record_id: int, user: str = "", **changes) -> Record:
        """Change fields of one record in one transaction; the change is logged with old values."""
        unknown = set(changes) - set(_WRITABLE) - {"extra"}
        if unknown:
            raise ProjectFileError("project.unknown_field", field=", ".join(sorted(unknown)))
        old = self.record(record_id)
        who = user or default_user()
        values = {k: (json.dumps(v, ensure_ascii=False) if k == "extra" else _clean(v)) for k, v in changes.items()}
        assignments = ", ".join(f"{k} = ?" for k in values)
        with self._transaction() as conn:
            conn.execute(f"UPDATE records SET {assignments}, updated_by = ?, updated_at = ? WHERE id = ?",
                         [*values.values(), who, now_stamp(), record_id])
            before = {k: getattr(old, k) for k in changes}
            self._log(who, "update", json.dumps({"id": record_id, "before": before, "after": changes},
                                                ensure_ascii=False, default=str))
        return self.record(record_id)

    def delete_records(self, record_ids: Iterable[int], user: str = "") -> int:
        """Delete records in one transaction; returns how many were deleted."""
        ids = [int(i) for i in record_ids]
        who = user or default_user()
        with self._transaction() as conn:
            deleted = 0
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                cursor = conn.execute(f"DELETE FROM records WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
                deleted += cursor.rowcount
            self._log(who, "delete", json.dumps(ids[:1000]))
        return deleted

    def record(self, record_id: int) -> Record:
        """Return one record by id."""
        cursor = self._conn.execute("SELECT * FROM records WHERE id = ?", (record_id,))
        row = cursor.fetchone()
        if row is None:
            raise ProjectFileError("project.no_record", id=record_id)
        return _to_record(dict(zip([d[0] for d in cursor.description], row)))

    def records(self) -> list[Record]:
        """Return every record, oldest first."""
        cursor = self._conn.execute("SELECT * FROM records ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [_to_record(dict(zip(names, row))) for row in cursor]

    def records_frame(self) -> pd.DataFrame:
        """Return every record as a table (columns of core.model.Record), for vectorised work."""
        frame = pd.read_sql_query("SELECT * FROM records ORDER BY id", self._conn, dtype=_FRAME_DTYPES)
        return frame[list(RECORD_FIELDS) + ["extra"]]

    def record_count(self) -> int:
        """How many records the project holds."""
        return self._conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    # -- acknowledged warnings --------------------------------------------------------------
    def acknowledge(self, rule: str, explanation: str, gpc_ref: str = "", record_id: int = 0,
                    field: str = "", user: str = "") -> None:
        """Store (or replace) an officer's explanation for a warning."""
        who = user or default_user()
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO acknowledgements VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (rule, gpc_ref or "", int(record_id or 0), field or "", explanation, who, now_stamp()))
            self._log(who, "acknowledge", f"{rule} {gpc_ref} {record_id} {field}")

    def remove_acknowledgement(self, rule: str, gpc_ref: str = "", record_id: int = 0, field: str = "",
                               user: str = "") -> None:
        """Withdraw an acknowledgement."""
        who = user or default_user()
        with self._transaction() as conn:
            conn.execute("DELETE FROM acknowledgements WHERE rule = ? AND gpc_ref = ? AND record_id = ? AND field = ?",
                         (rule, gpc_ref or "", int(record_id or 0), field or ""))
            self._log(who, "unacknowledge", f"{rule} {gpc_ref} {record_id} {field}")

    def acknowledgements(self) -> list[dict]:
        """Every acknowledged warning: rule, gpc_ref, record_id, field, explanation, by, at."""
        cursor = self._conn.execute("SELECT rule, gpc_ref, record_id, field, explanation, by, at FROM acknowledgements")
        return [dict(zip(("rule", "gpc_ref", "record_id", "field", "explanation", "by", "at"), row)) for row in cursor]

    def changes(self, limit: int = 200) -> list[dict]:
        """The most recent entries of the audit trail, newest first."""
        cursor = self._conn.execute("SELECT at, user, action, detail FROM changes ORDER BY id DESC LIMIT ?", (limit,))
        return [dict(zip(("at", "user", "action", "detail"), row)) for row in cursor]


def _to_record(row: dict) -> Record:
    extra = json.loads(row.pop("extra") or "{}")
    return Record(**{k: v for k, v in row.items() if k in RECORD_FIELDS}, extra=extra)
