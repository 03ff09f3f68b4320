"""Files from the window: the sample, the workshop copy, recent files, a file that cannot be
opened, saving a copy, importing activity data (off the GUI thread) and undoing the import."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from gcomdesk.app import settings
from gcomdesk.app.file_handling import sample_path
from gcomdesk.paths import resource_path
from gcomdesk.samples import SAMPLE_ACTIVITY
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project
from tests.app.helpers import open_in, preview_of, stored_profile, stored_records


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_open_the_sample_city(window, qtbot):
    with qtbot.waitSignal(window.session_changed, timeout=20000):
        window.start_page.sampleButton.click()
    assert window.session.project.path == sample_path()
    assert window.session.profile.name_ko == "한빛시"
    assert window.session.results().totals["basic"] > 1e6


def test_workshop_copy_never_touches_the_bundled_sample(window, qtbot, tmp_path, monkeypatch):
    bundled = {p: _digest(p) for p in resource_path("samples").iterdir()}
    target = tmp_path / "participant.gcdx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.session_changed, timeout=20000):
        window.start_page.workshopButton.click()
    assert window.session.project.path == target
    window.session.apply(ChangeSet(profile={"population": 1}))
    assert stored_profile(target).population == 1
    assert {p: _digest(p) for p in resource_path("samples").iterdir()} == bundled


def test_recent_files_on_the_start_page_and_in_the_menu(window, qtbot, sample_file, empty_file):
    open_in(window, qtbot, sample_file)
    open_in(window, qtbot, empty_file)
    assert settings.recent_files()[:2] == [str(empty_file.resolve()), str(sample_file.resolve())]
    window.files.close_session()
    assert window.start_page.recentList.count() == 2
    window.menuRecent.aboutToShow.emit()
    assert [a.toolTip() for a in window.menuRecent.actions()] == [str(empty_file.resolve()), str(sample_file.resolve())]
    with qtbot.waitSignal(window.session_changed, timeout=20000):
        window.start_page.recentList.itemActivated.emit(window.start_page.recentList.item(1))
    assert window.session.project.path == sample_file


def test_a_file_that_cannot_be_opened_says_why_and_the_window_stays_usable(window, qtbot, tmp_path, message_boxes, sample_file):
    broken = tmp_path / "not-an-inventory.gcdx"
    broken.write_text("this is a text file", encoding="utf-8")
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        window.files.open_path(broken)
    assert window.session is None and window.modeStack.currentWidget() is window.startHost
    assert message_boxes and "not a gcomdesk project file" in message_boxes[-1][2]
    assert window.centralWidget().isEnabled()
    assert broken.read_text(encoding="utf-8") == "this is a text file"
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        window.files.open_path(tmp_path / "missing.gcdx")
    assert "does not exist" in message_boxes[-1][2]
    open_in(window, qtbot, sample_file)  # still usable
    assert window.session is not None


def test_save_a_copy(window, qtbot, sample_file, tmp_path, monkeypatch):
    open_in(window, qtbot, sample_file)
    target = tmp_path / "copy.gcdx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actionSaveCopyAs.trigger()
    assert len(stored_records(target)) == len(stored_records(sample_file))
    assert window.session.project.path == sample_file


def test_import_activity_data_off_the_gui_thread_and_undo_it(window, qtbot, empty_file, monkeypatch):
    open_in(window, qtbot, empty_file)
    started = []
    window.runner.started.connect(started.append)
    dialog = preview_of(window, qtbot, monkeypatch, SAMPLE_ACTIVITY)
    assert dialog.model.rowCount() > 40 and "0 with errors" in dialog.summaryLabel.text()
    with qtbot.waitSignal(window.runner.idle, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button imports
    assert started == ["import"]  # read in the preview's own worker, then one write: one transaction
    count = len(stored_records(empty_file))
    assert count > 40 and len(window.session.records_frame()) == count
    assert window.session.results().totals["basic"] > 1e6
    assert window.actions_.undo_action.text().startswith("Undo Import")
    window.actions_.undo_action.trigger()
    assert len(stored_records(empty_file)) == 0
    window.actions_.redo_action.trigger()
    assert len(stored_records(empty_file)) == count


def test_a_rejected_import_changes_nothing_and_lists_the_cells(window, qtbot, empty_file, tmp_path, monkeypatch, message_boxes):
    open_in(window, qtbot, empty_file)
    bad = tmp_path / "bad.csv"
    bad.write_text("연도,GPC코드,활동,활동량,단위\n2022,I.1.1,도시가스,many,천Nm3\n", encoding="utf-8")
    dialog = preview_of(window, qtbot, monkeypatch, bad)
    assert not dialog.importButton.isEnabled() and "1 with errors" in dialog.summaryLabel.text()
    model = dialog.model
    assert model.data(model.index(0, 0)) == "2" and model.data(model.index(0, 1)) == "error"
    assert "many" in model.data(model.index(0, 2)) and "활동량" in model.data(model.index(0, 2))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.files.preview_dialog is None
    assert len(stored_records(empty_file)) == 0


def test_cancel_a_long_open_and_keep_working(window, qtbot, sample_file, monkeypatch):
    import threading

    from gcomdesk.app import file_handling

    release = threading.Event()
    real_load = file_handling.load_project

    def slow_load(path, ref):
        release.wait(10)
        return real_load(path, ref)

    monkeypatch.setattr(file_handling, "load_project", slow_load)
    window.files.open_path(sample_file)
    assert window.busy.bar.isVisible() and window.busy.cancel.isVisible()
    assert "Opening" in window.busy.label.text()
    assert not window.centralWidget().isEnabled()
    with qtbot.waitSignal(window.runner.idle, timeout=5000):
        window.busy.cancel.click()
    release.set()
    assert window.centralWidget().isEnabled()
    window.runner.wait(10000)
    qtbot.waitUntil(lambda: not window.busy.bar.isVisible(), timeout=3000)
    assert window.session is None  # the cancelled result was dropped


def _import(window, qtbot, monkeypatch, path) -> None:
    dialog = preview_of(window, qtbot, monkeypatch, path)
    dialog.importButton.click()
    qtbot.waitUntil(lambda: not window.runner.busy and window.centralWidget().isEnabled(), timeout=20000)


@pytest.mark.parametrize("answer", ["Yes", "Cancel"])
def test_an_import_naming_years_the_project_lacks_asks_before_adding_them(window, qtbot, empty_file, tmp_path,
                                                                           monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox

    open_in(window, qtbot, empty_file)
    data = tmp_path / "years.csv"
    data.write_text("연도,GPC코드,활동,활동량,단위\n2019,I.1.1,경유,1,㎘\n2020,I.1.1,경유,2,㎘\n,I.1.1,경유,3,㎘\n",
                    encoding="utf-8")
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, buttons, default))
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    _import(window, qtbot, monkeypatch, data)
    text, buttons, default = asked[0]
    assert len(asked) == 1 and "2019, 2020" in text
    assert default == QMessageBox.StandardButton.Cancel  # Enter keeps the project as it is; Escape too
    assert buttons == QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    with Project.open(empty_file) as project:
        years, records = project.years(), project.records()
    if answer == "Cancel":
        assert years == [2022] and records == []
        return
    assert years == [2019, 2020, 2022]
    assert sorted((r.year, r.amount) for r in records) == [(2019, 1.0), (2020, 2.0), (2022, 3.0)]  # no year: the one shown
    window.actions_.undo_action.trigger()  # one step takes the years and the rows back
    with Project.open(empty_file) as project:
        assert project.years() == [2022] and project.records() == []
