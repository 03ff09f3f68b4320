"""read_table: encodings, row numbering, XLSX sheets and the file-level errors."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook

from gcomdesk.core.messages import message_keys
from gcomdesk.exchange.tabular import ImportFileError, read_table
from gcomdesk.exchange.xlsx_sheet import cell_text as _cell_text

KOREAN_CSV = '연도,GPC코드,활동,활동량,단위\n2022,I.1.1,경유,"150,000",㎘\n2022,I.1.2,전력,3,MWh\n'


def _write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "recorded"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp949", "cp949")])
def test_each_encoding_reads_korean_headers_and_names(tmp_path, encoding, recorded):
    table = read_table(_write(tmp_path / "a.csv", KOREAN_CSV, encoding))
    assert table.header == ["연도", "GPC코드", "활동", "활동량", "단위"]  # no BOM left in the first header
    assert table.rows == [(2, ["2022", "I.1.1", "경유", "150,000", "㎘"]), (3, ["2022", "I.1.2", "전력", "3", "MWh"])]
    assert table.encoding == recorded


@pytest.mark.parametrize("text", [
    "gpc_ref,activity,amount,unit\nI.1.1,경유,1,kL\n",  # charset-normalizer alone says Big5
    "gpc_ref,activity,amount,unit\n" + "I.1.1,diesel,1,kL\n" * 200 + "I.1.2,전력,3,MWh\n",  # ... or cp1250
    "활동\n열\n",
])
def test_sparse_korean_in_cp949_is_not_mistaken_for_another_codepage(tmp_path, text):
    table = read_table(_write(tmp_path / "a.csv", text, "cp949"))
    assert table.encoding == "cp949"
    assert any("경유" in c or "전력" in c or "열" in c for _, cells in table.rows for c in cells)


def test_euc_kr_file_decodes(tmp_path):
    table = read_table(_write(tmp_path / "a.txt", KOREAN_CSV, "euc-kr"))
    assert table.header[1] == "GPC코드" and table.rows[0][1][2] == "경유"


def test_utf16_tab_separated_text_from_excel(tmp_path):
    table = read_table(_write(tmp_path / "a.txt", KOREAN_CSV.replace(",", "\t").replace('"150\t000"', "150000"), "utf-16"))
    assert table.header[2] == "활동" and table.rows[0][1][3] == "150000"


def test_blank_lines_count_and_cells_are_stripped(tmp_path):
    text = "\n gpc_ref , activity ,amount,unit,,\n\nI.1.1, 경유 ,1,kL\n,,,\n\"I.1.2\",\"전력\n(본관)\",2,MWh\n I.2.1,diesel,3,kL\n"
    table = read_table(_write(tmp_path / "a.csv", text))
    assert table.header_row == 2
    assert table.header == ["gpc_ref", "activity", "amount", "unit"]  # trailing empty header cells dropped
    assert [n for n, _ in table.rows] == [4, 6, 7]  # the quoted two-line cell is one spreadsheet row
    assert table.rows[0][1][:2] == ["I.1.1", "경유"]


def _workbook(path, sheets):
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_xlsx_first_sheet_and_precise_numbers(tmp_path):
    rows = [["연도", "GPC코드", "활동", "활동량", "단위"], [2022, "I.1.1", "경유", 1234567.891, "㎘"], [2022.0, " I.1.2 ", "전력", 150000, "MWh"]]
    path = _workbook(tmp_path / "a.xlsx", {"자료": rows, "other": [["x"]]})
    table = read_table(path)
    assert table.sheet == "자료" and table.encoding is None
    assert table.rows[0] == (2, ["2022", "I.1.1", "경유", "1234567.891", "㎘"])
    assert table.rows[1] == (3, ["2022", "I.1.2", "전력", "150000", "MWh"])  # a whole float is shown as an int


@pytest.mark.parametrize(("value", "text"), [
    (0.1 + 0.2, "0.30000000000000004"), (2022.0, "2022"), (1e20, "1e+20"), (-0.5, "-0.5"), (7, "7"),
    (None, ""), (True, "TRUE"), ("  x ", "x"), (datetime(2022, 1, 31), "2022-01-31T00:00:00"),
])
def test_cell_text_keeps_precision(value, text):
    assert _cell_text(value) == text
    if isinstance(value, float):
        assert float(text) == value


def test_xlsx_named_sheet_and_row_gaps(tmp_path):
    path = tmp_path / "b.xlsm"
    wb = Workbook()
    wb.active.title = "first"
    ws = wb.create_sheet("두번째")
    ws["A1"], ws["B1"] = "gpc_ref", "notation_key"
    ws["A4"], ws["B4"] = "I.1.3", "IE"  # rows 2 and 3 are empty
    wb.save(path)
    table = read_table(path, sheet="두번째")
    assert table.sheet == "두번째" and table.rows == [(4, ["I.1.3", "IE"])]


def test_xlsx_unknown_sheet_lists_the_sheets(tmp_path):
    path = _workbook(tmp_path / "a.xlsx", {"2022": [["a"]], "요약": [["b"]]})
    with pytest.raises(ImportFileError) as info:
        read_table(path, sheet="2021")
    assert info.value.message.key == "import.sheet.unknown"
    assert "2022, 요약" in info.value.render("en") and "2022, 요약" in info.value.render("ko")


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.mark.parametrize(("name", "content", "key"), [
    ("empty.csv", b"", "import.file.empty"),
    ("blank.csv", b"\n \r\n,,\n", "import.file.empty"),
    ("image.csv", PNG, "import.file.binary"),
    ("book.csv", b"PK\x03\x04\x14\x00rest", "import.file.zip"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "import.file.xls"),
    ("old.csv", b"\xd0\xcf\x11\xe0\xa1\xb1", "import.file.xls"),
    ("data.json", b"{}", "import.file.type"),
    ("noext", b"a,b", "import.file.type"),
    ("fake.xlsx", b"gpc_ref,activity\n", "import.file.bad_xlsx"),
    ("broken.xlsx", b"PK\x03\x04garbage", "import.file.bad_xlsx"),
    ("latin.csv", bytes(range(0x80, 0x100)) * 3, None),  # decodes somehow or fails clearly
])
def test_file_level_problems_are_clear_errors(tmp_path, name, content, key):
    path = tmp_path / name
    path.write_bytes(content)
    try:
        read_table(path)
    except ImportFileError as exc:
        assert key is None or exc.message.key == key
        assert exc.message.key in message_keys()
        assert name in exc.render("ko") and name in exc.render("en")
    else:
        assert key is None, "expected an ImportFileError"


def test_missing_file_and_sheet_for_csv(tmp_path):
    with pytest.raises(ImportFileError) as info:
        read_table(tmp_path / "nothing.csv")
    assert info.value.message.key == "import.file.missing"
    path = _write(tmp_path / "a.csv", "gpc_ref\nI.1.1\n")
    with pytest.raises(ImportFileError) as info:
        read_table(path, sheet="Sheet1")
    assert info.value.message.key == "import.sheet.not_xlsx"


def test_header_only_file_gives_a_table_without_rows(tmp_path):
    table = read_table(_write(tmp_path / "a.csv", "gpc_ref,activity\n\n"))
    assert table.header == ["gpc_ref", "activity"] and table.rows == []


def test_openpyxl_parses_with_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML  # workbooks are untrusted input: no entity expansion or external entities
