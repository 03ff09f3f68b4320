"""completeness.*: every row of the reporting level has data or a notation key."""

from tests.core.checks.builders import base_records, check, key, only, profile, rules, without


def test_empty_basic_row_is_an_error_on_that_row():
    found = only(check(without(base_records(), "I.2.1")), "completeness.row_empty")
    assert [(f.gpc_ref, f.severity, f.record_id) for f in found] == [("I.2.1", "error", 0)]
    assert "BASIC" in found[0].render("en")


def test_complete_basic_inventory_has_no_completeness_finding():
    assert not [f for f in check(base_records()) if f.family == "completeness"]


def test_basic_plus_asks_for_losses_ippu_and_afolu():
    found = {f.gpc_ref for f in check(base_records(), level="basic_plus") if f.rule == "completeness.row_empty"}
    assert {"II.1.3", "IV.1", "IV.2", "V.1", "V.2", "V.3"} <= found
    # I.1.3 is answered by the grid side: consumption side -> IE (included in I.1.2), core.grid
    assert "I.1.3" not in found
    assert "I.4.4" not in found and "VI.1" not in found  # territorial-only and optional rows


def test_level_defaults_to_the_profile_reporting_level():
    records = base_records()
    assert "completeness.row_empty" in rules(check(records, profile(reporting_level="basic_plus")))
    filled = records + [key(r, "NE", "자료 수집 중 / data being collected") for r in
                        ("I.1.3", "I.2.3", "I.3.3", "I.4.3", "I.5.3", "I.6.3", "II.1.3", "II.2.3", "II.3.3", "II.4.3",
                         "IV.1", "IV.2", "V.1", "V.2", "V.3")]
    assert "completeness.row_empty" not in rules(check(filled, profile(reporting_level="basic_plus")))


def test_scope_2_data_without_scope_1_answer_is_pointed_out_instead_of_plain_empty():
    found = check(without(base_records(), "I.1.1"))
    assert [(f.gpc_ref, f.severity) for f in only(found, "completeness.scope2_without_scope1")] == [("I.1.1", "error")]
    assert not [f for f in only(found, "completeness.row_empty") if f.gpc_ref == "I.1.1"]
    assert "I.1.2" in only(found, "completeness.scope2_without_scope1")[0].render("ko")


def test_scope_1_answered_by_a_key_is_not_pointed_out():
    records = without(base_records(), "I.1.1") + [key("I.1.1", "NE", "도시가스 자료 수집 중 / gas data being collected")]
    assert not [f for f in check(records) if f.family == "completeness"]
