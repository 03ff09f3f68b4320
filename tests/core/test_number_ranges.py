"""One range policy for every number (resources/checks/number_ranges.csv): impossible figures are
refused where they are typed or imported, said where a file already holds them, and never summed
into an infinite or absurd total (issue 14, case 3)."""

from __future__ import annotations

import json
import math
import sqlite3

import pytest

from gcomdesk.cli import main
from gcomdesk.core.errors import ImportRejected, ProfileError
from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.numbers import NumberRangeError, check_range, ranges
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.activity_import import import_activity_file
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project

REF = load_reference()
HEADER = "year,gpc_ref,activity,amount,unit,co2_t,data_source,quality\n"


@pytest.fixture
def path(tmp_path):
    profile = new_profile(REF, name_ko="시험시", region_code="11", year=2022, population=100_000)
    Project.create(tmp_path / "r.gcdx", profile).close()
    return tmp_path / "r.gcdx"


def test_every_range_has_a_reason_and_finite_bounds():
    assert {"amount", "ef_co2", "co2_t", "population", "area_km2", "grdp_billion_krw"} <= set(ranges())
    assert all(math.isfinite(lo) and math.isfinite(hi) and lo < hi for lo, hi in ranges().values())
    assert check_range("amount", 5e11) == 5e11
    with pytest.raises(NumberRangeError) as err:
        check_range("amount", 1e308)
    assert "1e+308" in err.value.message.render("en") and "범위" in err.value.message.render("ko")


@pytest.mark.parametrize("row, column", [
    ("2022,I.1.1,diesel,1e308,kL,,s,H", "amount"),  # finite, but no city burns 1e308 kL
    ("2022,I.1.1,diesel,2e12,kL,,s,H", "amount"),
    ("2022,I.3.1,,,,5e10,s,H", "co2_t"),  # fifty billion tonnes: seventy times the nation
])
def test_an_impossible_figure_in_a_file_is_refused_naming_row_and_column(path, tmp_path, row, column):
    data = tmp_path / "d.csv"
    data.write_text(HEADER + "2022,I.1.1,diesel,10,kL,,s,H\n" + row + "\n", encoding="utf-8")
    with Project.open(path) as project, pytest.raises(ImportRejected) as info:
        import_activity_file(project, data)
    errors = [(e.row, e.column, e.message.key) for e in info.value.errors]
    assert errors == [(3, column, "number.out_of_range")]
    assert "number_ranges.csv" in info.value.errors[0].message.render("en")
    with Project.open(path) as project:
        assert project.record_count() == 0  # nothing half-imported


def test_an_impossible_figure_already_in_a_file_is_said_and_counts_as_nothing(path):
    with Project.open(path) as project:
        good, = project.add_records([Record("activity", "I.1.1", activity="diesel", amount=10.0, unit="kL",
                                            data_source="s", quality="H")])
        bad, = project.add_records([Record("activity", "I.1.1", activity="diesel", amount=1.0, unit="kL",
                                           data_source="s", quality="H")])
    with sqlite3.connect(path) as conn:  # as a damaged or hand-edited file holds them
        # an absurd finite figure (an infinite one, which SQLite keeps as REAL, is refused on open:
        # tests/store/test_hostile.py, amount_infinite)
        conn.execute("UPDATE records SET amount = 1e30 WHERE id = ?", (bad,))
    with Inventory.open(path) as inventory:
        analysis = inventory.analysis()
        status = analysis.results.records.loc[bad, "status"]
        basic = analysis.results.totals["basic"]
        findings = [f for f in analysis.findings if f.record_id == bad]
    assert status == "out_of_range" and math.isfinite(basic) and basic > 0
    assert [(f.rule, f.severity, f.field) for f in findings] == [("value.not_calculated", "error", "amount")]
    # 10 kL of diesel in I.1.1 alone counts: the same as a file without the impossible record
    with Inventory.open(path) as inventory:
        inventory.apply(ChangeSet(delete=[bad]))
        assert inventory.analysis().results.totals["basic"] == pytest.approx(basic)
    assert good


@pytest.mark.parametrize("field, value", [("area_km2", float("nan")), ("area_km2", float("inf")), ("area_km2", -5.0),
                                          ("population", 3e9), ("grdp_billion_krw", 1e308)])
def test_the_profile_refuses_impossible_figures(field, value):
    with pytest.raises(ProfileError) as err:
        new_profile(REF, name_ko="시험시", region_code="11", year=2022, **{field: value})
    assert field in err.value.render("en") and field in err.value.render("ko")


@pytest.mark.parametrize("args", [("--area", "nan"), ("--area", "inf"), ("--area", "-5"), ("--area", "1e308"),
                                  ("--population", "999,999,999")])
def test_set_refuses_impossible_figures_and_changes_nothing(path, capsys, args):
    before = path.read_bytes()
    code = main(["--lang", "en", "set", str(path), *args])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and err.strip()
    assert path.read_bytes() == before


def test_summary_json_stays_valid_json_with_an_impossible_record(path, capsys):
    with Project.open(path) as project:
        bad, = project.add_records([Record("reported", "I.3.1", co2_t=1.0, data_source="s", quality="H")])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE records SET co2_t = 1e308 WHERE id = ?", (bad,))
    assert main(["--lang", "en", "summary", str(path), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert summary["totals_t"]["basic"] == 0
