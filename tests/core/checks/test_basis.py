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


def test_national_average_heat_is_pointed_out_and_a_supplier_factor_is_not():
    records = base_records() + [act("I.1.2", "district_heat", 50, "TJ")]
    found = only(check(records), "basis.heat_national_average")
    assert [(f.severity, f.field) for f in found] == [("warning", "heat_edition")]
    # the message gives the published supplier range (KDHC 2021 notice: 25,340-67,971 kg CO2/TJ)
    assert "25,340" in found[0].render("en") and "67,971" in found[0].render("ko")
    assert "basis.heat_national_average" not in rules(check(records, profile(heat_edition="KDHC-2021-CAPITAL")))
    assert "basis.heat_national_average" not in rules(check(base_records()))  # no district heat used


def test_a_figure_in_a_stationary_loss_row_counts_the_losses_twice():
    from tests.core.checks.builders import rep

    records = base_records() + [rep("I.3.3", co2_t=50.0)]
    for side in ("consumption", "generation"):
        found = only(check(records, profile(electricity_side=side)), "basis.td_losses_twice")
        assert [(f.gpc_ref, f.severity) for f in found] == [("I.3.3", "error")]
        assert "I.3.2" in found[0].render("en") and "간접" in found[0].render("ko")
    assert "basis.td_losses_twice" not in rules(check(base_records(), profile(electricity_side="generation")))


def test_generation_side_answers_the_loss_rows_itself():
    from tests.core.checks.builders import key

    found = check(base_records(), profile(electricity_side="generation"), level="basic_plus")
    empty = {f.gpc_ref for f in only(found, "completeness.row_empty")}
    assert "I.1.3" not in empty  # the derived loss record answers it
    stale = base_records() + [key("I.1.3", "IE", "소비단 계수에 포함 / included in I.1.2", included_in="I.1.2")]
    assert "notation.key_with_data" in rules(check(stale, profile(electricity_side="generation")))
