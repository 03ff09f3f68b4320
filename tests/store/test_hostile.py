"""Open = validate: every damaged or hostile file of the corpus is refused with a message naming
what is wrong (in Korean and English), nothing in it runs, and its bytes stay as they were."""

import pytest

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project
from tests.store import hostile


@pytest.mark.parametrize("case", sorted(hostile.CASES))
def test_damaged_file_is_refused_and_left_as_it_was(tmp_path, case):
    path = hostile.make(tmp_path / "city.gcdx", case)
    before = path.read_bytes()
    _, key, word = hostile.CASES[case]
    for opener in (Project.open, Inventory.open):
        with pytest.raises(ProjectFileError) as info:
            opener(path)
        assert info.value.message.key == key
        en, ko = info.value.render("en"), info.value.render("ko")
        assert word in en and "not changed" in en
        assert "변경되지 않았습니다" in ko and "{" not in ko
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["city.gcdx"]  # no journal, no backup


def test_healthy_file_opens(tmp_path):
    path = hostile.healthy(tmp_path / "city.gcdx")
    with Inventory.open(path) as inventory:
        assert len(inventory.all_records) == 3


def test_older_file_is_validated_before_it_is_migrated(tmp_path):
    import shutil
    import sqlite3
    from pathlib import Path
    path = tmp_path / "old.gcdx"
    shutil.copy(Path(__file__).parent / "data" / "hanbit_v1.gcdx", path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER t AFTER UPDATE ON records BEGIN DELETE FROM records; END")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as info:
        Project.open(path)
    assert info.value.message.key == "project.foreign_sql"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.gcdx"]  # no migration backup either


def test_a_folder_is_called_a_folder(tmp_path):
    folder = tmp_path / "x.gcdx"
    folder.mkdir()
    with pytest.raises(ProjectFileError) as info:
        Project.open(folder)
    assert info.value.message.key == "project.is_folder"
    assert "폴더" in info.value.render("ko")


def test_a_stale_empty_journal_is_removed_even_by_a_read(tmp_path):
    """A writer killed as it began leaves an empty `-journal` that SQLite ignores but keeps; opening
    (even to read) removes it, so no sidecar stays beside the project."""
    path = hostile.healthy(tmp_path / "city.gcdx")
    journal = tmp_path / "city.gcdx-journal"
    journal.write_bytes(b"")
    with Inventory.open(path) as inventory:
        assert len(inventory.all_records) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["city.gcdx"]


def test_a_live_journal_is_never_removed(tmp_path):
    """A journal with content is a transaction SQLite rolls back (hot) or another writer's: left to SQLite."""
    import sqlite3
    path = hostile.healthy(tmp_path / "city.gcdx")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta VALUES ('x', 'y')")  # journal written, not committed
    journal = tmp_path / "city.gcdx-journal"
    assert journal.exists() and journal.stat().st_size > 0
    with Project.open(path) as project:  # reads the committed state; cannot take the write lock
        assert project.record_count() == 3
    assert journal.exists()
    other.execute("ROLLBACK")
    other.close()
