"""Plain-language messages of the core in Korean and English, kept as data in resources/messages."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from gcomdesk.core.csvfiles import read_rows
from gcomdesk.paths import resource_path

LANGUAGES = ("ko", "en")


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, dict[str, str]]:
    catalogue: dict[str, dict[str, str]] = {}
    for path in sorted(resource_path("messages").glob("*.csv")):  # one file per concern
        for row in read_rows(path):
            catalogue[row["key"]] = {"en": row["en"], "ko": row["ko"]}
    return catalogue


def default_language() -> str:
    """Return 'ko' when the system locale is Korean, otherwise 'en'."""
    for var in ("GCOMDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    loc = locale.getlocale()[0] or ""
    return "ko" if loc.lower().startswith("ko") else "en"


@dataclass(frozen=True)
class Message:
    """A message key with its placeholders; rendered late, in the reader's language."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        """Return the message text in `lang` ('ko' or 'en') with placeholders filled."""
        entry = _catalogue().get(self.key)
        if entry is None:
            return f"{self.key} {dict(self.params)}"
        template = entry.get(lang) or entry["en"]
        return template.format(**self.params)


def message_keys() -> set[str]:
    """Return every key of the catalogue (used by tests to check coverage)."""
    return set(_catalogue())


def catalogue_entries() -> dict[str, dict[str, str]]:
    """Return a copy of the catalogue: key -> {'en': ..., 'ko': ...}."""
    return {k: dict(v) for k, v in _catalogue().items()}
