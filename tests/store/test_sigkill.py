"""A child process applying random edits is killed with SIGKILL at random moments: each time the
file passes PRAGMA integrity_check and holds exactly the edits the child had acknowledged (plus,
possibly, the one committed just before the kill and not yet acknowledged), nothing half-applied.
The parent replays the same edits on a reference copy and compares every table."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time

import pytest

from gcomdesk.core.model import Record
from gcomdesk.store.project import Project
from tests.core.helpers import profile
from tests.store import kill_child

KILLS = 60

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _dump(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(records)") if r[1] not in ("created_at", "updated_at")]
        return {"records": conn.execute(f"SELECT {', '.join(columns)} FROM records ORDER BY id").fetchall(),
                "acks": conn.execute("SELECT year, rule, gpc_ref, record_id, field, explanation, reason, by FROM acknowledgements"
                                     " ORDER BY 1, 2, 3, 4, 5").fetchall(),
                "years": conn.execute("SELECT year, data FROM years ORDER BY year").fetchall(),
                "profile": conn.execute("SELECT data FROM profile").fetchall()}
    finally:
        conn.close()


def _edits_in(path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    finally:
        conn.close()


def test_sigkill_during_edits_keeps_exactly_the_acknowledged_edits(tmp_path):
    path, reference = tmp_path / "city.gcdx", tmp_path / "reference.gcdx"
    for p in (path, reference):
        with Project.create(p, profile(population=1000), user="child") as project:
            project.add_records([Record("activity", "I.1.1", activity="diesel", amount=1.0, unit="kL")], user="child")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.store.kill_child"])
    rng = random.Random(20261205)
    unacknowledged_commits = total = 0
    with Project.open(reference) as ref:
        for seed in range(KILLS):
            log = tmp_path / f"log{seed}"
            before = _edits_in(path)
            child = context.Process(target=kill_child.run, args=(str(path), str(log), seed))
            child.start()
            while not (log.exists() and log.read_bytes().startswith(b"ready\n")):
                assert child.is_alive(), "the child died before it started"
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.12))
            os.kill(child.pid, signal.SIGKILL)
            child.join()
            assert child.exitcode == -signal.SIGKILL, "the child stopped by itself (an error), not by the kill"
            acknowledged = len(log.read_text().splitlines()) - 1
            done = _edits_in(path) - before  # also: integrity_check passes
            assert done in (acknowledged, acknowledged + 1), (seed, done, acknowledged)
            unacknowledged_commits += done - acknowledged
            for i in range(done):
                ref.apply(kill_child.edit(seed, i, ref), user="child")
            assert _dump(path) == _dump(reference), f"round {seed}: the file differs from the acknowledged edits"
            total += done
    assert total > 2 * KILLS  # the kills fell among edits, not before the first
    with Project.open(path) as project:  # and it still opens (validated) after all the kills
        assert project.record_count() == len(_dump(reference)["records"])
