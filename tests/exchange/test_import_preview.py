"""exchange.import_preview: what an import would do, row by row, without writing anything."""

from __future__ import annotations

from gcomdesk.core.model import new_profile
from gcomdesk.exchange.import_preview import guess_mapping, preview
from tests.core.helpers import REF

PROFILE = new_profile(REF, name_ko="한빛시", region_code="11", year=2022)


def test_every_row_gets_a_status_and_its_messages(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text("에너지 사용량,,,,,,\n"
                    "year,gpc_ref,activity,amount,unit,data_source,quality\n"
                    "2022,I.1.2,electricity,5,MWh,KEPCO,H\n"
                    "2022,I.2.2,electricity,-3,MWh,KEPCO,H\n"
                    "합계,,,2,,,\n", encoding="utf-8")
    result = preview(path, profile=PROFILE)
    assert result.importable and len(result.frame) == 2
    assert result.status == {3: "ok", 4: "warning", 5: "skipped"}
    assert "-3" in result.messages[4][0].render("en")
    bad = tmp_path / "bad.csv"
    bad.write_text("year,gpc_ref,activity,amount,unit\n2022,I.1.2,electricity,many,MWh\n2022,X.9,electricity,1,MWh\n",
                   encoding="utf-8")
    result = preview(bad, profile=PROFILE)
    assert not result.importable and result.frame is None
    assert result.status == {2: "error", 3: "error"}
    assert result.messages[2][0].column == "amount" and "X.9" in result.messages[3][0].render("ko")


def test_rows_left_as_the_request_prefilled_them_are_shown_skipped(tmp_path):
    # A data-request workbook's pre-filled rows (year and GPC row only), in our layout and mapped.
    path = tmp_path / "returned.csv"
    path.write_text("year,gpc_ref,activity,amount,unit\n2022,I.1.2,electricity,5,MWh\n2022,I.2.2,,,\n", encoding="utf-8")
    result = preview(path, profile=PROFILE)
    assert result.importable and len(result.frame) == 1
    assert result.status == {2: "warning", 3: "skipped"}  # row 2: no source or quality given
    assert "I.2.2" in result.messages[3][0].render("en") and "still needs data" in result.messages[3][0].render("en")
    other = tmp_path / "other.csv"
    other.write_text("연도,구분,사용처,사용량,단위\n2022,I.1.2,전력,5,MWh\n2022,I.2.2,,,\n", encoding="utf-8")
    mapped = preview(other, mapping={0: "year", 1: "gpc_ref", 2: "activity", 3: "amount", 4: "unit"})
    assert mapped.importable and mapped.status == {2: "ok", 3: "skipped"}


def test_a_file_in_another_layout_is_read_through_the_officers_mapping(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("구분,사용처,사용량,단위,메모\nI.1.2,전력,1200,MWh,주택용\n", encoding="utf-8")
    assert guess_mapping(["구분", "사용처", "단위", "비고"]) == {0: None, 1: None, 2: "unit", 3: "notes"}
    first = preview(path)
    assert first.needs_mapping and not first.importable
    mapped = preview(path, mapping={0: "gpc_ref", 1: "activity", 2: "amount", 3: "unit", 4: None})
    assert mapped.importable and mapped.frame["amount"].tolist() == [1200.0]
    assert "notes" not in mapped.frame  # a column left out is not read


def test_a_file_that_cannot_be_read_is_one_clear_error(tmp_path):
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = preview(path)
    assert result.file_error is not None and not result.importable
    assert "image.csv" in result.file_error.render("ko")
