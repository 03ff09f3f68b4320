"""value.*: the figures themselves."""

import pytest

from gcomdesk.core.calculate import calculate
from tests.core.checks.builders import REF, act, base_records, check, frame, only, profile, rep, rules, without


def test_clean_figures_have_no_value_finding():
    assert not [f for f in check(base_records()) if f.family == "value"]


def test_missing_amount_is_an_error():
    found = only(check(base_records() + [act("I.1.1", "kerosene", None, "kL")]), "value.missing_amount")
    assert [(f.field, f.severity) for f in found] == [("amount", "error")]


@pytest.mark.parametrize("amount", [0, -5])
def test_zero_or_negative_activity_is_an_error(amount):
    found = only(check(base_records() + [act("I.1.1", "kerosene", amount, "kL")]), "value.nonpositive")
    assert [(f.field, f.severity) for f in found] == [("amount", "error")]


def test_removals_only_in_land():
    land = without(base_records(), "V.2") + [rep("V.2", co2_t=-1200.0)]
    assert "value.nonpositive" not in rules(check(land, level="basic"))
    found = only(check(base_records() + [rep("III.3.1", co2_t=-10.0)]), "value.nonpositive")
    assert [(f.gpc_ref, f.field) for f in found] == [("III.3.1", "co2_t")]


def test_reported_record_with_no_tonnes_is_an_error():
    assert "value.nonpositive" in rules(check(base_records() + [rep("III.3.1")]))


def test_other_year_is_a_warning_with_both_years():
    found = only(check(base_records() + [act("I.1.1", "kerosene", 10, "kL", year=2021)]), "value.year_mismatch")
    assert [(f.field, f.severity) for f in found] == [("year", "warning")]
    assert "2021" in found[0].render("en") and "2022" in found[0].render("en")


def test_missing_source_and_quality_are_warnings():
    found = check(base_records() + [act("I.1.1", "kerosene", 10, "kL", data_source="", quality=None)])
    assert [(f.field, f.severity) for f in only(found, "value.missing_source")] == [("data_source", "warning")]
    assert [(f.field, f.severity) for f in only(found, "value.missing_quality")] == [("quality", "warning")]


def library_co2(record):
    """What the library gives the record, in kg CO2 per unit of the record."""
    return float(calculate(frame([record]), profile(), REF)["factor_co2"].iloc[0])


@pytest.mark.parametrize("times, fires", [(10, True), (0.2, True), (2.5, False), (0.4, False)])
def test_explicit_factor_far_from_the_library(times, fires):
    base = act("I.1.1", "kerosene", 10, "kL")
    factor = library_co2(base) * times
    found = only(check(base_records() + [act("I.1.1", "kerosene", 10, "kL", ef_co2=factor)]), "value.factor_far")
    assert bool(found) is fires
    if fires:
        assert found[0].field == "ef_co2" and found[0].severity == "warning"


def test_explicit_factor_for_an_unsplit_electricity_edition_compares_co2e():
    prof = profile(year=2023)  # KR-2023 publishes only a CO2e total per MWh
    records = [act("I.2.2", "electricity", 1000, "MWh", year=2023, ef_co2=417.3 * 10)]
    assert "value.factor_far" in rules(check(records, prof))
    records = [act("I.2.2", "electricity", 1000, "MWh", year=2023, ef_co2=417.3)]
    assert "value.factor_far" not in rules(check(records, prof))


def test_record_that_cannot_be_calculated_is_an_error():
    nf3 = rep("IV.2", nf3_t=1.0)
    found = only(check(base_records() + [nf3], profile(gwp_set="SAR")), "value.not_calculated")
    assert len(found) == 1 and found[0].gpc_ref == "IV.2"
    assert "NF3" in found[0].render("en")
    assert "value.not_calculated" not in rules(check(base_records() + [nf3]))
