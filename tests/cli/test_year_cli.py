"""`gcomdesk-cli year ...`, `--year` on summary/check/export/set, the import's year routing, and
`summary --format json` years and changes, on a three-year project (2018 base, 2021, 2022) of
reported tonnes (CO2e = the tonnes entered, so every figure is checked by hand)."""

from __future__ import annotations

import json

import openpyxl
import pytest

from gcomdesk.cli import main
from gcomdesk.store.project import Project

TONNES = {"I.1.1": (1000, 1050, 1200), "I.2.1": (5000, 5000, 5000), "I.3.1": (10, 10, 20), "II.1.1": (3000, 2000, 2000)}
YEARS = (2018, 2021, 2022)


def run(capsys, *args):
    code = main(["--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def city(tmp_path, capsys):
    path = tmp_path / "city.gcdx"
    assert run(capsys, "new", str(path), "--name", "시험시", "--region", "11", "--year", "2022",
               "--population", "100,000")[0] == 0
    for year in (2018, 2021):
        code, out, err = run(capsys, "year", "add", str(path), str(year))
        assert code == 0, err
        assert f"Added {year}" in out and "(empty)" in out
    assert run(capsys, "set", str(path), "--year", "2018", "--population", "95,000")[0] == 0
    assert run(capsys, "set", str(path), "--year", "2021", "--population", "98,000")[0] == 0
    assert run(capsys, "year", "base", str(path), "2018")[0] == 0
    data = tmp_path / "tonnes.csv"
    lines = ["year,gpc_ref,co2_t,data_source,quality"]
    lines += [f"{year},{ref},{t[i]},survey,M" for ref, t in TONNES.items() for i, year in enumerate(YEARS)]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), str(data))
    assert code == 0, err
    return path


def test_year_list_gives_every_year_s_total_by_hand(city, capsys):
    code, out, _ = run(capsys, "year", "list", str(city), "--format", "json")
    listed = json.loads(out)
    assert [(y["year"], y["records"], y["base_year"]) for y in listed["years"]] == [
        (2018, 4, True), (2021, 4, False), (2022, 4, False)]
    # BASIC: 2018 1000+5000+10+3000 = 9010; 2021 8060; 2022 8220
    assert [y["totals_t"]["basic"] for y in listed["years"]] == [9010, 8060, 8220]
    assert listed["years"][0]["electricity_edition"] != listed["years"][2]["electricity_edition"]  # each its own
    code, out, _ = run(capsys, "year", "list", str(city))
    assert "(base year)" in out and "8,220.0" in out


def test_summary_json_years_and_changes_by_hand(city, capsys):
    code, out, _ = run(capsys, "summary", str(city), "--format", "json")
    data = json.loads(out)
    assert data["profile"]["year"] == 2022 and data["profile"]["base_year"] == 2018
    assert [y["year"] for y in data["years"]] == [2018, 2021, 2022]
    previous = {r["ref"]: r for r in data["changes"]["previous"]["rows"]}
    assert data["changes"]["previous"]["year"] == 2021
    assert previous["I.1.1"]["change_t"] == 150 and previous["I.1.1"]["change_pct"] == pytest.approx(150 / 1050)
    assert previous["I.1.1"]["needs_explanation"] and not previous["I.3.1"]["needs_explanation"]
    base = {r["ref"]: r for r in data["changes"]["base"]["rows"]}
    assert base["II.1.1"]["change_pct"] == pytest.approx(-1 / 3) and base["II.1.1"]["needs_explanation"]
    assert base["basic"]["change_t"] == -790
    code, out, _ = run(capsys, "summary", str(city), "--year", "2021", "--format", "json")
    data = json.loads(out)
    assert data["totals_t"]["basic"] == 8060 and data["changes"]["previous"]["year"] == 2018
    code, out, _ = run(capsys, "summary", str(city), "--year", "2021")
    assert "Factor editions: each year its own" in out


def test_check_and_export_take_the_year(city, capsys, tmp_path):
    code, out, _ = run(capsys, "check", str(city), "--year", "2021", "--format", "json")
    rules = {(f["rule"], f["gpc_ref"] or f["field"]) for f in json.loads(out)["findings"]}
    assert ("trend.change_previous", "basic") in rules and ("trend.change_previous", "II.1.1") in rules
    code, out, err = run(capsys, "export", str(city), "--year", "2021", "--out", str(tmp_path / "x"), "--draft",
                         "--charts", "none")
    assert code == 0, err
    workbook = next((tmp_path / "x").glob("*.xlsx"))
    assert "2021" in workbook.name and "Years" in openpyxl.load_workbook(workbook).sheetnames


def test_copy_a_year_with_amounts_kept_or_cleared_and_delete_it(city, capsys):
    code, out, _ = run(capsys, "year", "add", str(city), "2023", "--copy-from", "2022", "--keep-amounts")
    assert code == 0 and "4 records copied from 2022" in out and "kept" in out
    code, out, _ = run(capsys, "summary", str(city), "--format", "json")
    assert json.loads(out)["totals_t"]["basic"] == 8220  # the latest year is now 2023, a copy of 2022
    code, out, _ = run(capsys, "year", "delete", str(city), "2023")
    assert code == 0 and "4 records" in out
    code, out, _ = run(capsys, "year", "add", str(city), "2023", "--copy-from", "2022")
    assert "cleared" in out
    code, out, _ = run(capsys, "summary", str(city), "--format", "json")
    assert json.loads(out)["totals_t"]["basic"] == 0


@pytest.mark.parametrize("args, says", [
    (("year", "add", "{f}", "2022"), "already holds the year 2022"),
    (("year", "add", "{f}", "2019", "--copy-from", "2017"), "no inventory year 2017"),
    (("year", "delete", "{f}", "2019"), "no inventory year 2019"),
    (("summary", "{f}", "--year", "2019"), "it holds: 2018, 2021, 2022"),
    (("set", "{f}", "--year", "2019", "--gwp", "AR4"), "no inventory year 2019"),
    (("set", "{f}", "--year", "2021", "--rename-year", "2022"), "already holds the year 2022"),
])
def test_bad_years_are_refused_and_change_nothing(city, capsys, args, says):
    before = city.read_bytes()
    code, _, err = run(capsys, *[a.format(f=city) for a in args])
    assert code == 1 and says in err and "Traceback" not in err
    assert city.read_bytes() == before


def test_out_of_range_year_is_a_usage_error(city, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--lang", "en", "year", "add", str(city), "1850"])
    assert info.value.code == 2


def test_the_last_year_cannot_be_deleted(tmp_path, capsys):
    path = tmp_path / "one.gcdx"
    run(capsys, "new", str(path), "--name", "x", "--region", "11", "--year", "2022")
    code, _, err = run(capsys, "year", "delete", str(path), "2022")
    assert code == 1 and "only year" in err
    code, _, err = main(["--lang", "ko", "year", "delete", str(path), "2022"]), None, capsys.readouterr().err
    assert code == 1 and "유일한 연도" in err


def test_import_routes_rows_by_year_and_asks_for_missing_years(city, capsys, tmp_path):
    data = tmp_path / "more.csv"
    data.write_text("연도,GPC코드,co2_t,자료출처,자료품질\n2020,I.1.1,7,s,M\n2019,I.1.1,8,s,M\n,I.1.1,9,s,M\n",
                    encoding="utf-8")
    before = city.read_bytes()
    code, _, err = run(capsys, "import", str(city), str(data))
    assert code == 1 and "row 2, column 연도" in err and "row 3, column 연도" in err and "--add-years" in err
    assert city.read_bytes() == before
    code, _, err = main(["--lang", "ko", "import", str(city), str(data)]), None, capsys.readouterr().err
    assert "2020년 인벤토리가 없습니다" in err
    code, out, err = run(capsys, "import", str(city), str(data), "--add-years", "--year", "2021")
    assert code == 0, err
    with Project.open(city) as project:
        assert project.years() == [2018, 2019, 2020, 2021, 2022]
        routed = sorted((r.year, r.co2_t) for r in project.records() if r.co2_t in (7, 8, 9))
    assert routed == [(2019, 8.0), (2020, 7.0), (2021, 9.0)]  # no year: --year 2021


def test_rename_a_year_with_set(city, capsys):
    code, out, _ = run(capsys, "set", str(city), "--year", "2021", "--rename-year", "2020")
    assert code == 0
    with Project.open(city) as project:
        assert project.years() == [2018, 2020, 2022] and project.profile_of(2020).population == 98_000
