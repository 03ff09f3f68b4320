"""Damaged and hostile project files (issue 14, cases 1 and 2), generated here from the sample:
each is refused with a message naming what is wrong, in Korean and English, through the store
and the command line (exit 1, no traceback), and its bytes are unchanged afterwards."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from gcomdesk.cli import main
from gcomdesk.core.errors import ProjectFileError
from gcomdesk.store.inventory import Inventory

FIRST = "(SELECT MIN(id) FROM records)"
CASES = {
    "profile not JSON": ("UPDATE profile SET data = '{not json'", "profile settings are not a JSON object"),
    "profile a list": ("UPDATE profile SET data = '[1, 2]'", "not a JSON object"),
    "profile without fields": ("UPDATE profile SET data = '{}'", "profile"),
    "unknown GWP set": ("UPDATE profile SET data = json_set(data, '$.gwp_set', 'AR9')", "AR9"),
    "unknown electricity edition": ("UPDATE years SET data = json_set(data, '$.electricity_edition', 'KR-1900')", "KR-1900"),
    "year settings not JSON": ("UPDATE years SET data = 'oops'", "years 2022 settings are not a JSON object"),
    "non-numeric amount": (f"UPDATE records SET amount = 'many' WHERE id = {FIRST}", "record 1, column amount holds 'many'"),
    "non-numeric year": (f"UPDATE records SET year = 'twenty' WHERE id = {FIRST}", "column year holds 'twenty'"),
    "a year the project lacks": (f"UPDATE records SET year = 1999 WHERE id = {FIRST}", "column year holds 1999"),
    "extra not an object": (f"UPDATE records SET extra = '[]' WHERE id = {FIRST}", "column extra holds '[]'"),
    "records table dropped": ("DROP TABLE records", "table records"),
    "changes table dropped": ("DROP TABLE changes", "table changes"),
    "acknowledgements table dropped": ("DROP TABLE acknowledgements", "table acknowledgements"),
    "years table dropped": ("DROP TABLE years", "table years"),
    "column dropped": ("ALTER TABLE records DROP COLUMN notes", "has no column notes"),
    "trigger emptying the inventory": ("CREATE TRIGGER wipe AFTER INSERT ON changes BEGIN DELETE FROM records; END",
                                       "trigger wipe"),
    "recursive trigger": ("CREATE TRIGGER grow AFTER INSERT ON changes BEGIN "
                          "INSERT INTO changes (at, action) VALUES ('x', 'x'); END", "trigger grow"),
    "a view": ("CREATE VIEW everything AS SELECT * FROM records", "view everything"),
}


def damaged(sample_file, tmp_path, sql: str):
    (tmp_path / "d").mkdir()
    path = tmp_path / "d" / "damaged.gcdx"
    shutil.copy(sample_file, path)
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_a_damaged_or_hostile_file_is_refused_untouched(sample_file, tmp_path, capsys, case):
    sql, says = CASES[case]
    path = damaged(sample_file, tmp_path, sql)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as err:
        Inventory.open(path)
    assert says in err.value.render("en") and "not changed" in err.value.render("en")
    assert "변경" in err.value.render("ko")
    assert main(["--lang", "en", "set", str(path), "--gwp", "AR4"]) == 1  # a write would fire a trigger
    out = capsys.readouterr()
    assert says in out.err and "Traceback" not in out.err
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["damaged.gcdx"]  # no journal, no backup


def test_damaged_text_is_a_message_not_a_decoding_traceback(sample_file, tmp_path, capsys):
    path = damaged(sample_file, tmp_path, f"UPDATE records SET facility = CAST(X'41C328FF' AS TEXT) WHERE id = {FIRST}")
    before = path.read_bytes()
    assert main(["--lang", "en", "summary", str(path)]) == 1
    err = capsys.readouterr().err
    assert "not valid UTF-8" in err and "Traceback" not in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("case", ["non-numeric amount", "unknown GWP set", "trigger emptying the inventory",
                                  "a year the project lacks", "extra not an object"])
def test_what_can_be_read_is_saved_to_a_new_file(sample_file, tmp_path, capsys, case):
    path = damaged(sample_file, tmp_path, CASES[case][0])
    before = path.read_bytes()
    target = tmp_path / "recovered.gcdx"
    code = main(["--lang", "en", "recover", str(path), str(target)])
    out = capsys.readouterr().out
    assert path.read_bytes() == before  # only read
    with Inventory.open(target) as inventory, Inventory.open(sample_file) as original:
        kept = len(inventory.records)
        assert kept >= len(original.records) - 1
        assert inventory.profile.gwp_set in ("AR5", "AR4")
    if case in ("non-numeric amount", "a year the project lacks", "extra not an object", "unknown GWP set"):
        assert code == 1 and "Left out (1)" in out
    else:
        assert code == 0 and kept == len(original.records)  # the trigger is not copied, nothing lost


def test_damaged_text_is_left_out_of_a_recovery_by_record(sample_file, tmp_path, capsys):
    path = damaged(sample_file, tmp_path, f"UPDATE records SET facility = CAST(X'41C328FF' AS TEXT) WHERE id = {FIRST}")
    assert main(["--lang", "en", "recover", str(path), str(tmp_path / "r.gcdx")]) == 1
    assert "damaged text in facility" in capsys.readouterr().out
