"""classification.*: each record sits in a GPC row that accepts it."""

from dataclasses import replace

from gcomdesk.core.checks import run_checks
from tests.core.checks.builders import REF, act, base_records, check, frame, only, profile, rules


def test_clean_inventory_has_no_classification_finding():
    assert not [f for f in check(base_records()) if f.family == "classification"]


def test_unknown_row_is_an_error_on_the_gpc_field():
    found = only(check(base_records() + [act("I.9.1", "diesel", 10, "kL")]), "classification.unknown_row")
    assert [(f.severity, f.gpc_ref, f.field) for f in found] == [("error", "I.9.1", "gpc_ref")]


def test_grid_electricity_outside_scope_2_names_the_scope_2_row():
    found = only(check(base_records() + [act("I.2.1", "electricity", 1000, "MWh")]), "classification.grid_energy_row")
    assert len(found) == 1 and found[0].severity == "error"
    assert "I.2.2" in found[0].render("en") and "I.2.2" in found[0].render("ko")


def test_grid_electricity_in_a_scope_2_row_is_fine():
    assert "classification.grid_energy_row" not in rules(check(base_records() + [act("II.2.2", "electricity", 10, "MWh")]))


def test_district_heat_in_a_waste_row_is_an_error():
    assert "classification.grid_energy_row" in rules(check(base_records() + [act("III.3.1", "district_heat", 10, "Gcal")]))


def test_fuel_outside_combustion_rows_is_an_error():
    found = only(check(base_records() + [act("III.3.1", "diesel", 10, "kL")]), "classification.fuel_row")
    assert [(f.gpc_ref, f.severity) for f in found] == [("III.3.1", "error")]


def test_fuel_in_an_out_of_boundary_transport_row_is_allowed():
    found = check(base_records() + [act("II.1.3", "diesel", 10, "kL")])
    assert not {"classification.fuel_row", "classification.fuel_implausible"} & rules(found)


def test_fuel_in_a_scope_2_row_suggests_the_scope_1_row():
    found = only(check(base_records() + [act("I.3.2", "bunker_c", 10, "kL")]), "classification.fuel_row")
    assert "I.3.1" in found[0].render("en")


def test_jet_fuel_in_homes_is_a_warning():
    found = only(check(base_records() + [act("I.1.1", "jet_fuel", 10, "kL")]), "classification.fuel_implausible")
    assert [(f.severity, f.field) for f in found] == [("warning", "activity")]
    assert "Jet kerosene" in found[0].render("en") and "항공유" in found[0].render("ko")


def test_jet_fuel_in_aviation_is_plausible():
    assert "classification.fuel_implausible" not in rules(check(base_records() + [act("II.4.1", "jet_fuel", 10, "kL")]))


def test_unknown_activity_is_an_error():
    found = only(check(base_records() + [act("I.2.1", "moonshine", 10, "kL")]), "classification.unknown_activity")
    assert [(f.gpc_ref, f.field) for f in found] == [("I.2.1", "activity")]


def test_unit_of_the_wrong_dimension_lists_the_fitting_units():
    found = only(check(base_records() + [act("I.2.1", "diesel", 10, "t")]), "classification.unit_unfit")
    assert [(f.field, f.severity) for f in found] == [("unit", "error")]
    assert "kL" in found[0].render("en")


def test_unknown_unit_is_unfit_and_energy_units_fit_any_fuel():
    assert "classification.unit_unfit" in rules(check(base_records() + [act("I.2.1", "diesel", 10, "bananas")]))
    assert "classification.unit_unfit" not in rules(check(base_records() + [act("I.2.1", "diesel", 10, "TJ")]))


def test_row_without_ipcc_category_in_the_crosswalk_is_an_error():
    broken = replace(REF, gpc={**REF.gpc, "I.1.1": replace(REF.gpc["I.1.1"], ipcc_code="9.Z")})
    found = run_checks(frame(base_records()), profile(), broken)
    assert [(f.rule, f.gpc_ref) for f in found if f.rule == "classification.no_ipcc_category"] == [
        ("classification.no_ipcc_category", "I.1.1")]
    assert "classification.no_ipcc_category" not in rules(check(base_records()))
