"""The factors an inventory uses are listed with value, unit, edition and source (Factors sheet, JSON)."""

import pytest

from gcomdesk.core.factors import factors_used
from gcomdesk.core.model import Record
from gcomdesk.samples import build_sample
from gcomdesk.store.project import Project
from tests.core.helpers import REF, act, frame, profile


def test_fuel_and_grid_factors_with_their_editions():
    entries = factors_used(frame(act("I.1.1", "diesel", 1, "kL"), act("I.1.2", "electricity", 1, "MWh")), profile(), REF)
    by_key = {(e["activity"], e["gas"], e["sector"]): e for e in entries}
    assert by_key[("diesel", "NCV", "")]["value"] == 35.2
    # CO2 = carbon content 19.969 tC/TJ x 44/12 (fuels.csv, kets) x 0.99 (K-ETS Tier 2 oxidation, liquids)
    assert by_key[("diesel", "CO2", "")]["value"] == pytest.approx(19.969 * 44 / 12 * 1000 * 0.99, abs=1e-3)
    assert "oxidation 0.99" in by_key[("diesel", "CO2", "")]["edition"]
    assert by_key[("diesel", "CH4", "residential")]["value"] == 10  # IPCC 2006 Table 2.5
    assert by_key[("electricity", "CO2", "")]["edition"] == "KR-GIR-2022"


def test_explicit_factor_is_listed_with_the_records_source():
    entries = factors_used(frame(act("I.1.1", "diesel", 1, "kL", ef_co2=2600.0, data_source="supplier certificate")),
                           profile(), REF)
    assert {"gas": "CO2", "value": 2600.0, "unit": "kg/kL", "source": "supplier certificate"}.items() <= next(
        e for e in entries if e["edition"] == "record-specific").items()


def test_method_defaults_are_factors_too(tmp_path):
    with Project.open(build_sample(tmp_path / "s.gcdx")) as project:
        entries = factors_used(project.records_frame(), project.profile, REF)
    docf = next(e for e in entries if e["activity"] == "swds_fod" and e["gas"] == "docf")
    assert docf["value"] == 0.5 and "IPCC 2006" in docf["source"]
    # an input the officer typed is not a default: the sample types the septic-tank share itself
    wastewater = {e["gas"]: e for e in entries if e["activity"] == "wastewater_domestic"}
    assert "share_septic" not in wastewater and wastewater["mcf_septic"]["value"] == 0.5  # Table 6.3
    assert not any(e["gas"] == "population" for e in entries)  # a profile value, not a factor


def test_no_method_records_no_method_entries():
    entries = factors_used(frame(Record("notation", "I.4.1", notation_key="NO", explanation="none")), profile(), REF)
    assert entries == []
