"""GPC totals rules: not a plain sum (GPC v1.1; see shared/DOMAIN.md section 2)."""

import pytest

from gcomdesk.core.totals import summarize
from tests.core.helpers import REF, frame, profile, rep

# One reported tonne of CO2 scaled by a distinct power of ten per row, so every total shows
# exactly which rows it took.
ROWS = {"I.1.1": 1, "I.1.2": 10, "I.1.3": 100, "I.4.4": 1e3, "III.1.2": 1e4, "III.1.3": 1e5,
        "II.1.3": 1e6, "IV.1": 1e7, "V.2": 1e8, "VI.1": 1e9}


@pytest.fixture(scope="module")
def results():
    return summarize(frame(*[rep(ref, co2_t=v) for ref, v in ROWS.items()]), profile(), REF)


def test_basic_takes_scope_1_2_and_waste_sent_out(results):
    assert results.totals["basic"] == 1 + 10 + 1e4  # I.1.1 + I.1.2 + III.1.2; not I.4.4, not III.1.3


def test_basic_plus_adds_losses_out_of_boundary_ippu_afolu(results):
    assert results.totals["basic_plus"] == 1 + 10 + 1e4 + 100 + 1e6 + 1e7 + 1e8


def test_scope1_is_the_territorial_total_and_takes_every_scope1_row(results):
    expected = 1 + 1e3 + 1e5 + 1e7 + 1e8  # I.1.1, I.4.4, III.1.3, IV.1, V.2
    assert results.totals["scope1"] == expected
    assert "scope1_territorial" not in results.totals  # one figure: GPC defines them as the same


def test_gpc_rows_put_exactly_the_scope1_rows_in_the_territorial_total():
    # GPC v1.1 executive summary / ch. 4: "Scope 1 (or territorial emissions) allows for the separate
    # accounting of all GHG emissions produced within the geographic boundary of the city".
    assert all(row.in_scope1_territorial == (row.scope == 1) for row in REF.gpc.values())


def test_scopes_2_and_3(results):
    assert results.totals["scope2"] == 10
    assert results.totals["scope3"] == 100 + 1e4 + 1e6 + 1e9


def test_direct_and_indirect_by_gir_field(results):
    assert results.totals["direct"] == 1 + 1e3 + 1e5 + 1e7 + 1e8
    assert results.totals["indirect"] == 10 + 100 + 1e4  # electricity, T&D losses, waste sent out


def test_every_gpc_row_is_present(results):
    assert len(results.by_gpc) == 53
    assert results.by_gpc.loc["I.2.1", "co2e_t"] == 0


def test_views_agree(results):
    by_gir = results.by("gir_field")["co2e_t"]
    assert by_gir.drop("간접").sum() == results.totals["direct"]
    assert results.by("scope")["co2e_t"].loc[2] == results.totals["scope2"]


def test_notation_keys_reach_the_gpc_table():
    from gcomdesk.core.model import Record

    res = summarize(frame(Record("notation", "I.4.1", notation_key="NO", explanation="no plant")), profile(), REF)
    assert res.by_gpc.loc["I.4.1", "notation_key"] == "NO"
    assert res.by_gpc.loc["I.4.1", "explanation"] == "no plant"
