"""The one CO2-equivalent formula, used by the record calculation and by the sector methods.

CO2e = CO2 + CH4 x GWP(CH4 of its origin) + N2O x GWP(N2O) + SF6 x GWP(SF6) + NF3 x GWP(NF3)
       + HFCs and PFCs (already CO2e) + CO2e published without a split by gas. Biogenic CO2 is never in it.

Methane's GWP depends on its origin in AR6 (IPCC AR6 WG1 Table 7.15: fossil 29.8, non-fossil 27.0);
the older sets publish one value, which gwp.csv repeats for both origins. The origin follows the
source, as AR6 defines it: fossil for fossil-fuel combustion and fugitive emissions (GPC sector I
Stationary Energy and II Transportation) and for industrial processes (IV), non-fossil for waste
(III), agriculture and land use (V) and any biomass fuel burnt. A GPC row mixing both origins takes its
sector's origin: a stated simplification (docs/methods.md).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from gcomdesk.core.model import REPORTED_GAS_COLUMNS

FOSSIL_CH4_SECTORS = frozenset({"I", "II", "IV"})
GASES = tuple(c for c in REPORTED_GAS_COLUMNS if c != "biogenic_co2_t")  # biogenic CO2 is reported apart


def ch4_is_fossil(gpc_sector: str, biogenic_fuel: bool = False) -> bool:
    """True when methane of a GPC sector ('I', 'III'...) counts as fossil; a biomass fuel's never does."""
    return gpc_sector in FOSSIL_CH4_SECTORS and not biogenic_fuel


def ch4_gwp(gwp: Mapping[str, float], fossil):
    """The CH4 GWP for a fossil flag (a bool or an array of them)."""
    return np.where(fossil, gwp["CH4_fossil"], gwp["CH4_non_fossil"]) if isinstance(fossil, np.ndarray) else (
        gwp["CH4_fossil"] if fossil else gwp["CH4_non_fossil"])


def nf3_co2e(nf3_t, gwp: Mapping[str, float]):
    """NF3 in tonnes CO2e; NaN where NF3 is present and the set publishes no NF3 GWP (SAR)."""
    if isinstance(nf3_t, np.ndarray):
        return np.where(nf3_t != 0, nf3_t * gwp.get("NF3", np.nan), 0.0)
    return nf3_t * gwp.get("NF3", np.nan) if nf3_t else 0.0


def other_co2e(gases: Mapping, gwp: Mapping[str, float]):
    """SF6, NF3, HFCs and PFCs in tonnes CO2e (NF3 without a GWP counts zero; see nf3_co2e)."""
    get = gases.get
    return (get("sf6_t", 0.0) * gwp["SF6"] + np.nan_to_num(nf3_co2e(get("nf3_t", 0.0), gwp))
            + get("hfcs_co2e_t", 0.0) + get("pfcs_co2e_t", 0.0))


def co2e(gases: Mapping, gwp: Mapping[str, float], fossil_ch4) -> float | np.ndarray:
    """Tonnes CO2e of tonnes per gas (scalars or arrays, keys of GASES; missing keys count zero)."""
    get = gases.get
    total = (get("co2_t", 0.0) + get("ch4_t", 0.0) * ch4_gwp(gwp, fossil_ch4) + get("n2o_t", 0.0) * gwp["N2O"]
             + other_co2e(gases, gwp) + get("unsplit_co2e_t", 0.0))
    return total if isinstance(total, np.ndarray) else float(total)
