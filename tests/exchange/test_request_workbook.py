"""Data-request workbooks: generated for an inventory, filled as a department would (openpyxl),
imported unmapped; the drop-downs, the protected header, the rows still needing data, the example
row that is never imported, and the command line's errors."""

from __future__ import annotations

import errno

import openpyxl
import pytest

from gcomdesk.cli import main
from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.units import check_unit
from gcomdesk.exchange.activity_import import import_activity_file
from gcomdesk.exchange.request_content import RequestError, check_sector, request_input
from gcomdesk.exchange.request_workbook import DATA_ROWS, write_request_workbook
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project

REF = load_reference()
# BASIC rows of stationary energy (gpc_rows.csv in_basic = Y), in published order.
STATIONARY_BASIC = ["I.1.1", "I.1.2", "I.2.1", "I.2.2", "I.3.1", "I.3.2", "I.4.1", "I.4.2", "I.5.1", "I.5.2",
                    "I.6.1", "I.6.2", "I.7.1", "I.8.1"]


@pytest.fixture
def project_file(tmp_path):
    """A 2022 inventory with diesel already entered in I.1.1 and a notation key in I.7.1."""
    profile = new_profile(REF, name_ko="테스트시", region_code="44", year=2022, name_en="Test City")
    path = tmp_path / "city.gcdx"
    with Project.create(path, profile, user="tester") as project:
        project.update_profile(preparer_name="김담당", preparer_contact="031-123-4567")
        project.add_records([
            Record(kind="activity", gpc_ref="I.1.1", year=2022, activity="diesel", amount=10.0, unit="kL"),
            Record(kind="notation", gpc_ref="I.7.1", year=2022, notation_key="NO", explanation="탄광 없음"),
        ])
    return path


def _write(project_file, out, sector="stationary", lang="ko"):
    with Inventory.open(project_file) as inventory:
        data = request_input(inventory, sector)
    return write_request_workbook(data, out, lang)


def _section(ws, title_start: str) -> list[tuple]:
    """The rows of the instructions under the section whose title starts with `title_start`, up to a blank row."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if isinstance(r[0], str) and r[0].startswith(title_start))
    out = []
    for row in rows[start + 1:]:
        if row[0] is None:
            break
        out.append(row)
    return out


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_filled_request_imports_exactly_what_the_department_wrote(project_file, tmp_path, lang):
    path = _write(project_file, tmp_path / "request.xlsx", lang=lang)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    ko = lang == "ko"
    names = {"year": "연도" if ko else "year", "gpc": "GPC코드" if ko else "gpc_ref", "act": "활동" if ko else "activity",
             "amount": "활동량" if ko else "amount", "unit": "단위" if ko else "unit", "key": "표기키" if ko else "notation_key",
             "why": "설명" if ko else "explanation", "src": "자료출처" if ko else "data_source", "q": "자료품질" if ko else "quality"}
    filled = [  # as KEPCO and the city-gas company would answer
        {"year": 2022, "gpc": "I.1.2", "act": "전력" if ko else "electricity", "amount": 152_345_678, "unit": "kWh",
         "src": "한국전력공사", "q": "상" if ko else "H"},
        {"year": 2022, "gpc": "I.2.1", "act": "도시가스(LNG)" if ko else "city_gas_lng", "amount": "1,250.5", "unit": "kNm3",
         "src": "도시가스사", "q": "중" if ko else "M"},
        {"year": 2022, "gpc": "I.2.2", "act": "전력" if ko else "electricity", "amount": 98_000, "unit": "MWh"},
        {"year": 2022, "gpc": "I.8.1", "key": "NO", "why": "원자력 발전소 없음"},
    ]
    # The department writes each answer on the shaded row pre-filled for its GPC row, and adds a
    # second I.2.1 fuel on a new row below; the other pre-filled rows are left as they were.
    prefilled = {ws.cell(r, col[names["gpc"]]).value: r for r in range(2, ws.max_row + 1)
                 if ws.cell(r, col[names["gpc"]]).value}
    assert list(prefilled) == [r for r in STATIONARY_BASIC if r not in ("I.1.1", "I.7.1")]
    assert all(ws.cell(r, col[names["year"]]).value == 2022 for r in prefilled.values())
    assert ws.cell(prefilled["I.1.2"], col[names["gpc"]]).fill.fgColor.rgb.endswith("FFF4CC")
    extra = {"year": 2022, "gpc": "I.2.1", "act": "경유" if ko else "diesel", "amount": 12.5, "unit": "kL"}
    below = len(prefilled) + 2
    for row in filled:
        for key, value in row.items():
            ws.cell(prefilled[row["gpc"]], col[names[key]], value)
    for key, value in extra.items():
        ws.cell(below, col[names[key]], value)
    wb.save(path)
    notes = []
    with Project.open(project_file) as project:
        assert import_activity_file(project, path, notes=notes) == 5
    untouched = [r for r in prefilled if r not in {row["gpc"] for row in filled}]
    assert [n.row for n in notes] == [prefilled[r] for r in untouched]
    assert all(n.message.key == "import.row.unanswered" for n in notes)
    assert untouched[0] == "I.3.1" and notes[0].render("en") == (
        f"row {prefilled['I.3.1']}, column {'GPC코드' if ko else 'gpc_ref'}: "
        "I.3.1 has nothing but its GPC row and year: left out, and the row still needs data.")
    with Inventory.open(project_file) as inventory:
        records = inventory.records
    both = records[records["import_file"] == "request.xlsx"]
    assert set(both.loc[both["gpc_ref"] == "I.2.1", "activity"]) == {"city_gas_lng", "diesel"}
    added = both[both["activity"] != "diesel"].set_index("gpc_ref")
    assert sorted(added.index) == ["I.1.2", "I.2.1", "I.2.2", "I.8.1"]
    assert (added.loc["I.1.2", "activity"], added.loc["I.1.2", "amount"], added.loc["I.1.2", "unit"]) == ("electricity", 152_345_678, "kWh")
    assert added.loc["I.1.2", "quality"] == "H"
    assert (added.loc["I.2.1", "activity"], added.loc["I.2.1", "amount"], added.loc["I.2.1", "unit"]) == ("city_gas_lng", 1250.5, "kNm3")
    assert (added.loc["I.2.2", "amount"], added.loc["I.2.2", "unit"]) == (98_000, "MWh")
    assert (added.loc["I.8.1", "kind"], added.loc["I.8.1", "notation_key"]) == ("notation", "NO")
    assert set(added["year"]) == {2022}
    assert 1234567 not in set(records["amount"].dropna())  # the instructions' example row stayed out


def test_sheets_order_protection_and_frozen_header(project_file, tmp_path):
    wb = openpyxl.load_workbook(_write(project_file, tmp_path / "r.xlsx"))
    assert wb.sheetnames == ["자료입력", "작성안내", "목록"]
    assert wb.active.title == "작성안내"  # opens on the instructions
    assert wb["목록"].sheet_state == "hidden"
    ws = wb["자료입력"]
    assert [c.value for c in ws[1]][:5] == ["연도", "GPC코드", "활동", "활동량", "단위"]
    assert ws.protection.sheet and not ws.protection.password
    assert ws["A1"].protection.locked and ws["N1"].protection.locked
    assert not ws["A2"].protection.locked and not ws[f"N{DATA_ROWS + 1}"].protection.locked
    assert ws.freeze_panes == "A2"
    assert ws.max_row == DATA_ROWS + 1
    # Only the rows still needing data are pre-filled, with their year and GPC row and nothing else.
    filled = {(c.row, c.column_letter) for row in ws.iter_rows(min_row=2) for c in row if c.value is not None}
    needed = len([r for r in STATIONARY_BASIC if r not in ("I.1.1", "I.7.1")])
    assert filled == {(r, letter) for r in range(2, needed + 2) for letter in "AB"}


def test_drop_downs_on_the_right_columns(project_file, tmp_path):
    wb = openpyxl.load_workbook(_write(project_file, tmp_path / "r.xlsx"))
    ws, lists = wb["자료입력"], wb["목록"]
    by_column = {str(v.sqref).split(":")[0].rstrip("0123456789"): v for v in ws.data_validations.dataValidation}
    assert set(by_column) == {"A", "B", "C", "E", "I", "K", "M"}  # year, gpc_ref, activity, unit, key, included_in, quality
    assert str(by_column["B"].sqref) == f"B2:B{DATA_ROWS + 1}"
    assert (by_column["A"].type, by_column["A"].operator, by_column["A"].formula1) == ("whole", "equal", "2022")

    def listed(column: str) -> list[str]:
        formula = by_column[column].formula1
        assert by_column[column].type == "list" and formula.startswith("='목록'!$")
        cells = formula.split("!")[1].replace("$", "")
        return [c.value for row in lists[cells] for c in row]

    assert listed("B") == [r.ref for r in REF.gpc.values() if r.sector_no == "I"]
    activities = listed("C")
    assert "전력" in activities and "도시가스(LNG)" in activities and "경유" in activities
    codes = [REF.resolve_activity(a) for a in activities]
    assert None not in codes  # every name on the list is one the importer resolves
    units = listed("E")
    assert {"kWh", "MWh", "L", "kL", "Nm3", "kg", "t"} <= set(units)
    assert all(any(_fits(code, unit) for code in codes) for unit in units)
    assert listed("I") == ["NO", "IE", "NE", "C"]
    assert listed("M") == ["상", "중", "하"]


def _fits(code: str, unit: str) -> bool:
    try:
        check_unit(code, unit, REF)
        return True
    except GcomdeskError:
        return False


def test_rows_still_needing_data_are_listed_with_suggestions(project_file, tmp_path):
    wb = openpyxl.load_workbook(_write(project_file, tmp_path / "r.xlsx", lang="en"))
    info = wb["Instructions"]
    needed = _section(info, "GPC rows that still need data for 2022")
    assert needed[0][:4] == ("gpc_ref", "year", "activity", "unit")
    listed = [row[0] for row in needed[1:]]
    # I.1.1 has diesel and I.7.1 a notation key: neither is asked for again.
    assert listed == [r for r in STATIONARY_BASIC if r not in ("I.1.1", "I.7.1")]
    suggestions = {row[0]: (row[1], row[2], row[3]) for row in needed[1:]}
    assert suggestions["I.1.2"] == (2022, "electricity", "kWh")  # scope 2: grid electricity in kWh
    assert suggestions["I.2.1"] == (2022, None, None)  # which fuel is not obvious
    contact = {row[0]: row[1] for row in info.iter_rows(values_only=True) if row[0]}
    assert contact["Contact"] == "김담당 · 031-123-4567"
    assert contact["City"] == "Test City" and contact["Inventory year"] == 2022
    assert "KEPCO" in contact["Who should fill this in"]
    example = _section(info, "Example row")
    assert example[1][:5] == (2022, "I.1.2", "electricity", 1234567, "kWh")


def test_no_contact_and_a_sector_without_activities(tmp_path):
    profile = new_profile(REF, name_ko="무담당군", region_code="44", year=2021)
    path = tmp_path / "p.gcdx"
    Project.create(path, profile, user="t").close()
    wb = openpyxl.load_workbook(_write(path, tmp_path / "w.xlsx", sector="waste"))
    rows = {row[0]: row[1] for row in wb["작성안내"].iter_rows(values_only=True) if row[0]}
    assert rows["문의처"].startswith("인벤토리에 담당자가 등록되어 있지 않습니다")
    needed = [row[0] for row in _section(wb["작성안내"], "2021년에 아직 자료가 없는 GPC 코드")[1:]]
    assert needed == ["III.1.1", "III.1.2", "III.2.1", "III.2.2", "III.3.1", "III.3.2", "III.4.1", "III.4.2"]


def test_unknown_sector_is_refused():
    with pytest.raises(RequestError) as info:
        check_sector("energy")
    assert "stationary" in info.value.render("en") and "energy" in info.value.render("ko")


# -- the command line ------------------------------------------------------------------------------

def test_cli_writes_the_workbook(project_file, tmp_path, capsys):
    out = tmp_path / "요청서.xlsx"
    assert main(["template", str(project_file), "--sector", "all", "--out", str(out), "--lang", "en"]) == 0
    assert "Data-request workbook written" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames == ["Data", "Instructions", "Lists"]


def test_cli_usage_errors_exit_2_and_leave_no_file(project_file, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    with pytest.raises(SystemExit) as info:  # argparse refuses the sector before anything is opened
        main(["template", str(project_file), "--out", str(out), "--sector", "energy", "--lang", "en"])
    assert info.value.code == 2 and "invalid choice: 'energy'" in capsys.readouterr().err
    assert main(["template", str(project_file), "--out", str(out), "--sector", "all", "--year", "2019", "--lang", "en"]) == 2
    assert "2019" in capsys.readouterr().err  # a year the inventory does not hold
    assert list(tmp_path.iterdir()) == [project_file]


def test_cli_refuses_a_path_it_cannot_write(project_file, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "r.xlsx"
    assert main(["template", str(project_file), "--sector", "waste", "--out", str(out), "--lang", "ko"]) == 1
    assert "쓸 수 없습니다" in capsys.readouterr().err
    assert main(["template", str(project_file), "--sector", "waste", "--out", str(tmp_path / "r.csv")]) == 2
    assert list(tmp_path.iterdir()) == [project_file]


def test_full_disk_leaves_no_file(project_file, tmp_path, capsys, monkeypatch):
    def full(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"PK half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full)
    out = tmp_path / "r.xlsx"
    assert main(["template", str(project_file), "--sector", "stationary", "--out", str(out), "--lang", "en"]) == 1
    assert "not enough room" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [project_file]  # neither the workbook nor its temporary file
