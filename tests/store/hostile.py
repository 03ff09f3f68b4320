"""A corpus of damaged and hostile project files, generated (not checked in): each case is a healthy
project changed with raw SQL (or raw bytes) the way a hand edit, a broken copy or an attacker would,
and the message key opening it must give (shared by the store, CLI and window tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gcomdesk.core.model import Record
from gcomdesk.store.changes import Acknowledgement, ChangeSet
from gcomdesk.store.project import Project
from tests.core.helpers import profile


def healthy(path: Path) -> Path:
    """A project with two years, records of each kind and an acknowledgement."""
    with Project.create(path, profile(population=350000), user="kim") as project:
        project.add_records([Record("activity", "I.1.1", activity="diesel", amount=5.0, unit="kL", data_source="KEPCO"),
                             Record("notation", "I.4.1", notation_key="NO", explanation="none"),
                             Record("reported", "I.3.1", co2_t=12.5, facility="한빛 공장", notes="보고")])
        project.apply(ChangeSet(acknowledge=[Acknowledgement("x.rule", "I.1.1", 1, "", "checked", reason="")]))
    return path


def _sql(*statements: str):
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
    return damage


def _flip_text(path: Path) -> None:
    """Bytes flipped inside a text cell: invalid UTF-8 that still passes PRAGMA quick_check."""
    data = bytearray(path.read_bytes())
    at = data.find("한빛 공장".encode())
    assert at > 0
    data[at:at + 3] = b"\xff\xfe\xfd"
    path.write_bytes(bytes(data))


# name -> (how to damage a healthy file, the message key, a word the English message must hold)
CASES = {
    "profile_not_json": (_sql("UPDATE profile SET data = '{not json'"), "project.bad_json", "profile"),
    "profile_a_list": (_sql("UPDATE profile SET data = '[1, 2]'"), "project.bad_json", "profile"),
    "profile_missing_name": (_sql("UPDATE profile SET data = json_remove(data, '$.name_ko')"), "project.bad_field", "name_ko"),
    "profile_wrong_type": (_sql("UPDATE profile SET data = json_set(data, '$.gwp_set', 5)"), "project.bad_field", "gwp_set"),
    "unknown_gwp": (_sql("UPDATE profile SET data = json_set(data, '$.gwp_set', 'AR9')"), "project.bad_field", "AR9"),
    "unknown_electricity": (_sql("UPDATE years SET data = json_set(data, '$.electricity_edition', 'KR-X')"),
                            "project.bad_field", "electricity_edition"),
    "unknown_heat": (_sql("UPDATE years SET data = json_set(data, '$.heat_edition', 'H-X')"), "project.bad_field", "heat_edition"),
    "year_settings_not_json": (_sql("UPDATE years SET data = 'oops'"), "project.bad_json", "years"),
    "amount_text": (_sql("UPDATE records SET amount = 'lots' WHERE id = 1"), "project.bad_record", "amount"),
    "amount_infinite": (_sql("UPDATE records SET amount = 9e999 WHERE id = 1"), "project.bad_record", "Inf"),
    "amount_minus_infinite": (_sql("UPDATE records SET amount = -9e999 WHERE id = 1"), "project.bad_record", "amount"),
    "notes_blob": (_sql("UPDATE records SET notes = x'00' WHERE id = 3"), "project.bad_record", "notes"),
    "year_text": (_sql("UPDATE records SET year = 'twenty' WHERE id = 2"), "project.bad_record", "year"),
    "year_unknown": (_sql("UPDATE records SET year = 1999 WHERE id = 2"), "project.bad_record", "1999"),
    "gpc_ref_number": (_sql("UPDATE records SET gpc_ref = x'4142' WHERE id = 3"), "project.bad_record", "gpc_ref"),
    "extra_not_object": (_sql("UPDATE records SET extra = '[1]' WHERE id = 1"), "project.bad_record", "extra"),
    "records_dropped": (_sql("DROP TABLE records"), "project.missing_table", "records"),
    "changes_dropped": (_sql("DROP TABLE changes"), "project.missing_table", "changes"),
    "acknowledgements_dropped": (_sql("DROP TABLE acknowledgements"), "project.missing_table", "acknowledgements"),
    "years_dropped": (_sql("DROP TABLE years"), "project.missing_table", "years"),
    "column_dropped": (_sql("ALTER TABLE records DROP COLUMN facility"), "project.missing_column", "facility"),
    "ack_year_text": (_sql("UPDATE acknowledgements SET year = 'x'"), "project.bad_acknowledgement", "year"),
    "flipped_text": (_flip_text, "project.bad_text", "facility"),
    "trigger_deletes": (_sql("CREATE TRIGGER wipe AFTER INSERT ON changes BEGIN DELETE FROM records; END"),
                        "project.foreign_sql", "wipe"),
    "trigger_recursive": (_sql("CREATE TRIGGER grow AFTER INSERT ON changes BEGIN "
                               "INSERT INTO changes (at, action) VALUES ('x', 'y'); END"), "project.foreign_sql", "grow"),
    "view": (_sql("CREATE VIEW everything AS SELECT * FROM records"), "project.foreign_sql", "everything"),
}


def make(path: Path, case: str) -> Path:
    """A healthy file at `path`, then damaged as `case` says."""
    healthy(path)
    CASES[case][0](path)
    return path
