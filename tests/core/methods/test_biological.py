"""Biological treatment against hand calculations from IPCC 2006 Vol.5 ch.4.

Table 4.1 (g per kg of waste treated): composting CH4 10 dry / 4 wet, N2O 0.6 dry / 0.3 wet;
anaerobic digestion at biogas facilities CH4 2 dry / 1 wet, N2O assumed negligible.
Eq 4.1 CH4 = sum(M x EF) x 10^-3 - R; Eq 4.2 N2O = sum(M x EF) x 10^-3 (M in Gg there; tonnes here give tonnes).
"""

import pytest

from gcomdesk.core.methods import MethodInputError, describe_record
from tests.core.methods.helpers import REF, make_profile, run


@pytest.mark.parametrize(("treatment", "basis", "ch4_ef", "n2o_ef"), [
    ("composting", "wet", 4, 0.3), ("composting", "dry", 10, 0.6),
    ("anaerobic_digestion", "wet", 1, 0), ("anaerobic_digestion", "dry", 2, 0),
])
def test_table_4_1_by_hand(treatment, basis, ch4_ef, n2o_ef):
    out = run("biological_treatment", {"treatment": treatment, "basis": basis, "waste_t": 14_500})
    assert out["ch4_t"] == pytest.approx(14_500 * ch4_ef * 1e-3)  # Eq 4.1: t x g/kg x 10^-3 = t
    assert out["n2o_t"] == pytest.approx(14_500 * n2o_ef * 1e-3)  # Eq 4.2


def test_composting_defaults_are_wet_basis():
    out = run("biological_treatment", {"waste_t": 1000})
    assert out == pytest.approx({"ch4_t": 4.0, "n2o_t": 0.3})


def test_digestion_recovery_is_subtracted():
    out = run("biological_treatment", {"treatment": "anaerobic_digestion", "waste_t": 20_000, "ef_ch4": 5,
                                       "recovered_ch4_t": 60})
    assert out["ch4_t"] == pytest.approx(20_000 * 5e-3 - 60)


def test_recovery_only_applies_to_digestion():
    # a recovered figure typed for composting is not an input of composting: it is ignored, not subtracted
    assert run("biological_treatment", {"waste_t": 1000, "recovered_ch4_t": 3})["ch4_t"] == pytest.approx(4.0)


def test_recovery_above_emissions_is_refused():
    with pytest.raises(MethodInputError) as caught:
        run("biological_treatment", {"treatment": "anaerobic_digestion", "waste_t": 100, "recovered_ch4_t": 1})
    assert caught.value.input_name == "recovered_ch4_t"


def test_working_states_the_basis():
    lines = describe_record("biological_treatment", {"inputs": {"waste_t": 1000, "basis": "dry"}}, make_profile(), REF, "en")
    assert any("dry weight basis" in line for line in lines)
    assert lines[-1].startswith("Result: CH4 10 t, N2O 0.6 t")
