"""vehicles: registrations x daily distance (XLSX, 차종 merged down, a 소계 row) or vehicle-km in
천km (CP949 CSV) into road_vkt method records; electric vehicles left out; a broken header named."""

from __future__ import annotations

import json

import pytest

from gcomdesk.core.errors import ImportRejected
from gcomdesk.core.methods import evaluate_methods
from gcomdesk.exchange.profiles import apply_profile
from tests.core.helpers import REF, profile
from tests.exchange.profiles.sources import registrations_xlsx, with_all_columns, write_csv


def test_registrations_times_daily_distance_become_road_method_records(tmp_path):
    frame, report = apply_profile("vehicles", registrations_xlsx(tmp_path / "cars.xlsx"), year=2022)
    rows = [(r.import_row, r.gpc_ref, r.activity, json.loads(r.extra)["inputs"]["vkt"][0]) for r in frame.itertuples()]
    assert [(row, gpc, code, vkt["vehicle"], vkt["fuel"]) for row, gpc, code, vkt in rows] == [
        (4, "II.1.1", "road_vkt", "passenger_car", "gasoline"), (5, "II.1.1", "road_vkt", "passenger_car", "diesel"),
        (8, "II.1.1", "road_vkt", "bus", "city_gas_lng"), (9, "II.1.1", "road_vkt", "truck", "diesel")]
    assert rows[0][3]["vkt_km"] == 100_000 * 30.5 * 365  # 2022 has 365 days
    assert {(n.row, n.message.key) for n in report.skipped} >= {(6, "profile.skip.electric"), (7, "import.row.totals_skipped")}
    assert any(n.message.key == "profile.vehicles.days" for n in report.notes)
    # Hand calculation, K-ETS set: 100,000 cars x 30.5 km/day x 365 d = 1,113,250,000 km / 11 km/L
    # (road_vkt.csv fe.passenger_car.gasoline) = 101,204,545 L x 30.4 MJ/L (fuels.csv gasoline NCV)
    # = 3,076.62 TJ x 19.548 tC/TJ (K-ETS annex) x 44/12 x 0.99 (oxidation.csv, liquids) = 218,316 tCO2.
    result = evaluate_methods(with_all_columns(frame), profile(), REF)
    tj = 100_000 * 30.5 * 365 / 11 * 30.4 / 1e6
    assert result.iloc[0]["co2_t"] == pytest.approx(tj * 19.548 * 44 / 12 * 0.99, rel=1e-9)


def test_vehicle_km_in_thousands_from_a_cp949_csv(tmp_path):
    path = write_csv(tmp_path / "vkt.csv", [["차종별 연료별 주행거리"], ["차종", "연료", "주행거리(천km)"],
                                            ["승용", "LPG", "12,000"], ["승용", "수소", "50"]])
    frame, report = apply_profile("vehicles", path, year=2024)
    (inputs,) = [json.loads(e)["inputs"]["vkt"][0] for e in frame["extra"]]
    assert inputs == {"vehicle": "passenger_car", "fuel": "butane", "vkt_km": 12_000_000.0}  # 자동차용 LPG is butane
    assert [n.message.key for n in report.skipped] == ["profile.skip.hydrogen"]


def test_a_fuel_the_road_method_has_no_default_for_is_refused_naming_the_cell(tmp_path):
    path = write_csv(tmp_path / "vkt.csv", [["차종", "연료", "주행거리(km)"], ["버스", "휘발유", "1,000"]])
    with pytest.raises(ImportRejected) as caught:
        apply_profile("vehicles", path)
    (error,) = caught.value.errors
    assert error.row == 2 and error.column.startswith("C")


def test_registrations_without_a_distance_name_the_vehicle_km_column(tmp_path):
    with pytest.raises(ImportRejected) as caught:
        apply_profile("vehicles", registrations_xlsx(tmp_path / "cars.xlsx", daily_title="비고"))
    rendered = caught.value.errors[0].render("en")
    assert "'vehicle-km'" in rendered and "주행거리" in rendered
