"""Tables as departments send them: title blocks, merged two-row headers, totals rows, hidden
sheets, formulas with and without their saved values, CP949 CSV with a title block."""

from __future__ import annotations

import openpyxl
import pytest

from gcomdesk.core.errors import ImportRejected
from gcomdesk.exchange.activity_import import read_activity_file
from gcomdesk.exchange.tabular import read_grid, read_table


def kepco_like(path, hidden_first=False):
    """A sheet laid out like a KEPCO regional sales table: title, unit line, a header over two rows
    (계약종별 merged down; 판매량 merged across kWh / 호수), a 합계 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    if hidden_first:
        ws.title = "목록"
        ws.append(["숨긴", "목록"])
        ws.sheet_state = "hidden"
        ws = wb.create_sheet("판매")
    ws.append(["2022년 계약종별 전력 판매량"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.append(["단위: kWh"])
    ws.append([None])
    ws.append(["계약종별", "판매량", None])
    top = ws.max_row
    ws.append([None, "kWh", "호수"])
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=3)
    ws.append(["주택용", 1_234_567, 1000])
    ws.append(["일반용", 2_000_000, 200])
    ws.append(["합 계", "=B6+B7", 1200])
    wb.save(path)
    return path


def test_the_header_is_found_below_the_title_block_and_joined_over_two_rows(tmp_path):
    table = read_table(kepco_like(tmp_path / "k.xlsx"))
    assert table.header_row == 4
    assert table.header == ["계약종별", "판매량 kWh", "판매량 호수"]
    assert table.title_lines == ["2022년 계약종별 전력 판매량", "단위: kWh"]
    assert [row for row, _ in table.rows] == [6, 7]  # spreadsheet row numbers kept
    assert table.rows[0][1][:2] == ["주택용", "1234567"]
    (note,) = table.notes  # the totals row, with a formula Excel never saved a value for: skipped, not refused
    assert (note.row, note.column) == (8, "A")
    assert "합 계" in note.render("ko") and "totals row" in note.render("en")


def test_hidden_sheets_are_skipped_unless_chosen(tmp_path):
    path = kepco_like(tmp_path / "k.xlsx", hidden_first=True)
    grid = read_grid(path)
    assert grid.sheet == "판매" and grid.hidden_sheets == ["목록"]
    assert read_grid(path, "목록").cells.loc[1].tolist()[:2] == ["숨긴", "목록"]


def test_a_formula_saved_without_its_value_in_a_data_row_is_refused_naming_the_cell(tmp_path):
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["year", "gpc_ref", "activity", "amount", "unit"])
    ws.append([2022, "I.1.2", "electricity", "=1000*3", "kWh"])  # openpyxl writes no cached value
    wb.save(path)
    with pytest.raises(ImportRejected) as caught:
        read_activity_file(path)
    (error,) = caught.value.errors
    assert (error.row, error.column) == (2, "D")
    assert "=1000*3" in error.render("en") and "Excel" in error.render("ko")


def test_a_formula_with_its_saved_value_reads_as_the_value(tmp_path):
    path = tmp_path / "v.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["year", "gpc_ref", "activity", "amount", "unit"])
    ws.append([2022, "I.1.2", "electricity", "=1000*3", "kWh"])
    wb.save(path)
    # Put the value Excel would have saved next to the formula (<v>3000</v>).
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<f>1000*3</f><v></v>", b"<f>1000*3</f><v>3000</v>").replace(
        b"<f>1000*3</f><v />", b"<f>1000*3</f><v>3000</v>")
    assert b"<v>3000</v>" in parts[sheet]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    frame = read_activity_file(path)
    assert frame["amount"].tolist() == [3000.0]


def test_a_cp949_csv_with_a_title_block_and_a_totals_row_imports(tmp_path):
    path = tmp_path / "title.csv"
    text = ("한빛시 2022년 에너지 사용량,,,,\n작성: 기후에너지과,,,,\n,,,,\n"
            "연도,GPC코드,연료,활동량,단위\n2022,I.1.2,전력,\"1,000\",MWh\n합계,,,\"1,000\",\n")
    path.write_bytes(text.encode("cp949"))
    frame = read_activity_file(path)
    assert frame["amount"].tolist() == [1000.0] and frame["import_row"].tolist() == [5]


def test_numbers_with_spaces_full_width_digits_and_a_unit_suffix(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("연도,GPC코드,연료,활동량,단위\n"
                    "2022,I.1.2,전력,1 234 567 kWh,\n"  # space thousands and a unit suffix, unit column blank
                    "2022,I.2.2,전력,１２，３４５,MWh\n"  # full-width digits and comma
                    "2022,I.3.2,전력,\"5,000 MWh\",MWh\n", encoding="utf-8")  # suffix agreeing with the unit column
    frame = read_activity_file(path)
    assert frame["amount"].tolist() == [1234567.0, 12345.0, 5000.0]
    assert frame["unit"].tolist() == ["kWh", "MWh", "MWh"]
    conflict = tmp_path / "c.csv"
    conflict.write_text("연도,GPC코드,연료,활동량,단위\n2022,I.1.2,전력,5 MWh,kWh\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        read_activity_file(conflict)
    (error,) = caught.value.errors
    assert (error.row, error.column) == (2, "활동량") and "kWh" in error.render("ko")


def test_a_bare_cubic_metre_of_gas_asks_which_and_is_read_as_chosen(tmp_path):
    path = tmp_path / "gas.csv"
    path.write_text("연도,GPC코드,연료,활동량,단위\n2022,I.1.1,도시가스,\"95,000\",천㎥\n2022,I.2.1,도시가스,100,천㎥\n"
                    "2022,I.2.1,경유,5,㎥\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        read_activity_file(path)
    assert [(e.row, e.column) for e in caught.value.errors] == [(2, "단위"), (3, "단위")]  # diesel's m3 is a kL
    assert "Sm3" in caught.value.errors[0].render("en") and "Nm3" in caught.value.errors[0].render("ko")
    notes: list = []
    frame = read_activity_file(path, gas_volume="standard", notes=notes)
    assert frame["unit"].tolist() == ["kSm3", "kSm3", "m3"]
    (note,) = notes
    assert note.row == 2 and "kSm3" in note.render("en") and "2" in note.render("ko")


def test_an_ie_row_naming_one_gpc_row_in_its_explanation_is_included_there(tmp_path):
    path = tmp_path / "ie.csv"
    path.write_text("year,gpc_ref,notation_key,explanation\n"
                    "2022,I.1.3,IE,Consumption-side grid factor already includes T&D losses (I.1.2)\n"
                    "2022,I.2.3,IE,Included in I.2.2 or I.3.2\n", encoding="utf-8")
    notes: list = []
    frame = read_activity_file(path, notes=notes)
    assert frame["included_in"].tolist() == ["I.1.2", None]  # two rows named: no guess, the check warns
    (note,) = notes
    assert note.row == 2 and "I.1.2" in note.render("en")
