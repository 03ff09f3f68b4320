"""run_checks as a whole: ordering, acknowledgements, counts, rendering, steps, the sample city."""

import subprocess
import sys
from pathlib import Path

import pytest

from gcomdesk.core.checks import Finding, count_by_severity, reconcile, run_checks, step_of
from gcomdesk.core.totals import summarize
from tests.core.checks.builders import REF, act, base_records, check, frame, key, profile, rules, without

ROOT = Path(__file__).resolve().parents[3]


def messy():
    """An inventory with something of (almost) every family wrong."""
    return without(base_records(), "I.2.1") + [
        act("I.1.1", "jet_fuel", 10, "kL", data_source="", quality=None, year=2021),
        act("I.1.1", "jet_fuel", 10, "kL", data_source="", quality=None, year=2021),
        act("I.3.1", "diesel", 10, "t", import_file="city.xlsx", import_row=7),
        act("III.3.1", "diesel", 10, "kL"),
        key("I.4.1", "IE", "", included_in="I.5.1"),
    ]


def test_errors_come_first_then_warnings_then_info_in_gpc_order():
    found = check(messy(), profile(year=2023, preparer_name=""))
    order = {"error": 0, "warning": 1, "info": 2}
    assert [order[f.severity] for f in found] == sorted(order[f.severity] for f in found)
    assert {"error", "warning", "info"} == {f.severity for f in found}


def test_every_finding_renders_in_korean_and_english_with_hint():
    found = check(messy(), profile(year=2023, gwp_set="SAR", preparer_name="", population=5_000_000))
    assert len(rules(found)) >= 15
    for f in found:
        en, ko = f.render("en"), f.render("ko")
        assert en != ko and "check." not in en and "check." not in ko
        assert f.hint.render("en") in en
        assert f.where("ko") and f.where("en")


def test_imported_records_carry_their_source_file_and_row():
    unit = [f for f in check(messy()) if f.rule == "classification.unit_unfit"]
    assert [(f.source_file, f.source_row) for f in unit] == [("city.xlsx", 7)]
    assert "city.xlsx" in unit[0].where("en")


def test_acknowledged_warnings_are_marked_and_not_counted_errors_never():
    found = check(messy())
    warning = next(f for f in found if f.severity == "warning")
    error = next(f for f in found if f.severity == "error")
    acks = [dict(zip(("rule", "gpc_ref", "record_id", "field"), w.key), explanation="확인함") for w in (warning, error)]
    again = check(messy(), acknowledgements=acks)
    marked = {f.key: f.acknowledged for f in again}
    assert marked[warning.key] == "확인함" and marked[error.key] is None
    before, after = count_by_severity(found), count_by_severity(again)
    assert after["warning"] == before["warning"] - 1 and after["error"] == before["error"]
    assert count_by_severity(again, include_acknowledged=True) == before


def test_count_by_severity_has_the_three_keys():
    assert count_by_severity([]) == {"error": 0, "warning": 0, "info": 0}


def test_unknown_level_is_refused():
    with pytest.raises(ValueError):
        check(base_records(), level="gold")


@pytest.mark.parametrize("ref, step", [("I.3.1", "stationary"), ("II.1.1", "transport"), ("III.4.2", "waste"),
                                       ("IV.1", "ippu"), ("V.2", "afolu"), ("", "profile"), ("VI.1", "review")])
def test_step_of(ref, step):
    assert step_of(ref) == step
    assert Finding("x.y", "info", gpc_ref=ref).step == step


def test_sample_city_has_no_error(tmp_path):
    from gcomdesk.samples import build_sample
    from gcomdesk.store.project import Project

    with Project.open(build_sample(tmp_path / "hanbit.gcdx")) as project:
        records, prof = project.records_frame(), project.profile
    found = run_checks(records, prof, REF)
    assert count_by_severity(found)["error"] == 0, [f.render("en") for f in found if f.severity == "error"]
    assert reconcile(summarize(records, prof, REF), prof, REF).consistent


def test_results_given_or_computed_give_the_same_findings():
    records = frame(messy())
    with_results = run_checks(records, profile(), REF, results=summarize(records, profile(), REF))
    assert [f.key for f in with_results] == [f.key for f in run_checks(records, profile(), REF)]


def test_checks_never_import_qt():
    code = ("import sys, gcomdesk.core.checks, gcomdesk.core.national;"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)
