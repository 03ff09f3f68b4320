"""How a record says it is a top-down estimate: `extra["estimate"]` holds the method, the figures
and proxies used and their sources. Everything that labels, replaces or counts estimates asks here."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gcomdesk.core.model import extra_of

KEY = "estimate"


def estimate_of(extra: Any) -> dict | None:
    """The estimate's details of a record's `extra` (a dict or its JSON text), or None."""
    value = extra_of(extra).get(KEY)
    return dict(value) if isinstance(value, Mapping) else None


def is_estimate(extra: Any) -> bool:
    """Whether a record with this `extra` is a top-down estimate."""
    return estimate_of(extra) is not None
