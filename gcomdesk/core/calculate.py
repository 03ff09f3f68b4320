"""Emissions of every record, vectorised over a records table.

Fuels: amount -> TJ of net energy via the fuel's NCV; an energy amount (MJ, GJ, TJ, Gcal, toe) is
converted to net with the fuel's NCV/GCV ratio when its basis is gross (stated with the unit, or the
fuel's default: core.units.energy_basis). CO2 = TJ x carbon x 44/12 x the factor set's oxidation factor
(K-ETS Tier 2: 0.99 liquids, 0.995 gases, 0.98 solids, 0.99 solids in power generation; 1 otherwise);
CH4/N2O = TJ x the IPCC 2006 Tier 1 default of the fuel in the GPC row's combustion sector.
Grid electricity: MWh x the edition's factor per gas, by side and row (core.grid). District heat: TJ x the
heat factor per gas.
Explicit per-record factors (kg per unit) override the library. CO2e: core.co2e with the profile's
GWP set, methane's GWP by origin (fossil for sectors I, II, IV; non-fossil for III, V and biomass fuels).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gcomdesk.core.co2e import FOSSIL_CH4_SECTORS, nf3_co2e, other_co2e
from gcomdesk.core.co2e import co2e as total_co2e
from gcomdesk.core.errors import UnitError
from gcomdesk.core.grid import grid_factor
from gcomdesk.core.methods import OUTPUT_COLUMNS as METHOD_OUTPUTS
from gcomdesk.core.methods import evaluate_methods
from gcomdesk.core.model import FACTOR_COLUMNS, RECORD_FIELDS, REPORTED_GAS_COLUMNS, Profile
from gcomdesk.core.numbers import out_of_range
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.units import energy_basis, unit_catalogue

RESULT_COLUMNS = (
    "energy_tj", "activity_mwh", "co2_t", "ch4_t", "n2o_t", "sf6_t", "nf3_t", "hfcs_co2e_t", "pfcs_co2e_t",
    "unsplit_co2e_t", "biogenic_co2_t", "other_co2e_t", "co2e_t", "factor_co2", "factor_ch4", "factor_n2o", "status",
)
# Status codes of a calculated record (rendered through the message catalogue as calc.status.<code>).
OK, UNKNOWN_ACTIVITY, UNIT_MISMATCH, NO_GAS_DEFAULT, NO_AMOUNT, NO_GWP, NO_GROSS_VALUE, OUT_OF_RANGE = (
    "ok", "unknown_activity", "unit_mismatch", "no_gas_default", "no_amount", "no_gwp", "no_gross_value", "out_of_range")


def empty_records() -> pd.DataFrame:
    """Return an empty records table with every column."""
    return pd.DataFrame({c: pd.Series(dtype=object) for c in RECORD_FIELDS})


def _num(df: pd.DataFrame, column: str) -> np.ndarray:
    return pd.to_numeric(df[column], errors="coerce").to_numpy(dtype=float)


def _unit_multipliers(activity: pd.Series, unit: pd.Series, ref: ReferenceLibrary) -> tuple[np.ndarray, np.ndarray]:
    """Multiplier from the record's unit to the calculation unit: TJ of net energy (fuels), TJ (heat)
    or MWh (electricity); NaN with a status code where the unit cannot be used."""
    cat = unit_catalogue()
    keys = activity.astype(str) + "\x1f" + unit.astype(str)
    table: dict[str, tuple[float, str]] = {}
    for key in pd.unique(keys):
        code, _, unit_name = key.partition("\x1f")
        table[key] = _one_multiplier(code, unit_name, ref, cat)
    found = keys.map(table)
    return found.str[0].to_numpy(dtype=float), found.str[1].to_numpy(dtype=object)


def _one_multiplier(code: str, unit_name: str, ref: ReferenceLibrary, cat) -> tuple[float, str]:
    unit = cat.canonical(unit_name)
    if unit is None:
        return np.nan, UNIT_MISMATCH
    try:
        if code in ref.fuels:
            if cat.dimension(unit) == "energy":
                basis = energy_basis(code, unit_name, ref)
                if basis is None:  # gross amount of a fuel without a published gross value
                    return np.nan, NO_GROSS_VALUE
                return cat.factor(unit, "TJ") * basis.to_net, OK
            fuel = ref.fuels[code]
            return cat.factor(unit, fuel.base_unit) * fuel.ncv_mj_per_unit / 1e6, OK
        if code in ref.carriers and not cat.basis(unit):  # a calorific basis means nothing for grid energy
            return cat.factor(unit, ref.carriers[code].calc_unit), OK
    except UnitError:
        pass
    return np.nan, UNIT_MISMATCH


def _impossible(records: pd.DataFrame, kind: np.ndarray, out: dict[str, np.ndarray]) -> np.ndarray:
    """Records whose figures are not physically possible (core.numbers ranges): an amount, explicit
    factor or reported tonnage out of range or infinite (a damaged or hand-edited file), or tonnes
    computed from them beyond the range of any gas (a method fed impossible inputs)."""
    bad = (kind == "activity") & out_of_range("amount", _num(records, "amount"))
    for column in FACTOR_COLUMNS + (("ef_co2e",) if "ef_co2e" in records else ()):
        bad |= (kind == "activity") & out_of_range(column, _num(records, column))
    for column in REPORTED_GAS_COLUMNS:
        bad |= (kind == "reported") & out_of_range(column, _num(records, column))
        bad |= out_of_range(column, out[column])
    return bad


def calculate(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> pd.DataFrame:
    """Return one result row per record (same index): tonnes per gas, CO2e, factors used, status."""
    n = len(records)
    out = {c: np.zeros(n) for c in RESULT_COLUMNS if c != "status"}
    for c in ("energy_tj", "activity_mwh", "factor_co2", "factor_ch4", "factor_n2o"):
        out[c][:] = np.nan
    status = np.full(n, OK, dtype=object)
    if n == 0:
        return pd.DataFrame({**out, "status": status}, index=records.index)

    kind = records["kind"].to_numpy(dtype=object)
    activity = records["activity"].fillna("").astype(str)
    amount = _num(records, "amount")
    is_act = kind == "activity"
    is_fuel = is_act & activity.isin(list(ref.fuels)).to_numpy()
    is_elec = is_act & (activity == "electricity").to_numpy()
    is_heat = is_act & (activity == "district_heat").to_numpy()
    status[is_act & ~(is_fuel | is_elec | is_heat)] = UNKNOWN_ACTIVITY

    mult = np.full(n, np.nan)
    if is_act.any():
        mult[is_act], unit_status = _unit_multipliers(activity[is_act], records.loc[is_act, "unit"].fillna(""), ref)
        idx = np.flatnonzero(is_act)
        status[idx] = np.where(np.isnan(mult[idx]) & (status[idx] == OK), unit_status, status[idx])
    status[is_act & ~np.isfinite(amount) & (status == OK)] = NO_AMOUNT
    qty = np.where(np.isfinite(mult) & np.isfinite(amount), mult * amount, 0.0)  # TJ or MWh

    # Library factors per unit of calculation (kg/TJ for fuels and heat, kg/MWh for electricity).
    lib_co2 = np.zeros(n)
    lib_ch4 = np.zeros(n)
    lib_n2o = np.zeros(n)
    biogenic = np.zeros(n, dtype=bool)
    unsplit_per_mwh = np.zeros(n)
    if is_fuel.any():
        fuel_codes = activity[is_fuel]
        biogenic[is_fuel] = fuel_codes.map({c: f.biogenic for c, f in ref.fuels.items()}).to_numpy(dtype=bool)
        sector = records.loc[is_fuel, "gpc_ref"].map({r: g.combustion_sector for r, g in ref.gpc.items()}).fillna("")
        fuel_sector = fuel_codes + "\x1f" + sector  # the oxidation factor can differ in power generation
        co2_of = {k: ref.fuels[k.partition("\x1f")[0]].co2_kg_per_tj(profile.fuel_factor_set, k.partition("\x1f")[2])[0]
                  for k in pd.unique(fuel_sector)}
        lib_co2[is_fuel] = fuel_sector.map(co2_of).to_numpy(dtype=float)
        gas_key = fuel_codes.map({c: f.ipcc_fuel for c, f in ref.fuels.items()}) + "\x1f" + sector
        ch4_map = {f"{f}\x1f{s}": g.ch4_kg_per_tj for (f, s), g in ref.gas_defaults.items()}
        n2o_map = {f"{f}\x1f{s}": g.n2o_kg_per_tj for (f, s), g in ref.gas_defaults.items()}
        ch4 = gas_key.map(ch4_map).to_numpy(dtype=float)
        n2o = gas_key.map(n2o_map).to_numpy(dtype=float)
        missing = np.isnan(ch4)
        idx = np.flatnonzero(is_fuel)
        explicit_both = (np.isfinite(_num(records, "ef_ch4")) & np.isfinite(_num(records, "ef_n2o")))[idx]
        flag = idx[missing & ~explicit_both]
        status[flag[status[flag] == OK]] = NO_GAS_DEFAULT
        lib_ch4[is_fuel] = np.nan_to_num(ch4)
        lib_n2o[is_fuel] = np.nan_to_num(n2o)
    if is_elec.any():  # the side and the row decide the factor (core.grid)
        rows = records.loc[is_elec, "gpc_ref"].astype(str)
        by_row = {r: grid_factor(r, profile, ref) for r in pd.unique(rows)}
        lib_co2[is_elec] = rows.map({r: g.co2_kg for r, g in by_row.items()}).to_numpy(dtype=float)
        lib_ch4[is_elec] = rows.map({r: g.ch4_kg for r, g in by_row.items()}).to_numpy(dtype=float)
        lib_n2o[is_elec] = rows.map({r: g.n2o_kg for r, g in by_row.items()}).to_numpy(dtype=float)
        unsplit_per_mwh[is_elec] = rows.map({r: g.unsplit_t for r, g in by_row.items()}).to_numpy(dtype=float)
    if is_heat.any():
        heat = ref.heat[profile.heat_edition]
        lib_co2[is_heat] = heat.co2_kg_per_tj
        lib_ch4[is_heat] = heat.ch4_kg_per_tj
        lib_n2o[is_heat] = heat.n2o_kg_per_tj

    usable = is_act & (status != UNKNOWN_ACTIVITY) & (status != UNIT_MISMATCH) & np.isfinite(amount)
    per_unit = np.where(usable, mult, 0.0)  # calculation units per record unit
    factors = {}
    for gas, lib in (("co2", lib_co2), ("ch4", lib_ch4), ("n2o", lib_n2o)):
        explicit = _num(records, f"ef_{gas}")
        use_explicit = is_act & np.isfinite(explicit) & np.isfinite(amount)
        factor = np.where(use_explicit, explicit, lib * per_unit)  # kg per unit of the record
        kg = np.where(use_explicit | usable, factor * np.nan_to_num(amount), 0.0)
        out[f"{gas}_t"] = kg / 1000.0
        factors[gas] = np.where(is_act, factor, np.nan)
    unsplit_explicit = (is_elec & np.isfinite(_num(records, "ef_co2")))
    out["unsplit_co2e_t"] = np.where(usable & ~unsplit_explicit, unsplit_per_mwh * qty, 0.0)
    # A factor published as CO2e only (kg CO2e per unit): reported as CO2e with the gas split unknown,
    # never relabelled as CO2; it replaces the library's factors for the record.
    co2e_factor = _num(records, "ef_co2e") if "ef_co2e" in records else np.full(n, np.nan)
    co2e_only = is_act & np.isfinite(co2e_factor) & np.isfinite(amount)
    if co2e_only.any():
        for gas in ("co2", "ch4", "n2o"):
            explicit = _num(records, f"ef_{gas}")
            keep = co2e_only & np.isfinite(explicit)  # the import refuses the mix; a hand-made file keeps both
            out[f"{gas}_t"] = np.where(co2e_only & ~keep, 0.0, out[f"{gas}_t"])
            factors[gas] = np.where(co2e_only & ~keep, np.nan, factors[gas])
        out["unsplit_co2e_t"] = np.where(co2e_only, co2e_factor * np.nan_to_num(amount) / 1000.0, out["unsplit_co2e_t"])
    out["biogenic_co2_t"] = np.where(biogenic, out["co2_t"], 0.0)
    out["co2_t"] = np.where(biogenic, 0.0, out["co2_t"])
    out["energy_tj"] = np.where((is_fuel | is_heat) & usable, qty, np.where(is_elec & usable, qty * 0.0036, np.nan))
    out["activity_mwh"] = np.where(is_elec & usable, qty, np.nan)
    out["factor_co2"], out["factor_ch4"], out["factor_n2o"] = factors["co2"], factors["ch4"], factors["n2o"]

    is_rep = kind == "reported"
    for column in REPORTED_GAS_COLUMNS:
        values = np.nan_to_num(_num(records, column))
        out[column] = np.where(is_rep, values, out[column])

    is_method = kind == "method"
    if is_method.any():
        method_out = evaluate_methods(records[is_method], profile, ref)
        for column in METHOD_OUTPUTS:
            out[column][is_method] = method_out[column].to_numpy(dtype=float)
        status[is_method] = method_out["status"].to_numpy(dtype=object)

    impossible = _impossible(records, kind, out)
    if impossible.any():  # counted as nothing, and said (value.not_calculated), never summed into inf
        status[impossible] = OUT_OF_RANGE
        for column in RESULT_COLUMNS:
            if column != "status":
                out[column][impossible] = np.nan if column in ("energy_tj", "activity_mwh", "factor_co2", "factor_ch4",
                                                                 "factor_n2o") else 0.0
    gwp = ref.gwp[profile.gwp_set]
    status[np.isnan(nf3_co2e(out["nf3_t"], gwp)) & (status == OK)] = NO_GWP
    sector_no = records["gpc_ref"].map({r: g.sector_no for r, g in ref.gpc.items()}).fillna("")
    fossil_ch4 = sector_no.isin(FOSSIL_CH4_SECTORS).to_numpy() & ~biogenic
    out["other_co2e_t"] = other_co2e(out, gwp)
    out["co2e_t"] = total_co2e(out, gwp, fossil_ch4)
    return pd.DataFrame({**out, "status": status}, index=records.index)
