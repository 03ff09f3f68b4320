"""The municipal files of a roll-up, read without ever writing them.

Each file's bytes are read once: hashed (SHA-256, the checksum the province file lists) and written
to a copy in a temporary folder, which is what `store.Inventory` opens. So an older file's migration,
SQLite's hot-journal rollback or a stale-journal clean-up happen on the copy, never on the file the
municipality sent.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from gcomdesk.core.errors import GcomdeskError, ProjectFileError
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import now_stamp


class RollupError(GcomdeskError):
    """The roll-up cannot be made (an input unreadable, no common year...); nothing was written."""


class InputError(RollupError):
    """One input file cannot be read: the file named, then the store's reason (about the original path)."""

    def __init__(self, path: Path, inner: GcomdeskError, copy: Path) -> None:
        super().__init__("rollup.input", path=str(path))
        self.inner, self.copy, self.path = inner, copy, path

    def render(self, lang: str) -> str:
        reason = self.inner.render(lang).replace(str(self.copy), str(self.path))
        return f"{self.message.render(lang)} {reason}"


@dataclass
class Source:
    """One municipal file as read: where, its checksum and when, who it is and what it holds."""

    path: Path
    sha256: str
    read_at: str
    name: str
    region_code: str
    years: tuple[int, ...]
    profiles: dict[int, Profile]
    records: dict[int, pd.DataFrame]  # by year, as Inventory.records_of gives them

    @property
    def label(self) -> str:
        """How findings name it: municipality (file name)."""
        return f"{self.name} ({self.path.name})"


def read_source(path: str | Path, ref: ReferenceLibrary, workdir: Path) -> Source:
    """Read one municipal file through a copy in `workdir`; InputError naming the file when it cannot."""
    path = Path(path)
    copy = workdir / f"{len(list(workdir.iterdir()))}_{path.name}"
    if path.is_dir():
        raise InputError(path, ProjectFileError("project.is_folder", path=str(path)), copy)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, ProjectFileError("project.not_found", path=str(path)), copy) from None
    except OSError as exc:
        raise InputError(path, ProjectFileError("project.unreadable", path=str(path), reason=exc.strerror or str(exc)),
                         copy) from None
    read_at = now_stamp()
    copy.write_bytes(data)
    try:
        with Inventory.open(copy, ref) as inventory:
            years = tuple(inventory.years)
            profiles = {y: inventory.profile_of(y) for y in years}
            records = {y: inventory.records_of(y).copy() for y in years}
    except GcomdeskError as exc:
        raise InputError(path, exc, copy) from None
    last = profiles[years[-1]]
    return Source(path, hashlib.sha256(data).hexdigest(), read_at, last.name_ko, last.region_code, years, profiles, records)


def read_sources(paths: list[str | Path], ref: ReferenceLibrary) -> list[Source]:
    """Read every input (in order); the first unreadable one stops the roll-up, named."""
    if not paths:
        raise RollupError("rollup.no_inputs")
    with tempfile.TemporaryDirectory(prefix="gcomdesk-rollup-") as folder:
        return [read_source(p, ref, Path(folder)) for p in paths]


def common_year(sources: list[Source], year: int | None) -> int:
    """The year rolled up: `year` (every input must hold it) or the latest year all inputs share."""
    if year is not None:
        for source in sources:
            if int(year) not in source.years:
                raise RollupError("rollup.year_missing", path=str(source.path), year=year,
                                  years=", ".join(map(str, source.years)))
        return int(year)
    shared = set(sources[0].years).intersection(*(s.years for s in sources[1:]))
    if not shared:
        listing = "; ".join(f"{s.path.name}: {', '.join(map(str, s.years))}" for s in sources)
        raise RollupError("rollup.no_common_year", files=listing)
    return max(shared)
