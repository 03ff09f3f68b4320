"""basis.*: GWP set, electricity edition and factor consistency."""

from tests.core.checks.builders import act, base_records, check, only, profile, rules


def test_gwp_other_than_ar4_ar5_needs_a_reason():
    found = only(check(base_records(), profile(gwp_set="SAR")), "basis.gwp_not_gcom")
    assert [(f.field, f.severity, f.step) for f in found] == [("gwp_set", "warning", "profile")]
    assert "basis.gwp_not_gcom" not in rules(check(base_records(), profile(gwp_set="AR4")))


def test_electricity_edition_of_another_year():
    found = only(check(base_records(), profile(electricity_edition="KR-GIR-2014-16")), "basis.electricity_edition")
    assert [(f.field, f.severity) for f in found] == [("electricity_edition", "warning")]
    assert "KR-GIR-2022" in found[0].render("en")


def test_edition_does_not_matter_without_electricity():
    records = [r for r in base_records() if r.activity != "electricity"]
    assert "basis.electricity_edition" not in rules(check(records, profile(electricity_edition="KR-GIR-2014-16")))
    assert "basis.electricity_edition" not in rules(check(base_records()))


def test_one_fuel_with_explicit_and_library_factors_is_mixed():
    records = base_records() + [act("I.3.1", "diesel", 100, "kL", ef_co2=2600.0)]
    found = only(check(records), "basis.mixed_factors")
    assert [(f.gpc_ref, f.record_id, f.field) for f in found] == [("I.3.1", len(records), "ef_co2")]
    assert "diesel" in found[0].render("en").lower() and "경유" in found[0].render("ko")


def test_explicit_factors_for_every_record_of_a_fuel_are_not_mixed():
    records = [r for r in base_records() if r.activity != "diesel"] + [
        act("II.1.1", "diesel", 120000, "kL", ef_co2=2600.0), act("I.3.1", "diesel", 100, "kL", ef_co2=2600.0)]
    assert "basis.mixed_factors" not in rules(check(records))
