"""Project.apply: one transaction and one audit entry per ChangeSet, the exact inverse, deleted
records restored under their own ids, all or nothing; Inventory keeps its table in step."""

import pandas as pd
import pytest

from gcomdesk.core.errors import ProfileError, ProjectFileError
from gcomdesk.core.model import Record
from gcomdesk.store.changes import Acknowledgement, ChangeSet
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project


def state(project: Project):
    """Everything an edit can change: records (with their ids and stamps), profile, acknowledgements."""
    acks = sorted(tuple(a.values()) for a in project.acknowledgements())
    return project.records_frame(), project.profile.to_dict(), acks


def assert_same(a, b):
    pd.testing.assert_frame_equal(a[0], b[0])
    assert a[1:] == b[1:]


def mixed(project: Project) -> ChangeSet:
    ids = project.records_frame()["id"].tolist()
    return ChangeSet(
        add=[Record("activity", "I.1.1", year=2022, activity="diesel", amount=12.5, unit="kL", data_source="test")],
        update=[(ids[0], {"amount": 999.0, "notes": "changed"}), (ids[1], {"extra": {"x": 1}}),
                (ids[0], {"data_source": "again"})],
        delete=[ids[2], ids[3]],
        profile={"population": 123456, "name_en": "Changed"},
        acknowledge=[Acknowledgement("value.year", "I.1.1", ids[0], "year", "survey of 2021")],
        label="mixed edit")


def test_one_changeset_is_one_transaction_and_one_audit_entry(sample_file):
    with Project.open(sample_file) as project:
        entries = len(project.changes(10_000))
        applied = project.apply(mixed(project), user="kim")
        log = project.changes(10_000)
        assert len(log) == entries + 1
        assert log[0]["action"] == "edit" and log[0]["user"] == "kim" and "mixed edit" in log[0]["detail"]
        assert len(applied.added_ids) == 1 and len(applied.deleted_ids) == 2
        assert project.profile.population == 123456


def test_inverse_restores_everything_exactly_and_its_inverse_redoes(sample_file):
    with Project.open(sample_file) as project:
        before = state(project)
        changes = mixed(project)
        applied = project.apply(changes)
        after = state(project)
        undone = project.apply(applied.inverse)
        assert_same(state(project), before)  # deleted records back under their ids, stamps and all
        project.apply(undone.inverse)
        assert_same(state(project), after)


def test_delete_then_undo_keeps_the_ids(sample_file):
    with Project.open(sample_file) as project:
        ids = project.records_frame()["id"].tolist()[:5]
        applied = project.apply(ChangeSet(delete=ids))
        assert not set(ids) & set(project.records_frame()["id"])
        restored = project.apply(applied.inverse)
        assert list(restored.added_ids) == ids
        highest = int(project.records_frame()["id"].max())
        new = project.add_records([Record("notation", "I.4.1", notation_key="NO", explanation="none")])
        assert new[0] > highest  # a new record never takes a deleted record's id


def test_a_refused_change_leaves_the_file_unchanged(sample_file):
    with Project.open(sample_file) as project:
        before, entries = state(project), len(project.changes(10_000))
        ids = project.records_frame()["id"].tolist()
        with pytest.raises(ProjectFileError):
            project.apply(ChangeSet(add=[Record("activity", "I.1.1")] * 10, delete=ids[:3], update=[(10**9, {"amount": 1})]))
        with pytest.raises(ProfileError):
            project.apply(ChangeSet(delete=ids[:3], profile={"gwp_set": "AR9"}))
        with pytest.raises(ProjectFileError) as exc:
            project.apply(ChangeSet(add=[Record("activity", "I.1.1", id=ids[0])]))
        assert "already exists" in str(exc.value)
        with pytest.raises(ProjectFileError):
            project.apply(ChangeSet(update=[(ids[0], {"no_such_field": 1})]))
        assert_same(state(project), before)
        assert len(project.changes(10_000)) == entries


def test_acknowledgement_inverse_restores_the_previous_explanation(sample_file):
    with Project.open(sample_file) as project:
        first = Acknowledgement("value.year", "I.1.1", 3, "year", "first reason")
        project.apply(ChangeSet(acknowledge=[first]), user="kim")
        before = project.acknowledgements()
        applied = project.apply(ChangeSet(acknowledge=[Acknowledgement("value.year", "I.1.1", 3, "year", "second")]))
        assert project.acknowledgements()[0]["explanation"] == "second"
        project.apply(applied.inverse)
        assert project.acknowledgements() == before
        withdrawn = project.apply(ChangeSet(unacknowledge=[first]))
        assert project.acknowledgements() == []
        project.apply(withdrawn.inverse)
        assert project.acknowledgements() == before


def test_a_records_table_is_added_like_records(sample_file):
    table = pd.DataFrame({"kind": ["activity", "activity"], "gpc_ref": ["I.1.1", "I.2.1"], "year": [2022, 2022],
                          "activity": ["diesel", "lng"], "amount": [1.5, float("nan")], "unit": ["kL", None],
                          "import_row": [2, 3]})
    with Project.open(sample_file) as project:
        ids = project.apply(ChangeSet(add=table), user="lee").added_ids
        rows = project.records_frame(ids)
    assert rows["amount"].tolist()[0] == 1.5 and pd.isna(rows["amount"].tolist()[1])
    assert rows["import_row"].tolist() == [2, 3] and rows["explanation"].tolist() == ["", ""]
    assert set(rows["created_by"]) == {"lee"} and rows["extra"].tolist() == ["{}", "{}"]


def test_inventory_patches_its_table_as_a_fresh_read_would(sample_file):
    with Inventory.open(sample_file) as inventory:
        first = inventory.analysis()
        assert inventory.analysis() is first  # cached
        applied = inventory.apply(mixed(inventory.project))
        assert not inventory.analysed
        inventory.apply(ChangeSet(update=[(int(i), {"amount": 2.0, "unit": None}) for i in inventory.records.index[10:40]]))
        many = ChangeSet(update=[(int(i), {"notes": f"n{i}", "amount": None}) for i in inventory.records.index[:300]])
        inventory.apply(many)  # above the cell-by-cell limit: read back in one go
        inventory.apply(applied.inverse)
        with Project.open(sample_file) as fresh:
            expected, profile = fresh.records_frame(), fresh.profile
        pd.testing.assert_frame_equal(inventory.records.reset_index(drop=True), expected)
        assert inventory.profile == profile
