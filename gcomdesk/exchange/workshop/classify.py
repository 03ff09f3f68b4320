"""Each difference between a participant's file and the answer key, with its likely cause.

The records are paired first (same row, activity and amount: right), then what is left is explained,
most specific first:
- the same amount of the same activity in another row: `scope_swap` when the two rows are the
  scope-1 and scope-2 rows of one sub-sector (electricity in I.1.1 instead of I.1.2), else `wrong_row`;
- the same activity in the same row with another amount: `wrong_unit` when the number was typed
  under another unit, or the amounts differ by the factor of a unit pair (kWh/MWh, L/kL, Nm3/천Nm3,
  MJ/GJ: 1,000; Gcal/GJ: 4.1868, from resources/reference/units.csv); `magnitude_typo` when they
  differ by another power of ten or by two neighbouring digits swapped; `other` otherwise;
- a key's record with nothing left to pair: `missing_row`;
- a notation key missing, different, without its explanation, or a number where the key has a
  notation key: `notation`.
Finally every GPC row whose calculated tonnes of a gas differ and that no item explains is `other`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

from gcomdesk.core.errors import UnitError
from gcomdesk.core.messages import Message
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.units import unit_catalogue
from gcomdesk.exchange.workshop.figures import Entry, Figures

CLASSES = ("wrong_unit", "wrong_row", "scope_swap", "notation", "magnitude_typo", "missing_row", "other")
UNIT_PAIRS = (("kWh", "MWh"), ("L", "kL"), ("Nm3", "kNm3"), ("MJ", "GJ"), ("Gcal", "GJ"), ("kg", "t"))
RELATIVE = 1e-6  # two amounts or tonnes closer than this are the same


@dataclass(frozen=True)
class Difference:
    """One mistake: the GPC row it shows in, its class, what was found, the row's tonnes CO2e in the
    key and as entered, and the gases whose tonnes differ."""

    gpc_ref: str
    cause: str  # one of CLASSES
    detail: Message
    key_t: float = 0.0
    entered_t: float = 0.0
    gases: tuple[str, ...] = field(default_factory=tuple)
    other_ref: str = ""  # the row the amount was found in (wrong row, scope swap)


@cache
def unit_ratios() -> tuple[float, ...]:
    """The factors by which a number typed under the other unit of a known pair is off."""
    cat = unit_catalogue()
    ratios = {cat.factor(a, b) for a, b in UNIT_PAIRS}
    return tuple(sorted(ratios | {1 / r for r in ratios}))


def same(a: float, b: float) -> bool:
    """Equal within RELATIVE."""
    return math.isclose(a, b, rel_tol=RELATIVE, abs_tol=1e-9)


def in_unit(entry: Entry, unit: str) -> float | None:
    """The entry's amount in `unit`, None when it has none or the units do not convert."""
    if entry.amount is None:
        return None
    if entry.unit == unit:
        return entry.amount
    cat = unit_catalogue()
    if cat.canonical(entry.unit) is None or cat.canonical(unit) is None:
        return None
    try:
        return entry.amount * cat.factor(cat.canonical(entry.unit), cat.canonical(unit))
    except UnitError:  # units of different dimensions (kL and t) do not compare
        return None


def _equal_amounts(key: Entry, entered: Entry) -> bool:
    if key.amount is None and entered.amount is None:  # method records without tonnes: the same inputs
        return key.inputs == entered.inputs
    value = in_unit(entered, key.unit)
    return value is not None and key.amount is not None and same(value, key.amount)


def transposed(a: float, b: float) -> bool:
    """Whether b is a with two neighbouring digits swapped (95,000 -> 59,000)."""
    x, y = _digits(a), _digits(b)
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _digits(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def amount_cause(key: Entry, entered: Entry) -> tuple[str, Message]:
    """Why the same activity in the same row has another amount."""
    params = {"activity": key.activity, "amount": _n(entered.amount), "unit": entered.unit,
              "key_amount": _n(key.amount), "key_unit": key.unit}
    if entered.unit != key.unit and entered.amount is not None and key.amount is not None and same(entered.amount, key.amount):
        return "wrong_unit", Message("workshop.why.unit_typed", params)
    if key.amount is None and entered.amount is None:
        return "other", Message("workshop.why.inputs", params)
    value = in_unit(entered, key.unit)
    if value is None or not key.amount:
        return "other", Message("workshop.why.amount", params)
    ratio = value / key.amount
    if any(same(ratio, r) for r in unit_ratios()):
        return "wrong_unit", Message("workshop.why.unit_ratio", {**params, "ratio": _n(ratio)})
    power = math.log10(abs(ratio)) if ratio else 0.0
    if ratio > 0 and same(power, round(power)) and round(power) != 0:
        return "magnitude_typo", Message("workshop.why.power", {**params, "ratio": _n(ratio)})
    if entered.unit == key.unit and transposed(key.amount, entered.amount):
        return "magnitude_typo", Message("workshop.why.transposed", params)
    return "other", Message("workshop.why.amount", params)


def detail_text(difference: Difference, lang: str, ref: ReferenceLibrary) -> str:
    """The difference's detail in `lang`, activities by their names ('도시가스(LNG)', not 'city_gas_lng')."""
    params = dict(difference.detail.params)
    if params.get("activity"):
        params["activity"] = ref.activity_name(params["activity"], lang)
    return Message(difference.detail.key, params).render(lang)


def _n(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def classify(key: Figures, entered: Figures, ref: ReferenceLibrary) -> list[Difference]:
    """The differences of `entered` from `key`, each with its likely cause, in GPC order."""
    keys = [e for e in key.entries if e.kind != "notation"]
    mine = [e for e in entered.entries if e.kind != "notation"]
    found: list[Difference] = []

    def take(pairs: list[tuple[Entry, Entry]], match) -> list[tuple[Entry, Entry]]:
        for k in list(keys):
            p = next((p for p in mine if match(k, p)), None)
            if p is not None:
                keys.remove(k)
                mine.remove(p)
                pairs.append((k, p))
        return pairs

    take([], lambda k, p: k.kind == p.kind and k.gpc_ref == p.gpc_ref and k.activity == p.activity and _equal_amounts(k, p))
    for k, p in take([], lambda k, p: k.kind == p.kind and k.activity == p.activity and k.gpc_ref != p.gpc_ref and _equal_amounts(k, p)):
        params = {"activity": k.activity, "amount": _n(k.amount), "unit": k.unit, "row": p.gpc_ref, "key_row": k.gpc_ref}
        swap = _scope_pair(k.gpc_ref, p.gpc_ref, ref)
        found.append(Difference(k.gpc_ref, "scope_swap" if swap else "wrong_row",
                                Message("workshop.why.scope_swap" if swap else "workshop.why.wrong_row", params), other_ref=p.gpc_ref))
    for k, p in take([], lambda k, p: k.kind == p.kind and k.activity == p.activity and k.gpc_ref == p.gpc_ref):
        cause, detail = amount_cause(k, p)
        found.append(Difference(k.gpc_ref, cause, detail))
    for k in keys:
        params = {"activity": k.activity, "amount": _n(k.amount), "unit": k.unit}
        whole = k.gpc_ref not in entered.rows()
        found.append(Difference(k.gpc_ref, "missing_row", Message("workshop.why.missing_row" if whole else "workshop.why.missing_record", params)))
    for p in mine:
        found.append(Difference(p.gpc_ref, "other", Message("workshop.why.extra", {"activity": p.activity, "amount": _n(p.amount), "unit": p.unit})))
    found += _notation(key, entered)
    found += _unexplained_figures(key, entered, found)
    order = list(ref.gpc)
    return [_with_tonnes(d, key, entered) for d in sorted(found, key=lambda d: (order.index(d.gpc_ref) if d.gpc_ref in order else len(order), CLASSES.index(d.cause)))]


def _scope_pair(a: str, b: str, ref: ReferenceLibrary) -> bool:
    """Whether rows a and b are the scope-1 and scope-2 rows of one sub-sector."""
    ra, rb = ref.gpc.get(a), ref.gpc.get(b)
    return ra is not None and rb is not None and ra.subsector_no == rb.subsector_no and {ra.scope, rb.scope} == {1, 2}


def _notation(key: Figures, entered: Figures) -> list[Difference]:
    out = []
    key_rows = {e.gpc_ref for e in key.entries if e.kind != "notation"}
    for k in (e for e in key.entries if e.kind == "notation"):
        p = entered.notation(k.gpc_ref)
        params = {"key": k.notation_key, "entered": p.notation_key if p else ""}
        if p is None:
            has_number = any(e.gpc_ref == k.gpc_ref for e in entered.entries)
            out.append(Difference(k.gpc_ref, "notation", Message("workshop.why.notation_number" if has_number else "workshop.why.notation_missing", params)))
        elif p.notation_key != k.notation_key:
            out.append(Difference(k.gpc_ref, "notation", Message("workshop.why.notation_other", params)))
        elif not p.explanation:
            out.append(Difference(k.gpc_ref, "notation", Message("workshop.why.notation_unexplained", params)))
    for p in (e for e in entered.entries if e.kind == "notation"):
        if key.notation(p.gpc_ref) is None and p.gpc_ref not in key_rows:
            out.append(Difference(p.gpc_ref, "notation", Message("workshop.why.notation_extra", {"key": "", "entered": p.notation_key})))
    return out


def differing_gases(key: Figures, entered: Figures, gpc_ref: str) -> tuple[str, ...]:
    """The gas columns whose tonnes in the row differ between the key and the entered file."""
    a, b = key.tonnes.get(gpc_ref, {}), entered.tonnes.get(gpc_ref, {})
    return tuple(g for g in dict.fromkeys([*a, *b]) if not same(a.get(g, 0.0), b.get(g, 0.0)))


def _unexplained_figures(key: Figures, entered: Figures, found: list[Difference]) -> list[Difference]:
    explained = {d.gpc_ref for d in found} | {d.other_ref for d in found}
    out = []
    for gpc_ref in sorted(set(key.tonnes) | set(entered.tonnes)):
        if gpc_ref not in explained and differing_gases(key, entered, gpc_ref):
            out.append(Difference(gpc_ref, "other", Message("workshop.why.figures", {})))
    return out


def _with_tonnes(d: Difference, key: Figures, entered: Figures) -> Difference:
    key_t = key.tonnes.get(d.gpc_ref, {}).get("co2e_t", 0.0)
    entered_t = entered.tonnes.get(d.gpc_ref, {}).get("co2e_t", 0.0)
    return Difference(d.gpc_ref, d.cause, d.detail, key_t, entered_t, differing_gases(key, entered, d.gpc_ref), d.other_ref)
