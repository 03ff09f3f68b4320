"""`workshop prepare`: the answer key, N exercise files with the chosen sectors cleared (one ChangeSet
each, in the audit trail like any edit) and a printable data sheet per participant."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.request_content import sector_rows
from gcomdesk.exchange.workshop import KEY_NAME, WorkshopError, participant_name
from gcomdesk.exchange.workshop.datasheet import build_tables, write_data_sheet
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project

USER = "gcomdesk workshop"
MAX_PARTICIPANTS = 200


@dataclass(frozen=True)
class Prepared:
    """What `prepare_workshop` wrote: the key, the exercise files and their data sheets, and what it cleared."""

    key: Path
    exercises: tuple[Path, ...]
    sheets: tuple[Path, ...]
    year: int
    cleared: int  # records cleared in each exercise file


def data_sheet_name(participant: str, lang: str) -> str:
    """'참가자-01 자료.xlsx' / 'participant-01-data.xlsx'."""
    return f"{participant} 자료.xlsx" if lang == "ko" else f"{participant}-data.xlsx"


def prepare_workshop(out: str | Path, participants: int, blank: Sequence[str], lang: str,
                     source: str | Path | None = None,
                     progress: Callable[[int, int], None] | None = None) -> Prepared:
    """Write the workshop into folder `out` (created when missing; an existing file of the workshop
    is never replaced). `source`: the inventory to train on (None: the bundled sample city, built
    the way the window's 'open sample' builds it). The latest year's records of the `blank` sectors
    are cleared in every exercise file."""
    from gcomdesk.samples import build_sample

    if not 1 <= int(participants) <= MAX_PARTICIPANTS:
        raise WorkshopError("workshop.participants", value=participants, most=MAX_PARTICIPANTS)
    out = Path(out)
    names = [participant_name(i, participants, lang) for i in range(1, participants + 1)]
    key = out / KEY_NAME
    exercises = [out / f"{n}.gcdx" for n in names]
    sheets = [out / data_sheet_name(n, lang) for n in names]
    for path in (key, *exercises, *sheets):
        if path.exists():
            raise WorkshopError("workshop.exists", path=str(path))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkshopError("workshop.folder", path=str(out), problem=exc.strerror or str(exc)) from None
    if source is None:
        build_sample(key, user=USER)
    else:
        _check_source(Path(source))
        shutil.copyfile(source, key)
    ref = load_reference()
    rows = {r for sector in blank for r in sector_rows(sector, ref)}
    with Inventory.open(key, ref) as inventory:
        records = inventory.records
        cleared = records[records["gpc_ref"].isin(rows)]
        profile, year = inventory.profile, inventory.year
    if cleared.empty:
        key.unlink()
        raise WorkshopError("workshop.nothing_to_clear", path=str(source or KEY_NAME), sectors=", ".join(blank))
    tables = build_tables(cleared, profile, ref, lang)
    ids = [int(i) for i in cleared.index]
    total = len(names)
    for done, (name, exercise, sheet) in enumerate(zip(names, exercises, sheets, strict=True), start=1):
        shutil.copyfile(key, exercise)
        with Project.open(exercise) as project:
            project.apply(ChangeSet(delete=ids, year=year, label=f"workshop: cleared {', '.join(blank)}"), user=USER)
        write_data_sheet(tables, sheet, name, lang)
        if progress:
            progress(done, total)
    return Prepared(key, tuple(exercises), tuple(sheets), year, len(ids))


def _check_source(source: Path) -> None:
    """The inventory to train on must be a project file that opens (read-only check)."""
    if source.suffix.lower() != ".gcdx" or not source.is_file():
        raise WorkshopError("workshop.not_project", path=str(source))
    Project.open(source).close()
