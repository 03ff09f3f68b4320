"""The reference library: GPC rows, fuels, factors, GWP sets, editions and regions, loaded from
`resources/reference/` once and validated at load, so a malformed file is a clear start-up error.
The records it holds are defined in `core/reference_data.py` and re-exported here."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from gcomdesk.core.csvfiles import read_csv_rows
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.reference_data import (
    COMBUSTION_SECTORS,
    DIRECT_GIR_FIELDS,
    ELECTRICITY_SIDES,
    ENERGY_BASES,
    FUEL_FACTOR_SETS,
    FUEL_STATES,
    INDIRECT_GIR_FIELD,
    POWER_SECTOR,
    VOLUME_CONDITIONS,
    ElectricityEdition,
    EnergyCarrier,
    FactorSource,
    Fuel,
    GasFactor,
    GpcRow,
    HeatEdition,
    ReferenceLibrary,
    Region,
    normalize_key,
)
from gcomdesk.paths import resource_path

__all__ = [  # the records of core.reference_data are re-exported: callers import everything from here
    "COMBUSTION_SECTORS",
    "DIRECT_GIR_FIELDS",
    "ELECTRICITY_SIDES",
    "ENERGY_BASES",
    "FUEL_FACTOR_SETS",
    "FUEL_STATES",
    "INDIRECT_GIR_FIELD",
    "POWER_SECTOR",
    "ElectricityEdition",
    "EnergyCarrier",
    "FactorSource",
    "Fuel",
    "GasFactor",
    "GpcRow",
    "HeatEdition",
    "ReferenceLibrary",
    "Region",
    "normalize_key",
    "load_reference",
    "parse_reference_number",
    "read_csv_rows",
    "reference_file",
]


def _read(name: str, columns: tuple[str, ...] = ()) -> list[dict[str, str]]:
    return read_csv_rows(resource_path("reference", name), columns)


def parse_reference_number(value: str, name: str, row: int, column: str, optional: bool = False) -> float | None:
    """Parse a finite number from a reference file's cell; blank or 'n/a' is None when optional,
    anything else not a number is a ReferenceDataError naming file, row and column."""
    text = (value or "").strip()
    if optional and text in ("", "n/a"):
        return None
    try:
        number = float(text)
    except ValueError:
        raise ReferenceDataError("reference.number", file=name, row=row, column=column, value=text) from None
    if not math.isfinite(number):
        raise ReferenceDataError("reference.number", file=name, row=row, column=column, value=text)
    return number


def _flag(value: str, name: str, row: int, column: str) -> bool:
    if value not in ("Y", "N"):
        raise ReferenceDataError("reference.flag", file=name, row=row, column=column, value=value)
    return value == "Y"


def _member(r: dict[str, str], column: str, allowed: tuple[str, ...], name: str, row: int, blank: bool = False) -> str:
    """The cell's value when it is one of `allowed` (or blank, when `blank`); else a ReferenceDataError."""
    value = r[column]
    if value not in allowed and not (blank and not value):
        raise ReferenceDataError("reference.value", file=name, row=row, column=column, value=value)
    return value


def _years(text: str) -> tuple[int, int] | None:
    text = (text or "").strip()
    if not text:
        return None
    lo, _, hi = text.partition("-") if "-" in text else (text, "", text)
    return (int(lo) if lo else 1900, int(hi) if hi else 2100)


def _load_gpc() -> dict[str, GpcRow]:
    name = "gpc_rows.csv"
    rows = _read(name, ("gpc_ref", "scope", "in_basic", "in_basic_plus", "in_scope1_territorial", "ipcc_code", "gir_field", "combustion_sector"))
    gpc: dict[str, GpcRow] = {}
    for i, r in enumerate(rows, start=2):
        sector = _member(r, "combustion_sector", COMBUSTION_SECTORS, name, i, blank=True)
        _member(r, "gir_field", DIRECT_GIR_FIELDS + (INDIRECT_GIR_FIELD,), name, i, blank=True)
        gpc[r["gpc_ref"]] = GpcRow(
            ref=r["gpc_ref"], sector_no=r["sector_no"], sector_en=r["sector_en"], sector_ko=r["sector_ko"],
            subsector_no=r["subsector_no"], subsector_en=r["subsector_en"], subsector_ko=r["subsector_ko"],
            scope=int(parse_reference_number(r["scope"], name, i, "scope")), reporting_level=r["reporting_level"],
            in_basic=_flag(r["in_basic"], name, i, "in_basic"),
            in_basic_plus=_flag(r["in_basic_plus"], name, i, "in_basic_plus"),
            in_scope1_territorial=_flag(r["in_scope1_territorial"], name, i, "in_scope1_territorial"),
            ipcc_code=r["ipcc_code"], ipcc_crosswalk=r["ipcc_2006_crosswalk"], gir_field=r["gir_field"],
            combustion_sector=sector,
        )
    if len(gpc) != 53:
        raise ReferenceDataError("reference.count", file=name, expected=53, found=len(gpc))
    return gpc


def _load_oxidation() -> dict[tuple[str, str], tuple[float, float, str]]:
    name = "oxidation.csv"
    rows = _read(name, ("factor_set", "state", "oxidation_power", "oxidation_other", "source"))
    table = {}
    for i, r in enumerate(rows, start=2):
        _member(r, "factor_set", FUEL_FACTOR_SETS, name, i)
        _member(r, "state", FUEL_STATES, name, i)
        power, other = (parse_reference_number(r[c], name, i, c) for c in ("oxidation_power", "oxidation_other"))
        for column, value in (("oxidation_power", power), ("oxidation_other", other)):
            if not 0.9 <= value <= 1.0:
                raise ReferenceDataError("reference.value", file=name, row=i, column=column, value=r[column])
        table[(r["factor_set"], r["state"])] = (power, other, r["source"])
    return table


def _load_fuels() -> dict[str, Fuel]:
    name = "fuels.csv"
    rows = _read(name, ("code", "name_ko", "name_en", "aliases", "base_unit", "ncv_MJ_per_unit", "gcv_MJ_per_unit",
                        "heat_value_source", "energy_basis_default", "energy_basis_source", "state",
                        "carbon_tC_per_TJ_kets", "carbon_tC_per_TJ_gir2022", "co2_kg_per_TJ_ipcc", "ipcc_fuel", "biogenic", "source"))
    oxidation = _load_oxidation()
    fuels = {}
    for i, r in enumerate(rows, start=2):
        _member(r, "state", FUEL_STATES, name, i)
        basis = r["energy_basis_default"]
        ncv = parse_reference_number(r["ncv_MJ_per_unit"], name, i, "ncv_MJ_per_unit")
        gcv = parse_reference_number(r["gcv_MJ_per_unit"], name, i, "gcv_MJ_per_unit", optional=True)
        # a default of gross needs a gross value; a gross value below the net one is a typing error
        if basis not in ENERGY_BASES or (basis == "gross" and gcv is None):
            raise ReferenceDataError("reference.value", file=name, row=i, column="energy_basis_default", value=basis)
        if gcv is not None and gcv < ncv:
            raise ReferenceDataError("reference.value", file=name, row=i, column="gcv_MJ_per_unit", value=r["gcv_MJ_per_unit"])
        fuels[r["code"]] = Fuel(
            code=r["code"], name_ko=r["name_ko"], name_en=r["name_en"],
            aliases=tuple(a for a in r["aliases"].split(";") if a), base_unit=r["base_unit"],
            ncv_mj_per_unit=ncv,
            carbon_tc_per_tj={
                "kets": parse_reference_number(r["carbon_tC_per_TJ_kets"], name, i, "carbon_tC_per_TJ_kets", optional=True),
                "gir2022": parse_reference_number(r["carbon_tC_per_TJ_gir2022"], name, i, "carbon_tC_per_TJ_gir2022", optional=True),
                "ipcc": None,
            },
            co2_kg_per_tj_ipcc=parse_reference_number(r["co2_kg_per_TJ_ipcc"], name, i, "co2_kg_per_TJ_ipcc"),
            ipcc_fuel=r["ipcc_fuel"], biogenic=_flag(r["biogenic"], name, i, "biogenic"),
            edition=r.get("edition", ""), source=r["source"],
            gcv_mj_per_unit=gcv, heat_value_source=r["heat_value_source"], energy_basis_default=basis,
            energy_basis_source=r["energy_basis_source"], state=r["state"],
            oxidation={s: oxidation[(s, r["state"])] for s in FUEL_FACTOR_SETS if (s, r["state"]) in oxidation},
        )
    return fuels


def _load_gas_defaults(fuels: dict[str, Fuel]) -> dict[tuple[str, str], GasFactor]:
    name = "ch4_n2o_defaults.csv"
    rows = _read(name, ("ipcc_fuel", "combustion_sector", "ch4_kg_per_TJ", "n2o_kg_per_TJ", "source"))
    table = {}
    for i, r in enumerate(rows, start=2):
        _member(r, "combustion_sector", COMBUSTION_SECTORS, name, i)
        table[(r["ipcc_fuel"], r["combustion_sector"])] = GasFactor(
            parse_reference_number(r["ch4_kg_per_TJ"], name, i, "ch4_kg_per_TJ"), parse_reference_number(r["n2o_kg_per_TJ"], name, i, "n2o_kg_per_TJ"), r["source"])
    stationary = COMBUSTION_SECTORS[:5]
    for fuel in fuels.values():  # every catalogue fuel must burn somewhere stationary
        for sector in stationary:
            if (fuel.ipcc_fuel, sector) not in table:
                raise ReferenceDataError("reference.gas_default", file=name, fuel=fuel.ipcc_fuel, sector=sector)
    return table


GWP_GASES_REQUIRED = ("CO2", "CH4", "CH4_fossil", "CH4_non_fossil", "N2O", "SF6")


def _load_gwp() -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    name = "gwp.csv"
    rows = _read(name, ("gas", "SAR", "AR4", "AR5", "AR6", "source"))
    sets: dict[str, dict[str, float]] = {s: {} for s in ("SAR", "AR4", "AR5", "AR6")}
    sources = {}
    for i, r in enumerate(rows, start=2):
        gas = r["gas"].split(" (")[0].strip()
        if "Montreal" in r["gas"]:
            continue  # HCFC-22 (not a GPC gas) stays informational
        sources[gas] = r["source"]
        for s in sets:
            value = parse_reference_number(r[s], name, i, s, optional=True)
            if value is not None:
                sets[s][gas] = value
    for s, table in sets.items():
        for gas in GWP_GASES_REQUIRED:
            if gas not in table:
                raise ReferenceDataError("reference.gwp", file=name, gwp_set=s, gas=gas)
    return sets, sources


def _load_electricity() -> tuple[dict[str, ElectricityEdition], dict[str, ElectricityEdition]]:
    """Consumption-side editions (the officer's choice) and generation-side ones by their pair."""
    name = "electricity_kr.csv"
    rows = _read(name, ("edition", "side", "consumption_edition", "applies_to_years", "default_for_inventory_years", "co2_t_per_MWh",
                        "ch4_kg_per_MWh", "n2o_kg_per_MWh", "co2eq_t_per_MWh_published", "primary_source", "secondary_source"))
    editions, generation = {}, {}
    for i, r in enumerate(rows, start=2):
        _member(r, "side", ELECTRICITY_SIDES, name, i)
        try:
            default_years = _years(r["default_for_inventory_years"])
        except ValueError:
            raise ReferenceDataError("reference.value", file=name, row=i, column="default_for_inventory_years", value=r["default_for_inventory_years"]) from None
        try:
            applies_years = _years(r["applies_to_years"])
        except ValueError:
            raise ReferenceDataError("reference.value", file=name, row=i, column="applies_to_years", value=r["applies_to_years"]) from None
        co2 = parse_reference_number(r["co2_t_per_MWh"], name, i, "co2_t_per_MWh", optional=True)
        edition = ElectricityEdition(
            edition=r["edition"], name_ko=r["name_ko"], name_en=r["name_en"], default_years=default_years,
            co2_t_per_mwh=co2,
            ch4_kg_per_mwh=parse_reference_number(r["ch4_kg_per_MWh"], name, i, "ch4_kg_per_MWh", optional=True),
            n2o_kg_per_mwh=parse_reference_number(r["n2o_kg_per_MWh"], name, i, "n2o_kg_per_MWh", optional=True),
            co2e_t_per_mwh_published=parse_reference_number(r["co2eq_t_per_MWh_published"], name, i, "co2eq_t_per_MWh_published",
                                                            optional=co2 is not None),
            published_gwp=r["published_gwp"], confidence=r["confidence"], primary_source=r["primary_source"],
            secondary_source=r["secondary_source"], side=r["side"], consumption_edition=r["consumption_edition"],
            applies_years=applies_years,
        )
        if not edition.primary_source.strip():
            raise ReferenceDataError("reference.value", file=name, row=i, column="primary_source", value="")
        if edition.side == "generation":
            generation[edition.consumption_edition] = edition
        else:
            editions[edition.edition] = edition
    for i, gen in enumerate(generation.values(), start=2):
        pair = editions.get(gen.consumption_edition)
        if pair is None or not (gen.has_gas_split and pair.has_gas_split):  # losses are computed per gas
            raise ReferenceDataError("reference.value", file=name, row=i, column="consumption_edition", value=gen.consumption_edition)
    if not any(e.default_years for e in editions.values()):
        raise ReferenceDataError("reference.count", file=name, expected="1 default edition", found=0)
    return editions, generation


def _load_heat() -> dict[str, HeatEdition]:
    name = "heat_kr.csv"
    rows = _read(name, ("edition", "national_average", "co2_kg_per_TJ", "ch4_kg_per_TJ", "n2o_kg_per_TJ", "confidence",
                        "primary_source", "secondary_source"))
    return {
        r["edition"]: HeatEdition(
            r["edition"], r["name_ko"], r["name_en"], parse_reference_number(r["co2_kg_per_TJ"], name, i, "co2_kg_per_TJ"),
            r["confidence"], r["primary_source"], r["secondary_source"],
            ch4_kg_per_tj=parse_reference_number(r["ch4_kg_per_TJ"], name, i, "ch4_kg_per_TJ", optional=True) or 0.0,
            n2o_kg_per_tj=parse_reference_number(r["n2o_kg_per_TJ"], name, i, "n2o_kg_per_TJ", optional=True) or 0.0,
            supplier_ko=r.get("supplier_ko", ""), supplier_en=r.get("supplier_en", ""),
            national_average=_flag(r["national_average"], name, i, "national_average"))
        for i, r in enumerate(rows, start=2)
    }


def _load_factor_sources() -> dict[str, FactorSource]:
    rows = _read("factor_sources.csv", ("key", "name_en", "name_ko", "primary_source", "secondary_source", "confidence"))
    return {r["key"]: FactorSource(r["key"], r["name_en"], r["name_ko"], r["primary_source"], r["secondary_source"],
                                   r["confidence"]) for r in rows}


def _load_td_loss_rows(gpc: dict[str, GpcRow]) -> dict[str, str]:
    """Which scope-3 row receives the T&D losses of a scope-2 row's grid electricity (GPC v1.1)."""
    name = "td_loss_rows.csv"
    rows = _read(name, ("consumption_row", "loss_row"))
    for i, r in enumerate(rows, start=2):
        for column, scope in (("consumption_row", 2), ("loss_row", 3)):
            row = gpc.get(r[column])
            if row is None or row.scope != scope:
                raise ReferenceDataError("reference.value", file=name, row=i, column=column, value=r[column])
    return {r["consumption_row"]: r["loss_row"] for r in rows}


def _load_regions() -> dict[str, Region]:
    name = "regions_kr.csv"
    rows = _read(name, ("code", "name_ko", "name_en", "type"))
    return {r["code"]: Region(r["code"], r["name_ko"], r["name_en"], r["type"], "PENDING" in r["type"]) for r in rows}


def _load_carriers() -> dict[str, EnergyCarrier]:
    name = "energy_carriers.csv"
    rows = _read(name, ("code", "name_ko", "name_en", "aliases", "kind", "calc_unit"))
    return {r["code"]: EnergyCarrier(r["code"], r["name_ko"], r["name_en"], tuple(a for a in r["aliases"].split(";") if a), r["kind"], r["calc_unit"]) for r in rows}


def _alias_index(fuels: dict[str, Fuel], carriers: dict[str, EnergyCarrier]) -> dict[str, str]:
    index: dict[str, str] = {}
    for item in list(fuels.values()) + list(carriers.values()):
        for alias in (item.code, item.name_ko, item.name_en) + item.aliases:
            key = normalize_key(alias)
            owner = index.setdefault(key, item.code)
            if owner != item.code:
                raise ReferenceDataError("reference.alias", alias=alias, first=owner, second=item.code)
    return index


@lru_cache(maxsize=1)
def load_reference() -> ReferenceLibrary:
    """Load and validate the whole reference library (cached: loaded once per process)."""
    fuels = _load_fuels()
    carriers = _load_carriers()
    gwp, gwp_source = _load_gwp()
    units = _read("units.csv", ("unit", "definition", "dimension", "basis", "conditions", "aliases", "source"))
    for i, row in enumerate(units, start=2):
        if row["basis"] not in ("",) + ENERGY_BASES or (row["basis"] and row["dimension"] != "energy"):
            raise ReferenceDataError("reference.value", file="units.csv", row=i, column="basis", value=row["basis"])
        if row["conditions"] not in VOLUME_CONDITIONS or (row["conditions"] and row["dimension"] != "volume"):
            raise ReferenceDataError("reference.value", file="units.csv", row=i, column="conditions", value=row["conditions"])
    categories = {r["code"]: (r["name_en"], r["name_ko"]) for r in _read("ipcc_2006_categories.csv")}
    gpc = _load_gpc()
    electricity, generation = _load_electricity()
    return ReferenceLibrary(
        gpc=gpc, fuels=fuels, carriers=carriers, gas_defaults=_load_gas_defaults(fuels),
        gwp=gwp, gwp_source=gwp_source, electricity=electricity, heat=_load_heat(),
        regions=_load_regions(), ipcc_categories=categories, units=tuple(units),
        activity_aliases=_alias_index(fuels, carriers), electricity_generation=generation,
        factor_sources=_load_factor_sources(), td_loss_rows=_load_td_loss_rows(gpc),
    )


def reference_file(name: str) -> Path:
    """Return the path of one reference file (for exports that cite it)."""
    return resource_path("reference", name)
