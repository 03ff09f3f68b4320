"""`gcomdesk-cli import FILE TABLE --profile NAME [--map ...]`: the report printed, one ChangeSet,
and the project file unchanged byte for byte after every rejection (each profile's broken file,
심야 without an answer, an unknown profile)."""

from __future__ import annotations

import hashlib

import pytest

from gcomdesk.cli import main
from gcomdesk.store.project import Project
from tests.exchange.profiles.sources import (
    gas_csv,
    kepco_xlsx,
    petroleum_xlsx,
    registrations_xlsx,
    waste_xlsx,
    write_csv,
)


def run(capsys, *args):
    code = main(["--lang", "en", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def city(tmp_path, capsys):
    path = tmp_path / "hanbit.gcdx"
    assert run(capsys, "new", path, "--name", "한빛시", "--region", "44", "--year", "2022")[0] == 0
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kepco_sales_with_night_power_answered(city, tmp_path, capsys):
    code, out, err = run(capsys, "import", city, kepco_xlsx(tmp_path / "kepco.xlsx"), "--profile", "kepco-sales",
                         "--map", "심야=I.1.2")
    assert code == 0, err
    assert "Imported 6 records" in out and "심야전력(갑) -> I.1.2 (as answered): 1" in out and "totals row" in out
    with Project.open(city) as project:
        records = project.records_frame()
        assert sorted(records["gpc_ref"]) == ["I.1.2", "I.1.2", "I.2.2", "I.2.2", "I.2.2", "I.3.2"]
        assert set(records["year"]) == {2022} and records["amount"].sum() == 8_944_567
        assert len(project.changes()) == 1 + 1  # the project's creation and ONE import


def broken_files(tmp_path):
    return {
        "kepco-sales": kepco_xlsx(tmp_path / "k.xlsx", night=False, amount_title="요금"),
        "city-gas-sales": gas_csv(tmp_path / "g.csv", title="공급열량"),
        "petroleum-sales": write_csv(tmp_path / "p.csv", [["단위: kL"], ["지역", "판매량"], ["한빛시", "10"]]),
        "waste-treatment": write_csv(tmp_path / "w.csv", [["구분", "수집"], ["생활", "10"]]),
        "vehicles": registrations_xlsx(tmp_path / "v.xlsx", daily_title="비고"),
    }


@pytest.mark.parametrize("name", ["kepco-sales", "city-gas-sales", "petroleum-sales", "waste-treatment", "vehicles"])
def test_a_broken_file_names_the_missing_column_and_changes_nothing(name, city, tmp_path, capsys):
    before = digest(city)
    code, out, err = run(capsys, "import", city, broken_files(tmp_path)[name], "--profile", name)
    assert code == 1 and "was not found (looked for a header named:" in err and "Nothing was changed" in err
    assert digest(city) == before


def test_night_power_unanswered_and_other_refusals_change_nothing(city, tmp_path, capsys):
    before = digest(city)
    code, _, err = run(capsys, "import", city, kepco_xlsx(tmp_path / "kepco.xlsx"), "--profile", "kepco-sales")
    assert code == 1 and "심야전력(갑)" in err and "--map 심야=I.1.2" in err
    code, _, err = run(capsys, "import", city, petroleum_xlsx(tmp_path / "oil.xlsx"), "--profile", "petrol")
    assert code == 1 and "kepco-sales" in err
    code, _, err = run(capsys, "import", city, kepco_xlsx(tmp_path / "kepco.xlsx"), "--profile", "kepco-sales", "--map", "심야")
    assert code == 2 and "CATEGORY=TARGET" in err
    code, _, err = run(capsys, "import", city, waste_xlsx(tmp_path / "waste.xlsx"), "--profile", "waste-treatment")
    assert code == 1 and "기타" in err
    assert digest(city) == before
