"""The bundled sample inventory (fictional 한빛시): a profile and an activity file in the
import format, built into a fresh project file wherever it is needed (never edited in place)."""

from __future__ import annotations

import json
from pathlib import Path

from gcomdesk.core.model import Profile, Record
from gcomdesk.exchange.activity_import import import_activity_file
from gcomdesk.paths import resource_path
from gcomdesk.store.project import Project

SAMPLE_PROFILE = resource_path("samples", "hanbit_profile.json")
SAMPLE_ACTIVITY = resource_path("samples", "hanbit_activity.csv")
SAMPLE_METHODS = resource_path("samples", "hanbit_methods.json")  # waste rows computed by core.methods


def sample_profile() -> Profile:
    """The sample city's profile."""
    return Profile.from_dict(json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8")))


def sample_method_records() -> list[Record]:
    """The sample city's method records (landfill, composting, incineration, wastewater)."""
    data = json.loads(SAMPLE_METHODS.read_text(encoding="utf-8"))
    return [Record(kind="method", year=data["year"], **item) for item in data["records"]]


def build_sample(dest: str | Path, user: str = "gcomdesk sample") -> Path:
    """Create the sample inventory at `dest` (which must not exist) and return its path."""
    dest = Path(dest)
    with Project.create(dest, sample_profile(), user=user) as project:
        import_activity_file(project, SAMPLE_ACTIVITY, user=user)
        project.add_records(sample_method_records(), user=user)
    return dest
