"""The factors an inventory actually uses, each with its value, unit, edition, its primary source
(where it is published: the K-ETS guideline annex and table, the GIR notice, the IPCC volume /
chapter / table, the supplier's notice), the secondary transcription it was taken from, and its
data quality (H/M/L, from the reference row's confidence or the officer's own rating)."""

from __future__ import annotations

import pandas as pd

from gcomdesk.core.grid import grid_factor, loss_factor
from gcomdesk.core.methods import defaults_used
from gcomdesk.core.model import QUALITY_ALIASES, Profile
from gcomdesk.core.reference import POWER_SECTOR, ReferenceLibrary
from gcomdesk.core.units import energy_basis


def quality_of(confidence: str) -> str:
    """H/M/L from a confidence text such as 'medium (secondary transcription)'; '' when unrated."""
    words = str(confidence or "").strip().split()
    return QUALITY_ALIASES.get(words[0].upper(), "") if words else ""


def record_factor_quality(kind: str, activity: str, own: str, explicit: bool, profile: Profile,
                          ref: ReferenceLibrary) -> str:
    """A record's factor quality: the officer's rating where given, else for a library factor the
    reference row's confidence (fuel factor set, grid edition, heat factor); '' otherwise."""
    own = QUALITY_ALIASES.get(str(own or "").strip().upper(), "")
    if own or kind != "activity" or explicit:
        return own
    if activity in ref.fuels:
        used = profile.fuel_factor_set if ref.fuels[activity].carbon_tc_per_tj.get(profile.fuel_factor_set) is not None else "ipcc"
        return quality_of(ref.factor_sources[f"fuel_set:{used}"].confidence)
    if activity == "electricity" and profile.electricity_edition in ref.electricity:
        return quality_of(ref.electricity[profile.electricity_edition].confidence)
    if activity == "district_heat" and profile.heat_edition in ref.heat:
        return quality_of(ref.heat[profile.heat_edition].confidence)
    return ""


def fuel_primary_sources(code: str, sector: str, profile: Profile, ref: ReferenceLibrary) -> str:
    """Where a fuel record's NCV, CO2 and CH4/N2O factors are published, in one line."""
    fuel = ref.fuels[code]
    used = profile.fuel_factor_set if fuel.carbon_tc_per_tj.get(profile.fuel_factor_set) is not None else "ipcc"
    parts = [f"NCV: {ref.factor_sources['ncv'].primary_source}", f"CO2: {ref.factor_sources[f'fuel_set:{used}'].primary_source}"]
    oxidation = _oxidation_source(fuel, profile.fuel_factor_set, sector)
    if oxidation:
        parts.append(f"oxidation: {oxidation}")
    gas = ref.factor_sources.get(f"gas:{sector}")
    if gas is not None:
        parts.append(f"CH4/N2O: {gas.primary_source}")
    return "; ".join(parts)


def factors_used(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> list[dict]:
    """Return one entry per (activity, gas, combustion sector) the library supplies to these records.

    Explicit per-record factors are listed too, with the record's own data source and factor
    quality, and so are the published defaults that sector-method records rely on."""
    entries: list[dict] = []
    methods = records[records["kind"] == "method"]
    for code, extra in methods[["activity", "extra"]].drop_duplicates().itertuples(index=False):
        entries += [{"secondary": "", "quality": "", **e} for e in defaults_used(code, extra, profile)]
    act = records[records["kind"] == "activity"]
    if act.empty:
        return _unique(entries)
    sector_of = {r: g.combustion_sector for r, g in ref.gpc.items()}
    pairs = act.assign(sector=act["gpc_ref"].map(sector_of).fillna(""))[["activity", "sector"]].drop_duplicates()
    entries += _gross_ratios(act, ref)
    seen: set[str] = set()
    for activity, sector in pairs.itertuples(index=False):
        if activity in ref.fuels:
            entries += _fuel(activity, sector, profile, ref, first=activity not in seen)
            seen.add(activity)
        elif activity == "electricity" and activity not in seen:
            seen.add(activity)
            entries += _electricity(act, profile, ref)
        elif activity == "district_heat" and activity not in seen:
            seen.add(activity)
            heat = ref.heat[profile.heat_edition]
            quality = quality_of(heat.confidence)
            for gas, value in (("CO2", heat.co2_kg_per_tj), ("CH4", heat.ch4_kg_per_tj), ("N2O", heat.n2o_kg_per_tj)):
                entries.append(_entry(activity, "", gas, value, "kg/TJ", heat.edition, heat.primary_source,
                                      heat.secondary_source, quality))
    explicit = act[act[["ef_co2", "ef_ch4", "ef_n2o"]].notna().any(axis=1)]
    for row in explicit.itertuples(index=False):
        own_quality = QUALITY_ALIASES.get(str(row.factor_quality or "").strip().upper(), "") if pd.notna(row.factor_quality) else ""
        for gas in ("co2", "ch4", "n2o"):
            value = getattr(row, f"ef_{gas}")
            if pd.notna(value):
                entries.append(_entry(row.activity, sector_of.get(row.gpc_ref, ""), gas.upper(), float(value),
                                      f"kg/{row.unit}", "record-specific", row.data_source or "record-specific factor",
                                      "", own_quality))
    return _unique(entries)


def _oxidation_source(fuel, factor_set: str, sector: str) -> str:
    """Where the oxidation factor a fuel's CO2 factor includes is published ('' when it is 1)."""
    if fuel.carbon_tc_per_tj.get(factor_set) is None or fuel.oxidation_factor(factor_set, sector) == 1.0:
        return ""
    return fuel.oxidation[factor_set][2].split(" - ")[0]


def _gross_ratios(act: pd.DataFrame, ref: ReferenceLibrary) -> list[dict]:
    """An NCV/GCV entry per fuel entered as a gross energy amount: the ratio that made it net energy."""
    out = []
    for activity, unit in act[["activity", "unit"]].drop_duplicates().itertuples(index=False):
        basis = energy_basis(activity, unit, ref) if activity in ref.fuels else None
        if basis is not None and basis.basis == "gross":
            fuel = ref.fuels[activity]
            primary, _, secondary = fuel.heat_value_source.partition(" as transcribed in ")
            out.append(_entry(activity, "", "NCV/GCV", round(basis.to_net, 6),
                              f"{fuel.ncv_mj_per_unit:g}/{fuel.gcv_mj_per_unit:g} MJ/{fuel.base_unit}",
                              "gross energy amount (stated)" if basis.stated else
                              f"gross energy amount (fuel default: {fuel.energy_basis_source})",
                              primary, secondary, "M"))
    return out


def _fuel(code: str, sector: str, profile: Profile, ref: ReferenceLibrary, first: bool) -> list[dict]:
    fuel = ref.fuels[code]
    out = []
    ncv = ref.factor_sources["ncv"]
    used_set = profile.fuel_factor_set if fuel.carbon_tc_per_tj.get(profile.fuel_factor_set) is not None else "ipcc"
    co2_src = ref.factor_sources[f"fuel_set:{used_set}"]
    if first:
        co2, basis = fuel.co2_kg_per_tj(profile.fuel_factor_set)
        oxidation = _oxidation_source(fuel, profile.fuel_factor_set, "")
        out.append(_entry(code, "", "NCV", fuel.ncv_mj_per_unit, f"MJ/{fuel.base_unit}", fuel.edition,
                          ncv.primary_source, fuel.source, quality_of(ncv.confidence)))
        out.append(_entry(code, "", "CO2", round(co2, 3), "kg/TJ", f"{profile.fuel_factor_set}: {basis}",
                          co2_src.primary_source + (f"; oxidation: {oxidation}" if oxidation else ""), fuel.source,
                          quality_of(co2_src.confidence)))
    if sector == POWER_SECTOR and fuel.oxidation_factor(profile.fuel_factor_set, sector) != fuel.oxidation_factor(
            profile.fuel_factor_set):  # solid fuels in power generation take another oxidation factor
        co2, basis = fuel.co2_kg_per_tj(profile.fuel_factor_set, sector)
        out.append(_entry(code, sector, "CO2", round(co2, 3), "kg/TJ", f"{profile.fuel_factor_set}: {basis}",
                          f"{co2_src.primary_source}; oxidation: {_oxidation_source(fuel, profile.fuel_factor_set, sector)}",
                          fuel.source, quality_of(co2_src.confidence)))
    gas = ref.gas_defaults.get((fuel.ipcc_fuel, sector))
    if gas is not None:
        src = ref.factor_sources.get(f"gas:{sector}")
        primary, quality = (src.primary_source, quality_of(src.confidence)) if src else (gas.source, "")
        out.append(_entry(code, sector, "CH4", gas.ch4_kg_per_tj, "kg/TJ", "IPCC 2006 Tier 1", primary, gas.source, quality))
        out.append(_entry(code, sector, "N2O", gas.n2o_kg_per_tj, "kg/TJ", "IPCC 2006 Tier 1", primary, gas.source, quality))
    return out


def _electricity(act: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> list[dict]:
    """The editions the grid side applies to the rows that hold electricity, and the loss factor
    (consumption side - generation side) when T&D loss rows are calculated."""
    rows = act.loc[act["activity"] == "electricity", "gpc_ref"].astype(str).unique()
    labels = {grid_factor(r, profile, ref).label for r in rows if r not in ref.td_loss_rows.values()}
    out = []
    editions = [ref.electricity[profile.electricity_edition], ref.electricity_generation.get(profile.electricity_edition)]
    for ed in (e for e in editions if e is not None and e.edition in labels):
        quality = quality_of(ed.confidence)
        if ed.has_gas_split:
            out.append(_entry("electricity", "", "CO2", ed.co2_t_per_mwh, "t/MWh", ed.edition, ed.primary_source, ed.secondary_source, quality))
            out.append(_entry("electricity", "", "CH4", ed.ch4_kg_per_mwh, "kg/MWh", ed.edition, ed.primary_source, ed.secondary_source, quality))
            out.append(_entry("electricity", "", "N2O", ed.n2o_kg_per_mwh, "kg/MWh", ed.edition, ed.primary_source, ed.secondary_source, quality))
        else:
            out.append(_entry("electricity", "", "CO2e (gas split unknown)", ed.co2e_t_per_mwh_published, "tCO2e/MWh",
                              ed.edition, ed.primary_source, ed.secondary_source, quality))
    losses = loss_factor(profile, ref)
    if profile.electricity_side == "generation" and losses is not None and any(r in ref.td_loss_rows for r in rows):
        cons = ref.electricity[profile.electricity_edition]
        basis = "T&D losses = consumption x (consumption side - generation side), core/grid.py"
        for gas, value, unit in (("CO2", losses.co2_kg / 1000.0, "t/MWh"), ("CH4", losses.ch4_kg, "kg/MWh"),
                                 ("N2O", losses.n2o_kg, "kg/MWh")):
            out.append(_entry("electricity", "T&D losses", gas, round(value, 6), unit, losses.label,
                              f"{cons.primary_source}; {basis}", cons.secondary_source, quality_of(cons.confidence)))
    return out


def _entry(activity: str, sector: str, gas: str, value, unit: str, edition: str, source: str,
           secondary: str = "", quality: str = "") -> dict:
    return {"activity": activity, "sector": sector, "gas": gas, "value": value, "unit": unit,
            "edition": edition, "source": source, "secondary": secondary, "quality": quality}


def _unique(entries: list[dict]) -> list[dict]:
    seen, out = set(), []
    for e in entries:
        key = tuple(str(v) for v in e.values())
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
