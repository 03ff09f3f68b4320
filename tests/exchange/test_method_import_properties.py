"""Property tests of the method-record import: whatever the cells hold, the import answers with
records that every method computes, or a GcomdeskError; never another exception, and a rejected
file leaves the project exactly as it was (never half-imported)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pandas.testing import assert_frame_equal

from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.methods import REGISTRY, check_record
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.activity_import import import_changes
from gcomdesk.exchange.importing import ImportYears, read_import
from gcomdesk.exchange.method_import import read_method_table
from gcomdesk.exchange.tabular import Table
from gcomdesk.samples import sample_profile
from gcomdesk.store.project import Project
from tests.exchange.method_files import SHEETS, write_workbook

REF = load_reference()
PROFILE = sample_profile()
CELL = st.one_of(
    st.sampled_from(["", "0", "0.5", "1", "1.5", "-1", "1,5", "14,500", "１２３", "1e999", "nan", "composting", "wet",
                     "III.2.1", "III.3.1", "III.1.1", "managed_anaerobic", "none", "2022", "M", "=1+1", "  "]),
    st.text(max_size=10),
)
SHEET_CELL = st.one_of(CELL.filter(lambda v: v.isprintable()), st.floats(allow_nan=False, allow_infinity=False))  # a workbook holds no control characters
NAMES = sorted({"method", "gpc_ref", "record", "year", "quality", "waste_t", "treatment", "basis", "technology",
                "energy_use", "comp_food", "ef_ch4", "폐기물량", "waste_t.source", "area_ha", "days"})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=st.lists(st.one_of(st.sampled_from(NAMES), st.text(max_size=6)), min_size=1, max_size=7),
       codes=st.lists(st.one_of(st.sampled_from(sorted(REGISTRY)), st.text(max_size=6)), min_size=1, max_size=4),
       cells=st.lists(CELL, min_size=28, max_size=28))
def test_a_table_with_a_method_column_never_crashes_nor_yields_a_record_that_cannot_compute(header, codes, cells):
    header = ["method", *header]
    rows = [(n + 2, [code, *cells[n * 7:(n + 1) * 7][: len(header) - 1]]) for n, code in enumerate(codes)]
    try:
        result = read_method_table(Table.from_rows(header, rows), "fuzz.csv", lambda _year: PROFILE, [2022], REF)
    except GcomdeskError as exc:
        exc.render("ko"), exc.render("en")  # every message renders in both languages
        return
    assert len(result.frame) == len(rows)
    for code, extra in zip(result.frame["activity"], result.frame["extra"]):
        assert check_record(code, json.loads(extra), PROFILE, REF) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.sampled_from(sorted(SHEETS)), st.integers(0, 12), st.integers(0, 12), SHEET_CELL),
                        min_size=1, max_size=4))
def test_random_cells_in_a_method_workbook_import_all_or_nothing(tmp_path_factory, changes):
    folder = tmp_path_factory.mktemp("fuzz")
    sheets = {name: [list(r) for r in rows] for name, rows in SHEETS.items()}
    for name, r, c, value in changes:
        rows = sheets[name]
        r = r % len(rows)
        rows[r] += [None] * (c + 1 - len(rows[r]))
        rows[r][c] = value
    data = write_workbook(folder / "fuzz.xlsx", sheets)
    path = folder / "city.gcdx"
    with Project.create(path, PROFILE) as project:
        before = project.records_frame()
        try:
            read = read_import(data, ImportYears.of(project))
            project.apply(import_changes(project, read.frame, "fuzz"))
        except GcomdeskError as exc:
            exc.render("ko")
            assert_frame_equal(project.records_frame(), before)
            return
        after = project.records_frame()
    assert len(after) == len(read.frame) == 5  # every record, or none
    for code, extra in zip(after["activity"], after["extra"]):
        assert check_record(code, json.loads(extra), PROFILE, REF) == []
