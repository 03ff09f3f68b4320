"""A file another process is writing is "in use", never "damaged" and never a `database is locked`
traceback: through the store and the command line (issue 14, case 6)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from gcomdesk.cli import main
from gcomdesk.core.errors import ProjectFileError
from gcomdesk.store import project as project_module
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")  # what a long import holds once its pages spill to the file
print("locked", flush=True)
time.sleep(30)
"""


@pytest.fixture
def held(sample_file, monkeypatch):
    monkeypatch.setattr(project_module, "BUSY_TIMEOUT_S", 0.3)
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(sample_file)], stdout=subprocess.PIPE, text=True)
    assert other.stdout.readline().strip() == "locked"
    yield sample_file
    other.kill()
    other.wait()


def test_opening_a_file_being_written_says_in_use(held):
    before = held.read_bytes()
    with pytest.raises(ProjectFileError) as err:
        Project.open(held)
    assert err.value.message.key == "project.busy"
    assert "in use" in err.value.render("en") and "not damaged" in err.value.render("en")
    assert "사용 중" in err.value.render("ko")
    assert held.read_bytes() == before


def test_writing_while_another_process_writes_says_in_use(sample_file, monkeypatch):
    monkeypatch.setattr(project_module, "BUSY_TIMEOUT_S", 0.3)
    with Project.open(sample_file) as project:
        other = subprocess.Popen([sys.executable, "-c", HOLD, str(sample_file)], stdout=subprocess.PIPE, text=True)
        try:
            assert other.stdout.readline().strip() == "locked"
            with pytest.raises(ProjectFileError) as err:
                project.apply(ChangeSet(profile={"population": 1}))
            assert err.value.message.key == "project.busy"
        finally:
            other.kill()
            other.wait()
        time.sleep(0.1)
        project.apply(ChangeSet(profile={"population": 1}))  # free again: the edit goes through
        assert project.profile.population == 1


def test_the_command_line_says_in_use_without_a_traceback(held, capsys):
    assert main(["--lang", "en", "summary", str(held)]) == 1
    err = capsys.readouterr().err
    assert "in use by another gcomdesk" in err and "Traceback" not in err and "damaged" not in err.replace("not damaged", "")


def test_a_folder_named_like_a_project_is_said_to_be_a_folder(tmp_path):
    folder = tmp_path / "x.gcdx"
    folder.mkdir()
    with pytest.raises(ProjectFileError) as err:
        Project.open(folder)
    assert err.value.message.key == "project.is_folder" and "folder" in err.value.render("en")
