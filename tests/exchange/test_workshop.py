"""The workshop kit: `workshop prepare` writes the key, exercise files and data sheets; trainees'
entries (made through Project/ChangeSet, as the window makes them) with one planted mistake each are
classified by `workshop compare` as planted; the report workbook reads back; bad input is named.

The sample city's figures (resources/samples/hanbit_activity.csv): I.1.2 electricity 540,000 MWh,
I.1.1 city gas 95,000 천Nm3 and kerosene 6,500 kL, I.2.1 diesel 2,100 kL, I.5.2 electricity
95,000 MWh, II.1.1 gasoline 95,000 kL, I.4.1 NO, I.8.1 NE."""

from __future__ import annotations

import dataclasses
import json
import shutil

import openpyxl
import pytest

from gcomdesk.cli import main
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.request_content import sector_rows
from gcomdesk.exchange.workshop import KEY_NAME
from gcomdesk.exchange.workshop.classify import amount_cause, transposed, unit_ratios
from gcomdesk.exchange.workshop.figures import Entry
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project

BLANKED = ("stationary", "transport")


def run(capsys, *args, lang="en"):
    code = main(["--lang", lang, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def key_records(key):
    """What the trainee should enter: the key's records of the cleared sectors, without ids."""
    ref = load_reference()
    rows = {r for s in BLANKED for r in sector_rows(s, ref)}
    with Project.open(key) as project:
        return [dataclasses.replace(r, id=None) for r in project.records() if r.gpc_ref in rows]


def enter(path, records):
    """The trainee enters the sheet's numbers: one ChangeSet, as the window's import writes them."""
    with Project.open(path) as project:
        project.apply(ChangeSet(add=tuple(records), label="trainee"), user="trainee")


def changed(records, row, activity, /, **fields):
    out, hits = [], 0
    for r in records:
        if r.gpc_ref == row and (r.activity or None) == activity:
            hits += 1
            r = dataclasses.replace(r, **fields)
        out.append(r)
    assert hits == 1, (row, activity)
    return out


def without(records, gpc_ref, activity=None):
    kept = [r for r in records if not (r.gpc_ref == gpc_ref and (activity is None or r.activity == activity))]
    assert len(kept) == len(records) - 1
    return kept


# participant number -> (how the trainee's entries differ from the sheet, the differences expected)
PLANTED = {
    1: (lambda rs: rs, set()),
    2: (lambda rs: changed(rs, "I.1.2", "electricity", unit="kWh"), {("I.1.2", "wrong_unit")}),  # MWh typed as kWh
    3: (lambda rs: changed(rs, "I.1.1", "city_gas_lng", amount=95.0), {("I.1.1", "wrong_unit")}),  # 95,000 천Nm3 read as 95 (x0.001)
    4: (lambda rs: changed(rs, "I.2.1", "diesel", gpc_ref="I.3.1"), {("I.2.1", "wrong_row")}),
    5: (lambda rs: changed(rs, "I.1.2", "electricity", gpc_ref="I.1.1"), {("I.1.2", "scope_swap")}),
    6: (lambda rs: changed(without(rs, "I.8.1"), "I.4.1", None, explanation=""),
        {("I.4.1", "notation"), ("I.8.1", "notation")}),  # NO without its explanation; NE not entered
    7: (lambda rs: changed(rs, "II.1.1", "gasoline", amount=9500.0), {("II.1.1", "magnitude_typo")}),  # a zero short
    8: (lambda rs: changed(rs, "I.1.1", "kerosene", amount=5600.0), {("I.1.1", "magnitude_typo")}),  # 6,500 -> 5,600
    9: (lambda rs: without(rs, "I.5.2", "electricity"), {("I.5.2", "missing_row")}),
}


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    """A prepared workshop of nine participants, each with the planted mistake entered."""
    folder = tmp_path_factory.mktemp("workshop")
    assert main(["--lang", "en", "workshop", "prepare", "--participants", "9", "--out", str(folder)]) == 0
    sheet = key_records(folder / KEY_NAME)
    for number, (plant, _) in PLANTED.items():
        enter(folder / f"participant-{number:02d}.gcdx", plant(list(sheet)))
    return folder


def test_prepare_writes_the_key_exercises_and_sheets(room):
    names = sorted(p.name for p in room.iterdir())
    assert names == sorted([KEY_NAME] + [f"participant-{i:02d}.gcdx" for i in range(1, 10)]
                           + [f"participant-{i:02d}-data.xlsx" for i in range(1, 10)])
    with Project.open(room / KEY_NAME) as key:
        assert {r.gpc_ref for r in key.records()} >= {"I.1.2", "II.1.1", "III.1.1"}
        total = len(key.records())
    with Project.open(room / "participant-03.gcdx") as exercise:
        audit = [c for c in exercise.changes() if "workshop: cleared" in (c["detail"] or "")]
        assert len(audit) == 1  # cleared in one ChangeSet
        # what is left: the waste sector, untouched; plus the trainee's entries
        assert len(exercise.records()) == total


def test_data_sheet_reads_like_the_source_tables(tmp_path, capsys):
    code, out, err = run(capsys, "workshop", "prepare", "--participants", "2", "--out", str(tmp_path / "w"),
                         "--blank", "stationary,waste", lang="ko")
    assert code == 0, err
    path = tmp_path / "w" / "참가자-02 자료.xlsx"
    assert (tmp_path / "w" / "참가자-01.gcdx").exists()
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["전력", "도시가스", "석유제품", "폐기물", "산정방법 입력값", "기타 항목"]
    rows = {ws.title: [r for r in ws.iter_rows(values_only=True)] for ws in wb}
    assert rows["전력"][3] == ("계약종별", "판매량", "단위")  # the KEPCO table's header
    # 천kWh as KEPCO tables write it (= MWh, kepco-sales.json): reading it is part of the exercise
    assert ("주택용", 540000, "천kWh") in rows["전력"] and ("농사용", 95000, "천kWh") in rows["전력"]
    assert ("주택용", 95000, "천㎥") in rows["도시가스"] and ("산업용", 60000, "천㎥") in rows["도시가스"]
    assert ("가정", "등유", 6500, "kL") in rows["석유제품"]
    assert ("소각", 38000, "톤") in rows["폐기물"] and ("퇴비화", 14500, "톤") in rows["폐기물"]
    assert any(r[0] == "I.4.1" and r[4] == "NO" for r in rows["기타 항목"])
    for ws in wb:
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.oddHeader.left.text == "참가자-02"


def test_prepare_refuses_what_it_cannot_do(tmp_path, capsys):
    (tmp_path / "w").mkdir()
    (tmp_path / "w" / "participant-01.gcdx").write_text("mine")
    code, _, err = run(capsys, "workshop", "prepare", "--participants", "1", "--out", str(tmp_path / "w"))
    assert code == 1 and "participant-01.gcdx already exists" in err
    assert (tmp_path / "w" / "participant-01.gcdx").read_text() == "mine"
    code, _, err = run(capsys, "workshop", "prepare", "--participants", "1", "--out", str(tmp_path / "x"), "--blank", "energy")
    assert code == 1 and "Unknown sector 'energy'" in err
    code, _, err = run(capsys, "workshop", "prepare", "--participants", "1", "--out", str(tmp_path / "y"),
                       "--from", str(tmp_path / "w" / "participant-01.gcdx"))
    assert code == 1 and "participant-01.gcdx" in err


def test_compare_classifies_every_planted_mistake(room, capsys):
    code, out, err = run(capsys, "workshop", "compare", "--key", str(room / KEY_NAME), str(room), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    found = {p["name"]: {(d["gpc_ref"], d["class"]) for d in p["differences"]} for p in data["participants"]}
    for number, (_, expected) in PLANTED.items():
        assert found[f"participant-{number:02d}"] == expected, number
    by_name = {p["name"]: p for p in data["participants"]}
    swap = by_name["participant-05"]["differences"][0]
    assert swap["other_ref"] == "I.1.1" and "CO2" in swap["gases"]
    # I.1.2 in the key: 540,000 MWh x KR-GIR-2022 (electricity_kr.csv: 0.4747 t CO2, 0.0125 kg CH4,
    # 0.0100 kg N2O per MWh) with AR5 GWPs (28, 265) = 540,000 x 0.4777 = 257,958 t; nothing entered there
    assert swap["key_co2e_t"] == pytest.approx(257_958.0) and swap["entered_co2e_t"] == 0
    summary = {s["class"]: (s["mistakes"], s["participants"]) for s in data["summary"]}
    assert summary["notation"] == (2, 1) and summary["magnitude_typo"] == (2, 2) and summary["wrong_unit"] == (2, 2)
    assert [s["class"] for s in data["summary"]][:3] == ["wrong_unit", "notation", "magnitude_typo"]  # most common first


def test_compare_report_workbook_in_korean(room, tmp_path, capsys):
    target = tmp_path / "report.xlsx"
    code, out, err = run(capsys, "workshop", "compare", "--key", str(room / KEY_NAME), str(room), "--out", str(target), lang="ko")
    assert code == 0, err
    assert "단위 오류" in out and "참가자 2명" in out
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["전체 요약"] + [f"participant-{i:02d}" for i in range(1, 10)]
    summary = [r for r in wb["전체 요약"].iter_rows(values_only=True)]
    assert ("단위 오류", 2, 2) in summary and ("누락 항목", 1, 1) in summary
    assert wb["participant-01"]["A3"].value.startswith("차이 없음")
    row = [r for r in wb["participant-05"].iter_rows(min_row=3, values_only=True)][0]
    assert row[:2] == ("I.1.2", "Scope 1·2 혼동") and "전력 540,000 MWh" in row[2] and "I.1.1" in row[2]
    row = [r for r in wb["participant-08"].iter_rows(min_row=3, values_only=True)][0]
    assert row[1] == "입력 오타 (자릿수)" and "두 자리 숫자가 바뀜" in row[2]


def test_unit_pairs_and_typos():
    def cause(key_amount, key_unit, amount, unit):
        return amount_cause(Entry("I.2.1", "activity", "heat", key_amount, key_unit),
                            Entry("I.2.1", "activity", "heat", amount, unit))[0]

    assert cause(1000.0, "GJ", 1000.0, "Gcal") == "wrong_unit"  # the GJ figure typed under Gcal
    assert cause(4186.8, "GJ", 1000.0, "GJ") == "wrong_unit"  # 1,000 Gcal read as GJ: 4.1868 (IT calorie, units.csv)
    assert cause(2.0, "GJ", 2000.0, "GJ") == "wrong_unit"  # MJ figure entered as GJ
    assert cause(500.0, "kL", 500000.0, "kL") == "wrong_unit"  # litres read as kL
    assert cause(500.0, "kL", 50.0, "kL") == "magnitude_typo"
    assert cause(500.0, "kL", 5000000.0, "kL") == "magnitude_typo"  # x10,000
    assert cause(1234.0, "kL", 1324.0, "kL") == "magnitude_typo"
    assert cause(1234.0, "kL", 1299.0, "kL") == "other"
    assert transposed(95000, 59000) and transposed(95000, 90500) and not transposed(95000, 95500) and not transposed(1234, 4231)
    assert any(abs(r - 4.1868) < 1e-9 for r in unit_ratios()) and 1000.0 in unit_ratios()


def test_compare_names_the_bad_input(room, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("x")
    code, _, err = run(capsys, "workshop", "compare", "--key", str(room / KEY_NAME), str(empty))
    assert code == 1 and str(empty) in err and "no participant files" in err
    code, _, err = run(capsys, "workshop", "compare", "--key", str(room / "participant-01-data.xlsx"), str(room), lang="ko")
    assert code == 1 and "participant-01-data.xlsx" in err and "정답 파일" in err
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(room / "participant-01.gcdx", other / "participant-01.gcdx")
    shutil.copy(room / "participant-02.gcdx", other / "participant-02.gcdx")
    with Project.open(other / "participant-02.gcdx") as project:
        project.apply(ChangeSet(profile={"year": 2021}, year=2022))
    code, _, err = run(capsys, "workshop", "compare", "--key", str(room / KEY_NAME), str(other))
    assert code == 1 and "participant-02.gcdx is an inventory of 2021" in err and "2022" in err
