"""city-gas-sales: a supplier's CP949 CSV in 천㎥ under a title block with a 소계 row, an XLSX in MJ with
the unit in the header, a broken header named."""

from __future__ import annotations

import openpyxl
import pytest

from gcomdesk.core.errors import ImportRejected
from gcomdesk.exchange.profiles import apply_profile
from tests.exchange.profiles.sources import gas_csv, tonnes, write_csv


def test_city_gas_in_thousand_cubic_metres_becomes_normal_volume_records(tmp_path):
    frame, report = apply_profile("city-gas-sales", gas_csv(tmp_path / "gas.csv"), year=2022)
    assert list(zip(frame["import_row"], frame["gpc_ref"], frame["amount"], frame["unit"])) == [
        (5, "I.1.1", 12_345.0, "kNm3"), (6, "I.2.1", 2_000.5, "kNm3"), (7, "I.2.1", 800.0, "kNm3"),
        (9, "I.3.1", 9_000.0, "kNm3"), (10, "II.1.1", 1_500.0, "kNm3")]
    assert set(frame["activity"]) == {"city_gas_lng"}  # 수송용 is CNG: city gas (LNG), fuels.csv alias CNG
    assert {n.row for n in report.skipped} == {8, 11}  # 소계, 합계
    said = " ".join(n.render("en") for n in report.notes)
    assert "천㎥" in said and "0 °C" in said
    # Hand calculation, K-ETS set: 12,345 천㎥ = 12,345,000 Nm3 x 38.9 MJ/Nm3 (fuels.csv city_gas_lng NCV)
    # = 480.2205 TJ x 15.312 tC/TJ (K-ETS annex) x 44/12 x 0.995 (oxidation.csv, K-ETS gases) = 26,826.6 tCO2.
    home = tonnes(frame).iloc[0]
    assert home["co2_t"] == pytest.approx(12_345_000 * 38.9 / 1e6 * 15.312 * 44 / 12 * 0.995, rel=1e-9)


def test_megajoules_in_the_header_are_gross_as_bills_are(tmp_path):
    path = tmp_path / "gas.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["용도별 도시가스 판매량 (2022)"])
    ws.append(["용도", "판매량(MJ)"])
    ws.append(["주택용", "43,100,000"])
    wb.save(path)
    frame, _ = apply_profile("city-gas-sales", path)
    assert (frame["amount"].iloc[0], frame["unit"].iloc[0]) == (43_100_000.0, "MJ")
    # A bare MJ of city gas is gross (fuels.csv energy_basis_default, KOGAS bills): 43.1 TJ gross x 38.9/43.1
    # (NCV/GCV, fuels.csv) = 38.9 TJ net x 15.312 tC/TJ x 44/12 x 0.995 = 2,173.1 tCO2.
    assert tonnes(frame).iloc[0]["co2_t"] == pytest.approx(43.1 * 38.9 / 43.1 * 15.312 * 44 / 12 * 0.995, rel=1e-9)


def test_an_unknown_use_names_the_row_and_the_known_uses(tmp_path):
    path = write_csv(tmp_path / "gas.csv", [["단위: 천㎥"], ["용도", "판매량"], ["주택용", "1"], ["열병합용", "5"]])
    with pytest.raises(ImportRejected) as caught:
        apply_profile("city-gas-sales", path)
    (error,) = caught.value.errors
    assert error.row == 4 and "열병합용" in error.render("en") and "주택용" in error.render("en")
    frame, _ = apply_profile("city-gas-sales", path, answers={"열병합용": "I.4.1"})
    assert list(frame["gpc_ref"]) == ["I.1.1", "I.4.1"]


def test_a_file_without_the_sales_column_names_it(tmp_path):
    with pytest.raises(ImportRejected) as caught:
        apply_profile("city-gas-sales", gas_csv(tmp_path / "gas.csv", title="공급열량"))
    (error,) = caught.value.errors
    assert "'sales'" in error.render("en") and "판매량, 공급량" in error.render("ko")


def test_a_unit_the_profile_does_not_take_is_named(tmp_path):
    path = write_csv(tmp_path / "gas.csv", [["단위: Gcal"], ["용도", "판매량"], ["주택용", "1"]])
    with pytest.raises(ImportRejected) as caught:
        apply_profile("city-gas-sales", path)
    assert "Gcal" in caught.value.errors[0].render("en") and "천㎥" in caught.value.errors[0].render("en")
