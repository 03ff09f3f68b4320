"""ChangeSet.meta: key/value metadata written in the ChangeSet's transaction, undone by its inverse."""

from __future__ import annotations

from gcomdesk.core.model import new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project


def test_meta_is_written_and_undone(tmp_path):
    profile = new_profile(load_reference(), name_ko="가시", region_code="44", year=2022)
    with Project.create(tmp_path / "a.gcdx", profile) as project:
        first = project.apply(ChangeSet(meta={"rollup": '{"a": 1}'}))
        assert project.meta("rollup") == '{"a": 1}'
        second = project.apply(ChangeSet(meta={"rollup": '{"a": 2}'}))
        assert project.meta("rollup") == '{"a": 2}'
        project.apply(second.inverse)
        assert project.meta("rollup") == '{"a": 1}'
        project.apply(first.inverse)
        assert project.meta("rollup") is None
        assert project.meta("created_at")  # other entries untouched
    with Project.open(tmp_path / "a.gcdx") as project:
        assert project.meta("rollup") is None
