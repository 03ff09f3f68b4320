"""notation.*: keys are GPC's, explained, and consistent with the data."""

from tests.core.checks.builders import base_records, check, key, only, rules, without


def with_key(ref, *records):
    return without(base_records(), ref) + list(records)


def test_clean_keys_have_no_notation_finding():
    assert not [f for f in check(base_records()) if f.family == "notation"]


def test_unknown_key_is_an_error():
    found = only(check(with_key("I.2.1", key("I.2.1", "XX"))), "notation.unknown_key")
    assert [(f.gpc_ref, f.field) for f in found] == [("I.2.1", "notation_key")]


def test_key_without_explanation_is_an_error_on_the_explanation():
    found = only(check(with_key("I.2.1", key("I.2.1", "NO", ""))), "notation.no_explanation")
    assert [(f.gpc_ref, f.field, f.severity) for f in found] == [("I.2.1", "explanation", "error")]


def test_ie_must_name_another_row():
    assert "notation.ie_target_missing" in rules(check(with_key("I.2.1", key("I.2.1", "IE", "포함됨 / included"))))
    self_ref = check(with_key("I.2.1", key("I.2.1", "IE", "포함됨 / included", included_in="I.2.1")))
    assert only(self_ref, "notation.ie_target_missing")[0].field == "included_in"


def test_ie_pointing_at_a_row_with_data_is_fine():
    found = check(with_key("I.2.1", key("I.2.1", "IE", "가정용에 포함 / counted in I.1.1", included_in="I.1.1")))
    assert not [f for f in found if f.family == "notation"]


def test_ie_pointing_at_an_empty_row_is_an_error():
    found = only(check(with_key("I.2.1", key("I.2.1", "IE", "산업용에 포함 / counted in I.3.1", included_in="I.3.1"))),
                 "notation.ie_target_empty")
    assert [(f.gpc_ref, f.field) for f in found] == [("I.2.1", "included_in")]
    assert "I.3.1" in found[0].render("en")


def test_confidential_needs_a_reason():
    found = only(check(with_key("I.3.1", key("I.3.1", "C", "비공개"))), "notation.c_reason")
    assert [(f.severity, f.field) for f in found] == [("warning", "explanation")]
    long_reason = key("I.3.1", "C", "시멘트 공장 배출권거래제 명세서, 비공개 / K-ETS facility report, not public")
    assert "notation.c_reason" not in rules(check(with_key("I.3.1", long_reason)))


def test_key_and_data_on_one_row_contradict():
    found = only(check(base_records() + [key("I.1.1", "NO")]), "notation.key_with_data")
    assert [(f.gpc_ref, f.field, f.severity) for f in found] == [("I.1.1", "notation_key", "error")]


def test_two_different_keys_on_one_row():
    found = only(check(base_records() + [key("I.2.1", "NE", "자료 없음 / no data")]), "notation.conflicting_keys")
    assert len(found) == 1 and found[0].gpc_ref == "I.2.1"
    assert "notation.conflicting_keys" not in rules(check(base_records() + [key("I.2.1", "NO")]))
