"""Property tests: whatever a file holds, the importer answers with records or a GcomdeskError,
never another exception, and a rejected file leaves the project exactly as it was."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pandas.testing import assert_frame_equal

from gcomdesk.core.errors import GcomdeskError, ImportRejected
from gcomdesk.core.model import new_profile
from gcomdesk.core.numbers import out_of_range
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.activity_import import COLUMN_ALIASES, import_activity_file, parse_activity_table
from gcomdesk.exchange.tabular import Table
from gcomdesk.store.project import Project

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The in-memory parse is fast enough to fuzz 1,000 files on every run (issue 14: >= 1,000 per run).
FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = [name for canon, aliases in COLUMN_ALIASES.items() for name in (canon, *aliases)]

# Plausible values mixed with junk, so that some rows parse and others fail in every way.
PLAUSIBLE = st.sampled_from([
    "", "2022", "1989", "I.1.1", "I.1.2", "i.2.1", "II.1.1", "X.9", "경유", "전력", "열", "도시가스", "diesel", "unknown",
    "150,000", "1,5", "-3", "0", "1e999", "nan", "inf", "㎘", "천㎥", "톤", "kL", "MWh", "kg", "Gcal", "IE", "no", "C", "XX",
    "상", "중", "하", "H", "z", "  ", "\t", "=SUM(A1)", "#DIV/0!", "1e-320", "１２３",
    "1 234 kWh", "5 MWh", "1 000", "합계", "소 계", "Total", "Sm3", "scf", "m3", "AR4", "ar9", "454.1",
])
CELL = st.one_of(
    PLAUSIBLE,
    st.text(max_size=12),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-10**30, max_value=10**30).map(str),
)
JUNK_HEADER = st.text(max_size=8)
# Values that parse in each column; a row built from them alone is a valid activity row.
VALID = {
    "year": ["", "2022", "2021"], "gpc_ref": ["I.1.1", "i.2.1 ", "II.1.1"], "activity": ["경유", "diesel", "등유"],
    "amount": ["150,000", "1.5", "-3"], "unit": ["㎘", "kL", "L", "TJ"], "ef_co2": ["", "74,100"], "quality": ["", "상", "m"],
    "notes": ["", "비고"], "facility": ["", "A공장"], "data_source": ["", "한국석유공사"], "explanation": [""],
}


@st.composite
def tables(draw):
    """A header of known columns (any spelling, order and case, sometimes with junk) and rows whose
    cells are mostly valid for their column and sometimes anything at all."""
    canon = draw(st.lists(st.sampled_from(list(COLUMN_ALIASES)), unique=True, max_size=8))
    if draw(st.integers(0, 4)) > 0:  # mostly with the columns a valid file needs
        canon = list(dict.fromkeys(canon + ["gpc_ref", "activity", "amount", "unit"]))
    canon = draw(st.permutations(canon))
    header = [draw(st.sampled_from((c, *COLUMN_ALIASES[c]))) for c in canon]
    header = [draw(st.sampled_from([h, h.upper(), f"  {h} "])) for h in header]
    if draw(st.integers(0, 4)) == 0:
        header.insert(draw(st.integers(0, len(header))), draw(JUNK_HEADER))
        canon = None  # the columns no longer line up with `canon`; every cell is random
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        mode = draw(st.sampled_from(["random", "clean", "clean", "dirty"]))
        if canon is None or mode == "random":
            rows.append(draw(st.lists(CELL, max_size=len(header) + 2)))
            continue
        row = []
        for column in canon:
            junk = mode == "dirty" and draw(st.integers(0, 2)) == 0
            row.append(draw(CELL if junk else st.sampled_from(VALID.get(column, [""]))))
        rows.append(row)
    return header, rows


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("props")
    profile = new_profile(load_reference(), name_ko="테스트시", region_code="44", year=2022)
    with Project.create(folder / "p.gcdx", profile, user="tester") as proj:
        (folder / "seed.csv").write_text("gpc_ref,activity,amount,unit\nI.1.1,경유,10,kL\nI.1.2,전력,5,MWh\n", encoding="utf-8")
        import_activity_file(proj, folder / "seed.csv")
        yield proj, folder


@FUZZ
@given(tables())
def test_parse_raises_only_import_errors(data):
    header, rows = data
    table = Table.from_rows([h.strip() for h in header], [(i + 2, [c.strip() for c in r]) for i, r in enumerate(rows)])
    try:
        records = parse_activity_table(table, "random.csv")
    except ImportRejected as exc:
        assert exc.errors and all(e.row >= 1 and isinstance(e.column, str) for e in exc.errors)
        assert exc.render("ko") and exc.render("en")
    except GcomdeskError as exc:
        assert exc.render("ko") and exc.render("en")
    else:
        left_out = [n for n in table.notes if n.message.key == "import.row.unanswered"]  # a GPC row and nothing else
        assert len(records) + len(left_out) == len(rows) and (records["import_row"] >= 2).all()
        for column in ("amount", "ef_co2", "ef_ch4", "ef_n2o", "co2_t", "ch4_t", "n2o_t"):
            if column in records:  # never a non-finite or impossible number
                values = records[column].dropna().astype(float)
                assert not out_of_range(column, values.to_numpy()).any(), column


def _csv_bytes(header, rows, encoding):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:  # random text outside CP949: write it as UTF-8 instead
        return text.encode("utf-8")


@SETTINGS
@given(data=tables(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949", "utf-16"]), junk=st.binary(max_size=64),
       use_junk=st.booleans())
def test_csv_import_is_all_or_nothing(project, data, encoding, junk, use_junk):
    proj, folder = project
    path = folder / "random.csv"
    path.write_bytes(junk if use_junk else _csv_bytes(*data, encoding))
    before = proj.records_frame()
    try:
        added = import_activity_file(proj, path)
    except GcomdeskError as exc:  # ImportRejected and ImportFileError are both GcomdeskErrors
        assert exc.render("ko") and exc.render("en")
        assert_frame_equal(proj.records_frame(), before)
    else:
        after = proj.records_frame()
        assert len(after) == len(before) + added
        # column dtypes follow the data (an all-empty text column is object), so compare values only
        assert_frame_equal(_plain(after.iloc[: len(before)]), _plain(before))


def _plain(frame):
    """The frame as objects with None for every missing value, whatever the column dtypes."""
    frame = frame.reset_index(drop=True).astype(object)
    return frame.where(frame.notna(), None)


@st.composite
def workbooks(draw):
    """A sheet as departments send it: title rows, maybe a merged title, the table, a totals row."""
    header, rows = draw(tables())
    titles = draw(st.lists(st.sampled_from(["2022년 에너지 사용량", "단위: 천㎥", "", "작성: 기후에너지과"]), max_size=3))
    totals = draw(st.booleans())
    return titles, header, rows, totals, draw(st.sampled_from([None, "normal", "standard"]))


@SETTINGS
@given(workbooks())
def test_xlsx_import_with_title_rows_and_totals_is_all_or_nothing(project, book):
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    proj, folder = project
    titles, header, rows, totals, gas_volume = book
    header = [ILLEGAL_CHARACTERS_RE.sub("", h) for h in header]  # what Excel cannot hold, no sheet holds
    rows = [[ILLEGAL_CHARACTERS_RE.sub("", c) for c in row] for row in rows]
    wb = openpyxl.Workbook()
    ws = wb.active
    for title in titles:
        ws.append([title])
    if titles:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(header)))
    ws.append(header)
    for row in rows:
        ws.append(row)
    if totals:
        ws.append(["합계"] + [""] * max(0, len(header) - 1))
    path = folder / "random.xlsx"
    wb.save(path)
    before = proj.records_frame()
    notes: list = []
    try:
        added = import_activity_file(proj, path, gas_volume=gas_volume, notes=notes)
    except GcomdeskError as exc:
        assert exc.render("ko") and exc.render("en")
        assert_frame_equal(proj.records_frame(), before)
    else:
        assert len(proj.records_frame()) == len(before) + added
        assert all(n.render("ko") and n.render("en") for n in notes)
