"""Settings declared once over QSettings (INI files in GCOMDESK_CONFIG_DIR), window geometry
remembered apart from preferences, and a large inventory: model/view without per-row widgets,
recalculation on the thread pool with the previous figures shown meanwhile."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QSettings

from gcomdesk.app import session as session_module
from gcomdesk.app import settings
from gcomdesk.app.main_window import MainWindow
from gcomdesk.app.records_model import COLUMNS, RecordsTableModel
from gcomdesk.core.model import Record
from gcomdesk.store.project import Project
from tests.app.helpers import open_in, type_into_cell


def test_settings_are_ini_files_in_the_config_folder(config_dir):
    settings.put(settings.LANGUAGE, "ko")
    settings.add_recent_file(config_dir / "a.gcdx")
    assert (config_dir / "gcomdesk.ini").is_file()
    store = QSettings(str(config_dir / "gcomdesk.ini"), QSettings.Format.IniFormat)
    assert store.value("ui/language") == "ko"
    assert settings.get(settings.RECENT_FILES) == [str((config_dir / "a.gcdx").resolve())]
    assert settings.get(settings.CRASH_DIALOG) is True  # the declared default


def test_geometry_is_remembered_apart_from_preferences(app, qtbot, config_dir):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(701, 503)
    first.show()
    qtbot.waitExposed(first)
    size = (first.width(), first.height())
    assert size[0] == 701
    first.close()
    assert (config_dir / "window.ini").is_file()
    preferences = config_dir / "gcomdesk.ini"
    assert not preferences.exists() or "geometry" not in preferences.read_text(encoding="utf-8")
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size


@pytest.fixture
def large_file(tmp_path):
    from gcomdesk.core.model import new_profile
    from tests.app.helpers import REF

    rng = random.Random(3)
    path = tmp_path / "large.gcdx"
    with Project.create(path, new_profile(REF, name_ko="대도시", region_code="11", year=2022)) as project:
        project.add_records([Record("activity", "I.1.1", year=2022, activity=rng.choice(["city_gas_lng", "kerosene"]),
                                    amount=rng.uniform(1, 1000), unit="kL" if i % 2 else "kNm3", data_source="bench", quality="M")
                             for i in range(30_000)])
    return path


def test_a_large_inventory_recalculates_in_the_background(window, qtbot, large_file, monkeypatch):
    monkeypatch.setattr(session_module, "SYNC_LIMIT", 1000)
    open_in(window, qtbot, large_file)
    window.show_step("stationary")
    card = window.page("stationary").current_card()
    model: RecordsTableModel = card.model
    assert model.rowCount() == 30_000
    assert not card.table.indexWidget(model.index(0, 1))  # no per-row widgets
    before = window.session.results().totals["basic"]
    with qtbot.waitSignal(window.session.results_changed, timeout=20000):
        with qtbot.waitSignal(window.session.recalculating, timeout=5000, check_params_cb=lambda running: running):
            type_into_cell(qtbot, card.table, 0, "amount", "1,000,000")
        assert window.session.stale
        assert window.session.results().totals["basic"] == before  # the previous figures meanwhile
        assert window.busy.bar.isVisible()
    assert not window.session.stale
    assert window.session.results().totals["basic"] > before
    assert model.index(0, COLUMNS.index("amount")).data() == "1,000,000"
    last = model.rowCount() - 1
    card.table.scrollToBottom()
    assert model.index(last, COLUMNS.index("co2e_t")).data() not in ("", "…")


def test_a_burst_of_edits_runs_at_most_two_analyses_and_shows_the_newest(window, qtbot, large_file, monkeypatch):
    from gcomdesk.store.inventory import Snapshot

    monkeypatch.setattr(session_module, "SYNC_LIMIT", 1000)
    open_in(window, qtbot, large_file)
    window.show_step("stationary")
    model = window.page("stationary").current_card().model
    session = window.session
    started: list[float] = []
    real = Snapshot.analyse
    monkeypatch.setattr(Snapshot, "analyse", lambda self: started.append(float(self.records["amount"].sum())) or real(self))
    amount = COLUMNS.index("amount")
    base = session.records_frame()["amount"].sum() - session.records_frame().at[model.record_id(0), "amount"]
    for i in range(6):  # six edits while the first analysis runs: the others wait as ONE pending analysis
        model.setData(model.index(0, amount), f"{100_000 * (i + 1):,}")
        qtbot.wait(5)
    assert session.stale
    qtbot.waitUntil(lambda: not session.stale, timeout=30_000)
    assert len(started) <= 2
    assert started[-1] == pytest.approx(base + 600_000)  # the last analysis saw the newest edit
    frame = session.results().records
    assert frame.loc[frame["id"] == model.record_id(0), "amount"].iloc[0] == 600_000
