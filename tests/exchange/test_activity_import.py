"""Parsing rows into records, the errors of each bad cell, and the all-or-nothing import."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pandas.testing import assert_frame_equal

from gcomdesk.core.errors import GcomdeskError, ImportRejected
from gcomdesk.core.messages import catalogue_entries
from gcomdesk.core.model import new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange import activity_import
from gcomdesk.exchange.activity_import import (
    import_activity_file,
    parse_activity_table,
    read_activity_file,
    records_of,
)
from gcomdesk.exchange.tabular import ImportFileError, Table
from gcomdesk.store.project import Project

KOREAN = (
    "연도,GPC코드,활동,활동량,단위,배출계수_CO2,배출량_CO2,표기키,설명,포함위치,자료출처,자료품질,비고,시설명\n"
    '2022,I.1.1,경유," 150,000 ",㎘,,,,,,지역 석유 판매,상,,\n'
    "2022,I.2.1,도시가스(LNG),\"1,234.5\",천Nm3,2100.5,,,,,도시가스사,중,업무용,\n"
    "\n"
    "2022,I.3.1,유연탄,12,톤,,,,,,,하,,A공장\n"
    "2022,I.1.3,,,,,,ie,전력 배출계수에 포함,I.1.2,,,,\n"
    "2022,I.3.1,,,,,\"3,000\",,,,배출권거래제 명세서,H,,B공장\n"
)


@pytest.fixture
def project(tmp_path):
    profile = new_profile(load_reference(), name_ko="테스트시", region_code="44", year=2022)
    with Project.create(tmp_path / "p.gcdx", profile, user="tester") as proj:
        yield proj


def _table(text: str) -> Table:
    lines = text.split("\n")
    header, rows = [c.strip() for c in lines[0].split(",")], []
    for number, line in enumerate(lines[1:], start=2):
        if line.strip():
            rows.append((number, [c.strip() for c in line.split(",")]))
    return Table.from_rows(header, rows)


def _rejected(text: str) -> list[tuple[int, str, str]]:
    with pytest.raises(ImportRejected) as info:
        parse_activity_table(_table(text), "t.csv")
    return [(e.row, e.column, e.message.key) for e in info.value.errors]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_korean_file_in_each_encoding(tmp_path, encoding):
    path = tmp_path / "활동자료.csv"
    path.write_bytes(KOREAN.encode(encoding))
    records = records_of(read_activity_file(path))
    assert [(r.kind, r.gpc_ref, r.import_row) for r in records] == [
        ("activity", "I.1.1", 2), ("activity", "I.2.1", 3), ("activity", "I.3.1", 5),
        ("notation", "I.1.3", 6), ("reported", "I.3.1", 7),
    ]
    diesel, gas, coal, ie, reported = records
    assert (diesel.activity, diesel.amount, diesel.unit, diesel.quality, diesel.year) == ("diesel", 150000.0, "kL", "H", 2022)
    assert (gas.activity, gas.amount, gas.unit, gas.ef_co2, gas.notes) == ("city_gas_lng", 1234.5, "kNm3", 2100.5, "업무용")
    assert (coal.activity, coal.unit, coal.facility, coal.quality) == ("bituminous_fuel", "t", "A공장", "L")
    assert (ie.notation_key, ie.included_in, ie.explanation) == ("IE", "I.1.2", "전력 배출계수에 포함")
    assert (reported.co2_t, reported.data_source, reported.amount) == (3000.0, "배출권거래제 명세서", None)
    assert {r.import_file for r in records} == {"활동자료.csv"}


def test_xlsx_named_sheet_with_english_headers_in_any_order(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["ignored"])
    ws = wb.create_sheet("2022 자료")
    ws.append([" UNIT ", "Amount", "GPC_Ref", "Activity", "Year", "Quality"])
    ws.append(["MWh", 1500.25, "I.1.2", "전력", 2022, "m"])
    ws.append(["Gcal", 80, "I.2.2", "열", None, None])
    wb.save(tmp_path / "b.xlsx")
    records = records_of(read_activity_file(tmp_path / "b.xlsx", sheet="2022 자료"))
    assert [(r.activity, r.amount, r.unit, r.year, r.quality, r.import_row) for r in records] == [
        ("electricity", 1500.25, "MWh", 2022, "M", 2), ("district_heat", 80.0, "Gcal", None, None, 3),
    ]


def test_xlsx_dates_and_error_cells_are_not_numbers(tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["gpc_ref", "activity", "amount", "unit"])
    wb.active.append(["I.1.1", "경유", datetime(2022, 3, 1), "㎘"])
    wb.active.append(["I.1.1", "경유", "#DIV/0!", "㎘"])
    wb.save(tmp_path / "c.xlsx")
    with pytest.raises(ImportRejected) as info:
        read_activity_file(tmp_path / "c.xlsx")
    assert [(e.row, e.column, e.message.key) for e in info.value.errors] == [
        (2, "amount", "number.invalid"), (3, "amount", "number.invalid"),
    ]


def test_syntax_only_dubious_rows_are_imported():
    records = records_of(parse_activity_table(_table("gpc_ref,activity,amount,unit\nI.1.1,전력,-5,MWh\ni.1.1 ,diesel,0,L"), "t.csv"))
    assert [(r.gpc_ref, r.activity, r.amount) for r in records] == [("I.1.1", "electricity", -5.0), ("I.1.1", "diesel", 0.0)]


BASE = "year,gpc_ref,activity,amount,unit,ef_co2,co2_t,notation_key,included_in,quality\n"


@pytest.mark.parametrize(("row", "column", "key"), [
    ("2022,I.1.1,diesel,abc,kL,,,,,", "amount", "number.invalid"),
    ("2022,I.1.1,diesel,nan,kL,,,,,", "amount", "number.invalid"),
    ("2022,I.1.1,diesel,inf,kL,,,,,", "amount", "number.invalid"),
    ("2022,I.1.1,diesel,1e999,kL,,,,,", "amount", "number.not_finite"),
    ("2022,I.1.1,diesel,1;5,kL,,,,,", "amount", "number.invalid"),
    ("2022,I.1.1,diesel,1,kL,x,,,,", "ef_co2", "number.invalid"),
    ("2022,I.1.1,diesel,,kL,,,,,", "amount", "import.amount.required"),
    ("2022,I.1.1,diesel,1,,,,,,", "unit", "import.unit.required"),
    ("2022,I.9.9,diesel,1,kL,,,,,", "gpc_ref", "import.gpc_ref.unknown"),
    ("2022,,diesel,1,kL,,,,,", "gpc_ref", "import.gpc_ref.required"),
    ("2022,I.1.1,경우,1,kL,,,,,", "activity", "import.activity.unknown"),
    ("2022,I.1.1,,1,kL,,,,,", "activity", "import.activity.required"),
    ("2022,I.1.1,diesel,1,톤,,,,,", "unit", "unit.not_for_activity"),
    ("2022,I.1.1,diesel,1,gallon,,,,,", "unit", "unit.unknown"),
    ("2022,I.1.1,diesel,1,gal\x1flon,,,,,", "unit", "unit.unknown"),  # a control character is no separator
    ("2022,I.1.1,diesel,1,kL,,,,,Z", "quality", "import.quality.unknown"),
    ("1989,I.1.1,diesel,1,kL,,,,,", "year", "import.year.invalid"),
    ("2022.5,I.1.1,diesel,1,kL,,,,,", "year", "import.year.invalid"),
    ("2022,I.1.3,,,,,,XX,,", "notation_key", "import.notation.unknown"),
    ("2022,I.1.3,전력,1,MWh,,,IE,,", "notation_key", "import.notation.with_values"),
    ("2022,I.1.3,,,,,5,NO,,", "notation_key", "import.notation.with_values"),
    ("2022,I.1.3,,,,,,IE,I.99,", "included_in", "import.gpc_ref.unknown"),
    ("2022,I.1.1,diesel,1,kL,,5,,,", "co2_t", "import.activity.with_tonnes"),
    ("2022,I.3.1,,,,,-x,,,", "co2_t", "number.invalid"),
    ("2022,I.1.1,,,,,,,,H", "activity", "import.row.no_kind"),
    ("2022,I.1.1,diesel,1,kL,,,,,,surplus", "K", "import.cell.outside"),
])
def test_each_bad_cell_names_row_column_and_problem(row, column, key):
    assert _rejected(BASE + "2022,I.1.1,diesel,1,kL,,,,,\n\n" + row) == [(4, column, key)]


def test_every_error_of_a_file_is_reported_with_the_header_as_written():
    text = " 연도 ,GPC코드,활동,활동량,단위,자료품질\n2022,I.1.1,경유,x,㎘,\n2022,I.1.1,경유,1,㎘,\n\n20x,I.0,휘발류,1,kg,최고\n"
    assert _rejected(text) == [
        (2, "활동량", "number.invalid"),
        (5, "연도", "import.year.invalid"), (5, "GPC코드", "import.gpc_ref.unknown"),
        (5, "활동", "import.activity.unknown"), (5, "자료품질", "import.quality.unknown"),
    ]


@pytest.mark.parametrize(("header", "expected"), [
    ("gpc_ref,activity,amount,unit,colour", [(1, "colour", "import.header.unknown")]),
    ("gpc_ref,activity,amount,unit,활동량", [(1, "활동량", "import.header.duplicate")]),
    ("activity,amount,unit", [(1, "gpc_ref", "import.header.required")]),
    ("gpc_ref,year,notes", [(1, "activity", "import.header.needs_kind")]),
    ("gpc_ref,activity", [(1, "amount", "import.header.needs_amount_unit"), (1, "unit", "import.header.needs_amount_unit")]),
    ("gpc_ref,activity,amount,,unit", [(1, "D", "import.header.blank")]),
])
def test_header_errors(header, expected):
    assert _rejected(header + "\nI.1.1,diesel,1,x,kL\n") == expected


def test_empty_header_column_without_data_is_ignored():
    records = records_of(parse_activity_table(_table("gpc_ref,,activity,amount,unit\nI.1.1,,diesel,1,kL"), "t.csv"))
    assert records[0].activity == "diesel"


def test_a_row_with_only_its_gpc_row_and_year_is_left_out_and_named():
    # A data-request workbook pre-fills the rows still needing data; one left as it was holds
    # nothing to import. A row with anything more (here a quality) stays an error (no_kind above).
    table = _table("year,gpc_ref,activity,amount,unit,quality\n2022,I.1.1,,,,\n2022,I.1.2,electricity,5,MWh,\n,I.2.2,,,,")
    records = records_of(parse_activity_table(table, "t.csv"))
    assert [(r.gpc_ref, r.amount) for r in records] == [("I.1.2", 5.0)]
    assert [(n.row, n.column, n.message.key) for n in table.notes] == [
        (2, "gpc_ref", "import.row.unanswered"), (4, "gpc_ref", "import.row.unanswered")]
    assert "I.2.2 행에는 GPC 코드와 연도만 있어" in table.notes[1].render("ko")
    # A GPC row gcomdesk does not know, or a year that is not one, is still named as the error it is.
    assert _rejected("year,gpc_ref,activity,amount,unit\n2022,X.9,,,\n2O22,I.1.1,,,") == [
        (2, "gpc_ref", "import.gpc_ref.unknown"), (2, "activity", "import.row.no_kind"),
        (3, "year", "import.year.invalid"), (3, "activity", "import.row.no_kind")]
    with pytest.raises(ImportFileError) as info:  # a request sent back untouched: nothing to import
        parse_activity_table(_table("year,gpc_ref,activity,amount,unit\n2022,I.1.1,,,"), "t.csv")
    assert info.value.message.key == "import.file.no_rows"


def test_header_only_and_empty_files_are_clear_errors(tmp_path):
    (tmp_path / "h.csv").write_text("gpc_ref,activity,amount,unit\n\n")
    (tmp_path / "e.csv").write_text("")
    for name, key in (("h.csv", "import.file.no_rows"), ("e.csv", "import.file.empty")):
        with pytest.raises(ImportFileError) as info:
            read_activity_file(tmp_path / name)
        assert info.value.message.key == key


def test_every_message_has_korean_and_english_text():
    entries = catalogue_entries()
    folder = Path(activity_import.__file__).parent
    source = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.py"))
    used = set(re.findall(r'"((?:import|number)\.[a-z_.]+)"', source)) | {"import.where", "import.rejected"}
    used |= {"number.invalid", "number.not_finite", "number.comma"}
    assert used <= set(entries)
    for key in used:
        assert entries[key]["en"].strip() and re.search("[\uac00-\ud7a3]", entries[key]["ko"]), key
    assert set(re.findall(r"{(\w+)}", entries["import.where"]["ko"])) == {"row", "column"}
    assert set(re.findall(r"{(\w+)}", entries["import.rejected"]["en"])) == {"path", "count"}


def test_import_adds_all_records_with_progress(project, tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(KOREAN.encode("cp949"))
    calls = []
    assert import_activity_file(project, path, user="kim", progress=lambda done, total: calls.append((done, total))) == 5
    assert calls and calls[-1] == (5, 5)
    frame = project.records_frame()
    assert list(frame["import_row"]) == [2, 3, 5, 6, 7] and set(frame["import_file"]) == {"a.csv"}
    assert set(frame["created_by"]) == {"kim"}


@pytest.mark.parametrize("content", [
    KOREAN + "2022,I.1.1,경유,1e999,㎘,,,,,,,,,\n",  # one bad row at the very end
    "gpc_ref,activity,amount,unit,colour\nI.1.1,diesel,1,kL,red\n",
    "",
])
def test_rejected_import_leaves_the_project_unchanged(project, tmp_path, content):
    good = tmp_path / "good.csv"
    good.write_bytes(KOREAN.encode("utf-8"))
    import_activity_file(project, good)
    before = project.records_frame()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content.encode("cp949"))
    with pytest.raises(GcomdeskError) as info:
        import_activity_file(project, bad)
    assert info.value.render("ko") and info.value.render("en")
    assert_frame_equal(project.records_frame(), before)


def test_rejection_renders_every_error_in_both_languages(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("연도,GPC코드,활동,활동량,단위\n2022,I.1.1,경유,x,㎘\n2022,I.1.1,경유,1,galon\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        read_activity_file(path)
    en, ko = info.value.render("en"), info.value.render("ko")
    assert "bad.csv" in en and "2 problem" in en
    assert "row 2, column 활동량" in en and "row 3, column 단위" in en
    assert "2행 활동량 열" in ko and "3행 단위 열" in ko and "숫자가 아닙니다" in ko


def test_optional_plant_type_column_for_generation():
    # Issue 16 item 5: the GCoM CRF / CDP split I.4.4 into electricity-only, CHP, heat/cold, local renewables.
    records = records_of(parse_activity_table(_table("GPC코드,배출량_CO2,발전유형\nI.4.4,1000,CHP\nI.4.4,50,"), "t.csv"))
    assert [r.extra for r in records] == [{"plant_type": "chp"}, {}]
    assert _rejected("gpc_ref,co2_t,plant_type\nI.4.4,1000,nuclear") == [(2, "plant_type", "import.plant_type.unknown")]
