"""Import profiles as data: `resources/import_profiles/<name>.json`, read and validated here.

A profile describes one shape of source table (KEPCO sales, city-gas sales...):
- `target`: what its rows become: `activity` records (amount x factor), `waste` method records or
  `vehicles` (road_vkt method records);
- `amount` (and for vehicles `count`, `daily`): the value column's header aliases, Korean and English;
- `unit_column`: an optional column holding each row's unit;
- `dimensions`: the categories of the table (contract type; sector and product...). Each names the
  header of the column that holds it (`column` aliases), what its categories become (`targets`:
  `gpc` rows, `activity` codes, `vehicle` / `fuel` codes of the road method, or `label`: kept as
  text only), and its categories: `map` (category -> target), `ask` (a category with no single
  target: the officer answers with one of the choices) and `skip` (category -> the message key of
  why it is not imported). A dimension may stand in a column or across the header (one column per
  category); the matcher decides which from the file;
- `units`: the unit texts accepted (in a unit column, the amount's header or the title block's
  "단위:" line) -> [gcomdesk unit, multiplier]; `unit_note`: a message key said when a unit is read;
- `activity` (activity profiles without a product dimension) and `methods` (waste: GPC sub-sector
  -> method code); `about`: where the mapping comes from (for people; not read).

Everything a profile names is checked against the reference library and the method registry when
it is loaded, so a typo in a profile file fails at once, naming the file and the value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.messages import message_keys
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.core.units import unit_catalogue
from gcomdesk.exchange.tabular import fold
from gcomdesk.paths import resource_path

FOLDER = "import_profiles"
TARGETS = ("activity", "waste", "vehicles")
TARGET_KINDS = ("gpc", "activity", "vehicle", "fuel", "label")
SKIP = "skip"  # an answer that leaves a category out


@dataclass(frozen=True)
class Column:
    """A column a profile looks for: its label (for messages) and its header aliases, folded."""

    label_ko: str
    label_en: str
    aliases: tuple[str, ...]  # as written in the profile (for messages)
    folded: tuple[str, ...]


@dataclass(frozen=True)
class Dimension:
    """A set of categories (contract types, sectors, products...) and what each becomes."""

    name: str
    label_ko: str
    label_en: str
    targets: str  # one of TARGET_KINDS
    column: Column
    mapped: dict[str, str] = field(default_factory=dict)  # folded category -> target
    ask: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded category -> choices
    skip: dict[str, str] = field(default_factory=dict)  # folded category -> message key (why)
    names: dict[str, str] = field(default_factory=dict)  # folded -> as written (for messages)

    @property
    def known(self) -> list[str]:
        """The categories as written in the profile (mapped, asked, skipped)."""
        return list(self.names.values())


@dataclass(frozen=True)
class ImportProfile:
    """One import profile (see the module's description)."""

    name: str
    label_ko: str
    label_en: str
    target: str
    dimensions: tuple[Dimension, ...]
    units: dict[str, tuple[str, float]]  # folded unit text -> (gcomdesk unit, multiplier)
    unit_names: dict[str, str]  # folded -> as written
    amount: Column | None = None
    unit_column: Column | None = None
    count: Column | None = None  # vehicles: registrations
    daily: Column | None = None  # vehicles: daily km per vehicle
    daily_units: dict[str, tuple[str, float]] = field(default_factory=dict)
    unit_note: dict[str, str] = field(default_factory=dict)  # folded unit text -> message key
    activity: str | None = None
    methods: dict[str, str] = field(default_factory=dict)  # GPC sub-sector (III.1) -> method code

    def label(self, lang: str) -> str:
        """The profile's name for people, in `lang`."""
        return self.label_ko if lang == "ko" else self.label_en

    @property
    def columns(self) -> list[Column]:
        """Every column the profile may look for (for finding the header)."""
        found = [d.column for d in self.dimensions] + [self.amount, self.unit_column, self.count, self.daily]
        return [c for c in found if c is not None]


def profile_names() -> list[str]:
    """The names of the bundled profiles, sorted."""
    return sorted(p.stem for p in resource_path(FOLDER).glob("*.json"))


@cache
def load_profile(name: str) -> ImportProfile:
    """The profile `name`, validated; ReferenceDataError naming the file and the value when it is wrong."""
    path = resource_path(FOLDER, f"{name}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferenceDataError("profile.file.invalid", file=path.name, problem=str(exc)) from None
    return _build(name, path.name, data, load_reference())


def _problem(file: str, problem: str) -> ReferenceDataError:
    return ReferenceDataError("profile.file.invalid", file=file, problem=problem)


def _column(file: str, data, what: str) -> Column | None:
    if data is None:
        return None
    aliases = data.get("aliases") if isinstance(data, dict) else data
    if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a for a in aliases):
        raise _problem(file, f"{what}: 'aliases' must be a list of header names")
    label = data if isinstance(data, dict) else {}
    return Column(label.get("label_ko", aliases[0]), label.get("label_en", aliases[0]), tuple(aliases),
                  tuple(dict.fromkeys(fold(a) for a in aliases)))


# The unit a method's input is in (core/methods: waste_t in t, vkt_km in km); activity units: units.csv.
METHOD_UNITS = {"waste": "t", "vehicles": "km"}


def _units(file: str, data, what: str, target: str) -> tuple[dict[str, tuple[str, float]], dict[str, str]]:
    units, names = {}, {}
    if not isinstance(data, dict) or not data:
        raise _problem(file, f"{what}: a table of unit text -> [unit, multiplier] is required")
    catalogue = unit_catalogue()
    for text, pair in data.items():
        unit, factor = (pair if isinstance(pair, list) and len(pair) == 2 else (None, None))
        wanted = METHOD_UNITS.get(target)
        if (unit != wanted) if wanted else (not isinstance(unit, str) or catalogue.canonical(unit) != unit):
            raise _problem(file, f"{what} '{text}': '{unit}' is not {wanted or 'a unit of resources/reference/units.csv'}")
        if not isinstance(factor, (int, float)) or factor <= 0:
            raise _problem(file, f"{what} '{text}': the multiplier must be a positive number")
        units[fold(text)] = (unit, float(factor))
        names[fold(text)] = text
    return units, names


def _check_target(file: str, dim: str, kind: str, target: str, ref: ReferenceLibrary) -> None:
    from gcomdesk.core.methods.road_vkt import FUELS, VEHICLES

    valid = {
        "gpc": lambda t: t in ref.gpc,
        "activity": lambda t: ref.resolve_activity(t) == t,
        "vehicle": lambda t: t in VEHICLES,
        "fuel": lambda t: t in FUELS,
    }[kind]
    if not (target == SKIP or valid(target)):
        raise _problem(file, f"dimension {dim}: '{target}' is not a known {kind} target")


def _dimension(file: str, name: str, data: dict, ref: ReferenceLibrary) -> Dimension:
    kind = data.get("targets")
    if kind not in TARGET_KINDS:
        raise _problem(file, f"dimension {name}: 'targets' must be one of {', '.join(TARGET_KINDS)}")
    column = _column(file, {"aliases": data.get("column"), "label_ko": data.get("label_ko", name),
                            "label_en": data.get("label_en", name)}, f"dimension {name} column")
    mapped, ask, skip, names = {}, {}, {}, {}
    for category, target in (data.get("map") or {}).items():
        _check_target(file, name, kind, target, ref)
        mapped[fold(category)] = target
        names.setdefault(fold(category), category)
    for category, choices in (data.get("ask") or {}).items():
        if not isinstance(choices, list) or len(choices) < 2:
            raise _problem(file, f"dimension {name}: '{category}' must list two or more choices")
        for choice in choices:
            _check_target(file, name, kind, choice, ref)
        ask[fold(category)] = tuple(choices)
        names.setdefault(fold(category), category)
    for category, key in (data.get("skip") or {}).items():
        if key not in message_keys():
            raise _problem(file, f"dimension {name}: '{key}' (why '{category}' is left out) is not a message key")
        skip[fold(category)] = key
        names.setdefault(fold(category), category)
    overlap = (set(mapped) & set(ask)) | (set(mapped) & set(skip)) | (set(ask) & set(skip))
    if overlap:
        raise _problem(file, f"dimension {name}: category '{sorted(overlap)[0]}' is listed twice")
    return Dimension(name, data.get("label_ko", name), data.get("label_en", name), kind, column,  # type: ignore[arg-type]
                     mapped, ask, skip, names)


def _build(name: str, file: str, data: dict, ref: ReferenceLibrary) -> ImportProfile:
    from gcomdesk.core.methods import REGISTRY

    if not isinstance(data, dict) or data.get("target") not in TARGETS:
        raise _problem(file, f"'target' must be one of {', '.join(TARGETS)}")
    target = data["target"]
    dims = tuple(_dimension(file, key, value, ref) for key, value in (data.get("dimensions") or {}).items())
    if not dims:
        raise _problem(file, "at least one dimension is required")
    units, unit_names = _units(file, data.get("units"), "units", target)
    daily_units = _units(file, data["daily_units"], "daily_units", target)[0] if "daily_units" in data else {}
    activity = data.get("activity")
    if target == "activity":
        if activity is None and not any(d.targets == "activity" for d in dims):
            raise _problem(file, "an activity profile names its 'activity' or has a product dimension")
        if activity is not None and ref.resolve_activity(activity) != activity:
            raise _problem(file, f"'activity': '{activity}' is not an activity code")
    methods = dict(data.get("methods") or {})
    for sub_sector, code in methods.items():
        method = REGISTRY.get(code)
        if method is None or not any(r.startswith(sub_sector + ".") for r in method.gpc_refs):
            raise _problem(file, f"methods: '{code}' is not a method of {sub_sector}")
    if target == "waste":
        for dim in dims:
            for gpc in [*dim.mapped.values(), *(c for cs in dim.ask.values() for c in cs)]:
                if gpc != SKIP and gpc.rsplit(".", 1)[0] not in methods:
                    raise _problem(file, f"'{gpc}' has no method in 'methods'")
    notes = {fold(k): v for k, v in (data.get("unit_note") or {}).items()}
    for text, key in notes.items():
        if text not in units or key not in message_keys():
            raise _problem(file, f"unit_note '{text}': not a unit of 'units' or '{key}' is not a message key")
    return ImportProfile(name, data.get("label_ko", name), data.get("label_en", name), target, dims, units, unit_names,
                         _column(file, data.get("amount"), "amount"), _column(file, data.get("unit_column"), "unit_column"),
                         _column(file, data.get("count"), "count"), _column(file, data.get("daily"), "daily"),
                         daily_units, notes, activity, methods)
