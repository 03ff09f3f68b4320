"""Help texts as data: a plain question, a short title and the usual Korean data source for each
GPC row, and an introduction for each step, in Korean and English (resources/help/*.csv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from gcomdesk.core.csvfiles import read_csv_rows
from gcomdesk.paths import resource_path


@dataclass(frozen=True)
class GpcHelp:
    """What the window tells the officer about one GPC row, in one language."""

    title: str
    question: str
    source: str


def _read(name: str) -> list[dict[str, str]]:
    return read_csv_rows(resource_path("help", name))


@lru_cache(maxsize=1)
def _gpc_rows() -> dict[str, dict[str, str]]:
    return {row["gpc_ref"]: row for row in _read("gpc_help.csv")}


@lru_cache(maxsize=1)
def _step_rows() -> dict[str, dict[str, str]]:
    return {row["step_id"]: row for row in _read("steps_help.csv")}


def gpc_help(gpc_ref: str, lang: str) -> GpcHelp:
    """The help of a GPC row in `lang` ('ko' or 'en'); empty texts for an unknown row."""
    row = _gpc_rows().get(gpc_ref)
    if row is None:
        return GpcHelp(gpc_ref, "", "")
    lang = "ko" if lang == "ko" else "en"
    return GpcHelp(row[f"title_{lang}"], row[f"question_{lang}"], row[f"source_{lang}"])


def step_intro(step_id: str, lang: str) -> str:
    """The introduction shown at the top of a step."""
    row = _step_rows().get(step_id)
    return "" if row is None else row["intro_ko" if lang == "ko" else "intro_en"]


def help_refs() -> set[str]:
    """GPC rows that have help (tests compare this with the reference library)."""
    return set(_gpc_rows())
