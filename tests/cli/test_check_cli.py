"""`gcomdesk-cli check`: text or JSON findings, exit 0 without errors and 1 with one."""

import json

import pytest

from gcomdesk.cli import main
from gcomdesk.core.model import Record
from gcomdesk.store.changes import Acknowledgement, ChangeSet
from gcomdesk.store.project import Project


@pytest.fixture
def broken(tmp_path, sample_master):
    path = tmp_path / "broken.gcdx"
    path.write_bytes(sample_master.read_bytes())
    with Project.open(path) as project:
        project.add_records([Record("activity", "I.1.1", year=2022, activity="jet_fuel", amount=10, unit="t",
                                    data_source="test", quality="M")])
    return path


def test_sample_passes_with_json_counts(sample_master, capsys):
    assert main(["check", str(sample_master), "--format", "json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"findings", "counts"}
    assert data["counts"] == {"error": 0, "warning": 0, "info": 0}


def test_error_exits_1_and_json_names_rule_row_record_field(broken, capsys):
    assert main(["check", str(broken), "--format", "json", "--lang", "en"]) == 1
    data = json.loads(capsys.readouterr().out)
    unit = [f for f in data["findings"] if f["rule"] == "classification.unit_unfit"]
    assert len(unit) == 1
    assert {k: unit[0][k] for k in ("severity", "gpc_ref", "field")} == {"severity": "error", "gpc_ref": "I.1.1", "field": "unit"}
    assert unit[0]["record"] > 0 and "kL" in unit[0]["hint"]
    assert {"rule", "severity", "gpc_ref", "record", "field", "message"} <= set(unit[0])
    assert data["counts"]["error"] >= 1 and data["counts"]["warning"] >= 1  # jet fuel in homes


def test_text_output_in_korean(broken, capsys):
    assert main(["check", str(broken), "--lang", "ko"]) == 1
    out = capsys.readouterr().out
    assert "한빛시 2022년: 오류 1건" in out
    assert "[오류] classification.unit_unfit" in out and "조치:" in out and "[경고]" in out


def test_level_basic_plus_asks_for_more_rows(sample_master, capsys):
    assert main(["check", str(sample_master), "--level", "basic_plus", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    empty = {f["gpc_ref"] for f in data["findings"] if f["rule"] == "completeness.row_empty"}
    assert {"I.4.3", "II.1.3"} <= empty
    assert "I.2.3" not in empty  # consumption side: IE, included in I.2.2 (core.grid)


def test_acknowledged_warnings_are_shown_and_not_counted(broken, capsys):
    main(["check", str(broken), "--format", "json"])
    warning = next(f for f in json.loads(capsys.readouterr().out)["findings"] if f["severity"] == "warning")
    with Project.open(broken) as project:
        project.apply(ChangeSet(acknowledge=[Acknowledgement(warning["rule"], warning["gpc_ref"], warning["record"], warning["field"],
                                                             "시험용 / for the test")]))
    main(["check", str(broken), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    again = next(f for f in data["findings"] if f["rule"] == warning["rule"] and f["record"] == warning["record"])
    assert again["acknowledged"] == "시험용 / for the test"
    main(["check", str(broken), "--lang", "en"])
    assert "acknowledged: 시험용" in capsys.readouterr().out


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.gcdx"), "--lang", "en"]) == 1
    assert "does not exist" in capsys.readouterr().err
