"""The workshop kit for trainers (issue 13): exercise files and printable data sheets
(`prepare`, `datasheet`), and each participant's mistakes against the answer key, classified
(`figures` reads a file, `classify` says what kind of mistake a difference most likely is,
`compare` does a folder, `report` writes the trainer's workbook).

Everything here reads and writes local files only: nothing leaves the laptop.
"""

from __future__ import annotations

from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.step_ids import SECTOR_STEPS

SECTORS = SECTOR_STEPS  # stationary, transport, waste, ippu, afolu: what a trainer may clear
DEFAULT_BLANK = ("stationary", "transport")
KEY_NAME = "answer-key.gcdx"
PARTICIPANT_PREFIX = {"ko": "참가자", "en": "participant"}


class WorkshopError(GcomdeskError):
    """A workshop input is unusable (a folder without exercise files, a key that is no project file,
    a participant file of another year...); the message names the file."""


def parse_sectors(text: str) -> tuple[str, ...]:
    """'stationary,transport' -> the sector names, checked; WorkshopError naming an unknown one."""
    names = tuple(dict.fromkeys(part.strip().lower() for part in str(text).split(",") if part.strip()))
    unknown = [n for n in names if n not in SECTORS]
    if unknown or not names:
        raise WorkshopError("workshop.bad_sector", value=", ".join(unknown) or str(text), allowed=", ".join(SECTORS))
    return names


def participant_name(number: int, count: int, lang: str) -> str:
    """'참가자-01' / 'participant-01' (wider numbers for a hundred participants or more)."""
    width = max(2, len(str(count)))
    return f"{PARTICIPANT_PREFIX[lang]}-{number:0{width}d}"
