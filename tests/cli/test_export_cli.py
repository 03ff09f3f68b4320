"""`gcomdesk-cli export FILE --out DIR [--lang] [--charts] [--draft]`."""

from __future__ import annotations

import openpyxl
import pytest

import gcomdesk.core.analysis as analysis_module
from gcomdesk.cli import main
from gcomdesk.core.checks import Finding
from gcomdesk.core.messages import Message
from gcomdesk.samples import build_sample


def test_export_writes_workbook_csv_and_chosen_chart_files(sample_master, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", str(sample_master), "--out", str(out), "--lang", "en", "--charts", "png,svg"]) == 0
    printed = capsys.readouterr().out
    workbook = out / "Hanbit_City_(fictional_sample)_2022_GHG_inventory.xlsx"
    assert workbook.is_file() and workbook.name in printed
    assert (out / "activity.csv").is_file()
    assert {p.suffix for p in (out / "charts").iterdir()} == {".png", ".svg"}
    assert "one year (2022)" in printed  # the skipped trend and why
    assert openpyxl.load_workbook(workbook).sheetnames[0] == "Cover"


def test_korean_workbook_with_chosen_parts_and_no_chart_files(sample_master, tmp_path, capsys):
    assert main(["export", str(sample_master), "--out", str(tmp_path), "--lang", "ko", "--charts", "none", "--parts", "gpc"]) == 0
    names = [p.name for p in tmp_path.iterdir()]
    assert "한빛시_2022_온실가스_인벤토리.xlsx" in names and "charts" not in names
    assert openpyxl.load_workbook(tmp_path / "한빛시_2022_온실가스_인벤토리.xlsx").sheetnames == ["표지", "GPC 표"]


@pytest.fixture
def one_error(monkeypatch):
    error = Finding("value.test", "error", gpc_ref="I.1.1", message=Message("export.flag.missing"))
    monkeypatch.setattr(analysis_module, "run_checks", lambda *a, **k: [error])


def test_errors_exit_1_without_draft_and_write_nothing(sample_master, tmp_path, capsys, one_error):
    out = tmp_path / "out"
    assert main(["export", str(sample_master), "--out", str(out), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "1 error" in err and "--draft" in err
    assert not out.exists() or not any(out.iterdir())


def test_draft_exports_with_errors_marked(sample_master, tmp_path, capsys, one_error):
    assert main(["export", str(sample_master), "--out", str(tmp_path), "--lang", "en", "--draft", "--charts", "none"]) == 0
    drafts = list(tmp_path.glob("*DRAFT_1_errors.xlsx"))
    assert len(drafts) == 1
    assert "DRAFT — 1 errors" in capsys.readouterr().err


def test_bad_chart_format_is_a_usage_error(sample_master, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(sample_master), "--out", str(tmp_path), "--charts", "gif"])
    assert exit_.value.code == 2


def test_a_workbook_open_in_excel_is_a_clear_failure(sample_master, tmp_path, capsys):
    assert main(["export", str(sample_master), "--out", str(tmp_path), "--lang", "en", "--charts", "none"]) == 0
    workbook = next(tmp_path.glob("*.xlsx"))
    (tmp_path / f"~${workbook.name}").write_text("owner")
    assert main(["export", str(sample_master), "--out", str(tmp_path), "--lang", "en", "--charts", "none"]) == 1
    assert "open in another program" in capsys.readouterr().err


def test_draft_export_of_a_row_with_both_data_and_a_key(tmp_path, capsys):
    """A real error, not a stub: figures typed into a row that still has its old NO key. Only a
    draft may be exported, and the draft must be written (the GPC sheet flags the row)."""
    from gcomdesk.core.model import Record
    from gcomdesk.store.project import Project

    path = build_sample(tmp_path / "city.gcdx")
    with Project.open(path) as project:
        project.add_records([Record("reported", "I.4.1", co2_t=900.0, data_source="plant report", quality="H")])
    out = tmp_path / "out"
    assert main(["export", str(path), "--out", str(out), "--lang", "en", "--charts", "none"]) == 1
    assert main(["export", str(path), "--out", str(out), "--lang", "en", "--charts", "none", "--draft"]) == 0
    workbook = next(out.glob("*DRAFT*.xlsx"))
    rows = list(openpyxl.load_workbook(workbook)["GPC table"].iter_rows(values_only=True))
    i41 = next(r for r in rows if r and r[0] == "I.4.1")
    assert 900.0 in i41 and any(isinstance(c, str) and "NO" in c for c in i41)
