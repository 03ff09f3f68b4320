"""Writing safely: drafts only on request and marked as such, a target that is read-only or open
elsewhere refused plainly, nothing half-written left behind, progress reported, parts chosen."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import openpyxl
import pytest

import gcomdesk.core.analysis as analysis_module
from gcomdesk.core.checks import Finding
from gcomdesk.core.messages import Message
from gcomdesk.exchange.export import (
    ExportCancelled,
    ExportError,
    ExportOptions,
    ExportRefused,
    export_inventory,
)


def leftovers(folder) -> list[str]:
    return [p.name for p in folder.rglob(".~gcomdesk-*")]


@pytest.fixture
def one_error(monkeypatch):
    """The checks report one error (whatever the inventory holds)."""
    error = Finding("classification.test", "error", gpc_ref="I.1.1", record_id=1,
                    message=Message("export.flag.missing"))
    monkeypatch.setattr(analysis_module, "run_checks", lambda *a, **k: [error])
    return error


def test_errors_refuse_the_export_and_write_nothing(sample_input, tmp_path, one_error):
    with pytest.raises(ExportRefused) as refused:
        export_inventory(sample_input, ExportOptions(tmp_path / "out", lang="en"))
    assert refused.value.errors == 1
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


@pytest.mark.parametrize("lang, banner", [("en", "DRAFT — 1 errors"), ("ko", "초안(DRAFT) — 오류 1건")])
def test_a_draft_says_so_in_its_name_and_on_its_cover(sample_input, tmp_path, one_error, lang, banner):
    result = export_inventory(sample_input, ExportOptions(tmp_path, lang=lang, draft=True, chart_formats=()))
    assert result.draft and result.errors == 1
    assert "DRAFT" in result.workbook.name and "1" in result.workbook.name
    wb = openpyxl.load_workbook(result.workbook)
    assert wb.worksheets[0].cell(2, 1).value == banner
    for ws in wb.worksheets:  # every sheet's header block carries the banner
        assert banner in [ws.cell(r, 1).value for r in range(1, 6)], ws.title
    checks = [c.value for row in wb[Message("export.sheet.checks").render(lang)].iter_rows() for c in row]
    assert "classification.test" in checks


def test_a_read_only_target_is_refused_and_left_alone(sample_input, tmp_path):
    first = export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    before = first.workbook.read_bytes()
    first.workbook.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ExportError) as failed:
            export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
        assert failed.value.message.key == "export.read_only"
        assert "read-only" in failed.value.render("en") and "읽기 전용" in failed.value.render("ko")
    finally:
        first.workbook.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert first.workbook.read_bytes() == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("lock", ["~${name}", ".~lock.{name}#"])
def test_a_workbook_open_in_excel_or_libreoffice_is_refused(sample_input, tmp_path, lock):
    first = export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    (tmp_path / lock.format(name=first.workbook.name)).write_text("owner")
    with pytest.raises(ExportError) as failed:
        export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    assert failed.value.message.key == "export.open_elsewhere"
    assert "Close it" in failed.value.render("en")


def test_a_failure_while_saving_keeps_the_previous_workbook(sample_input, tmp_path, monkeypatch):
    first = export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    before = first.workbook.read_bytes()

    def broken_save(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(ExportError) as err:
        export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    assert first.workbook.name in err.value.render("en") and "not enough room" in err.value.render("en")
    assert "공간이 부족" in err.value.render("ko")
    assert first.workbook.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_full_disk_while_writing_the_charts_replaces_nothing(sample_input, tmp_path, monkeypatch):
    from gcomdesk.exchange.export import writer

    first = export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=("png",)))
    before = {p: p.read_bytes() for p in first.files}

    def full(fig, path, fmt):
        Path(path).write_bytes(b"half a chart")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "save_chart", full)
    with pytest.raises(ExportError) as err:
        export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=("png",)))
    assert ".png" in err.value.render("en")
    assert {p: p.read_bytes() for p in first.files} == before  # the workbook and activity.csv too
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "charts") == []


def test_a_refused_activity_csv_replaces_no_workbook(sample_input, tmp_path):
    first = export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    before = first.workbook.read_bytes()
    (tmp_path / ".~lock.activity.csv#").write_text("someone", encoding="utf-8")  # open in LibreOffice
    with pytest.raises(ExportError):
        export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    assert first.workbook.read_bytes() == before and leftovers(tmp_path) == []


def test_too_little_room_is_said_before_writing(sample_input, tmp_path, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(ExportError) as err:
        export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    assert "MB free" in err.value.render("en")
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_nothing_behind(sample_input, tmp_path):
    def progress(done, total, key):
        if key == "export.step.save":
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        export_inventory(sample_input, ExportOptions(tmp_path, lang="en"), progress=progress)
    assert list(tmp_path.glob("*.xlsx")) == [] and leftovers(tmp_path) == []


def test_progress_counts_up_to_the_total_with_named_steps(sample_input, tmp_path):
    seen = []
    export_inventory(sample_input, ExportOptions(tmp_path, lang="ko", chart_formats=()),
                     progress=lambda done, total, key: seen.append((done, total, key)))
    dones = [d for d, _, _ in seen]
    assert dones == sorted(dones) and seen[-1] == (seen[0][1], seen[0][1], "export.step.done")
    assert {k for *_, k in seen} >= {"export.step.gpc", "export.step.crf", "export.step.save", "export.step.csv"}
    assert all(t == seen[0][1] for _, t, _ in seen)


def test_chosen_parts_and_chart_formats(sample_input, tmp_path):
    result = export_inventory(sample_input, ExportOptions(tmp_path, lang="en", parts=("crf", "gpc"),
                                                          chart_formats=("svg", "pdf"), activity_csv=False))
    assert result.sheets == ["Cover", "GPC table", "GCoM CRF"]
    assert not (tmp_path / "activity.csv").exists()
    svg, pdf = tmp_path / "charts" / "sector_scope.svg", tmp_path / "charts" / "sector_scope.pdf"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "<svg" in svg.read_text(encoding="utf-8")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not list((tmp_path / "charts").glob("*.png"))
    assert sorted(p.name for p in result.files if p.suffix == ".svg") == sorted(
        f"{c}.svg" for c in ("sector_scope", "basic_subsector", "direct_indirect", "per_capita"))


def test_unknown_chart_format_or_part_is_refused():
    with pytest.raises(ExportError) as bad_format:
        ExportOptions(".", chart_formats=("bmp",))
    assert "png, svg, pdf" in bad_format.value.render("en")
    with pytest.raises(ExportError) as bad_part:
        ExportOptions(".", parts=("gpc", "summary"))
    assert "summary" in bad_part.value.render("ko")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_files_get_the_usual_permissions_not_owner_only(sample_input, tmp_path):
    result = export_inventory(sample_input, ExportOptions(tmp_path, lang="en", chart_formats=()))
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(result.workbook.stat().st_mode) == 0o666 & ~umask
