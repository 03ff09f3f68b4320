"""petroleum-sales: products across a merged two-row header with units per column (XLSX), products as
rows in a CP949 CSV in 천배럴; non-energy products left out; 가정·상업 must be answered."""

from __future__ import annotations

import pytest

from gcomdesk.core.errors import ImportRejected
from gcomdesk.exchange.profiles import apply_profile
from tests.exchange.profiles.sources import petroleum_xlsx, tonnes, write_csv


def test_products_across_sectors_down_become_fuel_records(tmp_path):
    frame, report = apply_profile("petroleum-sales", petroleum_xlsx(tmp_path / "oil.xlsx"), year=2022)
    got = {(r.gpc_ref, r.activity, r.amount, r.unit) for r in frame.itertuples()}
    assert got == {
        ("I.1.1", "diesel", 120.5, "kL"), ("I.1.1", "propane", 300.0, "t"),
        ("I.2.1", "diesel", 80.0, "kL"), ("I.2.1", "bunker_a", 5.0, "kL"), ("I.2.1", "propane", 150.0, "t"),
        ("II.1.1", "gasoline", 50_000.0, "kL"), ("II.1.1", "diesel", 80_000.0, "kL"), ("II.1.1", "butane", 2_500.0, "t"),
        ("I.3.1", "diesel", 20_000.0, "kL"), ("I.3.1", "bunker_a", 1_000.0, "kL"), ("I.3.1", "bunker_c", 3_000.0, "kL"),
        ("I.3.1", "propane", 800.0, "t"),
        ("I.5.1", "diesel", 4_000.0, "kL"),
    }
    keys = [n.message.key for n in report.skipped]
    assert keys.count("profile.skip.non_energy") == 1  # 나프타 10 in 산업; the other sectors' 0 are zeros
    assert "profile.skip.totals_column" in keys and "import.row.totals_skipped" in keys
    assert report.header_row == 3
    transport = frame[(frame["gpc_ref"] == "II.1.1") & (frame["activity"] == "diesel")].iloc[0]
    assert "'수송' -> II.1.1" in transport["notes"] and "'경유' -> diesel" in transport["notes"]
    # Hand calculation, K-ETS set: 80,000 kL diesel x 35.2 MJ/L (fuels.csv diesel, Energy Act NCV; a bare
    # volume is the NCV basis) = 2,816 TJ x 19.969 tC/TJ (K-ETS annex carbon content) x 44/12 x 0.99
    # (oxidation.csv, K-ETS liquids) = 204,113.9 tCO2.
    co2 = tonnes(frame).loc[transport.name, "co2_t"]
    assert co2 == pytest.approx(80_000 * 1000 * 35.2 / 1e6 * 19.969 * 44 / 12 * 0.99, rel=1e-9)


def test_products_down_sectors_across_in_thousand_barrels_cp949(tmp_path):
    path = write_csv(tmp_path / "oil.csv", [
        ["지역별 석유제품 소비", "", "", ""], ["(단위: 천배럴)", "", "", ""],
        ["제품", "가정", "수송", "산업"], ["휘발유", "-", "1,200", ""], ["등유", "35", "", "2"], ["계", "35", "1,200", "2"]])
    frame, _ = apply_profile("petroleum-sales", path)
    assert list(zip(frame["gpc_ref"], frame["activity"], frame["amount"], frame["unit"])) == [
        ("II.1.1", "gasoline", 1_200_000.0, "bbl"), ("I.1.1", "kerosene", 35_000.0, "bbl"), ("I.3.1", "kerosene", 2_000.0, "bbl")]


def test_residential_and_commercial_together_must_be_answered(tmp_path):
    path = petroleum_xlsx(tmp_path / "oil.xlsx", sectors=("가정·상업",))
    with pytest.raises(ImportRejected) as caught:
        apply_profile("petroleum-sales", path)
    (error,) = caught.value.errors
    assert error.row == 5 and "I.1.1, I.2.1" in error.render("en")
    frame, report = apply_profile("petroleum-sales", path, answers={"가정·상업": "I.2.1"})
    assert list(frame["gpc_ref"]) == ["I.2.1"] and frame["amount"].tolist() == [200.0]


def test_an_lpg_volume_is_refused_by_the_activity_import_rule(tmp_path):
    path = write_csv(tmp_path / "oil.csv", [["단위: kL"], ["부문", "프로판"], ["가정", "10"]])
    with pytest.raises(ImportRejected) as caught:
        apply_profile("petroleum-sales", path)
    (error,) = caught.value.errors
    assert (error.row, error.column) == (3, "B (프로판)") and "kL" in error.render("en")


def test_a_table_without_products_or_a_sector_column_names_what_is_missing(tmp_path):
    path = write_csv(tmp_path / "oil.csv", [["단위: kL"], ["지역", "판매량"], ["한빛시", "10"]])
    with pytest.raises(ImportRejected) as caught:
        apply_profile("petroleum-sales", path)
    rendered = " ".join(e.render("en") for e in caught.value.errors)
    assert "'sector'" in rendered and "부문" in rendered and "'product'" in rendered


def test_an_unknown_product_column_is_asked_once_and_read_when_answered(tmp_path):
    path = write_csv(tmp_path / "oil.csv", [["단위: kL"], ["부문", "경유", "실내등유", "비고"], ["수송", "10", "2", ""],
                                            ["산업", "5", "1", ""]])
    with pytest.raises(ImportRejected) as caught:
        apply_profile("petroleum-sales", path)
    (error,) = caught.value.errors  # once, at the header; the empty 비고 column is no question
    assert (error.row, error.column) == (2, "C (실내등유)") and "휘발유" in error.render("en")
    frame, _ = apply_profile("petroleum-sales", path, answers={"실내등유": "kerosene"})
    assert list(zip(frame["gpc_ref"], frame["activity"], frame["amount"])) == [
        ("II.1.1", "diesel", 10.0), ("II.1.1", "kerosene", 2.0), ("I.3.1", "diesel", 5.0), ("I.3.1", "kerosene", 1.0)]
