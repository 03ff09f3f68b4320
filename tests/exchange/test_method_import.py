"""Method records from a file (issue 11 part 4): the same tonnes as the window's Python API,
the defaults applied reported, and every bad file refused naming sheet, row and column with the
project unchanged."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from gcomdesk.cli import main
from gcomdesk.core.errors import ImportRejected
from gcomdesk.samples import sample_profile
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project
from tests.exchange.method_files import SHEETS, api_records, sheets_with, write_workbook

GASES = ("co2_t", "ch4_t", "n2o_t", "biogenic_co2_t", "co2e_t")


@pytest.fixture
def empty(tmp_path):
    """A new inventory of the sample city's profile (한빛시 2022, AR5), no records."""
    path = tmp_path / "city.gcdx"
    Project.create(path, sample_profile()).close()
    return path


def method_tonnes(path) -> dict[tuple[str, str], tuple[float, ...]]:
    with Inventory.open(path) as inventory:
        recs = inventory.analysis().results.records
    recs = recs[recs["kind"] == "method"]
    assert (recs["status"] == "ok").all(), recs[["activity", "status"]]
    return {(r.activity, r.gpc_ref): tuple(float(getattr(r, g)) for g in GASES) for r in recs.itertuples()}


def stored(path) -> pd.DataFrame:
    with Project.open(path) as project:
        return project.records_frame()


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main(["--lang", "en", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_method_file_from_the_command_line_gives_the_tonnes_of_the_window_api(empty, tmp_path, capsys):
    data = write_workbook(tmp_path / "waste.xlsx", SHEETS)
    code, out, err = cli(capsys, "import", empty, data)
    assert code == 0, err
    assert out.startswith("Imported 5 records")
    by_api = tmp_path / "api.gcdx"
    Project.create(by_api, sample_profile()).close()
    with Inventory.open(by_api) as inventory:  # what the window's Session.apply does: one ChangeSet
        inventory.apply(ChangeSet(add=api_records(), label="method form"))
    from_file, from_api = method_tonnes(empty), method_tonnes(by_api)
    assert from_file.keys() == from_api.keys() == {
        ("swds_fod", "III.1.1"), ("swds_commitment", "III.1.2"), ("biological_treatment", "III.2.1"),
        ("incineration", "III.3.1"), ("wastewater_domestic", "III.4.1")}
    for key, tonnes in from_api.items():
        assert all(math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12) for a, b in zip(from_file[key], tonnes)), key
    # Hand calculations from the published defaults (the file leaves them blank):
    # composting, wet weight: IPCC 2006 Vol.5 Table 4.1 EF 4 g CH4/kg and 0.3 g N2O/kg waste treated:
    # 14,500 t x 4 kg/t = 58 t CH4; 14,500 t x 0.3 kg/t = 4.35 t N2O; AR5 CO2e = 58 x 28 + 4.35 x 265 = 2,776.75 t.
    co2, ch4, n2o, _, co2e = from_file[("biological_treatment", "III.2.1")]
    assert (co2, ch4, n2o) == (0.0, pytest.approx(58.0), pytest.approx(4.35))
    assert co2e == pytest.approx(58 * 28 + 4.35 * 265)
    # methane commitment of 1,000 t of food waste (GPC v1.1 Eq 8.4 with IPCC 2006 Vol.5 defaults):
    # DDOCm = 1,000 x DOC 0.15 (Table 2.4) x DOCf 0.5 x MCF 1.0 (managed anaerobic, Table 3.1) = 75 t;
    # CH4 = 75 x F 0.5 x 16/12 = 50 t, no recovery, OX 0 (Table 3.2).
    assert from_file[("swds_commitment", "III.1.2")][1] == pytest.approx(50.0)
    # the sources and quality came along
    records = stored(empty).set_index("activity")
    assert '"waste_t": "퇴비화시설 반입량"' in records.loc["biological_treatment", "extra"]
    assert records.loc["biological_treatment", "quality"] == "M"
    assert records.loc["swds_fod", "data_source"] == "환경자원과"


def test_the_defaults_applied_are_reported_per_record(empty, tmp_path, capsys):
    data = write_workbook(tmp_path / "waste.xlsx", {k: SHEETS[k] for k in ("biological_treatment",)})
    code, out, _ = cli(capsys, "import", empty, data)
    assert code == 0
    assert "Defaults applied to blank inputs:" in out
    assert "sheet biological_treatment, row 2: Composting" in out
    assert "CH4 emission factor (ef_ch4) = 4 g CH4/kg — IPCC 2006 Vol.5 Table 4.1" in out
    assert "N2O emission factor (ef_n2o) = 0.3 g N2O/kg" in out
    assert "(treatment)" not in out  # entered, not a default


def test_the_defaults_come_back_to_the_caller(empty, tmp_path):
    from gcomdesk.exchange.importing import ImportYears, read_import

    with Project.open(empty) as project:
        read = read_import(write_workbook(tmp_path / "w.xlsx", SHEETS), ImportYears.of(project))
    assert read.kind == "method" and len(read.frame) == 5
    applied = {(d.method, d.input): (d.value, d.source) for d in read.methods.defaults}
    assert applied[("swds_fod", "mcf")] == (1.0, "IPCC 2006 Vol.5 Table 3.1 (SWDS methane correction factor, managed - anaerobic)")
    assert applied[("wastewater_domestic", "population")] == (352400, "profile")
    assert ("swds_fod", "ox") not in applied and ("swds_fod", "comp_food") not in applied


def test_a_csv_with_a_method_column(empty, tmp_path, capsys):
    data = tmp_path / "methods.csv"
    data.write_text("method,gpc_ref,waste_t,treatment,technology,energy_use\n"
                    "biological_treatment,III.2.1,\"14,500\",composting,,\n"
                    "incineration,III.3.1,38000,,continuous_stoker,none\n", encoding="utf-8")
    code, _, err = cli(capsys, "import", empty, data)
    assert code == 0, err
    assert method_tonnes(empty)[("biological_treatment", "III.2.1")][1] == pytest.approx(58.0)


def _refused(capsys, empty, data, *where: str) -> str:
    before = stored(empty)
    code, out, err = cli(capsys, "import", empty, data)
    assert code == 1, out
    for text in where:
        assert text in err, err
    pd.testing.assert_frame_equal(stored(empty), before)  # nothing written
    return err


@pytest.mark.parametrize("sheets, where", [
    (sheets_with(add={"swds_fodd": [["gpc_ref"], ["III.1.1"]]}), ["sheet swds_fodd: ", "no method 'swds_fodd'"]),
    (sheets_with({"biological_treatment": {(0, 3): "waste_tonnes"}}),
     ["sheet biological_treatment, row 1, column waste_tonnes: unknown column 'waste_tonnes'"]),
    (sheets_with({"incineration": {(1, 3): "38,000t"}}),
     ["sheet incineration, row 2, column waste_t: Waste treated or landfilled: '38,000t' is not a number."]),
    (sheets_with({"incineration": {(1, 4): 12}}), ["sheet incineration, row 2, column comp_food: Share: food",
                                                 "must be a fraction between 0 and 1 (12)"]),
    (sheets_with(drop=("swds_fod.history",)), ["sheet swds_fod, row 2, column history: the method needs its history",
                                               "in the sheet swds_fod.history"]),
    (sheets_with({"biological_treatment": {(1, 0): "III.3.1"}}),
     ["sheet biological_treatment, row 2, column gpc_ref: 'III.3.1' is not a GPC row of the method biological_treatment"]),
    (sheets_with({"swds_fod.history": {(3, 0): "매립장"}}),
     ["sheet swds_fod.history, row 4, column record: no record '매립장' in the sheet swds_fod."]),
    (sheets_with({"swds_fod": {(1, 8): "landfill"}}), ["sheet swds_fod, row 2, column Landfill type: Landfill type: 'landfill'"]),
    (sheets_with({"biological_treatment": {(1, 5): "X"}}), ["column 자료품질: unknown data quality 'X'"]),
    (sheets_with({"swds_fod.history": {(2, 1): 2003, (9, 1): 2003}}),  # unsorted: the second 2003 is sheet row 10
     ["sheet swds_fod.history, row 10, column year: Disposal history, row 9, Year: the year 2003 appears twice"]),
])
def test_a_bad_file_names_sheet_row_and_column_and_changes_nothing(empty, tmp_path, capsys, sheets, where):
    _refused(capsys, empty, write_workbook(tmp_path / "bad.xlsx", sheets), *where)


def test_every_problem_is_listed_in_one_pass_in_korean_too(empty, tmp_path, capsys):
    data = write_workbook(tmp_path / "bad.xlsx", sheets_with({"incineration": {(1, 3): "1,5"}, "wastewater_domestic": {(1, 1): 2}}))
    before = stored(empty)
    assert main(["--lang", "ko", "import", str(empty), str(data)]) == 1
    err = capsys.readouterr().err
    assert "시트 incineration, 2행 waste_t 열: 폐기물량: '1,5'은(는) 모호합니다" in err
    assert "시트 wastewater_domestic, 2행 share_aerobic_well 열" in err
    pd.testing.assert_frame_equal(stored(empty), before)


def test_a_csv_record_that_needs_a_table_is_told_to_use_a_workbook(empty, tmp_path, capsys):
    data = tmp_path / "m.csv"
    data.write_text("method,gpc_ref\nswds_fod,III.1.1\nrice,V.3\n", encoding="utf-8")
    err = _refused(capsys, empty, data, "sheet m.csv, row 2, column history: the method needs its history, a table",
                   "sheet m.csv, row 3, column area_ha:")
    assert "swds_fod.history" in err


def test_an_unknown_method_in_a_method_column(empty, tmp_path, capsys):
    data = tmp_path / "m.csv"
    data.write_text("method,gpc_ref,waste_t\nlandfill,III.1.1,5\n", encoding="utf-8")
    _refused(capsys, empty, data, "sheet m.csv, row 2, column method: unknown method 'landfill'")


def test_a_year_the_project_lacks_is_refused_unless_added(empty, tmp_path, capsys):
    rows = [list(r) for r in SHEETS["biological_treatment"]]
    rows[0].append("year")
    rows[1].append(2021)
    data = write_workbook(tmp_path / "y.xlsx", {"biological_treatment": rows})
    _refused(capsys, empty, data, "column year: The project holds no inventory year 2021")
    code, _, err = cli(capsys, "import", empty, data, "--add-years")
    assert code == 0, err
    with Project.open(empty) as project:
        assert project.years() == [2021, 2022]
        assert project.records_frame()["year"].tolist() == [2021]


def test_one_method_sheet_chosen_with_sheet(empty, tmp_path, capsys):
    data = write_workbook(tmp_path / "w.xlsx", SHEETS)
    code, _, err = cli(capsys, "import", empty, data, "--sheet", "swds_fod")
    assert code == 0, err
    assert stored(empty)["activity"].tolist() == ["swds_fod"]


def test_an_activity_file_still_imports_as_before(empty, capsys):
    from gcomdesk.samples import SAMPLE_ACTIVITY

    code, _, err = cli(capsys, "import", empty, SAMPLE_ACTIVITY)
    assert code == 0, err
    assert (stored(empty)["kind"] != "method").all()


def test_rejection_is_an_import_rejected_with_sheet_cells(empty, tmp_path):
    from gcomdesk.exchange.importing import ImportYears, read_import

    data = write_workbook(tmp_path / "bad.xlsx", sheets_with({"incineration": {(1, 4): 1.5}}))
    with Project.open(empty) as project, pytest.raises(ImportRejected) as caught:
        read_import(data, ImportYears.of(project))
    (error,) = caught.value.errors
    assert (error.sheet, error.row, error.column) == ("incineration", 2, "comp_food")
