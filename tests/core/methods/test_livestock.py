"""Livestock against hand calculations from IPCC 2006 Vol.4 ch.10 (Tier 1, Asia).

Enteric (Eq 10.19/10.20): Table 10.11 dairy North America 128 (Korean milk yields, about 10,000 kg/head/yr,
exceed that row's 8,400; the Asia row's 68 is for 1,650 kg), other cattle Asia 47; Table 10.10 swine 1.5 (developed), goats 5.
Manure CH4 (Eq 10.22): Table 10.14 Asia at 13 deg C: dairy 11, other cattle 1, swine 2; Table 10.15 goats
(developed, cool) 0.13, layers 0.03, broilers 0.02.
Manure N2O (Eq 10.25, 10.30): Nex = Nrate x TAM/1000 x 365; Table 10.19 Asia dairy 0.47 (TAM 350),
other cattle 0.34 (TAM 319), swine 0.50 (TAM 28); Table 10.21 EF3 solid storage 0.005, dry lot 0.02,
liquid/slurry without crust 0.
"""

import pytest

from gcomdesk.core.methods import MethodInputError
from tests.core.methods.helpers import run


def test_dairy_cattle_by_hand():
    out = run("livestock", {"herd": [{"species": "dairy_cattle", "head": 2500}]})
    nex = 0.47 * 350 / 1000 * 365  # kg N/head/yr (Eq 10.30)
    assert out["ch4_t"] == pytest.approx(2500 * (128 + 11) / 1000)  # 347.5 t: enteric 320 + manure 27.5
    assert out["n2o_t"] == pytest.approx(2500 * nex * 0.005 * 44 / 28 / 1000)  # solid storage (Eq 10.25)


def test_mixed_herd_by_hand():
    herd = [{"species": "other_cattle", "head": 12_000, "system": "dry_lot"},
            {"species": "swine", "head": 40_000},
            {"species": "goats", "head": 800},
            {"species": "layers", "head": 300_000}, {"species": "broilers", "head": 500_000}]
    out = run("livestock", {"herd": herd})
    ch4 = (12_000 * (47 + 1) + 40_000 * (1.5 + 2) + 800 * (5 + 0.13) + 300_000 * 0.03 + 500_000 * 0.02) / 1000
    n2o_other = 12_000 * (0.34 * 319 / 1000 * 365) * 0.02 * 44 / 28 / 1000
    n2o_goats = 800 * (1.37 * 30 / 1000 * 365) * 0.005 * 44 / 28 / 1000
    n2o_poultry = (300_000 * 0.82 * 1.8 / 1000 * 365 + 500_000 * 1.1 * 0.9 / 1000 * 365) * 0.001 * 44 / 28 / 1000
    assert out["ch4_t"] == pytest.approx(ch4)
    assert out["n2o_t"] == pytest.approx(n2o_other + n2o_goats + n2o_poultry, rel=1e-5)  # Nex rounded to 4 decimals


def test_warmer_climate_raises_dairy_manure_methane():
    out = run("livestock", {"temperature": "20", "herd": [{"species": "dairy_cattle", "head": 100, "ef_enteric": 0}]})
    assert out["ch4_t"] == pytest.approx(100 * 18 / 1000)  # Table 10.14 Asia dairy at 20 deg C


def test_unknown_species_is_named():
    with pytest.raises(MethodInputError) as caught:
        run("livestock", {"herd": [{"species": "yak", "head": 3}]})
    assert (caught.value.input_name, caught.value.row) == ("species", 1)
