"""The machinery every sector method shares: declared inputs, defaults read from
`resources/methods/<family>.csv`, input resolution with clear ko/en errors, and the written working.

A method module declares its inputs (`MethodInput`) and a `work(resolved, profile, ref)` function
that returns a `Working`: tonnes per gas and the derivation as messages. `make_method` turns that
into a registry `Method` whose `compute` and `derive` come from the same arithmetic, so the working
the export prints is always the working that produced the numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from gcomdesk.core.csvfiles import read_csv_rows
from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.messages import Message
from gcomdesk.core.model import REPORTED_GAS_COLUMNS
from gcomdesk.core.numbers import COMMA, INVALID, NOT_FINITE, NumberTextError, parse_number
from gcomdesk.paths import resource_path

OUTPUT_COLUMNS = tuple(c for c in REPORTED_GAS_COLUMNS if c != "unsplit_co2e_t")  # a method splits by gas
KINDS = ("number", "fraction", "integer", "choice", "table")
SHARE_TOLERANCE = 0.001  # shares typed to three decimals still add up


def fmt(value: Any) -> str:
    """Format a number for the working: six significant digits, thousands separators, no exponent."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    number = float(value)
    if number == 0 or not math.isfinite(number):
        return "0" if number == 0 else str(number)
    decimals = min(10, max(0, 5 - math.floor(math.log10(abs(number)))))
    text = f"{number:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class Default:
    """A default value with its unit and published source (a row of resources/methods/*.csv)."""

    value: float | str
    unit: str
    source: str


@cache
def load_defaults(family: str) -> dict[str, Default]:
    """Read `resources/methods/<family>.csv` (key, value, unit, source); numbers become floats."""
    rows = read_csv_rows(resource_path("methods", f"{family}.csv"), ("key", "value", "unit", "source"))
    table: dict[str, Default] = {}
    for row in rows:
        text = row["value"].strip()
        try:
            value: float | str = float(text)
        except ValueError:
            value = text
        table[row["key"].strip()] = Default(value, row["unit"].strip(), row["source"].strip())
    return table


def input_label(name: str, lang: str) -> str:
    """The plain-language label of an input (resources/messages/methods.csv, key method.input.<name>)."""
    return Message(f"method.input.{name}").render(lang)


def category(name: str) -> Message:
    """A waste category or species name as a message (key method.category.<name>) for the working."""
    return Message(f"method.category.{name}")


def choice(input_name: str, value: str) -> Message:
    """A choice's label as a message, for the working."""
    return Message(f"method.choice.{input_name}.{value}")


@dataclass(frozen=True)
class Parts(Message):
    """'food 1.2, paper 3.4' with the category names in the reader's language (params: name -> number)."""

    def render(self, lang: str) -> str:
        """Join the parts in `lang`."""
        return ", ".join(f"{category(k).render(lang)} {fmt(v)}" for k, v in self.params.items())


def parts(values: Mapping[str, float]) -> Parts:
    """A Parts message from category -> number."""
    return Parts("parts", dict(values))


def choice_label(input_name: str, value: str, lang: str) -> str:
    """The label of one choice of an input (key method.choice.<input>.<value>)."""
    return Message(f"method.choice.{input_name}.{value}").render(lang)


class MethodInputError(GcomdeskError):
    """A bad method input. The message names the input (and the table row) in the reader's language."""

    def __init__(self, key: str, input_name: str, table: str = "", row: int | None = None, **params: Any) -> None:
        self.key, self.input_name, self.table, self.row = key, input_name, table, row
        self.params = {k: fmt(v) if isinstance(v, float) else v for k, v in params.items()}
        self.message = Message(key, self.params)
        Exception.__init__(self, self.render("en"))

    def where(self, lang: str) -> str:
        """The input's label, with the table and row when the input is a table cell."""
        label = input_label(self.input_name, lang)
        if self.table:
            return Message("method.cell", {"table": input_label(self.table, lang), "row": self.row,
                                           "column": label}).render(lang)
        return label

    def render(self, lang: str) -> str:
        """Return the error text in `lang`, naming the input."""
        return Message(self.key, {**self.params, "input": self.where(lang)}).render(lang)


@dataclass(frozen=True)
class MethodInput:
    """One declared input: its kind, unit, where its default comes from, and how it is checked.

    `default_key` names a row of the family's defaults file; `{other}` placeholders are filled from
    the inputs resolved before it (or the table row). `default_from` is `profile.<field>` or
    `input:<name>` (a table column defaulting to a record-level input). `when=(input, value)` makes
    the input apply only when another input has that value."""

    name: str
    unit: str = ""
    kind: str = "number"
    default: float | str | None = None
    default_key: str = ""
    default_from: str = ""
    choices: tuple[str, ...] = ()
    group: str = ""
    required: bool = True
    advanced: bool = False
    columns: tuple[MethodInput, ...] = ()
    when: tuple[str, str] | None = None
    choice_error: str = "method.error.choice"
    translate_choices: bool = True  # False: choices are shown as they are (gas names, temperatures)

    @property
    def label_key(self) -> str:
        """Message key of the plain-language label."""
        return f"method.input.{self.name}"


@dataclass
class Resolved:
    """Inputs after defaults and checks: values, where each came from (entered/default) and sources."""

    values: dict[str, Any] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    errors: list[MethodInputError] = field(default_factory=list)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def get(self, name: str, default: Any = None) -> Any:
        """The value of an input, or `default` when it does not apply."""
        return self.values.get(name, default)


@dataclass(frozen=True)
class Step(Message):
    """A derivation line; parameters may themselves be messages (a category name, a choice)."""

    def render(self, lang: str) -> str:
        """Render nested messages first, then the line, in `lang`."""
        params = {k: v.render(lang) if isinstance(v, Message) else v for k, v in self.params.items()}
        return Message(self.key, params).render(lang)


@dataclass
class Working:
    """What a method computed: tonnes per gas and the derivation as messages (rendered late)."""

    gases: dict[str, float] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)

    def add(self, column: str, tonnes: float) -> None:
        """Add tonnes to an output column."""
        self.gases[column] = self.gases.get(column, 0.0) + float(tonnes)

    def step(self, key: str, **params: Any) -> None:
        """Append a derivation line; numbers are formatted for reading."""
        self.steps.append(Step(key, {k: fmt(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
                                     for k, v in params.items()}))


def _number(value: Any) -> float | str:
    """A method input as a float, or the number.* key saying why it is not one (core.numbers: the
    same rule as the import and the tables; '1,5' is refused as ambiguous)."""
    if isinstance(value, bool):
        return INVALID
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(float(value)) else NOT_FINITE
    try:
        return parse_number(str(value))
    except NumberTextError as exc:
        return exc.key


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, float) and math.isnan(value))


def _default(inp: MethodInput, family: str, context: Mapping[str, Any], profile) -> tuple[Any, str] | None:
    if inp.default_key:
        try:
            key = inp.default_key.format(**context)
        except (KeyError, IndexError):
            return None
        entry = load_defaults(family).get(key) if family else None
        return None if entry is None else (entry.value, entry.source)
    if inp.default_from.startswith("profile."):
        value = getattr(profile, inp.default_from.split(".", 1)[1], None)
        return None if value is None else (value, "profile")
    if inp.default_from.startswith("input:"):
        name = inp.default_from.split(":", 1)[1]
        return (context[name], "record") if name in context else None
    return None if inp.default is None else (inp.default, "")


def _check(inp: MethodInput, value: Any, table: str, row: int | None) -> Any:
    """Coerce and check one value; raise MethodInputError naming the input."""
    where = {"table": table, "row": row}
    if inp.kind == "choice":
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
        if text not in inp.choices:
            raise MethodInputError(inp.choice_error, inp.name, value=text, allowed=", ".join(inp.choices), **where)
        return text
    number = _number(value)
    if isinstance(number, str):
        key = "method.error.comma" if number == COMMA else "method.error.not_number"
        raise MethodInputError(key, inp.name, value=str(value), **where)
    if number < 0:
        raise MethodInputError("method.error.negative", inp.name, value=number, **where)
    if inp.kind == "fraction" and number > 1:
        raise MethodInputError("method.error.fraction", inp.name, value=number, **where)
    if inp.kind == "integer":
        if number != int(number):
            raise MethodInputError("method.error.integer", inp.name, value=number, **where)
        return int(number)
    return number


def _resolve_one(inp: MethodInput, raw: Any, family: str, context: dict, profile, out: Resolved,
                 table: str = "", row: int | None = None) -> None:
    if _blank(raw):
        found = _default(inp, family, context, profile)
        if found is None:
            if inp.required:
                out.errors.append(MethodInputError("method.error.required", inp.name, table=table, row=row))
            return
        raw, source = found
        origin = "default"
    else:
        origin, source = "entered", ""
    try:
        context[inp.name] = _check(inp, raw, table, row)
    except MethodInputError as exc:
        out.errors.append(exc)
        return
    if not table:
        out.values[inp.name], out.origin[inp.name] = context[inp.name], origin
        out.sources.setdefault(inp.name, source)


def _check_groups(inputs: tuple[MethodInput, ...], values: Mapping[str, Any], out: Resolved,
                  table: str = "", row: int | None = None) -> None:
    groups: dict[str, list[float | None]] = {}
    for inp in inputs:
        if inp.group:
            value = values.get(inp.name)
            groups.setdefault(inp.group, []).append(value if isinstance(value, float) else None)
    for group, shares in groups.items():
        if None in shares:  # a member is itself wrong or missing: that error is the one to show
            continue
        total = sum(shares)
        if abs(total - 1.0) > SHARE_TOLERANCE:
            out.errors.append(MethodInputError("method.error.shares", group, table=table, row=row, total=round(total, 6)))


def resolve(inputs: tuple[MethodInput, ...], family: str, raw: Mapping[str, Any], profile,
            sources: Mapping[str, str] | None = None) -> Resolved:
    """Apply defaults and checks to raw inputs. Never raises: problems are collected in `errors`."""
    out = Resolved()
    context: dict[str, Any] = {}
    for inp in inputs:
        if inp.when and context.get(inp.when[0]) != inp.when[1]:
            continue
        value = raw.get(inp.name)
        if inp.kind != "table":
            _resolve_one(inp, value, family, context, profile, out)
            continue
        rows = value if isinstance(value, list) else []
        if value is not None and not isinstance(value, list):
            out.errors.append(MethodInputError("method.error.table", inp.name))
        if not rows and inp.required:
            out.errors.append(MethodInputError("method.error.required", inp.name))
        resolved_rows = []
        for number, cells in enumerate(rows, start=1):
            cells = cells if isinstance(cells, Mapping) else {}
            row_context = dict(context)
            before = len(out.errors)
            for column in inp.columns:
                _resolve_one(column, cells.get(column.name), family, row_context, profile, out, inp.name, number)
            if len(out.errors) == before:
                _check_groups(inp.columns, row_context, out, inp.name, number)
            resolved_rows.append({c.name: row_context.get(c.name) for c in inp.columns})
        out.values[inp.name] = resolved_rows
        out.origin[inp.name] = "entered"
    _check_groups(inputs, out.values, out)
    for name, text in (sources or {}).items():
        if out.origin.get(name) == "entered" and str(text).strip():
            out.sources[name] = str(text).strip()
    return out


@dataclass(frozen=True)
class Method:
    """A method: its code, the GPC rows it serves, a function from inputs to tonnes per gas, its
    declared inputs and outputs, and `derive(inputs, profile, ref, lang)` -> the written working."""

    code: str
    gpc_refs: tuple[str, ...]
    compute: Callable[..., dict[str, float]]
    inputs: tuple = field(default_factory=tuple)
    derive: Callable[..., list[str]] | None = None
    family: str = ""
    outputs: tuple[str, ...] = ()
    work: Callable[..., Working] | None = None
    route: Callable[[Resolved, str], str] | None = None  # (resolved, filed GPC row) -> the row the emissions land on

    def resolve(self, raw: Mapping[str, Any], profile, sources: Mapping[str, str] | None = None) -> Resolved:
        """Resolve raw inputs (defaults, checks) without computing."""
        return resolve(self.inputs, self.family, raw, profile, sources)

    def run(self, raw: Mapping[str, Any], profile, ref, sources: Mapping[str, str] | None = None) -> tuple[Resolved, Working]:
        """Resolve and compute; raises the first MethodInputError when an input is bad."""
        resolved = self.resolve(raw, profile, sources)
        if resolved.errors:
            raise resolved.errors[0]
        assert self.work is not None
        return resolved, self.work(resolved, profile, ref)


def make_method(code: str, gpc_refs: tuple[str, ...], family: str, inputs: tuple[MethodInput, ...],
                outputs: tuple[str, ...], work: Callable[..., Working],
                route: Callable[[Resolved, str], str] | None = None) -> Method:
    """Build a registry Method whose compute and derive share one arithmetic (`work`)."""
    holder: dict[str, Method] = {}

    def compute(raw, profile, ref) -> dict[str, float]:
        _, working = holder["m"].run(raw, profile, ref)
        return {k: v for k, v in working.gases.items() if k in OUTPUT_COLUMNS}

    def derive(raw, profile, ref, lang: str) -> list[str]:
        _, working = holder["m"].run(raw, profile, ref)
        return [step.render(lang) for step in working.steps]

    holder["m"] = Method(code, gpc_refs, compute, inputs, derive, family, outputs, work, route)
    return holder["m"]
