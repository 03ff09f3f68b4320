"""duplicate.*: the same entry twice in one row."""

from tests.core.checks.builders import act, base_records, check, only, rep, rules


def test_same_activity_twice_names_the_first_record():
    records = base_records() + [act("I.1.1", "city_gas_lng", 95000, "천Nm3")]
    found = only(check(records), "duplicate.same_entry")
    assert [(f.gpc_ref, f.record_id, f.severity) for f in found] == [("I.1.1", len(records), "warning")]
    assert "1" in found[0].message.render("en") and found[0].message.params["first"] == 1


def test_same_reported_tonnes_twice():
    records = base_records() + [rep("II.1.1", co2_t=5.0), rep("II.1.1", co2_t=5.0)]
    assert only(check(records), "duplicate.same_entry")[0].field == "co2_t"


def test_other_amount_or_facility_is_not_a_duplicate():
    assert "duplicate.same_entry" not in rules(check(base_records() + [act("I.1.1", "city_gas_lng", 95001, "천Nm3")]))
    two_plants = [act("I.3.1", "bunker_c", 100, "kL", facility="A공장"), act("I.3.1", "bunker_c", 100, "kL", facility="B공장")]
    assert "duplicate.same_entry" not in rules(check(base_records() + two_plants))
