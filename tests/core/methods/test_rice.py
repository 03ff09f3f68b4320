"""Rice cultivation against hand calculations from IPCC 2006 Vol.4 §5.5.

Eq 5.1 CH4 = EF x t x A x 10^-6 Gg; Eq 5.2 EF = EFc x SFw x SFp x SFo; Eq 5.3 SFo = (1 + ROA x CFOA)^0.59.
Table 5.11 EFc 1.30 kg CH4/ha/day; Table 5.12 SFw continuously flooded 1.0, single drainage 0.60, multiple 0.52;
Table 5.13 SFp < 180 days not flooded 1.0, > 30 days flooded 1.90; Table 5.14 CFOA straw < 30 days 1.0, compost 0.05.
"""

import pytest

from gcomdesk.core.methods import MethodInputError
from tests.core.methods.helpers import run


def test_default_single_drainage_by_hand():
    out = run("rice", {"area_ha": 2400, "days": 115})
    assert out["ch4_t"] == pytest.approx(1.30 * 0.60 * 1.0 * 1.0 * 115 * 2400 / 1000)


def test_straw_and_pre_season_flooding_by_hand():
    out = run("rice", {"area_ha": 100, "days": 120, "water_regime": "continuously_flooded", "pre_season": "flooded_long",
                       "amendment": "straw_short", "roa": 6})
    sfo = (1 + 6 * 1.0) ** 0.59
    assert out["ch4_t"] == pytest.approx(1.30 * 1.0 * 1.90 * sfo * 120 * 100 / 1000)


def test_upland_rice_emits_nothing():
    assert run("rice", {"area_ha": 50, "days": 100, "water_regime": "upland"})["ch4_t"] == 0


def test_days_are_required():
    with pytest.raises(MethodInputError) as caught:
        run("rice", {"area_ha": 50})
    assert caught.value.input_name == "days"
