"""The Export step: choose folder, language and parts, export on the thread pool with progress,
read the summary, open the folder; errors only as a draft; problems shown on the page."""

from __future__ import annotations

import time
from dataclasses import replace

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

import gcomdesk.app.pages.export as export_page
from gcomdesk.app.pages.export import ExportPage
from gcomdesk.core.checks import Finding
from gcomdesk.core.messages import Message
from tests.app.helpers import release

WORKBOOK_EN = "Hanbit_City_(fictional_sample)_2022_GHG_inventory.xlsx"


@pytest.fixture
def session(sample_session):
    return sample_session


@pytest.fixture
def page(session, qtbot, tmp_path):
    widget = ExportPage(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.folderEdit.setText(str(tmp_path / "export"))
    widget.languageCombo.setCurrentIndex(widget.languageCombo.findData("en"))
    yield widget
    widget.runner.wait(20000)
    widget.close()
    release(widget)


def export_and_wait(page, qtbot) -> None:
    qtbot.mouseClick(page.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=60000)
    qtbot.waitUntil(lambda: page.cancelButton.isHidden(), timeout=5000)


def test_export_writes_files_and_summarises_them(page, qtbot, tmp_path):
    page.formatChecks["svg"].setChecked(True)
    page.partChecks["charts"].setChecked(False)
    export_and_wait(page, qtbot)
    folder = tmp_path / "export"
    assert (folder / WORKBOOK_EN).is_file() and (folder / "activity.csv").is_file()
    assert (folder / "charts" / "sector_scope.svg").is_file() and (folder / "charts" / "sector_scope.png").is_file()
    assert "Charts" not in openpyxl.load_workbook(folder / WORKBOOK_EN).sheetnames
    summary = page.summaryText.toPlainText()
    assert WORKBOOK_EN in summary and "activity.csv" in summary and "one year (2022)" in summary
    assert page.progressBar.value() == page.progressBar.maximum() > 1
    assert page.openFolderButton.isEnabled() and page.messageLabel.isHidden()


def test_open_folder_shows_where_the_files_are(page, qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    export_and_wait(page, qtbot)
    qtbot.mouseClick(page.openFolderButton, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "export")]


def test_choose_folder(page, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "chosen")))
    page.browseButton.click()
    assert page.folderEdit.text() == str(tmp_path / "chosen")


def test_korean_workbook(page, qtbot, tmp_path):
    page.languageCombo.setCurrentIndex(page.languageCombo.findData("ko"))
    export_and_wait(page, qtbot)
    assert (tmp_path / "export" / "한빛시_2022_온실가스_인벤토리.xlsx").is_file()


def test_errors_allow_only_a_draft(page, session, qtbot, tmp_path, monkeypatch):
    error = Finding("value.test", "error", gpc_ref="I.1.1", message=Message("export.flag.missing"))
    with_error = replace(session.analysis(), findings=[error])  # the window's analysis goes with the export
    monkeypatch.setattr(session, "findings", lambda: [error])
    monkeypatch.setattr(session, "analysis", lambda: with_error)
    page.refresh()
    assert not page.exportButton.isEnabled() and page.draftCheck.isEnabled()
    assert "1 error" in page.statusLabel.text()
    page.draftCheck.setChecked(True)
    assert page.exportButton.isEnabled()
    export_and_wait(page, qtbot)
    drafts = list((tmp_path / "export").glob("*DRAFT_1_errors.xlsx"))
    assert len(drafts) == 1 and "DRAFT" in page.summaryText.toPlainText()


def test_a_workbook_open_in_excel_is_reported_on_the_page(page, qtbot, tmp_path, message_boxes):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / WORKBOOK_EN).write_bytes(b"the officer's open copy")
    (folder / f"~${WORKBOOK_EN}").write_text("owner")
    export_and_wait(page, qtbot)
    assert page.messageLabel.isVisible() and "open in another program" in page.messageLabel.text()
    assert (folder / WORKBOOK_EN).read_bytes() == b"the officer's open copy"
    assert not page.openFolderButton.isEnabled() and message_boxes == []


def test_cancel_stops_the_export(page, qtbot, monkeypatch):
    def slow_export(data, options, progress=None):
        for i in range(1000):
            progress(i, 1000, "export.step.gpc")
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(export_page, "export_inventory", slow_export)
    qtbot.mouseClick(page.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.progressBar.maximum() == 1000, timeout=10000)
    assert page.cancelButton.isVisible() and not page.exportButton.isEnabled()
    assert page.stepLabel.text() == "GPC table"
    qtbot.mouseClick(page.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=10000)
    qtbot.waitUntil(lambda: page.cancelButton.isHidden(), timeout=5000)
    assert page.result is None and page.exportButton.isEnabled() and page.messageLabel.isHidden()


def test_the_window_mounts_the_export_page(window, qtbot, sample_file):
    from tests.app.helpers import open_in

    open_in(window, qtbot, sample_file)
    window.show_step("export")
    assert isinstance(window.findChild(QWidget, "page_export"), ExportPage)


def test_a_project_of_two_years_exports_its_years_sheet_from_the_window(page, session, qtbot, tmp_path, monkeypatch):
    from gcomdesk.app.session import Session
    from gcomdesk.store.years import add_year

    session.apply(add_year(session.inventory, 2021, copy_from=2022, keep_amounts=True))
    session.set_year(2022)
    # as if a recalculation were still running: the export computes the analysis itself, other years included
    monkeypatch.setattr(Session, "stale", property(lambda self: True))
    export_and_wait(page, qtbot)
    names = openpyxl.load_workbook(tmp_path / "export" / WORKBOOK_EN).sheetnames
    assert "Years" in names
