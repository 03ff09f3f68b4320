"""`workshop compare`: every exercise file of a folder against the answer key, and the class
summary for the room (how often each kind of mistake was made, the most common first)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.exchange.workshop import KEY_NAME, WorkshopError
from gcomdesk.exchange.workshop.classify import CLASSES, Difference, classify
from gcomdesk.exchange.workshop.figures import Figures, read_figures


@dataclass(frozen=True)
class Participant:
    """One exercise file and its differences from the key."""

    name: str  # the file's name without .gcdx
    path: Path
    differences: tuple[Difference, ...]


@dataclass(frozen=True)
class Comparison:
    """The room: the key, each participant and the counts per class."""

    key: Path
    year: int
    participants: tuple[Participant, ...]

    def summary(self) -> list[tuple[str, int, int]]:
        """(class, mistakes, participants who made one) for every class, the most common first."""
        mistakes = Counter(d.cause for p in self.participants for d in p.differences)
        people = Counter(c for p in self.participants for c in {d.cause for d in p.differences})
        return sorted(((c, mistakes[c], people[c]) for c in CLASSES), key=lambda x: (-x[1], CLASSES.index(x[0])))


def participant_files(folder: str | Path, key: str | Path) -> list[Path]:
    """The exercise files in `folder` (every .gcdx but the key), sorted; WorkshopError when none."""
    folder = Path(folder)
    if not folder.is_dir():
        raise WorkshopError("workshop.no_folder", path=str(folder))
    key = Path(key).resolve()
    files = sorted(p for p in folder.glob("*.gcdx") if p.resolve() != key and p.name != KEY_NAME)
    if not files:
        raise WorkshopError("workshop.no_files", path=str(folder))
    return files


def read_key(path: str | Path, ref: ReferenceLibrary) -> Figures:
    """The answer key's figures; WorkshopError when it is no project file."""
    path = Path(path)
    if path.suffix.lower() != ".gcdx" or not path.is_file():
        raise WorkshopError("workshop.key_not_project", path=str(path))
    return read_figures(path, ref)


def compare_one(key: Figures, path: str | Path, ref: ReferenceLibrary) -> Participant:
    """One participant's file against the key; WorkshopError when it does not hold the key's year."""
    path = Path(path)
    entered = read_figures(path, ref, key.year)
    if entered.year != key.year:
        raise WorkshopError("workshop.other_year", path=str(path), year=entered.year, key_year=key.year)
    return Participant(path.stem, path, tuple(classify(key, entered, ref)))


def compare_file(key_path: str | Path, path: str | Path, ref: ReferenceLibrary | None = None) -> Participant:
    """One file (a participant checking their own inventory) against the key."""
    ref = ref or load_reference()
    return compare_one(read_key(key_path, ref), path, ref)


def compare_folder(key_path: str | Path, folder: str | Path, ref: ReferenceLibrary | None = None,
                   progress: Callable[[int, int], None] | None = None) -> Comparison:
    """Compare every exercise file in `folder` with the key (the files are only read)."""
    ref = ref or load_reference()
    key = read_key(key_path, ref)
    files = participant_files(folder, key_path)
    done = []
    for number, path in enumerate(files, start=1):
        done.append(compare_one(key, path, ref))
        if progress:
            progress(number, len(files))
    return Comparison(Path(key_path), key.year, tuple(done))
