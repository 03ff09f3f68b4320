"""Several inventory years in one project: adding, deleting (undoable), renaming, routing records
and acknowledgements to their year, each year's own editions, and the migration of older files."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from gcomdesk.core.errors import ProjectFileError
from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.summary import summary_dict
from gcomdesk.core.years import new_year_settings
from gcomdesk.store.changes import Acknowledgement, ChangeSet, YearAdded
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project
from gcomdesk.store.schema import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"
REF = load_reference()


def electricity(year: int, mwh: float) -> Record:
    return Record("activity", "I.1.2", year=year, activity="electricity", amount=mwh, unit="MWh",
                  data_source="KEPCO", quality="H")


@pytest.fixture
def project(tmp_path):
    profile = new_profile(REF, name_ko="시험시", region_code="11", year=2022, population=100_000)
    with Project.create(tmp_path / "t.gcdx", profile) as p:
        yield p


def add_year(project: Project, year: int) -> None:
    project.apply(ChangeSet(add_years=[YearAdded(year, new_year_settings(REF, year))]))


def test_a_new_project_holds_its_year_and_new_years_take_the_edition_published_for_them(project):
    assert project.years() == [2022]
    add_year(project, 2018)
    add_year(project, 2021)
    assert project.years() == [2018, 2021, 2022]
    # resources/reference/electricity_kr.csv default_for_inventory_years: 2014-16 average up to 2021, 2022 approval from 2022
    assert project.profile_of(2018).electricity_edition == REF.default_electricity_edition(2018)
    assert project.profile_of(2022).electricity_edition == "KR-GIR-2022"
    assert project.profile.year == 2022  # the latest year


def test_records_and_acknowledgements_without_a_year_go_to_the_changesets_year(project):
    add_year(project, 2021)
    applied = project.apply(ChangeSet(add=[Record("activity", "I.1.2", activity="electricity", amount=5, unit="MWh")],
                                      acknowledge=[Acknowledgement("value.missing_source", "I.1.2", 0, "", "x")], year=2021))
    assert project.record(applied.added_ids[0]).year == 2021
    assert [a["year"] for a in project.acknowledgements()] == [2021]
    assert project.acknowledgements(2022) == []
    with pytest.raises(ProjectFileError) as err:
        project.apply(ChangeSet(add=[electricity(2019, 1)]))
    assert "2019" in err.value.render("en") and "2019" in err.value.render("ko")
    assert project.record_count() == 1  # nothing half-written


def test_deleting_a_year_takes_its_records_and_acknowledgements_and_undo_brings_them_back(project):
    add_year(project, 2021)
    ids = project.add_records([electricity(2021, 10), electricity(2021, 20), electricity(2022, 30)])
    project.apply(ChangeSet(acknowledge=[Acknowledgement("value.missing_source", "I.1.2", ids[0], "data_source", "why", year=2021)]))
    project.apply(ChangeSet(profile={"population": 12_345}, year=2021))
    applied = project.apply(ChangeSet(delete_years=[2021]))
    assert project.years() == [2022]
    assert set(applied.deleted_ids) == {ids[0], ids[1]}
    assert [r.id for r in project.records()] == [ids[2]]
    assert project.acknowledgements() == []
    project.apply(applied.inverse)
    assert project.years() == [2021, 2022]
    assert [r.id for r in project.records()] == ids  # under their own ids
    assert project.profile_of(2021).population == 12_345
    assert project.acknowledgements()[0]["explanation"] == "why"
    with pytest.raises(ProjectFileError):
        project.apply(ChangeSet(delete_years=[2021, 2022]))  # the last year stays
    assert project.years() == [2021, 2022]


def test_year_fields_change_one_year_and_project_fields_all(project):
    add_year(project, 2021)
    project.apply(ChangeSet(profile={"population": 99_000, "electricity_edition": "KR-GIR-2014-16"}, year=2021))
    project.apply(ChangeSet(profile={"gwp_set": "AR4", "base_year": 2021}, year=2022))
    one, two = project.profile_of(2021), project.profile_of(2022)
    assert (one.population, one.electricity_edition) == (99_000, "KR-GIR-2014-16")
    assert (two.population, two.electricity_edition) == (100_000, "KR-GIR-2022")
    assert one.gwp_set == two.gwp_set == "AR4" and one.base_year == two.base_year == 2021


def test_the_same_editions_for_every_year_is_an_explicit_choice_and_each_year_keeps_its_own(project):
    add_year(project, 2018)
    applied = project.apply(ChangeSet(profile={"factor_policy": "same"}, year=2022))
    assert project.profile_of(2018).electricity_edition == "KR-GIR-2022"  # 2022's editions, shared
    project.apply(ChangeSet(profile={"heat_edition": project.profile_of(2018).heat_edition}, year=2018))
    project.apply(applied.inverse)
    assert project.profile_of(2018).electricity_edition == REF.default_electricity_edition(2018)  # its own again


def test_renaming_a_year_moves_its_records_and_undo_moves_them_back(project):
    ids = project.add_records([electricity(2022, 1)])
    applied = project.apply(ChangeSet(profile={"year": 2023}, year=2022))
    assert project.years() == [2023] and project.record(ids[0]).year == 2023
    project.apply(applied.inverse)
    assert project.years() == [2022] and project.record(ids[0]).year == 2022


def test_an_edit_in_one_year_leaves_every_other_year_s_figures_alone(project):
    add_year(project, 2021)
    ids = project.add_records([electricity(2021, 1000), electricity(2022, 2000)])
    inventory = Inventory(project)
    assert inventory.year == 2022
    before = inventory.analysis().results.totals["basic"]
    inventory.set_year(2021)
    applied = inventory.apply(ChangeSet(update=[(ids[0], {"amount": 5000.0})]))
    assert inventory.project.record(ids[1]).amount == 2000
    inventory.set_year(2022)
    assert inventory.analysis().results.totals["basic"] == before
    # 1 MWh x KR-GIR-2022 consumption side: 0.4747 t CO2 + 0.0125 kg CH4 x 28 + 0.0100 kg N2O x 265 (AR5)
    # = 0.4747 + 0.00035 + 0.00265 = 0.4777 t CO2e (electricity_kr.csv; gwp.csv AR5)
    assert before == pytest.approx(2000 * 0.4777, rel=1e-4)
    assert inventory.analysis().figures[2021].totals["basic"] > 0
    inventory.apply(applied.inverse)


def test_an_older_single_year_file_migrates_with_a_backup_and_its_figures_do_not_move(tmp_path):
    # hanbit_v1.gcdx was written by gcomdesk at 697f828 (schema 1): the sample plus one record of
    # 2021 data with its year warning explained; the summary beside it is what that version computed.
    path = tmp_path / "old.gcdx"
    shutil.copy(DATA / "hanbit_v1.gcdx", path)
    expected = json.loads((DATA / "hanbit_v1_summary.json").read_text(encoding="utf-8"))
    with Inventory.open(path) as inventory:
        assert inventory.years == [2022] and inventory.profile.base_year == 2018
        backup = inventory.project.migrated_backup
        analysis = inventory.analysis()
        summary = summary_dict(inventory.records, inventory.profile, inventory.ref, analysis.results)
        findings = sorted([f.rule, f.gpc_ref, f.record_id, f.field, f.acknowledged] for f in analysis.findings)
    assert summary["totals_t"] == expected["totals_t"]
    assert {g["ref"]: g["co2e_t"] for g in summary["gpc"]} == expected["gpc"]
    assert [list(f) for f in findings] == expected["findings"]
    assert backup == tmp_path / "old.gcdx.v1-backup"
    assert backup.read_bytes() == (DATA / "hanbit_v1.gcdx").read_bytes()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with Project.open(path) as again:  # opening again migrates nothing and copies nothing
        assert again.migrated_backup is None


def test_a_year_copied_with_amounts_cleared_keeps_the_structure_and_asks_for_every_figure(sample_file):
    from gcomdesk.store.years import add_year as add
    from gcomdesk.store.years import delete_year

    with Inventory.open(sample_file) as inventory:
        source = inventory.records.copy()
        inventory.apply(add(inventory, 2023, copy_from=2022, keep_amounts=False))
        assert inventory.years == [2022, 2023] and inventory.year == 2022
        inventory.set_year(2023)
        copied = inventory.records
        assert len(copied) == len(source)
        assert copied["amount"].isna().all() and (copied["kind"] == source["kind"].to_numpy()).all()
        # Nothing counts until entered, except the landfill's first-order decay: a year's landfill
        # CH4 comes from the waste deposited in earlier years (IPCC 2006 Vol.5 ch. 3), whose history
        # table is kept — so it is a real figure for 2023 (the 2022 deposit still to be added).
        results = inventory.analysis().results
        counted = results.records[results.records["co2e_t"].fillna(0) != 0]
        assert set(counted["activity"]) == {"swds_fod"}
        assert results.totals["basic"] == pytest.approx(counted["co2e_t"].sum())
        assert any(f.rule == "value.missing_amount" for f in inventory.analysis().findings)
        inventory.set_year(2022)
        assert inventory.analysis().results.totals["basic"] == pytest.approx(2_787_092.91, abs=0.01)
        applied = inventory.apply(delete_year(inventory, 2023))
        assert inventory.years == [2022]
        inventory.apply(applied.inverse)
        assert inventory.years == [2022, 2023]


def test_a_year_copied_with_amounts_kept_gives_the_same_figures_with_its_own_edition(sample_file):
    from gcomdesk.store.years import add_year as add

    with Inventory.open(sample_file) as inventory:
        inventory.apply(add(inventory, 2021, copy_from=2022, keep_amounts=True))
        # a new year's population starts empty (the wastewater method needs it): give 2022's
        inventory.apply(ChangeSet(profile={"population": inventory.profile_of(2022).population}, year=2021))
        figures = inventory.figures()
        # 2021 takes the 2014-16 average (default_for_inventory_years -2021) instead of KR-GIR-2022,
        # so the grid-electricity rows (scope 2, I.x.2 / II.x.2) differ, and the landfill (III.1.1)
        # whose first-order decay counts the waste deposited before the inventory year.
        assert inventory.profile_of(2021).electricity_edition == REF.default_electricity_edition(2021)
        differ = {r for r in set(figures[2022].rows) | set(figures[2021].rows)
                  if abs(figures[2022].rows.get(r, 0) - figures[2021].rows.get(r, 0)) > 1e-6}
        assert {r for r in differ if r != "III.1.1"} == {r for r in figures[2022].rows if REF.gpc[r].scope == 2}
        # I.1.2: 257,958 t with KR-GIR-2022 (0.4777 t CO2e/MWh, AR5) -> x 0.4567+0.0036*28/1000+0.0085*265/1000
        # = 0.4590533 / 0.4777 on the 2014-16 average (electricity_kr.csv)
        ratio = (0.4567 + 0.0036 * 28 / 1000 + 0.0085 * 265 / 1000) / (0.4747 + 0.0125 * 28 / 1000 + 0.0100 * 265 / 1000)
        assert figures[2021].rows["I.1.2"] == pytest.approx(figures[2022].rows["I.1.2"] * ratio, rel=1e-9)
        inventory.apply(ChangeSet(profile={"factor_policy": "same"}))
        figures = inventory.figures()
        same = {r for r in differ if abs(figures[2022].rows.get(r, 0) - figures[2021].rows.get(r, 0)) > 1e-6}
        assert same == {"III.1.1"}  # one edition for both years: only the landfill's year differs


def test_a_version_2_file_gains_the_co2e_factor_columns_with_a_backup(tmp_path):
    # A v2 file (years, no ef_co2e) opens as v3: a backup first, the records unchanged, ef_co2e empty.
    path = tmp_path / "v2.gcdx"
    with Project.create(path, new_profile(REF, name_ko="시험시", region_code="11", year=2022)) as project:
        project.add_records([Record("activity", "I.1.2", activity="electricity", amount=5, unit="MWh")])
    with sqlite3.connect(path) as conn:  # back to what version 2 wrote
        conn.execute("ALTER TABLE records DROP COLUMN ef_co2e")
        conn.execute("ALTER TABLE records DROP COLUMN ef_co2e_gwp")
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    with Project.open(path) as project:
        assert project.migrated_backup is not None and project.migrated_backup.name == "v2.gcdx.v2-backup"
        frame = project.records_frame()
        assert frame["amount"].tolist() == [5.0] and frame["ef_co2e"].isna().all()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    conn.close()
