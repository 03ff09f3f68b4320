"""national.*: local figures next to the national inventory (kt CO2e, AR5, 2006 GL; compared in t).

The realistic inventory gives every national category the national per-capita figure times the
city's population; it must leave the national rules quiet. A tenfold road-transport slip must make
them fire, with both figures in the message."""

import pytest

from gcomdesk.core.checks import load_check_data
from gcomdesk.core.national import load_national
from tests.core.checks.builders import REF, act, base_records, check, key, only, profile, rep, rules

NATIONAL = load_national()
DATA = load_check_data()
YEAR = 2022


def realistic(population: int, road_factor: float = 1.0) -> list:
    """Every direct GPC row of BASIC+ with the national per-capita emissions of its IPCC category."""
    national_population = NATIONAL.population[YEAR]
    records, seen = [], set()
    for row in REF.gpc.values():
        if row.scope != 1 or not row.ipcc_code or not row.in_basic_plus:
            continue
        comparison = DATA.comparison("ipcc", row.ipcc_code)
        national_t = NATIONAL.tonnes(comparison.national_codes, YEAR)
        if row.ipcc_code in seen or not comparison.per_capita or not national_t or national_t <= 0:
            records.append(key(row.ref, "NO", "해당 없음 / not occurring"))
            continue
        seen.add(row.ipcc_code)
        tonnes = national_t / national_population * population * (road_factor if row.ref == "II.1.1" else 1.0)
        records.append(rep(row.ref, co2_t=tonnes))
    answered = {r.gpc_ref for r in records}
    return records + [key(g.ref, "NO", "해당 없음 / not occurring") for g in REF.gpc.values()
                      if (g.in_basic_plus or g.reporting_level == "territorial") and g.ref not in answered]


@pytest.mark.parametrize("population, region", [(350000, "44"), (9400000, "11")])
def test_realistic_inventory_leaves_every_rule_quiet(population, region):
    found = check(realistic(population), profile(population=population, region_code=region), level="basic_plus")
    assert found == []


def test_tenfold_road_transport_fires_per_capita_with_both_figures():
    found = check(realistic(350000, road_factor=10), profile(), level="basic_plus")
    per_capita = only(found, "national.per_capita_far")
    assert [(f.gpc_ref, f.severity) for f in per_capita] == [("II.1.1", "warning")]
    national_pc = NATIONAL.tonnes(("1.A.3.b",), YEAR) / NATIONAL.population[YEAR]
    for lang in ("en", "ko"):
        text = per_capita[0].render(lang)
        assert f"{national_pc * 10:,.3f}" in text and f"{national_pc:,.3f}" in text
        assert "AR5" in text and "2006" in text
    assert "national.exceeds_nation" not in rules(found)  # a small city stays below the nation


def test_tenfold_road_transport_in_a_big_city_exceeds_the_nation():
    found = check(realistic(9400000, road_factor=10), profile(population=9400000, region_code="11"), level="basic_plus")
    exceeds = only(found, "national.exceeds_nation")
    assert [(f.gpc_ref, f.severity) for f in exceeds] == [("II.1.1", "error")]
    text = exceeds[0].render("en")
    assert "95,093,354" in text and "1.A.3.b" in text and "2006 IPCC Guidelines, AR5" in text
    assert "national.per_capita_far" in rules(found)


def test_per_capita_threshold_is_configurable():
    records = realistic(350000, road_factor=6)
    assert "national.per_capita_far" not in rules(check(records, level="basic_plus"))
    stricter = DATA.with_params("national.per_capita_far", high=5)
    assert "national.per_capita_far" in rules(check(records, level="basic_plus", data=stricter))


def test_population_above_the_region_is_an_error():
    found = only(check(base_records(), profile(population=3000000)), "national.population_above_region")
    assert [(f.field, f.severity, f.gpc_ref) for f in found] == [("population", "error", "")]
    assert "2,119,257" in found[0].render("en") and "충청남도" in found[0].render("ko")


def test_province_at_its_own_population_is_fine():
    assert "national.population_above_region" not in rules(
        check(base_records(), profile(population=2130000, level="provincial")))


def test_nearest_national_year_is_said():
    records = [r for r in base_records()]
    found = only(check(records, profile(year=2023)), "national.nearest_year")
    assert [(f.severity, f.field) for f in found] == [("info", "year")]
    assert "2022" in found[0].render("en") and "2023" in found[0].render("ko")
    assert "national.nearest_year" not in rules(check(records))


def test_no_per_capita_comparison_without_population():
    found = check(realistic(350000, road_factor=10), profile(population=None), level="basic_plus")
    assert "national.per_capita_far" not in rules(found)
    assert "profile.population_missing" in rules(found)


def test_activity_data_feed_the_national_comparison():
    records = base_records() + [act("II.1.1", "diesel", 3_000_000, "kL")]
    assert "national.per_capita_far" in rules(check(records))
