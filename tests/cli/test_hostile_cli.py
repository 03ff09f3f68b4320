"""Damaged and hostile files from the command line: exit 1, the message on stderr (no traceback),
the file's bytes unchanged; a file another process is writing is called busy, not damaged."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gcomdesk.cli import main
from tests.store import hostile

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("case", sorted(hostile.CASES))
@pytest.mark.parametrize("command", [["summary"], ["set", "--population", "5"]])
def test_damaged_file_from_the_command_line(tmp_path, capsys, case, command):
    path = hostile.make(tmp_path / "city.gcdx", case)
    before = path.read_bytes()
    assert main([command[0], "--lang", "en", str(path), *command[1:]]) == 1
    err = capsys.readouterr().err
    assert hostile.CASES[case][2] in err and "not changed" in err and "Traceback" not in err
    assert path.read_bytes() == before


def _cli(*args, timeout=60):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "gcomdesk.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=ROOT)


def test_a_trigger_never_runs_and_korean_message_in_a_real_process(tmp_path):
    path = hostile.make(tmp_path / "city.gcdx", "trigger_deletes")
    before = path.read_bytes()
    done = _cli("set", "--lang", "ko", str(path), "--population", "5")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "gcomdesk가 만들지 않은 SQL" in done.stderr and "wipe" in done.stderr
    assert path.read_bytes() == before


def test_a_folder_named_like_a_project(tmp_path):
    (tmp_path / "x.gcdx").mkdir()
    done = _cli("summary", "--lang", "en", str(tmp_path / "x.gcdx"))
    assert done.returncode == 1 and "is a folder" in done.stderr and "does not exist" not in done.stderr


HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")  # what a long import holds while it writes its pages
conn.execute("INSERT INTO meta VALUES ('held', 'by another process')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def test_a_file_another_process_writes_is_busy_not_damaged(tmp_path, monkeypatch):
    path = hostile.healthy(tmp_path / "city.gcdx")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path), "60"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        env_wait = {"GCOMDESK_BUSY_WAIT_S": "2"}
        for command in (["summary"], ["set", "--population", "5"]):
            done = subprocess.run([sys.executable, "-m", "gcomdesk.cli", command[0], "--lang", "en", str(path), *command[1:]],
                                  capture_output=True, text=True, timeout=60, cwd=ROOT,
                                  env={**os.environ, "PYTHONPATH": str(ROOT), **env_wait})
            assert done.returncode == 1, done.stderr
            assert "waiting up to 2 s" in done.stderr
            assert "in use by another gcomdesk" in done.stderr
            assert "is damaged" not in done.stderr and "backup" not in done.stderr and "Traceback" not in done.stderr and "locked" not in done.stderr
        assert time.monotonic() - started < 30
    finally:
        holder.kill()
        holder.wait()
    assert main(["set", "--lang", "en", str(path), "--population", "5"]) == 0  # free again: works


def test_a_write_waits_for_a_reader_then_goes_through(tmp_path):
    """BEGIN IMMEDIATE while another process writes: waits, then the edit lands once it is free."""
    from gcomdesk.store.project import Project
    path = hostile.healthy(tmp_path / "city.gcdx")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path), "1.5"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with Project.open(path) as project:  # waits for the lock instead of failing
            project.update_profile(population=7)
    finally:
        holder.wait()
    with Project.open(path) as project:
        assert project.profile.population == 7

