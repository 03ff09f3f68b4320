"""The project file: round trip, refusals that leave files untouched, atomic batches, no sidecars."""

import sqlite3

import pytest

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.model import Record
from gcomdesk.store.changes import Acknowledgement, ChangeSet
from gcomdesk.store.project import Project
from gcomdesk.store.schema import SCHEMA_VERSION
from tests.core.helpers import profile


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "city.gcdx"
    Project.create(p, profile(population=350000), user="kim").close()
    return p


def test_round_trip_keeps_profile_records_and_who(path):
    with Project.open(path) as project:
        ids = project.add_records([Record("activity", "I.1.1", activity="diesel", amount=5.0, unit="kL",
                                          data_source="KEPCO", quality="H")], user="lee")
        project.apply(ChangeSet(update=[(ids[0], {"amount": 6.5})]), user="park")
    with Project.open(path) as project:
        rec = project.record(ids[0])
        assert (rec.amount, rec.unit, rec.data_source, rec.quality) == (6.5, "kL", "KEPCO", "H")
        assert (rec.created_by, rec.updated_by) == ("lee", "park")
        assert rec.created_at and rec.updated_at
        assert project.profile.population == 350000
        actions = [c["action"] for c in project.changes()]
        assert actions[:3] == ["update", "add", "create"]


def test_no_sidecar_files_after_close(path):
    with Project.open(path) as project:
        project.add_records([Record("notation", "I.4.1", notation_key="NO", explanation="none")])
    assert sorted(p.name for p in path.parent.iterdir()) == ["city.gcdx"]


def test_batch_is_all_or_nothing(path):
    good = Record("activity", "I.1.1", activity="diesel", amount=1.0, unit="kL")
    bad = Record("nonsense-kind", "I.1.1")  # violates the schema's CHECK constraint
    with Project.open(path) as project:
        with pytest.raises(sqlite3.IntegrityError):
            project.add_records([good] * 5000 + [bad])
        assert project.record_count() == 0
        project.add_records([good])  # the file is still usable after the failed batch
        assert project.record_count() == 1


def test_profile_update_is_validated(path):
    from gcomdesk.core.errors import ProfileError

    with Project.open(path) as project:
        with pytest.raises(ProfileError):
            project.update_profile(gwp_set="AR9")
        assert project.update_profile(gwp_set="SAR").gwp_set == "SAR"
    with Project.open(path) as project:
        assert project.profile.gwp_set == "SAR"


def _refused(path, key):
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as info:
        Project.open(path)
    assert info.value.message.key == key
    assert path.read_bytes() == before  # left untouched
    assert info.value.render("ko") and info.value.render("en")


def test_text_file_is_refused(tmp_path):
    p = tmp_path / "notes.gcdx"
    p.write_text("this is not a project", encoding="utf-8")
    _refused(p, "project.not_gcomdesk")


def test_foreign_sqlite_file_is_refused(tmp_path):
    p = tmp_path / "other.gcdx"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(p, "project.not_gcomdesk")


def test_newer_file_is_refused(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    _refused(path, "project.newer")


def test_corrupt_file_is_refused(path):
    with Project.open(path) as project:
        project.add_records([Record("activity", "I.1.1", activity="diesel", amount=float(i), unit="kL") for i in range(3000)])
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page: 2 * page + 512] = b"\xff" * 512  # trash a b-tree page, keep the header
    path.write_bytes(bytes(data))
    _refused(path, "project.corrupt")


def test_missing_file(tmp_path):
    with pytest.raises(ProjectFileError) as info:
        Project.open(tmp_path / "nope.gcdx")
    assert info.value.message.key == "project.not_found"


def test_create_never_overwrites(path):
    with pytest.raises(ProjectFileError) as info:
        Project.create(path, profile())
    assert info.value.message.key == "project.exists"


def test_acknowledgements_are_stored(path):
    with Project.open(path) as project:
        project.apply(ChangeSet(acknowledge=[Acknowledgement("value.year", "I.1.1", 3, "year", "data from 2021 survey")]))
        project.apply(ChangeSet(acknowledge=[Acknowledgement("value.year", "I.1.1", 3, "year", "updated reason")]))
    with Project.open(path) as project:
        acks = project.acknowledgements()
        assert len(acks) == 1 and acks[0]["explanation"] == "updated reason"
        project.apply(ChangeSet(unacknowledge=[Acknowledgement("value.year", "I.1.1", 3, "year")]))
        assert project.acknowledgements() == []
