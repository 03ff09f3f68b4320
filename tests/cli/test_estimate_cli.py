"""`gcomdesk-cli estimate`: proposals printed with their arithmetic, added in one step unless
--dry-run, JSON for scripts, and clear refusals that change nothing."""

from __future__ import annotations

import json

import pytest

from gcomdesk.cli import main
from gcomdesk.core.estimates import propose as propose_module
from gcomdesk.store.inventory import Inventory


class NoRegional:
    def nearest(self, *args):
        return None


@pytest.fixture(autouse=True)
def national_path(monkeypatch):
    monkeypatch.setattr(propose_module, "_regional", NoRegional)


@pytest.fixture
def city(tmp_path, capsys):
    path = tmp_path / "c.gcdx"
    assert main(["new", str(path), "--name", "오십만시", "--region", "41", "--year", "2022", "--population", "500000",
                 "--lang", "en"]) == 0
    capsys.readouterr()
    return path


def _count(path) -> int:
    with Inventory.open(path) as inventory:
        return len(inventory.records)


def test_dry_run_prints_the_arithmetic_and_adds_nothing(city, capsys):
    assert main(["estimate", str(city), "--rows", "I.1.1,i.1.2", "--dry-run", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    # I.1.1: 30,677,579 t (1.A.4.b, 2022) x 500,000 / 51,439,038 = 298,193.6 t; I.1.2: 79,915 GWh x 1,000 x the same share
    assert "I.1.1: 298,193.6 tCO2e (national inventory × local share)" in out
    assert "I.1.2: 776,793.3 MWh" in out and "KEPCO sales (주택용) in 2021: 79,915.0 GWh" in out
    assert "--dry-run: nothing added (2 estimates ready for 2022" in out
    assert _count(city) == 0


def test_all_missing_adds_every_row_in_one_step_and_json_lists_them(city, capsys):
    assert main(["estimate", str(city), "--all-missing", "--proxy", "households=210,000", "--format", "json",
                 "--lang", "ko"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2022 and data["added"] == len(data["proposals"]) == _count(city)
    by_row = {p["gpc_ref"]: p for p in data["proposals"]}
    assert by_row["I.1.1"]["estimate"]["proxy"] == "households"
    assert by_row["III.1.2"]["notation_key"] == "IE" and by_row["III.1.2"]["included_in"] == "III.1.1"
    assert by_row["I.1.1"]["arithmetic"][0].startswith("국가 1.A.4.b 배출량 2022년")
    assert main(["check", str(city), "--format", "json", "--lang", "en"]) == 0
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "estimate.share_high" in rules and not any(r.startswith("national.") for r in rules)


def test_refusals_change_nothing(city, capsys):
    assert main(["estimate", str(city), "--rows", "I.1.3", "--lang", "en"]) == 1
    assert "I.1.3 cannot be estimated top-down" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["estimate", str(city), "--lang", "en"])  # neither --rows nor --all-missing
    assert info.value.code == 2
    capsys.readouterr()
    assert main(["estimate", str(city), "--rows", "I.1.1", "--proxy", "households", "--lang", "en"]) == 2
    assert "'households' is not NAME=VALUE" in capsys.readouterr().err
    assert main(["estimate", str(city), "--rows", "I.1.1", "--proxy", "households=-3", "--lang", "en"]) == 1
    assert "must be a positive number" in capsys.readouterr().err
    assert _count(city) == 0
