"""profile.*: population, year, region and preparer."""

from dataclasses import replace

import pytest

from tests.core.checks.builders import base_records, check, only, profile, rules


def test_complete_profile_has_no_profile_finding():
    assert not [f for f in check(base_records()) if f.family == "profile"]


@pytest.mark.parametrize("change, rule, field, severity", [
    ({"population": None}, "profile.population_missing", "population", "error"),
    ({"population": 0}, "profile.population_missing", "population", "error"),
    ({"year": 0}, "profile.year_missing", "year", "error"),
    ({"region_code": ""}, "profile.region_missing", "region_code", "error"),
    ({"preparer_name": "  "}, "profile.preparer_missing", "preparer_name", "warning"),
])
def test_missing_profile_field(change, rule, field, severity):
    found = only(check(base_records(), replace(profile(), **change)), rule)
    assert [(f.field, f.severity, f.gpc_ref, f.step) for f in found] == [(field, severity, "", "profile")]


def test_year_missing_skips_year_dependent_rules_without_crashing():
    found = check(base_records(), replace(profile(), year=0))
    assert "profile.year_missing" in rules(found)
    assert not {"national.nearest_year", "value.year_mismatch", "basis.electricity_edition"} & rules(found)
