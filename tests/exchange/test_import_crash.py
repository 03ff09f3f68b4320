"""A process killed in the middle of a large import leaves the project with none of that import
(or, if the kill came late, all of it) and the earlier records intact; nothing is left beside the file."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pandas.testing import assert_frame_equal

import gcomdesk
from gcomdesk.core.model import new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.activity_import import import_activity_file
from gcomdesk.store.project import Project

ROWS = 60_000
REPO = Path(gcomdesk.__file__).resolve().parent.parent

# The child imports the file and says HALF once add_records' progress passes half-way. In "pause"
# mode it then waits, so the kill surely lands inside the open transaction; in "race" mode it
# carries on, and the kill lands wherever it lands (possibly after the commit).
CHILD = textwrap.dedent("""
    import sys, time
    from gcomdesk.exchange.activity_import import import_activity_file
    from gcomdesk.store.project import Project

    project_path, csv_path, mode = sys.argv[1:4]
    said = False

    def progress(done, total):
        global said
        if not said and done * 2 >= total:
            said = True
            print("HALF", done, total, flush=True)
            if mode == "pause":
                time.sleep(120)

    project = Project.open(project_path)
    print("ADDED", import_activity_file(project, csv_path, user="child", progress=progress), flush=True)
""")


def _write_large_csv(path: Path) -> None:
    lines = ["연도,GPC코드,활동,활동량,단위,자료품질"]
    lines += [f'2022,I.{1 + i % 4}.1,경유,"{1000 + i:,}",㎘,상' for i in range(ROWS)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp949"))


def _wait_for_half(child: subprocess.Popen, timeout: float = 120.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([child.stdout], [], [], 0.5)
        if ready:
            line = child.stdout.readline()
            if line.startswith("HALF"):
                return line
            if not line and child.poll() is not None:
                break
    child.kill()
    pytest.fail(f"the child never reached half-way: {child.stderr.read()}")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX-only")
@pytest.mark.parametrize("mode", ["pause", "race"])
def test_killed_import_is_all_or_nothing(tmp_path, mode):
    store = tmp_path / "store"
    store.mkdir()
    project_path = store / "city.gcdx"
    seed, big = tmp_path / "seed.csv", tmp_path / "big.csv"
    seed.write_text("gpc_ref,activity,amount,unit,notes\nI.1.2,전력,5,MWh,이전 자료\nI.1.1,도시가스,7,천Nm3,\n", encoding="utf-8")
    _write_large_csv(big)

    profile = new_profile(load_reference(), name_ko="테스트시", region_code="44", year=2022)
    with Project.create(project_path, profile, user="tester") as project:
        import_activity_file(project, seed)
        before = project.records_frame()

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(project_path), str(big), mode],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
    )
    try:
        _wait_for_half(child)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    if mode == "pause":  # the kill interrupted a write transaction: its rollback journal is still there
        assert (store / "city.gcdx-journal").exists()

    with Project.open(project_path) as project:  # opening rolls back a hot journal left by the kill
        after = project.records_frame()
    added = len(after) - len(before)
    assert added == 0 if mode == "pause" else added in (0, ROWS)
    if added == 0:
        assert_frame_equal(after, before)
    else:
        head = after.iloc[: len(before)].astype(object)
        assert_frame_equal(head.where(head.notna(), None), before.astype(object).where(before.notna(), None))
        assert after["import_row"].iloc[len(before):].tolist() == list(range(2, ROWS + 2))
    assert sorted(p.name for p in store.iterdir()) == ["city.gcdx"]  # no -journal, -wal or -shm left
