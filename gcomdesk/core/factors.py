"""The factors an inventory actually uses, each with its value, unit, edition and source."""

from __future__ import annotations

import pandas as pd

from gcomdesk.core.methods import defaults_used
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import POWER_SECTOR, ReferenceLibrary
from gcomdesk.core.units import energy_basis


def factors_used(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> list[dict]:
    """Return one entry per (activity, gas, combustion sector) the library supplies to these records.

    Explicit per-record factors are listed too, with the record's own data source, and so are the
    published defaults that sector-method records rely on."""
    entries: list[dict] = []
    methods = records[records["kind"] == "method"]
    for code, extra in methods[["activity", "extra"]].drop_duplicates().itertuples(index=False):
        entries += defaults_used(code, extra, profile)
    act = records[records["kind"] == "activity"]
    if act.empty:
        return _unique(entries)
    sector_of = {r: g.combustion_sector for r, g in ref.gpc.items()}
    pairs = act.assign(sector=act["gpc_ref"].map(sector_of).fillna(""))[["activity", "sector"]].drop_duplicates()
    for activity, unit in act[["activity", "unit"]].drop_duplicates().itertuples(index=False):
        basis = energy_basis(activity, unit, ref) if activity in ref.fuels else None
        if basis is not None and basis.basis == "gross":  # a gross energy amount: the ratio that made it net
            fuel = ref.fuels[activity]
            entries.append(_entry(activity, "", "NCV/GCV", round(basis.to_net, 6),
                                  f"{fuel.ncv_mj_per_unit:g}/{fuel.gcv_mj_per_unit:g} MJ/{fuel.base_unit}",
                                  "gross energy amount (stated)" if basis.stated else "gross energy amount (fuel default)",
                                  basis.source))
    seen_fuels: set[str] = set()
    for activity, sector in pairs.itertuples(index=False):
        if activity in ref.fuels:
            fuel = ref.fuels[activity]
            if activity not in seen_fuels:
                seen_fuels.add(activity)
                co2, basis = fuel.co2_kg_per_tj(profile.fuel_factor_set)
                entries.append(_entry(activity, "", "NCV", fuel.ncv_mj_per_unit, f"MJ/{fuel.base_unit}", fuel.edition, fuel.source))
                entries.append(_entry(activity, "", "CO2", round(co2, 3), "kg/TJ", f"{profile.fuel_factor_set}: {basis}", fuel.source))
            co2_here, basis_here = fuel.co2_kg_per_tj(profile.fuel_factor_set, sector)
            if sector == POWER_SECTOR and basis_here != fuel.co2_kg_per_tj(profile.fuel_factor_set)[1]:
                entries.append(_entry(activity, sector, "CO2", round(co2_here, 3), "kg/TJ",
                                      f"{profile.fuel_factor_set}: {basis_here}", fuel.source))
            gas = ref.gas_defaults.get((fuel.ipcc_fuel, sector))
            if gas is not None:
                entries.append(_entry(activity, sector, "CH4", gas.ch4_kg_per_tj, "kg/TJ", "IPCC 2006 Tier 1", gas.source))
                entries.append(_entry(activity, sector, "N2O", gas.n2o_kg_per_tj, "kg/TJ", "IPCC 2006 Tier 1", gas.source))
        elif activity == "electricity" and activity not in seen_fuels:
            seen_fuels.add(activity)
            ed = ref.electricity[profile.electricity_edition]
            if ed.has_gas_split:
                entries.append(_entry(activity, "", "CO2", ed.co2_t_per_mwh, "t/MWh", ed.edition, ed.source))
                entries.append(_entry(activity, "", "CH4", ed.ch4_kg_per_mwh, "kg/MWh", ed.edition, ed.source))
                entries.append(_entry(activity, "", "N2O", ed.n2o_kg_per_mwh, "kg/MWh", ed.edition, ed.source))
            else:
                entries.append(_entry(activity, "", "CO2e (gas split unknown)", ed.co2e_t_per_mwh_published, "tCO2e/MWh",
                                      ed.edition, ed.source))
        elif activity == "district_heat" and activity not in seen_fuels:
            seen_fuels.add(activity)
            heat = ref.heat[profile.heat_edition]
            entries.append(_entry(activity, "", "CO2", heat.co2_kg_per_tj, "kg/TJ", heat.edition,
                                  f"{heat.source} (confidence: {heat.confidence})"))
    explicit = act[act[["ef_co2", "ef_ch4", "ef_n2o"]].notna().any(axis=1)]
    for row in explicit.itertuples(index=False):
        for gas in ("co2", "ch4", "n2o"):
            value = getattr(row, f"ef_{gas}")
            if pd.notna(value):
                entries.append(_entry(row.activity, sector_of.get(row.gpc_ref, ""), gas.upper(), float(value),
                                      f"kg/{row.unit}", "record-specific", row.data_source or "record-specific factor"))
    return _unique(entries)


def _entry(activity: str, sector: str, gas: str, value, unit: str, edition: str, source: str) -> dict:
    return {"activity": activity, "sector": sector, "gas": gas, "value": value, "unit": unit,
            "edition": edition, "source": source}


def _unique(entries: list[dict]) -> list[dict]:
    seen, out = set(), []
    for e in entries:
        key = tuple(e.values())
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
