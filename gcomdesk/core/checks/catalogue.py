"""The rule catalogue and the checks' tables, kept as data in `resources/checks/`:

- rules.csv: id, family, severity, params (`name=value;name=value`, lists with `|`), source;
- fuel_plausibility.csv: which fuel is plausible in which GPC sub-sector (Y/N);
- national_comparison.csv: which national figures a local IPCC category or GIR field is compared
  with (default: the same code), and whether the upper-bound and per-capita rules apply;
- change_reasons.csv: the reasons an officer gives for a change between years (trend.*).

Everything is validated at load, so a malformed file is a clear start-up error."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from gcomdesk.core.checks.finding import FAMILIES, SEVERITIES
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.reference import load_reference, read_csv_rows
from gcomdesk.paths import resource_path

RULES_FILE, PLAUSIBILITY_FILE, COMPARISON_FILE = "rules.csv", "fuel_plausibility.csv", "national_comparison.csv"
REASONS_FILE = "change_reasons.csv"


@dataclass(frozen=True)
class Rule:
    """One check: stable id, family, severity, thresholds and where they come from."""

    id: str
    family: str
    severity: str
    params: dict[str, str] = field(default_factory=dict)
    source: str = ""

    def number(self, name: str) -> float:
        """A numeric threshold of the rule (validated at load)."""
        return float(self.params[name])

    def items(self, name: str) -> tuple[str, ...]:
        """A list parameter of the rule (`a|b|c`)."""
        return tuple(x.strip() for x in self.params.get(name, "").split("|") if x.strip())


@dataclass(frozen=True)
class Comparison:
    """How a local IPCC category or GIR field is compared with the national inventory."""

    view: str  # 'ipcc' or 'gir'
    key: str
    national_codes: tuple[str, ...]
    exceed: bool
    per_capita: bool
    note: str = ""


@dataclass(frozen=True)
class CheckData:
    """Everything the checks read from `resources/checks/`."""

    rules: dict[str, Rule]
    plausible: dict[tuple[str, str], bool]  # (fuel code, GPC sub-sector 'I.1') -> plausible
    comparisons: dict[tuple[str, str], Comparison]  # (view, key) -> comparison
    reasons: dict[str, dict[str, str]] = field(default_factory=dict)  # reason -> {"en": ..., "ko": ...}

    def reason_name(self, reason: str, lang: str) -> str:
        """A change reason's name in `lang` (the reason itself when unknown)."""
        return self.reasons.get(reason, {}).get(lang, reason)

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (KeyError names an id missing from rules.csv)."""
        return self.rules[rule_id]

    def comparison(self, view: str, key: str) -> Comparison:
        """The comparison of a local key; by default the national figure of the same code, both rules on."""
        return self.comparisons.get((view, key)) or Comparison(view, key, (key,), view == "ipcc", view == "ipcc")

    def with_params(self, rule_id: str, **params) -> CheckData:
        """A copy with some thresholds of one rule changed (e.g. per-capita bounds for a special city)."""
        rule = self.rules[rule_id]
        merged = {**rule.params, **{k: str(v) for k, v in params.items()}}
        return replace(self, rules={**self.rules, rule_id: replace(rule, params=merged)})


def _read(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    return read_csv_rows(resource_path("checks", name), columns)


def _params(text: str, row: int) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip():
            raise ReferenceDataError("reference.value", file=RULES_FILE, row=row, column="params", value=part)
        params[name.strip()] = value.strip()
    return params


NUMERIC_PARAMS = ("high", "low", "tolerance", "min_length", "change", "share")


def _load_rules() -> dict[str, Rule]:
    rows = _read(RULES_FILE, ("id", "family", "severity", "params", "source"))
    rules: dict[str, Rule] = {}
    for i, r in enumerate(rows, start=2):
        rule_id, family, severity = r["id"].strip(), r["family"].strip(), r["severity"].strip()
        if family not in FAMILIES or not rule_id.startswith(family + ".") or rule_id in rules:
            raise ReferenceDataError("reference.value", file=RULES_FILE, row=i, column="id", value=rule_id)
        if severity not in SEVERITIES:
            raise ReferenceDataError("reference.value", file=RULES_FILE, row=i, column="severity", value=severity)
        params = _params(r["params"], i)
        for name in NUMERIC_PARAMS:
            if name in params:
                try:
                    if float(params[name]) < 0:
                        raise ValueError
                except ValueError:
                    raise ReferenceDataError("reference.number", file=RULES_FILE, row=i, column=name,
                                             value=params[name]) from None
        rules[rule_id] = Rule(rule_id, family, severity, params, r["source"])
    return rules


def _flag(value: str, name: str, row: int, column: str) -> bool:
    if value.strip() not in ("Y", "N"):
        raise ReferenceDataError("reference.flag", file=name, row=row, column=column, value=value)
    return value.strip() == "Y"


def _load_plausibility() -> dict[tuple[str, str], bool]:
    ref = load_reference()
    subsectors = sorted({g.subsector_no for g in ref.gpc.values() if g.combustion_sector})
    rows = _read(PLAUSIBILITY_FILE, ("fuel", *subsectors))
    table: dict[tuple[str, str], bool] = {}
    for i, r in enumerate(rows, start=2):
        fuel = r["fuel"].strip()
        if fuel not in ref.fuels:
            raise ReferenceDataError("reference.value", file=PLAUSIBILITY_FILE, row=i, column="fuel", value=fuel)
        for sub in subsectors:
            table[(fuel, sub)] = _flag(r[sub], PLAUSIBILITY_FILE, i, sub)
    return table


def _load_comparisons() -> dict[tuple[str, str], Comparison]:
    rows = _read(COMPARISON_FILE, ("view", "key", "national_codes", "exceed", "per_capita", "note"))
    table: dict[tuple[str, str], Comparison] = {}
    for i, r in enumerate(rows, start=2):
        view, key = r["view"].strip(), r["key"].strip()
        codes = tuple(c.strip() for c in r["national_codes"].split(";") if c.strip())
        if view not in ("ipcc", "gir") or not key or not codes:
            raise ReferenceDataError("reference.value", file=COMPARISON_FILE, row=i, column="view", value=f"{view} {key}")
        table[(view, key)] = Comparison(view, key, codes, _flag(r["exceed"], COMPARISON_FILE, i, "exceed"),
                                        _flag(r["per_capita"], COMPARISON_FILE, i, "per_capita"), r["note"])
    return table


@lru_cache(maxsize=1)
def load_check_data() -> CheckData:
    """Load and validate the rule catalogue and the checks' tables (cached per process)."""
    return CheckData(rules=_load_rules(), plausible=_load_plausibility(), comparisons=_load_comparisons(),
                     reasons=_load_reasons())


def _load_reasons() -> dict[str, dict[str, str]]:
    rows = _read(REASONS_FILE, ("reason", "name_en", "name_ko", "source"))
    reasons: dict[str, dict[str, str]] = {}
    for i, r in enumerate(rows, start=2):
        reason = r["reason"].strip()
        if not reason or reason in reasons or not r["name_en"].strip() or not r["name_ko"].strip():
            raise ReferenceDataError("reference.value", file=REASONS_FILE, row=i, column="reason", value=reason)
        reasons[reason] = {"en": r["name_en"].strip(), "ko": r["name_ko"].strip()}
    return reasons
