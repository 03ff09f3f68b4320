"""The child of the SIGKILL test: applies random ChangeSets to a project, one after the other, and
after each commit appends the edit's number to a log (one write() of a short line: all or nothing).
`edit(seed, i, project)` is deterministic given the project's state, so the parent can replay it."""

from __future__ import annotations

import os
import random

from gcomdesk.core.model import Record
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import new_year_settings
from gcomdesk.store.changes import Acknowledgement, ChangeSet, YearAdded
from gcomdesk.store.project import Project

REFS = ("I.1.1", "I.1.2", "I.2.1", "II.1.1", "III.1.1")


def edit(seed: int, i: int, project: Project) -> ChangeSet:
    """Edit number `i` of round `seed`: an add, update, delete, acknowledgement or a year added/deleted."""
    rng = random.Random(f"{seed}-{i}")
    ids = [row[0] for row in project._conn.execute("SELECT id FROM records ORDER BY id")]
    years = project.years()
    pick = rng.random()
    if pick < 0.35 or not ids:
        return ChangeSet(add=[Record("activity", rng.choice(REFS), activity="diesel", amount=round(rng.uniform(1, 1e4), 3),
                                    unit="kL", notes=f"n{rng.random():.6f}") for _ in range(rng.randint(1, 40))],
                         year=rng.choice(years))
    if pick < 0.55:
        return ChangeSet(update=[(i, {"amount": round(rng.uniform(1, 1e4), 3)}) for i in rng.sample(ids, min(len(ids), 5))])
    if pick < 0.7:
        return ChangeSet(delete=rng.sample(ids, min(len(ids), rng.randint(1, 8))))
    if pick < 0.85:
        acks = [Acknowledgement("kill.test", rng.choice(REFS), rng.choice(ids), "", f"e{rng.random():.6f}", year=rng.choice(years))
                for _ in range(rng.randint(1, 3))]
        old = [Acknowledgement.from_dict(a) for a in project.acknowledgements()][:1]
        return ChangeSet(acknowledge=acks, unacknowledge=old if rng.random() < 0.3 else ())
    if len(years) > 1 and (rng.random() < 0.5 or years[-1] >= 2100):
        return ChangeSet(delete_years=[rng.choice(years[:-1])])
    year = years[-1] + 1 if years[-1] < 2100 else years[0] - 1
    return ChangeSet(add_years=[YearAdded(year, new_year_settings(load_reference(), year, project.year_settings(years[-1])))])


def run(path: str, log: str, seed: int) -> None:
    """Apply edits until killed; log each committed edit's number before making the next."""
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    project = Project.open(path)
    os.write(fd, b"ready\n")
    i = 0
    while True:
        project.apply(edit(seed, i, project), user="child")
        os.write(fd, f"{i}\n".encode())
        i += 1
