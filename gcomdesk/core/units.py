"""Units Korean statistics use (kL, bbl, 천㎥, Gcal, toe, MWh...) through pint, with the
aliases officers type. A unit that does not fit the activity is an error, never a silent guess.

Energy amounts of a fuel have a calorific basis: gross (총발열량) or net (순발열량). The carbon contents
are per TJ of net energy, so a gross amount is converted with the fuel's published NCV/GCV ratio.
The officer states the basis with the unit (`MJ(GCV)`, `MJ(총발열량)`, `GJ(NCV)`...); a bare `MJ`
takes the fuel's default basis (fuels.csv `energy_basis_default`, with its source).

Volumes of a gas state their reference conditions (units.csv `conditions`): Nm3 at 0 °C, Sm3 at
15 °C (x 0.947944 Nm3), scf at 60 °F (0.0267903 Nm3). A bare `m3`/`㎥`/`천㎥` of a gas is refused at
entry with the question (Nm3 or Sm3?), or read with the conditions the officer gave for the whole
import (`with_conditions`); one already stored by an earlier version is read as Nm3, as Korean gas
supply statistics are, and the checks warn. A bare m3 of a liquid is a plain 1 kL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from gcomdesk.core.errors import UnitError
from gcomdesk.core.messages import Message
from gcomdesk.core.reference import ReferenceLibrary, load_reference, normalize_key
from gcomdesk.core.reference_data import GAS_CONDITIONS


class UnitCatalogue:
    """The project's units: canonical names, aliases, dimensions and pint conversions."""

    def __init__(self, ref: ReferenceLibrary) -> None:
        self._definitions = {row["unit"]: row["definition"] for row in ref.units}
        self._dimension: dict[str, str] = {}
        self._basis: dict[str, str] = {}
        self._conditions: dict[str, str] = {}
        self._alias: dict[str, str] = {}
        self._canonical: list[str] = []
        for row in ref.units:
            unit = row["unit"]
            self._dimension[unit] = row["dimension"]
            self._basis[unit] = row["basis"]
            self._conditions[unit] = row["conditions"]
            self._canonical.append(unit)
            for alias in (unit, *[a for a in row["aliases"].split(";") if a]):
                self._alias.setdefault(alias.strip(), unit)
                self._alias.setdefault(normalize_key(alias), unit)

    @cached_property
    def _registry(self):
        """pint's registry with the catalogue's units, built at the first conversion (checking a
        unit's name and fit, as an import does, needs only the tables above)."""
        import pint

        registry = pint.UnitRegistry(autoconvert_offset_to_baseunit=False)
        for unit, definition in self._definitions.items():
            registry.define(f"{_pint_name(unit)} = {definition}")
        return registry

    @property
    def units(self) -> list[str]:
        """Canonical unit names in catalogue order."""
        return list(self._canonical)

    def canonical(self, text: str) -> str | None:
        """Return the canonical unit for what an officer typed ('천㎥' -> 'kNm3'), or None."""
        text = str(text).strip()
        return self._alias.get(text) or self._alias.get(normalize_key(text))

    def dimension(self, unit: str) -> str:
        """Return 'volume', 'mass' or 'energy' for a canonical unit."""
        return self._dimension[unit]

    def basis(self, unit: str) -> str:
        """'gross' or 'net' when the unit states a calorific basis (MJ(GCV)), else ''."""
        return self._basis[unit]

    def conditions(self, unit: str) -> str:
        """The reference conditions of a volume unit: 'normal', 'standard', 'standard_60F', 'bare' or ''."""
        return self._conditions[unit]

    def units_of(self, dimension: str) -> list[str]:
        """Return the canonical units of one dimension."""
        return [u for u in self._canonical if self._dimension[u] == dimension]

    @lru_cache(maxsize=512)
    def factor(self, from_unit: str, to_unit: str) -> float:
        """Return the multiplier that converts an amount in `from_unit` to `to_unit`."""
        if self._dimension[from_unit] != self._dimension[to_unit]:
            raise UnitError("unit.mismatch", unit=from_unit, expected=to_unit)
        quantity = self._registry.Quantity(1.0, _pint_name(from_unit))
        return float(quantity.to(_pint_name(to_unit)).magnitude)

    def to_energy(self, unit: str, target: str = "TJ") -> float:
        """Return the multiplier from an energy unit to `target` (TJ by default)."""
        return self.factor(unit, target)


def _pint_name(unit: str) -> str:
    # Own names (gcd_*) so pint's built-in 't', 'bbl' or 'cal' meanings never leak in; MJ(GCV) -> gcd_MJ_GCV_
    return "gcd_" + re.sub(r"\W", "_", unit)


@lru_cache(maxsize=1)
def unit_catalogue() -> UnitCatalogue:
    """The process-wide unit catalogue over the reference library."""
    return UnitCatalogue(load_reference())


def fitting_units(activity: str, ref: ReferenceLibrary | None = None) -> list[str]:
    """Return the units that fit an activity: energy units, plus the fuel's own dimension. Units that
    state a calorific basis fit fuels only, and gross ones only fuels with a published gross value."""
    ref = ref or load_reference()
    cat = unit_catalogue()
    energy = cat.units_of("energy")
    fuel = ref.fuels.get(activity)
    if fuel is None:
        return [u for u in energy if not cat.basis(u)]
    own = cat.units_of(cat.dimension(fuel.base_unit))
    if cat.dimension(fuel.base_unit) == "volume":  # a gas states its conditions; a liquid is not a gas
        gas = is_gas_volume(activity, ref)
        own = [u for u in own if (cat.conditions(u) in GAS_CONDITIONS) == gas]
    return own + [u for u in energy if cat.basis(u) != "gross" or fuel.gcv_mj_per_unit is not None]


def is_gas_volume(activity: str, ref: ReferenceLibrary | None = None) -> bool:
    """Whether a fuel is counted in gas volumes (its base unit states reference conditions: Nm3)."""
    ref = ref or load_reference()
    fuel = ref.fuels.get(activity)
    return fuel is not None and unit_catalogue().conditions(fuel.base_unit) in GAS_CONDITIONS


# A bare volume and the unit it is once its conditions are known (units.csv: same size, stated conditions).
_BARE_AS = {"m3": {"normal": "Nm3", "standard": "Sm3"}, "km3": {"normal": "kNm3", "standard": "kSm3"}}
GAS_VOLUME_CHOICES = ("normal", "standard")


def with_conditions(unit_text: str, conditions: str) -> str | None:
    """The unit a bare volume (m3, 천㎥) is when the officer says which conditions it was measured at
    ('normal' -> Nm3/kNm3, 'standard' -> Sm3/kSm3); None when `unit_text` is not a bare volume."""
    unit = unit_catalogue().canonical(unit_text)
    return _BARE_AS.get(unit or "", {}).get(conditions)


@dataclass(frozen=True)
class EnergyBasis:
    """How an energy amount of a fuel was read: its basis, whether the unit stated it, the factor
    to net energy (NCV/GCV for gross, 1 for net) and the source of the default or of the ratio."""

    basis: str
    stated: bool
    to_net: float
    source: str

    def describe(self, lang: str) -> str:
        """One line for a working or an export cell, e.g. 'read as gross (the fuel's default: why) x NCV/GCV
        0.9026': the reason without its transcription note (the Factors sheet cites the table)."""
        key = f"calc.basis.{self.basis}_{'stated' if self.stated else 'default'}"
        reason = self.source.split(" - ")[0].partition(": ")[2] or self.source.split(" - ")[0]
        return Message(key, {"ratio": f"{self.to_net:.4f}", "source": reason}).render(lang)


def energy_basis(activity: str, unit_text: str, ref: ReferenceLibrary | None = None) -> EnergyBasis | None:
    """The calorific basis of an amount of fuel `activity` in `unit_text`; None when the amount is not
    an energy amount of a fuel, or is gross for a fuel without a published gross value."""
    ref = ref or load_reference()
    cat = unit_catalogue()
    fuel = ref.fuels.get(activity)
    unit = cat.canonical(unit_text)
    if fuel is None or unit is None or cat.dimension(unit) != "energy":
        return None
    stated = cat.basis(unit)
    basis = stated or fuel.energy_basis_default
    if basis == "net":
        return EnergyBasis("net", bool(stated), 1.0, "" if stated else fuel.energy_basis_source)
    if fuel.ncv_per_gcv is None:
        return None
    return EnergyBasis("gross", bool(stated), fuel.ncv_per_gcv, fuel.heat_value_source if stated else fuel.energy_basis_source)


def check_unit(activity: str, unit_text: str, ref: ReferenceLibrary | None = None) -> str:
    """Return the canonical unit if it fits the activity, else raise UnitError."""
    cat = unit_catalogue()
    unit = cat.canonical(unit_text)
    if unit is None:
        raise UnitError("unit.unknown", unit=unit_text)
    allowed = fitting_units(activity, ref)
    if unit not in allowed:
        if cat.conditions(unit) == "bare" and is_gas_volume(activity, ref):
            raise UnitError("unit.gas_volume_bare", unit=unit_text, activity=activity)
        raise UnitError("unit.not_for_activity", unit=unit_text, activity=activity, allowed=", ".join(allowed))
    return unit


def unit_note(activity: str, unit_text: str, ref: ReferenceLibrary | None, lang: str) -> str:
    """What a reader must know about how an amount's unit was read: the calorific basis of an energy
    amount of a fuel, or the reference conditions of a gas volume (Nm3; Sm3/scf converted; a bare m3
    stored by an earlier version read as Nm3).
    Empty when there is nothing to say."""
    ref = ref or load_reference()
    found = energy_basis(activity, unit_text, ref)
    if found is not None:
        return found.describe(lang)
    cat = unit_catalogue()
    unit = cat.canonical(unit_text)
    if not is_gas_volume(activity, ref) or unit is None or cat.dimension(unit) != "volume":
        return ""
    conditions = cat.conditions(unit)
    if conditions in ("standard", "standard_60F"):
        label = "15 °C, 101.325 kPa" if conditions == "standard" else "60 °F, 14.696 psia"
        return Message("calc.basis.standard_volume", {"unit": unit, "conditions": label,
                                                      "ratio": f"{cat.factor(unit, 'Nm3'):.6g}"}).render(lang)
    return Message(f"calc.basis.{'bare' if conditions == 'bare' else 'normal'}_volume", {"unit": unit}).render(lang)
