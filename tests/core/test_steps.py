"""Step states come from the inventory (core), not from widgets."""

from gcomdesk.core.model import Record
from gcomdesk.core.steps import (
    STEP_IDS,
    StepState,
    activities_for,
    assess,
    gpc_rows_of_step,
    step_of_gpc,
    subsectors_of_step,
)
from gcomdesk.core.totals import summarize
from tests.core.helpers import REF, act, frame, profile, rep

BASIC_STATIONARY = [g.ref for g in gpc_rows_of_step("stationary", REF) if g.in_basic]


def progress(*records, **profile_changes):
    values = {"population": 1000, "preparer_name": "담당자"} | profile_changes
    prof = profile(**values)
    records = [r if r.id else Record(**{**r.__dict__, "id": i + 1}) for i, r in enumerate(records)]
    return assess(summarize(frame(*records), prof, REF), prof, REF)


def key(gpc_ref, key, explanation="", included_in=None):
    return Record("notation", gpc_ref, notation_key=key, explanation=explanation, included_in=included_in)


def test_steps_in_order_and_rows_by_sector():
    assert STEP_IDS == ("profile", "stationary", "transport", "waste", "ippu", "afolu", "review", "results", "export")
    assert {g.sector_no for g in gpc_rows_of_step("transport", REF)} == {"II"}
    assert step_of_gpc("I.1.2", REF) == "stationary"
    assert step_of_gpc("VI.1", REF) is None
    assert [no for no, _ in subsectors_of_step("stationary", REF)][:3] == ["I.1", "I.2", "I.3"]


def test_activities_fit_the_row():
    assert activities_for(REF.gpc["I.1.2"], REF) == ["electricity", "district_heat"]
    assert "city_gas_lng" in activities_for(REF.gpc["I.1.1"], REF)
    assert "electricity" not in activities_for(REF.gpc["II.1.1"], REF)
    assert activities_for(REF.gpc["III.1.1"], REF) == []


def test_empty_inventory_not_started_with_missing_rows():
    p = progress()
    assert p.steps["stationary"].state == StepState.NOT_STARTED
    assert p.steps["stationary"].problem_count == 0
    missing = [x for x in p.steps["stationary"].problems if x.severity == "missing"]
    assert {x.gpc_ref for x in missing} == {*BASIC_STATIONARY, "I.4.4"}  # and generation (territorial)


def test_some_data_is_in_progress():
    p = progress(act("I.1.1", "city_gas_lng", 100, "kNm3"))
    assert p.steps["stationary"].state == StepState.IN_PROGRESS
    assert p.rows["I.1.1"].complete and p.rows["I.1.1"].answer == "data"
    assert p.steps["transport"].state == StepState.NOT_STARTED


def test_complete_when_every_basic_row_answered():
    records = [key(r, "NO", "없음") for r in (*BASIC_STATIONARY, "I.4.4") if r != "I.1.1"]
    p = progress(act("I.1.1", "city_gas_lng", 100, "kNm3"), *records)
    assert p.steps["stationary"].state == StepState.COMPLETE
    assert p.steps["stationary"].required_done == p.steps["stationary"].required_count == len(BASIC_STATIONARY)


def test_notation_key_needs_an_explanation():
    p = progress(key("I.1.1", "NE"))
    assert not p.rows["I.1.1"].complete
    assert p.steps["stationary"].state == StepState.NEEDS_ATTENTION
    assert [x.message.key for x in p.steps["stationary"].problems if x.is_open] == ["steps.notation_explanation"]
    assert progress(key("I.1.1", "NE", "자료 없음")).rows["I.1.1"].complete


def test_ie_needs_where():
    assert not progress(key("I.1.3", "IE", "전력 계수에 포함")).rows["I.1.3"].complete
    assert progress(key("I.1.3", "IE", "전력 계수에 포함", "I.1.2")).rows["I.1.3"].complete


def test_wrong_unit_needs_attention_blank_row_is_only_missing():
    bad = progress(act("I.1.1", "city_gas_lng", 100, "MWh_not_a_unit"))
    assert bad.steps["stationary"].state == StepState.NEEDS_ATTENTION
    assert bad.steps["stationary"].problems[0].message.key == "calc.status.unit_mismatch"
    blank = progress(Record("activity", "I.1.1"))
    assert blank.steps["stationary"].state == StepState.IN_PROGRESS
    assert blank.steps["stationary"].problem_count == 0
    assert not blank.rows["I.1.1"].complete


def test_findings_from_checks_count_on_their_step_and_review():
    class Finding:
        gpc_ref, severity = "II.1.1", "warning"
        message = __import__("gcomdesk.core.messages", fromlist=["Message"]).Message("calc.status.ok")

    prof = profile(population=1, preparer_name="x")
    p = assess(summarize(frame(rep("II.1.1", co2_t=1.0, id=1)), prof, REF), prof, REF, [Finding()])
    assert p.steps["transport"].problem_count == 1
    assert p.steps["review"].problem_count == 1
    assert p.steps["review"].state == StepState.NEEDS_ATTENTION


def test_profile_step_wants_population():
    p = progress(population=None)
    assert p.steps["profile"].state == StepState.IN_PROGRESS


def test_territorial_rows_are_missing_until_answered_but_not_required_rows():
    # Issue 16 item 6: I.4.4 and III.n.3 are in neither BASIC nor BASIC+ (GPC v1.1), yet scope 1
    # (territorial) and the direct total take them: they are asked for until answered.
    records = [key(r, "NO", "없음") for r in BASIC_STATIONARY if r != "I.1.1"]
    p = progress(act("I.1.1", "city_gas_lng", 100, "kNm3"), *records)
    assert p.steps["stationary"].state == StepState.IN_PROGRESS
    assert p.steps["stationary"].required_done == p.steps["stationary"].required_count  # BASIC rows all done
    assert [x.gpc_ref for x in p.steps["stationary"].problems if x.severity == "missing"] == ["I.4.4"]
    assert p.territorial_open == ("I.4.4", "III.1.3", "III.2.3", "III.3.3", "III.4.3") and not p.totals_complete
    answered = [key(r, "NO", "없음") for r in ("I.4.4", "III.1.3", "III.2.3", "III.3.3", "III.4.3")]
    p = progress(act("I.1.1", "city_gas_lng", 100, "kNm3"), *records, *answered)
    assert p.steps["stationary"].state == StepState.COMPLETE
    assert p.territorial_open == () and p.totals_complete
