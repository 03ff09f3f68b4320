"""gcomdesk-cli round trip: new -> import -> summary JSON matches the core's results; set recalculates."""

import json

import pytest

from gcomdesk.cli import main
from gcomdesk.core.reference import load_reference
from gcomdesk.core.totals import summarize
from gcomdesk.samples import SAMPLE_ACTIVITY
from gcomdesk.store.project import Project


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def city(tmp_path, capsys):
    path = tmp_path / "hanbit.gcdx"
    code, out, _ = run(capsys, "--lang", "en", "new", str(path), "--name", "한빛시", "--region", "44",
                       "--year", "2022", "--population", "352,400")
    assert code == 0 and "KR-GIR-2022" in out
    code, out, err = run(capsys, "import", str(path), str(SAMPLE_ACTIVITY), "--lang", "en")
    assert code == 0, err
    assert "Imported" in out
    return path


def test_summary_json_matches_core(city, capsys):
    code, out, _ = run(capsys, "summary", str(city), "--format", "json")
    assert code == 0
    data = json.loads(out)
    with Project.open(city) as project:
        records = project.records_frame()
        results = summarize(records, project.profile, load_reference())
    assert data["records"] == len(records)
    for key, value in results.totals.items():
        assert data["totals_t"][key] == pytest.approx(value, rel=1e-9)
    assert len(data["gpc"]) == 53
    assert data["totals_incomplete"] == {}  # the sample answers I.4.4 and III.n.3 (NO with explanations)
    assert list(data["generation_t"]) == ["electricity", "chp", "heat", "renewable"]
    by_ref = {row["ref"]: row for row in data["gpc"]}
    assert by_ref["I.1.1"]["co2e_t"] == pytest.approx(results.by_gpc.loc["I.1.1", "co2e_t"])
    assert by_ref["I.4.1"]["notation_key"] == "NO" and by_ref["I.4.1"]["explanation"]
    assert data["profile"] == data["profile"] | {"region_code": "44", "year": 2022, "population": 352400,
                                                 "gwp": "AR5", "fuel_factors": "kets", "electricity_edition": "KR-GIR-2022"}
    assert {"code", "co2e_t"} <= set(data["ipcc"][0]) and {"field", "co2e_t"} <= set(data["gir_fields"][0])
    assert any(f["activity"] == "electricity" and f["edition"] == "KR-GIR-2022" for f in data["factors_used"])
    # the direct and indirect views add up to the same figure as the GIR-field view
    assert sum(g["co2e_t"] for g in data["gir_fields"]) == pytest.approx(data["totals_t"]["direct"] + data["totals_t"]["indirect"])


def test_set_gwp_recalculates(city, capsys):
    before = json.loads(run(capsys, "summary", str(city), "--format", "json")[1])["totals_t"]["basic"]
    assert run(capsys, "set", str(city), "--gwp", "SAR")[0] == 0
    after = json.loads(run(capsys, "summary", str(city), "--format", "json")[1])
    assert after["profile"]["gwp"] == "SAR"
    assert after["totals_t"]["basic"] != pytest.approx(before)


def test_set_electricity_edition(city, capsys):
    assert run(capsys, "set", str(city), "--electricity", "KR-2023")[0] == 0
    data = json.loads(run(capsys, "summary", str(city), "--format", "json")[1])
    i12 = next(r for r in data["gpc"] if r["ref"] == "I.1.2")
    assert i12["co2_t"] == 0 and i12["unsplit_co2e_t"] == pytest.approx(540_000 * 0.4173)


def test_rejected_import_exits_1_and_changes_nothing(city, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("gpc_ref,activity,amount,unit\nI.1.1,diesel,12x,kL\nI.9.9,diesel,1,kL\n", encoding="utf-8")
    with Project.open(city) as project:
        before = project.record_count()
    code, _, err = run(capsys, "--lang", "ko", "import", str(city), str(bad))
    assert code == 1
    assert "2" in err and "3" in err and "amount" in err  # rows 2 and 3, the column named
    with Project.open(city) as project:
        assert project.record_count() == before


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["new"])
    assert info.value.code == 2


def test_bad_profile_value_exits_1(tmp_path, capsys):
    code, _, err = run(capsys, "--lang", "en", "new", str(tmp_path / "x.gcdx"), "--name", "x", "--region", "99", "--year", "2022")
    assert code == 1 and "region" in err.lower()
    assert not (tmp_path / "x.gcdx").exists()


def test_foreign_file_exits_1_in_korean(tmp_path, capsys):
    p = tmp_path / "x.gcdx"
    p.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "--lang", "ko", "summary", str(p))
    assert code == 1 and "gcomdesk 프로젝트 파일이 아닙니다" in err


def test_help_in_both_languages(capsys):
    for lang, word in (("en", "inventory"), ("ko", "인벤토리")):
        with pytest.raises(SystemExit) as info:
            main(["--lang", lang, "--help"])
        assert info.value.code == 0
        assert word in capsys.readouterr().out


def test_set_electricity_side_and_heat_supplier(city, capsys):
    # KR-GIR-2022 generation side: I.1.2 540,000 MWh x 0.4403 t = 237,762 t CO2 (consumption side: x 0.4747)
    assert run(capsys, "set", str(city), "--electricity-side", "generation", "--heat", "KDHC-2021-SEJONG")[0] == 0
    data = json.loads(run(capsys, "summary", str(city), "--format", "json")[1])
    i12 = next(r for r in data["gpc"] if r["ref"] == "I.1.2")
    assert i12["co2_t"] == pytest.approx(540_000 * 0.4403)
    with Project.open(city) as project:
        assert (project.profile.electricity_side, project.profile.heat_edition) == ("generation", "KDHC-2021-SEJONG")
    # KR-2023 publishes the consumption side only: refused with the editions that have both
    code, _out, err = run(capsys, "set", str(city), "--electricity", "KR-2023")
    assert code != 0 and "KR-GIR-2022" in err
    with Project.open(city) as project:
        assert project.profile.electricity_edition == "KR-GIR-2022"  # unchanged
