"""Top-down proposals checked against hand calculations from the reference tables.

Figures used (resources/reference/):
- national_inventory_kr.csv (GIR national GHG inventory 1990-2022, final, 2006 IPCC GL, AR5,
  published 2025-01-02): 2022 1.A.4.b residential 30,677.579 kt; 1.A.2 manufacturing 140,999.101 kt;
  1.A.2.g.v construction 1,966.307 kt; 1.A.3.b road 95,093.354 kt; 5.A landfill 11,597.117 kt.
- proxies_kr.csv: resident registration population 2022 51,439,038 and 2021 51,638,809 (MOIS);
  households (세대) 2022 23,705,814 (MOIS); KEPCO 2021 residential (주택용) sales 79,915 GWh
  (KEPCO 전력통계월보 2021-12); 경기 population 2021 13,565,450 (MOIS).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from gcomdesk.core.estimates.catalogue import load_catalogue
from gcomdesk.core.estimates.marker import estimate_of
from gcomdesk.core.estimates.propose import EstimateError, missing_rows, propose
from tests.core.helpers import REF, profile


class NoRegional:
    """No regional figures: the national path everywhere."""

    def nearest(self, region, view, code, year):
        return None


@dataclass(frozen=True)
class Figure:
    year: int
    kt_co2e: float
    source: str = "GIR 지역 온실가스 인벤토리 (test figure)"
    gwp: str = "AR5"


class OneRegional:
    """A region that publishes one category (a made-up figure: the arithmetic is what is tested)."""

    def __init__(self, region, code, year, kt):
        self.key, self.figure = (region, "direct", code), Figure(year, kt)

    def nearest(self, region, view, code, year):
        return self.figure if (region, view, code) == self.key else None


CITY = {"name_ko": "오십만시", "region_code": "41", "year": 2022, "population": 500_000}


def _one(rows, measured=(), given=None, regional=None, lang="en", **changes):
    return propose(profile(**{**CITY, **changes}), REF, rows, set(measured), given, lang,
                   regional=regional or NoRegional())


def test_residential_fuel_is_the_national_figure_times_the_population_share():
    (p,) = _one(["I.1.1"])
    # 30,677.579 kt x 500,000 / 51,439,038 = 298,193.55 t
    assert p.co2e_t == pytest.approx(30_677_579 * 500_000 / 51_439_038)
    assert p.co2e_t == pytest.approx(298_193.55, abs=0.01)
    record = p.record
    assert (record.kind, record.gpc_ref, record.quality) == ("reported", "I.1.1", "L")
    assert record.unsplit_co2e_t == p.co2e_t and record.co2_t is None  # CO2e only, never relabelled as CO2
    details = estimate_of(record.extra)
    assert details["method"] == "national" and details["codes"] == ["1.A.4.b"]
    assert (details["figure_year"], details["proxy"], details["reference_year"]) == (2022, "population", 2022)
    assert details["reference"] == 51_439_038 and "GIR national GHG inventory" in details["figure_source"]
    text = p.text("en")
    assert "30,677,579 tCO2e" in text and "500,000" in text and "51,439,038" in text and "298,193.6 tCO2e" in text
    assert record.data_source.startswith("estimated (top-down): ")


def test_households_are_preferred_when_the_officer_gives_them():
    (p,) = _one(["I.1.1"], given={"households": 210_000})
    # 30,677.579 kt x 210,000 / 23,705,814 households (2022) = 271,761.3 t
    assert p.co2e_t == pytest.approx(30_677_579 * 210_000 / 23_705_814)
    assert estimate_of(p.record.extra)["proxy"] == "households"


def test_a_category_minus_another():
    (p,) = _one(["I.3.1"])
    # (140,999.101 - 1,966.307) kt x 500,000 / 51,439,038: construction goes with II.5.1 as the national checks count it
    assert p.co2e_t == pytest.approx((140_999_101 - 1_966_307) * 500_000 / 51_439_038)
    assert "1.A.2 − 1.A.2.g.v" in p.text("en")


def test_nearest_year_for_the_figure_and_the_proxy():
    (p,) = _one(["II.1.1"], year=2024)  # the nation has published up to 2022
    # 1.A.3.b 2022 95,093.354 kt x 500,000 / 51,439,038 (2022 population, nearest to 2024)
    assert p.co2e_t == pytest.approx(95_093_354 * 500_000 / 51_439_038)
    details = estimate_of(p.record.extra)
    assert (details["figure_year"], details["reference_year"], details["local_year"]) == (2022, 2022, 2024)
    assert "no figure for 2024 is published: the nearest year, 2022, is used" in p.text("en")
    (q,) = _one(["II.1.1"], year=2019)  # published: no nearest-year line
    assert estimate_of(q.record.extra)["figure_year"] == 2019 and "nearest" not in q.text("en")


def test_scope_2_rows_enter_kepco_sales_as_electricity():
    (p,) = _one(["I.1.2"])
    # 79,915 GWh (2021, the nearest published to 2022) x 1,000 x 500,000 / 51,439,038 = 776,793.3 MWh
    assert p.amount_mwh == pytest.approx(79_915 * 1000 * 500_000 / 51_439_038)
    record = p.record
    assert (record.kind, record.activity, record.unit, record.amount) == ("activity", "electricity", "MWh", p.amount_mwh)
    assert estimate_of(record.extra)["sales"][0]["year"] == 2021
    assert "776,793.3 MWh" in p.text("en")


def test_a_municipality_takes_its_share_of_the_regions_published_figure():
    regional = OneRegional("41", "5.A", 2020, 1_000.0)  # 1,000 kt in 경기, 2020
    (p,) = _one(["III.1.1"], regional=regional)
    # 1,000 kt x 500,000 / 13,565,450 (경기 2021, the nearest published to 2022) = 36,858.8 t
    assert p.method == "regional"
    assert p.co2e_t == pytest.approx(1_000_000 * 500_000 / 13_565_450)
    details = estimate_of(p.record.extra)
    assert (details["figure_year"], details["reference"], details["reference_year"]) == (2020, 13_565_450, 2021)
    assert "Gyeonggi Province" in p.text("en")
    (province,) = _one(["III.1.1"], regional=regional, level="provincial", population=13_600_000)
    assert province.co2e_t == pytest.approx(1_000_000)  # the province's own figure, as published
    (other,) = _one(["I.1.1"], regional=regional)  # the region does not publish 1.A.4.b: national path
    assert other.method == "national"


def test_notation_rows_point_to_the_row_that_holds_the_estimate():
    landfill, outside = _one(["III.1.1", "III.1.2"])
    assert (outside.record.notation_key, outside.record.included_in) == ("IE", "III.1.1")
    (alone,) = _one(["III.1.2"])  # nothing in III.1.1: not estimated, so not included there
    assert (alone.record.notation_key, alone.record.included_in) == ("NE", None)
    (measured,) = _one(["III.1.2"], measured=["III.1.1"])
    assert measured.record.notation_key == "IE"
    (plant,) = _one(["I.4.1"])
    assert plant.record.notation_key == "NE" and "a national share would put them in every city" in plant.record.explanation


def test_a_missing_proxy_says_which_and_proposes_nothing():
    (p,) = _one(["I.2.1"], population=None)
    assert p.record is None and p.missing == ("grdp", "population")
    assert "GRDP, population" in p.text("en")
    (q,) = _one(["I.2.1"], population=None, given={"grdp": 25_000})
    # 1.A.4.a 2022 x 25,000 billion KRW / (2,161.8 trillion KRW x 1,000) (Bank of Korea 2022 GDP)
    assert estimate_of(q.record.extra)["reference"] == pytest.approx(2_161_800)


def test_refusals_name_the_row_or_the_proxy():
    with pytest.raises(EstimateError) as info:
        _one(["I.1.3"])
    assert "I.1.3" in info.value.render("en") and "I.1.1" in info.value.render("en")
    with pytest.raises(EstimateError) as info:
        _one(["I.1.1"], measured=["I.1.1"])
    assert "I.1.1 행에는 이미 실측 자료나 표기키가 있어" in info.value.render("ko")
    with pytest.raises(EstimateError) as info:
        _one(["I.1.1"], given={"cars": 1})
    assert "cars" in info.value.render("en") and "households" in info.value.render("en")
    for bad in (0, -5, float("nan"), float("inf")):
        with pytest.raises(EstimateError):
            _one(["I.1.1"], given={"households": bad})


def test_every_basic_row_has_a_way_to_be_estimated():
    catalogue = load_catalogue()
    basic = [g.ref for g in REF.gpc.values() if g.in_basic]
    assert [r for r in basic if r not in catalogue.rows] == []
    assert missing_rows(profile(**CITY), REF, {"I.1.1"}) == [r for r in catalogue.rows if r in basic and r != "I.1.1"]


def test_korean_arithmetic():
    (p,) = _one(["I.1.1"], lang="ko")
    text = p.text("ko")
    assert "국가 1.A.4.b 배출량 2022년: 30,677,579 tCO2e" in text and "인구 500,000명" in text
    assert p.record.data_source.startswith("추정 (하향식): ")


def test_a_gyeongnam_municipality_uses_the_published_regional_figure():
    # resources/reference/regional_inventory_kr.csv: 경남 (48) 1.A.4.b residential 2020 = 2,015.45 kt (GIR regional
    # inventory as shown on the Gyeongnam portal); proxies_kr.csv: 경남 population 2020 = 3,340,216 (MOIS).
    # 2,015.45 kt x 500,000 / 3,340,216 = 301,694.3 t
    p = propose(profile(name_ko="경남시", region_code="48", year=2020, population=500_000), REF, ["I.1.1"], set(), None, "en")[0]
    assert p.method == "regional"
    assert p.co2e_t == pytest.approx(2_015_450 * 500_000 / 3_340_216)
    details = estimate_of(p.record.extra)
    assert (details["figure_year"], details["reference"], details["region"]) == (2020, 3_340_216, "48")
    assert "Gyeongsangnam-do" in p.text("en")
