"""What the reference library holds: GPC rows, fuels, energy carriers, grid-electricity and heat
editions, factor sources, regions and CH4/N2O defaults, as frozen records, and the
`ReferenceLibrary` that keys them for lookup. Loading and validating the CSV files is
`core/reference.py`; import these names from there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FUEL_FACTOR_SETS = ("kets", "gir2022", "ipcc")
COMBUSTION_SECTORS = (
    "energy_industries", "manufacturing", "commercial", "residential", "agriculture",
    "road", "rail", "navigation", "aviation", "offroad",
)
POWER_SECTOR = "energy_industries"  # K-ETS 발전 부문: where solid fuels take the power-generation oxidation factor
FUEL_STATES = ("solid", "liquid", "gas")
ENERGY_BASES = ("gross", "net")
# Reference conditions of a volume unit (units.csv `conditions`): normal (0 °C), standard (15 °C), standard_60F
# (60 °F), bare (a cubic metre that states none: a liquid volume; a gas must say which), "" (litres, barrels).
VOLUME_CONDITIONS = ("", "normal", "standard", "standard_60F", "bare")
GAS_CONDITIONS = ("normal", "standard", "standard_60F")
DIRECT_GIR_FIELDS = ("에너지", "산업공정", "농업", "LULUCF", "폐기물")
INDIRECT_GIR_FIELD = "간접"


@dataclass(frozen=True)
class GpcRow:
    """One GPC v1.1 reference number with its scope, totals membership and national keys."""

    ref: str
    sector_no: str
    sector_en: str
    sector_ko: str
    subsector_no: str
    subsector_en: str
    subsector_ko: str
    scope: int
    reporting_level: str
    in_basic: bool
    in_basic_plus: bool
    in_scope1_territorial: bool
    ipcc_code: str
    ipcc_crosswalk: str
    gir_field: str
    combustion_sector: str


@dataclass(frozen=True)
class Fuel:
    """A fuel of the Korean catalogue: net and gross calorific values, carbon content per factor set,
    the calorific basis energy amounts default to, and the oxidation factor each set applies."""

    code: str
    name_ko: str
    name_en: str
    aliases: tuple[str, ...]
    base_unit: str
    ncv_mj_per_unit: float
    carbon_tc_per_tj: dict[str, float | None]
    co2_kg_per_tj_ipcc: float
    ipcc_fuel: str
    biogenic: bool
    edition: str
    source: str
    gcv_mj_per_unit: float | None = None
    heat_value_source: str = ""
    energy_basis_default: str = "net"
    energy_basis_source: str = ""
    state: str = ""
    # factor set -> (oxidation in power generation, oxidation elsewhere, source)
    oxidation: dict[str, tuple[float, float, str]] = field(default_factory=dict)

    @property
    def ncv_per_gcv(self) -> float | None:
        """Net / gross calorific value of one table edition (None when no gross value is published)."""
        return None if self.gcv_mj_per_unit is None else self.ncv_mj_per_unit / self.gcv_mj_per_unit

    def oxidation_factor(self, factor_set: str, sector: str = "") -> float:
        """The carbon oxidation factor `factor_set` applies in a combustion sector (1 when none is published)."""
        power, other, _ = self.oxidation.get(factor_set, (1.0, 1.0, ""))
        return power if sector == POWER_SECTOR else other

    def co2_kg_per_tj(self, factor_set: str, sector: str = "") -> tuple[float, str]:
        """Return the CO2 factor (kg/TJ net) of `factor_set` in a combustion sector and a label of where it
        comes from: carbon content x 44/12 x the set's oxidation factor, or the IPCC Table 1.4 value."""
        carbon = self.carbon_tc_per_tj.get(factor_set)
        if carbon is None:
            return self.co2_kg_per_tj_ipcc, "IPCC 2006 Vol.2 Table 1.4"
        ox = self.oxidation_factor(factor_set, sector)
        label = f"carbon content {carbon} tC/TJ ({factor_set}) x 44/12"
        if ox != 1.0:
            label += f" x oxidation {ox:g} ({self.oxidation[factor_set][2].split(' - ')[0]})"
        return carbon * 44.0 / 12.0 * 1000.0 * ox, label


@dataclass(frozen=True)
class EnergyCarrier:
    """Grid electricity or district heat: an activity whose factor comes from an edition."""

    code: str
    name_ko: str
    name_en: str
    aliases: tuple[str, ...]
    kind: str
    calc_unit: str


ELECTRICITY_SIDES = ("consumption", "generation")  # 소비단 (includes T&D losses) / 발전단


@dataclass(frozen=True)
class ElectricityEdition:
    """A national grid-electricity factor edition, one side of one approval: consumption side
    (소비단, T&D losses included) or generation side (발전단, losses excluded)."""

    edition: str
    name_ko: str
    name_en: str
    default_years: tuple[int, int] | None
    co2_t_per_mwh: float | None
    ch4_kg_per_mwh: float | None
    n2o_kg_per_mwh: float | None
    co2e_t_per_mwh_published: float | None
    published_gwp: str
    confidence: str
    primary_source: str
    secondary_source: str = ""
    side: str = "consumption"
    consumption_edition: str = ""  # for a generation-side row: the consumption side of the same approval
    applies_years: tuple[int, int] | None = None  # the years it was published to be applied to

    def period(self) -> str:
        """The years the edition was published for, as text ('2017-2021'; '' when not known)."""
        years = self.applies_years or self.default_years
        if not years:
            return ""
        low, high = years
        return str(low) if low == high else f"{low}-{high}"

    @property
    def has_gas_split(self) -> bool:
        """True when the edition gives CO2, CH4 and N2O separately."""
        return self.co2_t_per_mwh is not None

    @property
    def source(self) -> str:
        """The primary source (where the value is published)."""
        return self.primary_source


@dataclass(frozen=True)
class HeatEdition:
    """A district-heat factor: a supplier's published factor, or the national average."""

    edition: str
    name_ko: str
    name_en: str
    co2_kg_per_tj: float
    confidence: str
    primary_source: str
    secondary_source: str = ""
    ch4_kg_per_tj: float = 0.0
    n2o_kg_per_tj: float = 0.0
    supplier_ko: str = ""
    supplier_en: str = ""
    national_average: bool = False

    @property
    def source(self) -> str:
        """The primary source (where the value is published)."""
        return self.primary_source


@dataclass(frozen=True)
class FactorSource:
    """Where a group of library factors is published (factor_sources.csv), for the Factors sheet."""

    key: str
    name_en: str
    name_ko: str
    primary_source: str
    secondary_source: str
    confidence: str


@dataclass(frozen=True)
class Region:
    """One of the 17 metropolitan cities and provinces (plus pending changes, flagged)."""

    code: str
    name_ko: str
    name_en: str
    type: str
    pending: bool


@dataclass(frozen=True)
class GasFactor:
    """A CH4/N2O Tier 1 default for one IPCC fuel in one combustion sector."""

    ch4_kg_per_tj: float
    n2o_kg_per_tj: float
    source: str


@dataclass(frozen=True)
class ReferenceLibrary:
    """Everything gcomdesk knows from published tables, keyed for lookup."""

    gpc: dict[str, GpcRow]
    fuels: dict[str, Fuel]
    carriers: dict[str, EnergyCarrier]
    gas_defaults: dict[tuple[str, str], GasFactor]
    gwp: dict[str, dict[str, float]]
    gwp_source: dict[str, str]
    electricity: dict[str, ElectricityEdition]
    heat: dict[str, HeatEdition]
    regions: dict[str, Region]
    ipcc_categories: dict[str, tuple[str, str]]
    units: tuple[dict[str, str], ...]
    activity_aliases: dict[str, str]
    electricity_generation: dict[str, ElectricityEdition] = field(default_factory=dict)  # by consumption edition
    factor_sources: dict[str, FactorSource] = field(default_factory=dict)
    td_loss_rows: dict[str, str] = field(default_factory=dict)  # scope-2 row -> its T&D loss row (scope 3)

    @property
    def gpc_refs(self) -> list[str]:
        """All GPC reference numbers in the published order."""
        return list(self.gpc)

    def activity_name(self, code: str, lang: str) -> str:
        """Return the display name of a fuel or energy carrier."""
        item = self.fuels.get(code) or self.carriers.get(code)
        if item is None:
            return code
        return item.name_ko if lang == "ko" else item.name_en

    def resolve_activity(self, text: str) -> str | None:
        """Return the activity code for a code, Korean name or alias, or None."""
        return self.activity_aliases.get(normalize_key(text))

    def default_electricity_edition(self, year: int) -> str:
        """Return the edition whose default years cover `year` (nearest edge otherwise)."""
        best, best_gap = None, None
        for ed in self.electricity.values():
            if ed.default_years is None:
                continue
            lo, hi = ed.default_years
            gap = 0 if lo <= year <= hi else min(abs(year - lo), abs(year - hi))
            if best_gap is None or gap < best_gap:
                best, best_gap = ed.edition, gap
        assert best is not None  # validated at load: at least one edition has default years
        return best


def normalize_key(text: str) -> str:
    """Fold case, spaces and brackets so that aliases match what officers type."""
    return re.sub(r"[\s_\-·()（）]", "", str(text)).casefold()
