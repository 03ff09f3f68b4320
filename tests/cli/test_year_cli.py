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


NOT_HELD = ("no inventory year {y}; its years: 2018, 2021, 2022", "{y}년 인벤토리가 없습니다. 있는 연도: 2018, 2021, 2022")


@pytest.mark.parametrize("args, code, en, ko", [
    # the store refuses: exit 1 (rejected input)
    (("year", "add", "{f}", "2022"), 1, "already holds the year 2022", "2022년이 이미 있습니다"),
    (("set", "{f}", "--year", "2021", "--rename-year", "2022"), 1, "already holds the year 2022", "2022년이 이미 있습니다"),
    # a year the project does not hold, named on the command line: a usage error, exit 2, listing the years
    (("year", "add", "{f}", "2019", "--copy-from", "2017"), 2, *[m.format(y=2017) for m in NOT_HELD]),
    (("year", "delete", "{f}", "2019"), 2, *[m.format(y=2019) for m in NOT_HELD]),
    (("year", "base", "{f}", "2019"), 2, *[m.format(y=2019) for m in NOT_HELD]),
    (("summary", "{f}", "--year", "2019"), 2, *[m.format(y=2019) for m in NOT_HELD]),
    (("check", "{f}", "--year", "2019"), 2, *[m.format(y=2019) for m in NOT_HELD]),
    (("export", "{f}", "--year", "2019", "--out", "{f}.out"), 2, *[m.format(y=2019) for m in NOT_HELD]),
    (("set", "{f}", "--year", "2019", "--gwp", "AR4"), 2, *[m.format(y=2019) for m in NOT_HELD]),
    (("import", "{f}", "{f}.csv", "--year", "2019"), 2, *[m.format(y=2019) for m in NOT_HELD]),
    (("year", "add", "{f}", "2023", "--keep-amounts"), 2, "--keep-amounts needs --copy-from YEAR", "--copy-from YEAR(활동량을 유지할 연도)가 필요합니다"),
])
def test_bad_years_are_refused_in_both_languages_and_change_nothing(city, capsys, args, code, en, ko):
    before = city.read_bytes()
    for lang, says in (("en", en), ("ko", ko)):
        got, out, err = main(["--lang", lang, *[a.format(f=city) for a in args]]), *capsys.readouterr()
        assert got == code and says in err and "Traceback" not in err, err
        assert out == ""
    assert city.read_bytes() == before and not city.with_name(city.name + ".out").exists()


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


def test_each_year_calculates_with_the_grid_edition_published_for_it(tmp_path, capsys):
    """1,000 MWh in each year (resources/reference/electricity_kr.csv, GIR approvals, consumption side;
    AR5 CH4 28, N2O 265 from resources/reference/gwp.csv, IPCC AR5 WG1 Table 8.A.1):
    2018 and 2021, KR-GIR-2014-16: 456.7 t + 3.6 kg x 28 + 8.5 kg x 265 = 456.7 + 0.1008 + 2.2525 = 459.0533 t;
    2022, KR-GIR-2022: 474.7 t + 12.5 kg x 28 + 10.0 kg x 265 = 474.7 + 0.35 + 2.65 = 477.7 t."""
    path, data = tmp_path / "grid.gcdx", tmp_path / "grid.csv"
    run(capsys, "new", str(path), "--name", "전력시", "--region", "11", "--year", "2018")
    data.write_text("연도,GPC코드,활동,활동량,단위,자료출처\n2021,I.1.2,전력,1000,MWh,KEPCO\n"
                    "2022,I.1.2,전력,1000,MWh,KEPCO\n,I.1.2,전력,1000,MWh,KEPCO\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), str(data), "--add-years", "--year", "2018")
    assert code == 0, err
    listed = {y["year"]: y for y in json.loads(run(capsys, "year", "list", str(path), "--format", "json")[1])["years"]}
    assert {y: r["electricity_edition"] for y, r in listed.items()} == {
        2018: "KR-GIR-2014-16", 2021: "KR-GIR-2014-16", 2022: "KR-GIR-2022"}
    assert listed[2018]["totals_t"]["scope2"] == pytest.approx(459.0533, abs=1e-4)
    assert listed[2021]["totals_t"]["scope2"] == pytest.approx(459.0533, abs=1e-4)
    assert listed[2022]["totals_t"]["scope2"] == pytest.approx(477.7, abs=1e-4)
    changes = json.loads(run(capsys, "summary", str(path), "--format", "json")[1])["changes"]
    row = {r["ref"]: r for r in changes["previous"]["rows"]}["I.1.2"]
    # +18.6467 t = +4.06 %: under the 10 % threshold (resources/checks), nothing to explain
    assert row["change_t"] == pytest.approx(18.6467, abs=1e-4) and not row["needs_explanation"]


def test_opening_an_older_file_says_once_where_its_copy_is(tmp_path, capsys):
    import shutil
    from pathlib import Path

    path = tmp_path / "hanbit_v1.gcdx"
    shutil.copy(Path(__file__).parents[1] / "store" / "data" / "hanbit_v1.gcdx", path)
    code, out, err = run(capsys, "summary", str(path), "--format", "json")
    assert code == 0 and json.loads(out)["years"]  # stdout stays JSON: the note is on stderr
    backup = path.with_name(path.name + ".v1-backup")  # store.project.backup_path of a version-1 file
    assert backup.is_file() and err.count("\n") == 1 and str(backup) in err and "older gcomdesk" in err
    assert run(capsys, "summary", str(path))[2] == ""  # already migrated: nothing to say
