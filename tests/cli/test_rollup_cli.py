"""`gcomdesk-cli rollup`: exit codes, findings in Korean and English, what moved, nothing half-written."""

from __future__ import annotations

import json

from gcomdesk.cli import main
from tests.exchange.rollup_files import three


def test_rollup_cli_writes_and_reports(tmp_path, capsys):
    inputs = three(tmp_path)
    out = tmp_path / "province.gcdx"
    assert main(["rollup", str(out), *map(str, inputs), "--lang", "ko"]) == 0
    printed = capsys.readouterr().out
    assert "기초지자체 3곳 합산" in printed and "I.4.4" in printed and "sha256" in printed
    assert main(["rollup", str(out), *map(str, inputs), "--format", "json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["created"] is False and data["moved"] == [] and len(data["sources"]) == 3
    assert main(["check", str(out)]) in (0, 1)  # an ordinary .gcdx the checks read


def test_rollup_cli_refuses_a_municipality_given_twice(tmp_path, capsys):
    inputs = three(tmp_path)
    out = tmp_path / "province.gcdx"
    assert main(["rollup", str(out), *map(str, inputs), str(inputs[0]), "--lang", "en"]) == 1
    assert "given twice" in capsys.readouterr().out
    assert not out.exists()


def test_rollup_cli_bad_inputs(tmp_path, capsys):
    inputs = three(tmp_path)
    out = tmp_path / "province.gcdx"
    missing = tmp_path / "없음.gcdx"
    assert main(["rollup", str(out), *map(str, inputs), str(missing), "--lang", "ko"]) == 1
    assert str(missing) in capsys.readouterr().err
    assert main(["rollup", str(out), *map(str, inputs), "--year", "2019", "--lang", "en"]) == 2
    assert str(inputs[0]) in capsys.readouterr().err
    assert not out.exists()
