"""kepco-sales: KEPCO electricity sales by contract type (XLSX with a two-row merged header; CP949 CSV
in 천kWh), 심야 answered or refused, a broken header named, the project unchanged."""

from __future__ import annotations

import pytest

from gcomdesk.core.errors import ImportRejected
from gcomdesk.exchange.profiles import apply_profile
from tests.exchange.profiles.sources import kepco_xlsx, tonnes, write_csv


def test_kepco_sales_become_electricity_records_in_the_scope_2_rows(tmp_path):
    frame, report = apply_profile("kepco-sales", kepco_xlsx(tmp_path / "kepco.xlsx"), year=2022,
                                  answers={"심야": "I.1.2"})
    got = {(r.gpc_ref, r.amount) for r in frame.itertuples()}
    assert got == {("I.1.2", 1_234_567.0), ("I.2.2", 2_000_000.0), ("I.2.2", 300_000.0), ("I.2.2", 10_000.0),
                   ("I.3.2", 5_000_000.0), ("I.1.2", 400_000.0)}
    assert set(frame["activity"]) == {"electricity"} and set(frame["unit"]) == {"kWh"}
    assert list(frame["import_row"]) == [6, 7, 8, 9, 10, 12]  # the rows the officer sees; 농사용 (row 11) is zero
    night = frame[frame["import_row"] == 12].iloc[0]
    assert night["import_file"] == "kepco.xlsx" and "kepco-sales" in night["data_source"]
    assert "'심야전력(갑)' -> I.1.2 (answered)" in night["notes"] and "400000 kWh" in night["notes"]
    assert report.rows_read == 7 and report.records == 6 and report.header_row == 4
    text = "\n".join(report.lines("en"))
    assert "주택용 -> I.1.2: 1" in text and "심야전력(갑) -> I.1.2 (as answered): 1" in text
    skipped = {(n.row, n.message.key) for n in report.skipped}
    assert skipped == {(11, "profile.skip.zero"), (13, "import.row.totals_skipped")}
    # Hand calculation: 1,234,567 kWh = 1,234.567 MWh x 0.4747 tCO2/MWh (electricity_kr.csv row KR-GIR-2022,
    # consumption side, the default edition for 2022) = 586.0490 tCO2.
    home = tonnes(frame)[frame["import_row"] == 6].iloc[0]
    assert home["co2_t"] == pytest.approx(1_234.567 * 0.4747, rel=1e-9)


def test_thousand_kwh_in_a_cp949_csv_under_a_title_block(tmp_path):
    path = write_csv(tmp_path / "kepco.csv", [
        ["2022년 한빛시 용도별 전력판매량"], ["", "", "(단위 : 천kWh)"], [],
        ["계약종별", "호수", "판매량"], ["주택용", "1,000", "1,234.567"], ["산업용", "30", "5,000"],
        ["소계", "1,030", "6,234.567"]])
    frame, report = apply_profile("kepco-sales", path)
    assert list(zip(frame["gpc_ref"], frame["amount"], frame["unit"])) == [("I.1.2", 1234.567, "MWh"), ("I.3.2", 5000.0, "MWh")]
    assert "year" not in frame  # no year given: the records go to the ChangeSet's year
    (note,) = [n for n in report.notes if n.message.key == "profile.unit.read"]
    assert "천kWh" in note.render("en") and "MWh" in note.render("en") and "'단위'" in note.render("ko")


def test_night_power_without_an_answer_names_the_row_and_the_choices(tmp_path):
    with pytest.raises(ImportRejected) as caught:
        apply_profile("kepco-sales", kepco_xlsx(tmp_path / "kepco.xlsx"))
    (error,) = caught.value.errors
    assert error.row == 12 and error.column.startswith("A")
    en, ko = error.render("en"), error.render("ko")
    assert "심야전력(갑)" in en and "I.1.2, I.2.2, I.3.2, I.5.2" in en and "--map" in en
    assert "어디에" in ko


def test_an_answer_outside_the_choices_is_refused(tmp_path):
    with pytest.raises(ImportRejected) as caught:
        apply_profile("kepco-sales", kepco_xlsx(tmp_path / "kepco.xlsx"), answers={"심야": "III.1.1"})
    assert "III.1.1" in caught.value.errors[0].render("en")


def test_a_file_without_the_sales_column_names_it(tmp_path):
    path = kepco_xlsx(tmp_path / "kepco.xlsx", night=False, amount_title="요금")
    with pytest.raises(ImportRejected) as caught:
        apply_profile("kepco-sales", path)
    (error,) = caught.value.errors
    assert "sales" in error.render("en") and "판매량" in error.render("en")
    assert "'판매량' 열을 찾지 못했습니다" in error.render("ko")


def test_an_answer_for_a_category_the_file_lacks_is_reported_and_the_header_row_can_be_chosen(tmp_path):
    path = write_csv(tmp_path / "kepco.csv", [["단위별 판매 현황"], ["계약종별", "판매량(MWh)"], ["주택용", "12"]])
    frame, report = apply_profile("kepco-sales", path, answers={"심야": "I.1.2"}, header_row=2)
    assert (frame["amount"].iloc[0], frame["unit"].iloc[0]) == (12.0, "MWh")  # the unit from the header
    assert any(n.message.key == "profile.answer.unused" and "'심야'" in n.render("en") for n in report.notes)
