"""The roll-up of municipal inventories (exchange.rollup): sums per row and gas, findings, re-runs."""

from __future__ import annotations

import hashlib
import json

import pytest

from gcomdesk.exchange.rollup import roll_up
from gcomdesk.exchange.rollup.provenance import stored
from gcomdesk.exchange.rollup.sources import RollupError
from gcomdesk.exchange.rollup.write import RollupRefused
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project
from tests.exchange.rollup_files import reported, three


def _keys(findings):
    return [f["key"] for f in findings]


def test_rollup_equals_the_hand_sum_per_row_and_gas(tmp_path):
    inputs = three(tmp_path)
    before = {p: p.read_bytes() for p in inputs}
    result = roll_up(tmp_path / "province.gcdx", inputs)
    assert result.created and result.year == 2022
    assert all(p.read_bytes() == before[p] for p in inputs)  # inputs never written
    with Inventory.open(result.path) as province:
        by = province.analysis().results.by_gpc
        assert province.profile.level == "provincial" and province.profile.region_code == "44"
        assert province.profile.name_ko == "충청남도"
        # I.1.2: (1,000 + 2,000) MWh x 0.4747 t/MWh (KR-GIR-2022) = 1,424.1 t CO2; x 0.0125 kg = 0.0375 t CH4; x 0.0100 kg = 0.03 t N2O
        assert by.at["I.1.2", "co2_t"] == pytest.approx(1424.1)
        assert by.at["I.1.2", "ch4_t"] == pytest.approx(0.0375)
        assert by.at["I.1.2", "n2o_t"] == pytest.approx(0.03)
        # I.3.1: 5,000 + 300 t CO2 reported, CH4 1 t, N2O 0.5 t
        assert by.at["I.3.1", "co2_t"] == pytest.approx(5300.0)
        assert by.at["I.3.1", "ch4_t"] == pytest.approx(1.0)
        assert by.at["I.3.1", "n2o_t"] == pytest.approx(0.5)
        # I.2.2: 500 MWh x 0.4747 = 237.35 t CO2
        assert by.at["I.2.2", "co2_t"] == pytest.approx(237.35)
        # I.4.4 is territorial only: the province's own, 다시's plant is left out (and said so)
        assert by.at["I.4.4", "co2e_t"] == 0.0
        # per row CO2e equals the municipalities' CO2e on the province's choices, row by row
        total = 0.0
        for path in inputs:
            with Inventory.open(path) as town:
                rows = town.analysis().results.by_gpc
                total += rows["co2e_t"].sum() - rows.at["I.4.4", "co2e_t"]
        assert by["co2e_t"].sum() == pytest.approx(total)
        kept = stored(province.project)
        records = province.records
    assert {"rollup.left_out"} <= set(_keys(result.findings))
    left = next(f for f in result.findings if f["key"] == "rollup.left_out")
    assert left["params"]["gpc_ref"] == "I.4.4" and left["params"]["co2e_t"] == pytest.approx(100_000.0)
    # provenance: every file with its checksum, municipality, year and time read
    assert [s["municipality"] for s in kept["sources"]] == ["가시", "나시", "다시"]
    assert kept["sources"][0]["sha256"] == hashlib.sha256(before[inputs[0]]).hexdigest()
    assert all(s["year"] == 2022 and s["read_at"] for s in kept["sources"])
    # one reported record per (municipality, row with data)
    data = records[records["kind"] == "reported"]
    assert sorted(zip(data["facility"], data["gpc_ref"])) == [
        ("가시", "I.1.2"), ("가시", "I.3.1"), ("나시", "I.1.2"), ("나시", "I.3.1"), ("다시", "I.2.2")]


def test_one_changeset_one_audit_entry(tmp_path):
    result = roll_up(tmp_path / "p.gcdx", three(tmp_path))
    with Project.open(result.path) as project:
        actions = [c["action"] for c in project.changes()]
    assert len(actions) == 2 and actions[1] == "create"  # created, then ONE roll-up ChangeSet


def test_flags_duplicated_facility_and_mismatched_gwp_with_the_difference(tmp_path):
    inputs = three(tmp_path, na_facility="한빛제철", da_gwp="AR4")
    result = roll_up(tmp_path / "p.gcdx", inputs)
    facility = next(f for f in result.findings if f["key"] == "rollup.same_facility")
    assert facility["params"]["facility"] == "한빛제철" and facility["params"]["gpc_ref"] == "I.3.1"
    gwp = next(f for f in result.findings if f["key"] == "rollup.choices_differ")
    assert "다시" in gwp["params"]["municipality"] and "AR4 → AR5" in gwp["params"]["changes"]
    # 다시's electricity: CH4 0.00625 t x (28 - 25) + N2O 0.005 t x (265 - 298) (AR5 - AR4, gwp.csv) = -0.14625 t
    assert gwp["params"]["difference"] == pytest.approx(-0.14625, abs=1e-3)


def test_a_municipality_given_twice_is_refused_and_nothing_written(tmp_path):
    inputs = three(tmp_path)
    with pytest.raises(RollupRefused) as caught:
        roll_up(tmp_path / "p.gcdx", [*inputs, inputs[0]])
    assert "rollup.same_file" in _keys(caught.value.findings)
    (tmp_path / "again").mkdir()
    other = three(tmp_path / "again", ga_mwh=1200.0)[0]  # 가시 again, another file
    with pytest.raises(RollupRefused) as caught:
        roll_up(tmp_path / "p.gcdx", [*inputs, other])
    assert "rollup.same_municipality" in _keys(caught.value.findings)
    assert not (tmp_path / "p.gcdx").exists()


def test_year_mismatch(tmp_path):
    inputs = three(tmp_path, da_year=2021)
    with pytest.raises(RollupError) as caught:
        roll_up(tmp_path / "p.gcdx", inputs)
    assert caught.value.message.key == "rollup.no_common_year" and "da.gcdx: 2021" in caught.value.render("en")
    with pytest.raises(RollupError) as caught:
        roll_up(tmp_path / "p.gcdx", inputs, year=2022)
    assert caught.value.message.key == "rollup.year_missing"
    assert str(inputs[2]) in caught.value.render("ko")
    assert not (tmp_path / "p.gcdx").exists()


def test_rolling_up_again_reports_what_moved(tmp_path):
    inputs = three(tmp_path)
    out = tmp_path / "p.gcdx"
    roll_up(out, inputs)
    with Project.open(out) as project:  # the province's own record in I.4.4 stays through re-runs
        project.apply(ChangeSet(add=[reported("I.4.4", "도 발전소", co2_t=90_000.0)]))
    again = roll_up(out, inputs)
    assert again.moved == [] and again.changed_files == []
    inputs[0].unlink()
    (tmp_path / "v2").mkdir()
    three(tmp_path / "v2", ga_mwh=1500.0)
    (tmp_path / "v2" / "ga.gcdx").replace(inputs[0])
    result = roll_up(out, inputs)
    # 가시 I.1.2: 1,000 -> 1,500 MWh; CO2e/MWh on AR5 = 0.4747 + 0.0125e-3 x 28 + 0.0100e-3 x 265 = 0.477700 t
    # (plus the unsplit remainder the edition publishes, if any): compare with the ratio 1.5
    (row,) = result.moved
    assert (row["municipality"], row["gpc_ref"]) == ("가시", "I.1.2")
    assert row["after"] == pytest.approx(row["before"] * 1.5, rel=1e-6)
    assert row["before"] == pytest.approx(477.7, abs=0.5)
    assert [f["municipality"] for f in result.changed_files] == ["가시"]
    with Inventory.open(out) as province:
        by = province.analysis().results.by_gpc
        assert by.at["I.4.4", "co2_t"] == pytest.approx(90_000.0)  # the province's own, kept
        assert by.at["I.1.2", "co2_t"] == pytest.approx(3500 * 0.4747)
        assert json.loads(province.project.meta("rollup"))["sources"][0]["sha256"] == hashlib.sha256(
            inputs[0].read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", ["missing", "not_gcdx", "corrupt"])
def test_bad_inputs_name_the_file_and_leave_no_out(tmp_path, kind):
    inputs = three(tmp_path)
    bad = tmp_path / "bad.gcdx"
    if kind == "not_gcdx":
        bad.write_text("year,gpc_ref\n2022,I.1.1\n", encoding="utf-8")
    elif kind == "corrupt":
        data = bytearray(inputs[0].read_bytes())
        data[4096:8192] = b"\xff" * 4096
        bad.write_bytes(bytes(data))
    with pytest.raises(RollupError) as caught:
        roll_up(tmp_path / "p.gcdx", [*inputs, bad])
    for lang in ("en", "ko"):
        assert str(bad) in caught.value.render(lang)
    assert "gcomdesk-rollup" not in caught.value.render("en")  # the temporary copy is never named
    assert not (tmp_path / "p.gcdx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_notation_keys_same_kept_mixed_flagged(tmp_path):
    from gcomdesk.core.model import Record
    from tests.exchange.rollup_files import municipal_file

    def key(ref_no, k):
        return Record(kind="notation", gpc_ref=ref_no, year=2022, notation_key=k, explanation=f"{k} here")

    a = municipal_file(tmp_path / "a.gcdx", "가군", [key("I.5.1", "NO"), key("I.6.1", "NO")])
    b = municipal_file(tmp_path / "b.gcdx", "나군", [key("I.5.1", "NE"), key("I.6.1", "NO")])
    result = roll_up(tmp_path / "p.gcdx", [a, b])
    mixed = [f for f in result.findings if f["key"] == "rollup.mixed_keys"]
    assert [f["params"]["gpc_ref"] for f in mixed] == ["I.5.1"]
    with Inventory.open(result.path) as province:
        by = province.analysis().results.by_gpc
        assert by.at["I.6.1", "notation_key"] == "NO" and "가군" in by.at["I.6.1", "explanation"]
        assert by.at["I.5.1", "notation_key"] == ""
