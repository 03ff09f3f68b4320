"""What an inventory is: its profile and its records (activity, reported emissions, notation keys)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum

from gcomdesk.core.errors import ProfileError
from gcomdesk.core.numbers import NumberTextError, check_range, range_params
from gcomdesk.core.reference import ELECTRICITY_SIDES, FUEL_FACTOR_SETS, ReferenceLibrary


class RecordKind(StrEnum):
    """The three kinds of inventory record."""

    ACTIVITY = "activity"
    REPORTED = "reported"
    NOTATION = "notation"
    METHOD = "method"  # a sector method (core.methods): code in `activity`, inputs in `extra`


class NotationKey(StrEnum):
    """GPC notation keys for a row without a number; each needs an explanation."""

    NO = "NO"  # not occurring
    IE = "IE"  # included elsewhere (say where)
    NE = "NE"  # not estimated (say why)
    C = "C"  # confidential (say why)


class Quality(StrEnum):
    """Data-quality rating: high, medium, low."""

    H = "H"
    M = "M"
    L = "L"


QUALITY_ALIASES = {"H": "H", "M": "M", "L": "L", "HIGH": "H", "MEDIUM": "M", "LOW": "L", "상": "H", "중": "M", "하": "L"}
GWP_SETS = ("SAR", "AR4", "AR5", "AR6")
LEVELS = ("provincial", "municipal")  # 광역 / 기초
REPORTING_LEVELS = ("basic", "basic_plus")
# How the years of a project choose their factor editions: each year its own (default: the edition
# published for that year), or the same editions for every year (a consistent time series).
FACTOR_POLICIES = ("each_year", "same")

# Per-gas mass columns of a record (tonnes); HFCs and PFCs are mixtures, so they are kept as CO2e.
REPORTED_GAS_COLUMNS = ("co2_t", "ch4_t", "n2o_t", "sf6_t", "nf3_t", "hfcs_co2e_t", "pfcs_co2e_t", "unsplit_co2e_t", "biogenic_co2_t")
FACTOR_COLUMNS = ("ef_co2", "ef_ch4", "ef_n2o")  # kg of the gas per unit of activity
MAIN_GAS_COLUMNS = REPORTED_GAS_COLUMNS[:3]  # CO2, CH4, N2O: what an import file and a table row carry


@dataclass
class Profile:
    """The inventory's identity and its method choices."""

    name_ko: str
    region_code: str
    year: int
    name_en: str = ""
    level: str = "municipal"
    base_year: int | None = None
    population: int | None = None
    area_km2: float | None = None
    grdp_billion_krw: float | None = None
    gwp_set: str = "AR5"
    fuel_factor_set: str = "kets"
    electricity_edition: str = ""
    electricity_side: str = "consumption"  # 소비단 (T&D losses inside I.x.2) or 발전단 (losses in I.x.3)
    heat_edition: str = "KR-HEAT-AVG"
    reporting_level: str = "basic"
    boundary_notes: str = ""
    preparer_name: str = ""
    preparer_contact: str = ""
    factor_policy: str = "each_year"  # FACTOR_POLICIES; the project's, shared by every year
    shared_editions: dict = field(default_factory=dict)  # the editions every year uses when "same"

    def validate(self, ref: ReferenceLibrary) -> None:
        """Raise ProfileError naming the first invalid field."""
        if not self.name_ko.strip():
            raise ProfileError("profile.required", field="name_ko")
        if self.region_code not in ref.regions:
            raise ProfileError("profile.region", value=self.region_code, allowed=", ".join(ref.regions))
        if not 1990 <= int(self.year) <= 2100:
            raise ProfileError("profile.year", value=self.year)
        if self.gwp_set not in GWP_SETS:
            raise ProfileError("profile.choice", field="gwp_set", value=self.gwp_set, allowed=", ".join(GWP_SETS))
        if self.fuel_factor_set not in FUEL_FACTOR_SETS:
            raise ProfileError("profile.choice", field="fuel_factor_set", value=self.fuel_factor_set, allowed=", ".join(FUEL_FACTOR_SETS))
        if self.electricity_edition not in ref.electricity:
            raise ProfileError("profile.choice", field="electricity_edition", value=self.electricity_edition, allowed=", ".join(ref.electricity))
        if self.electricity_side not in ELECTRICITY_SIDES:
            raise ProfileError("profile.choice", field="electricity_side", value=self.electricity_side, allowed=", ".join(ELECTRICITY_SIDES))
        if self.electricity_side == "generation" and self.electricity_edition not in ref.electricity_generation:
            raise ProfileError("profile.generation_side", value=self.electricity_edition, allowed=", ".join(ref.electricity_generation))
        if self.heat_edition not in ref.heat:
            raise ProfileError("profile.choice", field="heat_edition", value=self.heat_edition, allowed=", ".join(ref.heat))
        if self.level not in LEVELS:
            raise ProfileError("profile.choice", field="level", value=self.level, allowed=", ".join(LEVELS))
        if self.reporting_level not in REPORTING_LEVELS:
            raise ProfileError("profile.choice", field="reporting_level", value=self.reporting_level, allowed=", ".join(REPORTING_LEVELS))
        if self.factor_policy not in FACTOR_POLICIES:
            raise ProfileError("profile.choice", field="factor_policy", value=self.factor_policy, allowed=", ".join(FACTOR_POLICIES))
        if self.base_year is not None and not 1990 <= int(self.base_year) <= 2100:
            raise ProfileError("profile.year", value=self.base_year)
        for name in ("population", "area_km2", "grdp_billion_krw"):
            value = getattr(self, name)
            if value is None:
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise ProfileError("profile.number", field=name, value=value) from None
            if number < 0 and math.isfinite(number):
                raise ProfileError("profile.negative", field=name, value=value)
            try:
                check_range(name, number)
            except NumberTextError:
                raise ProfileError("profile.out_of_range", **range_params(name, value)) from None

    def to_dict(self) -> dict:
        """Return the profile as a plain dict (for the store and JSON)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Profile:
        """Build a profile from a dict, ignoring keys this version does not know."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def new_profile(ref: ReferenceLibrary, **values) -> Profile:
    """Return a validated profile with sensible defaults (electricity edition for the year)."""
    profile = Profile(**values)
    if not profile.electricity_edition:
        profile.electricity_edition = ref.default_electricity_edition(int(profile.year))
    if profile.base_year is None:
        profile.base_year = int(profile.year)
    profile.validate(ref)
    return profile


@dataclass
class Record:
    """One inventory record. `kind` says which fields matter: activity (activity, amount, unit,
    optional ef_*), reported (tonnes per gas), notation (key, explanation), method (code, inputs)."""

    kind: str
    gpc_ref: str
    year: int | None = None
    activity: str | None = None
    amount: float | None = None
    unit: str | None = None
    ef_co2: float | None = None
    ef_ch4: float | None = None
    ef_n2o: float | None = None
    ef_co2e: float | None = None  # kg CO2e per unit: a factor published as CO2e only (reported as unsplit CO2e)
    ef_co2e_gwp: str | None = None  # the GWP set ef_co2e was published under (None: not stated)
    co2_t: float | None = None
    ch4_t: float | None = None
    n2o_t: float | None = None
    sf6_t: float | None = None
    nf3_t: float | None = None
    hfcs_co2e_t: float | None = None
    pfcs_co2e_t: float | None = None
    unsplit_co2e_t: float | None = None
    biogenic_co2_t: float | None = None
    notation_key: str | None = None
    explanation: str = ""
    included_in: str | None = None
    data_source: str = ""
    quality: str | None = None
    factor_quality: str | None = None
    notes: str = ""
    facility: str = ""
    import_file: str | None = None
    import_row: int | None = None
    id: int | None = None
    created_by: str = ""
    created_at: str = ""
    updated_by: str = ""
    updated_at: str = ""
    extra: dict = field(default_factory=dict)


RECORD_FIELDS = tuple(f.name for f in fields(Record) if f.name != "extra")


def extra_of(value) -> dict:
    """A record's `extra` as a dict, from the dict itself or its JSON text; {} for anything else
    (empty, not JSON, not an object). Method inputs are read strictly by core.methods instead."""
    if isinstance(value, str):
        try:
            value = json.loads(value or "{}")
        except ValueError:
            return {}
    return dict(value) if isinstance(value, Mapping) else {}
