"""Units Korean statistics use (kL, bbl, 천㎥, Gcal, toe, MWh...) through pint, with the
aliases officers type. A unit that does not fit the activity is an error, never a silent guess."""

from __future__ import annotations

from functools import lru_cache

import pint

from gcomdesk.core.errors import UnitError
from gcomdesk.core.reference import ReferenceLibrary, load_reference, normalize_key


class UnitCatalogue:
    """The project's units: canonical names, aliases, dimensions and pint conversions."""

    def __init__(self, ref: ReferenceLibrary) -> None:
        self._registry = pint.UnitRegistry(autoconvert_offset_to_baseunit=False)
        self._dimension: dict[str, str] = {}
        self._alias: dict[str, str] = {}
        self._canonical: list[str] = []
        for row in ref.units:
            unit = row["unit"]
            # Own names (gcd_*) so pint's built-in 't', 'bbl' or 'cal' meanings never leak in.
            self._registry.define(f"gcd_{unit} = {row['definition']}")
            self._dimension[unit] = row["dimension"]
            self._canonical.append(unit)
            for alias in (unit, *[a for a in row["aliases"].split(";") if a]):
                self._alias.setdefault(alias.strip(), unit)
                self._alias.setdefault(normalize_key(alias), unit)

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

    def units_of(self, dimension: str) -> list[str]:
        """Return the canonical units of one dimension."""
        return [u for u in self._canonical if self._dimension[u] == dimension]

    @lru_cache(maxsize=512)
    def factor(self, from_unit: str, to_unit: str) -> float:
        """Return the multiplier that converts an amount in `from_unit` to `to_unit`."""
        if self._dimension[from_unit] != self._dimension[to_unit]:
            raise UnitError("unit.mismatch", unit=from_unit, expected=to_unit)
        quantity = self._registry.Quantity(1.0, f"gcd_{from_unit}")
        return float(quantity.to(f"gcd_{to_unit}").magnitude)

    def to_energy(self, unit: str, target: str = "TJ") -> float:
        """Return the multiplier from an energy unit to `target` (TJ by default)."""
        return self.factor(unit, target)


@lru_cache(maxsize=1)
def unit_catalogue() -> UnitCatalogue:
    """The process-wide unit catalogue over the reference library."""
    return UnitCatalogue(load_reference())


def fitting_units(activity: str, ref: ReferenceLibrary | None = None) -> list[str]:
    """Return the units that fit an activity: energy units, plus the fuel's own dimension."""
    ref = ref or load_reference()
    cat = unit_catalogue()
    energy = cat.units_of("energy")
    fuel = ref.fuels.get(activity)
    if fuel is None:
        return energy
    own = cat.units_of(cat.dimension(fuel.base_unit))
    return own + energy


def check_unit(activity: str, unit_text: str, ref: ReferenceLibrary | None = None) -> str:
    """Return the canonical unit if it fits the activity, else raise UnitError."""
    cat = unit_catalogue()
    unit = cat.canonical(unit_text)
    if unit is None:
        raise UnitError("unit.unknown", unit=unit_text)
    allowed = fitting_units(activity, ref)
    if unit not in allowed:
        raise UnitError("unit.not_for_activity", unit=unit_text, activity=activity, allowed=", ".join(allowed))
    return unit
