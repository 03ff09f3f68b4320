"""The import's `year` column routes each row to its inventory year; rows for years the project
lacks are errors (row + column, listed with the file's other errors) unless the import adds those
years in the same ChangeSet (one transaction, one undo step)."""

from __future__ import annotations

import pytest

from gcomdesk.core.errors import ImportRejected
from gcomdesk.core.model import new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.years import new_year_settings
from gcomdesk.exchange.activity_import import import_activity_file, import_changes, missing_years, read_activity_file
from gcomdesk.store.changes import ChangeSet, YearAdded
from gcomdesk.store.project import Project

REF = load_reference()
ROWS = ("GPC코드,년도,배출량_CO2\n"
        "I.1.1,2018,10\n"
        "I.1.1,,20\n"
        "I.1.1,2021,30\n"
        "I.1.1,2019,40\n"
        "I.1.1,2020,50\n")


@pytest.fixture
def project(tmp_path):
    profile = new_profile(REF, name_ko="시험시", region_code="11", year=2018, population=1000)
    with Project.create(tmp_path / "t.gcdx", profile) as p:
        p.apply(ChangeSet(add_years=[YearAdded(2021, new_year_settings(REF, 2021, p.year_settings(2018)))]))
        p.apply(ChangeSet(profile={"electricity_side": "generation"}, year=2021))
        yield p


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(ROWS, encoding="utf-8")
    return path


def by_year(project):
    return sorted((int(r.year), r.co2_t) for r in project.records())


def test_rows_for_missing_years_are_errors_naming_row_and_column_with_the_others(project, data):
    data.write_text(ROWS + "I.9.9,2018,1\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_activity_file(project, data)
    errors = caught.value.errors
    assert [(e.row, e.column) for e in errors] == [(5, "년도"), (6, "년도"), (7, "GPC코드")]
    assert "2019" in errors[0].message.render("en") and "2018, 2021" in errors[0].message.render("en")
    assert "2019" in errors[0].message.render("ko") and "2018, 2021" in errors[0].message.render("ko")
    assert project.years() == [2018, 2021] and by_year(project) == []


def test_rows_go_to_their_year_and_year_less_rows_to_the_chosen_one(project, data):
    data.write_text(ROWS.replace("I.1.1,2019,40\nI.1.1,2020,50\n", ""), encoding="utf-8")
    assert import_activity_file(project, data, year=2018) == 3
    assert by_year(project) == [(2018, 10), (2018, 20), (2021, 30)]
    project.apply(ChangeSet(delete=[r.id for r in project.records()]))
    assert import_activity_file(project, data) == 3  # default: the latest year
    assert by_year(project) == [(2018, 10), (2021, 20), (2021, 30)]


def test_asked_to_add_years_one_changeset_adds_them_and_one_inverse_removes_both(project, data):
    frame = read_activity_file(data)  # unchecked: the window reads first, then asks
    assert missing_years(frame, project.years()) == [2019, 2020]
    changes = import_changes(project, frame, "import rows.csv", 2021, True)
    assert [y.year for y in changes.add_years] == [2019, 2020] and changes.year == 2021
    applied = project.apply(changes)
    assert project.years() == [2018, 2019, 2020, 2021]
    assert by_year(project) == [(2018, 10), (2019, 40), (2020, 50), (2021, 20), (2021, 30)]
    # an added year takes the edition published for it and the side of the year rows default to
    assert project.profile_of(2019).electricity_edition == REF.default_electricity_edition(2019)
    assert project.year_settings(2019)["electricity_side"] == "generation"
    project.apply(applied.inverse)
    assert project.years() == [2018, 2021] and by_year(project) == []
