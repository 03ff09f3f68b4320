"""Incineration and open burning against hand calculations from IPCC 2006 Vol.5 ch.5.

Table 2.4 (dm = dry matter % of wet weight; CF = carbon % of dry weight; FCF = fossil % of carbon):
food 40/38/0, paper 90/46/1, wood 85/50/0, textiles 80/50/20, plastics 100/75/100, rubber and leather
84/67/20, other inert 90/3/100. Table 5.2 OF: incineration 1.0, open burning 0.58. Table 5.3 CH4 (kg/Gg wet
= g/t): continuous stoker 0.2, semi-continuous fluidised bed 188; §5.4.2 open burning 6500 g/t. Table 5.6 N2O:
continuous/semi-continuous 50 g/t wet, batch 60 g/t wet, open burning 150 g/t dry matter.
Eq 5.2 CO2 = MSW x sum(WF x dm x CF x FCF x OF) x 44/12; Eq 5.4 CH4 = IW x EF x 10^-6; Eq 5.5 N2O likewise.
"""

import json

import pytest

from gcomdesk.core.calculate import calculate
from gcomdesk.core.methods import MethodInputError, describe_record
from gcomdesk.core.model import Record
from tests.core.helpers import frame
from tests.core.methods.helpers import REF, make_profile, run

TABLE_2_4 = {"food": (0.40, 0.38, 0.0), "paper": (0.90, 0.46, 0.01), "wood": (0.85, 0.50, 0.0),
             "textiles": (0.80, 0.50, 0.20), "plastics": (1.00, 0.75, 1.0), "rubber_leather": (0.84, 0.67, 0.20),
             "other": (0.90, 0.03, 1.0)}
COMP = {"food": 0.12, "paper": 0.30, "wood": 0.06, "textiles": 0.05, "plastics": 0.25, "rubber_leather": 0.02, "other": 0.20}
INPUTS = {f"comp_{k}": v for k, v in COMP.items()}


def _carbon(fossil: bool) -> float:
    return sum(COMP[c] * dm * cf * (fcf if fossil else 1 - fcf) for c, (dm, cf, fcf) in TABLE_2_4.items())


def test_continuous_stoker_by_hand():
    out = run("incineration", {"waste_t": 38_000, **INPUTS})
    fossil_c = _carbon(True)  # 0.12*.4*.38*0 + .30*.9*.46*.01 + ... = t fossil C per t of wet waste
    assert fossil_c == pytest.approx(0.30 * 0.9 * 0.46 * 0.01 + 0.05 * 0.8 * 0.5 * 0.2 + 0.25 * 1 * 0.75
                                     + 0.02 * 0.84 * 0.67 * 0.2 + 0.20 * 0.9 * 0.03)
    assert out["co2_t"] == pytest.approx(38_000 * fossil_c * 1.0 * 44 / 12)  # Eq 5.2
    assert out["biogenic_co2_t"] == pytest.approx(38_000 * _carbon(False) * 44 / 12)
    assert out["ch4_t"] == pytest.approx(38_000 * 0.2 * 1e-6)  # Eq 5.4, Table 5.3
    assert out["n2o_t"] == pytest.approx(38_000 * 50 * 1e-6)  # Eq 5.5, Table 5.6


def test_open_burning_uses_of_058_and_dry_matter_for_n2o():
    out = run("incineration", {"waste_t": 1000, **INPUTS, "technology": "open_burning"})
    dry = sum(COMP[c] * dm for c, (dm, _, _) in TABLE_2_4.items())
    assert out["co2_t"] == pytest.approx(1000 * _carbon(True) * 0.58 * 44 / 12)
    assert out["ch4_t"] == pytest.approx(1000 * 6500 * 1e-6)
    assert out["n2o_t"] == pytest.approx(1000 * dry * 150 * 1e-6)


@pytest.mark.parametrize(("technology", "ch4", "n2o"), [("semi_continuous_fluidised", 188, 50), ("batch_stoker", 60, 60),
                                                         ("batch_fluidised", 237, 60), ("continuous_fluidised", 0, 50)])
def test_technology_factors(technology, ch4, n2o):
    out = run("incineration", {"waste_t": 10_000, **INPUTS, "technology": technology})
    assert out["ch4_t"] == pytest.approx(10_000 * ch4 * 1e-6)
    assert out["n2o_t"] == pytest.approx(10_000 * n2o * 1e-6)


def test_biogenic_co2_is_kept_out_of_the_total():
    record = Record("method", "III.3.1", activity="incineration")
    records = frame(record)
    records.loc[0, "extra"] = json.dumps({"inputs": {"waste_t": 1000, **INPUTS}})
    result = calculate(records, make_profile(), REF).iloc[0]
    assert result.status == "ok" and result.biogenic_co2_t > 0
    assert result.co2e_t == pytest.approx(result.co2_t + result.ch4_t * 28 + result.n2o_t * 265)


def test_energy_use_is_noted_for_stationary_energy():
    lines = describe_record("incineration", {"inputs": {"waste_t": 1000, **INPUTS, "energy_use": "used"}},
                            make_profile(), REF, "en")
    assert any("Stationary Energy" in line and "I.4" in line for line in lines)
    assert any("고정연소" in line for line in describe_record("incineration", {"inputs": {"waste_t": 1, "energy_use": "used"}},
                                                          make_profile(), REF, "ko"))


def test_composition_must_add_up():
    with pytest.raises(MethodInputError) as caught:
        run("incineration", {"waste_t": 1000, **INPUTS, "comp_plastics": 0.5})
    assert caught.value.input_name == "composition"
    assert "1.25" in caught.value.render("en") and "폐기물 조성 비율" in caught.value.render("ko")
