"""The values of a source table under a profile: each with its categories resolved (mapped, answered,
skipped or refused), its unit found and converted, and where it came from (row, column, text).

Everything wrong is collected (unknown categories, unanswered ones, units missing or unknown, text
that is not a number), so the officer fixes the file, or answers, in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gcomdesk.core.errors import CellError
from gcomdesk.core.messages import Message
from gcomdesk.core.numbers import NumberTextError, parse_number, shown, split_unit_suffix
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.exchange.profiles.loader import SKIP, Dimension, ImportProfile
from gcomdesk.exchange.profiles.matching import Layout, category_match, cell_ref, title_unit
from gcomdesk.exchange.tabular import Grid, Table, fold

UNIT_PLACES = {"column": ("the unit column", "단위 열"), "cell": ("the cell", "셀의 숫자 뒤"),
               "header": ("the column's header", "열 머리글"), "title": ("the title block's unit line", "표 위 '단위' 줄")}
BLANK = ("", "-", "－", "—", "–", "…")  # statistics tables print a dash for nothing


@dataclass
class Value:
    """One amount of the source: a cell, its categories and what they became."""

    row: int
    column: str  # 'B (판매량 kWh)'
    amount: float  # converted into `unit`
    unit: str
    original: str  # the cell and its unit as read ('1,234,567 kWh')
    categories: dict[str, str]  # dimension -> the text in the file
    targets: dict[str, str]  # dimension -> target (GPC row, activity, vehicle, fuel, or the text of a label)
    answered: list[str] = field(default_factory=list)  # the categories an answer placed
    extra: dict[str, float] = field(default_factory=dict)  # vehicles: count, daily km


@dataclass
class Reading:
    """What `read_values` found: the values, what was left out and why, notes, errors."""

    values: list[Value] = field(default_factory=list)
    skipped: list[CellError] = field(default_factory=list)
    notes: list[CellError] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    rows: int = 0


def _msg(key: str, /, **params) -> Message:
    return Message(key, params)


def valid_target(dim: Dimension, target: str, ref: ReferenceLibrary) -> bool:
    """Whether an answer names something `dim`'s categories can become."""
    from gcomdesk.core.methods.road_vkt import FUELS, VEHICLES

    return target == SKIP or {
        "gpc": lambda: target in ref.gpc,
        "activity": lambda: ref.resolve_activity(target) == target,
        "vehicle": lambda: target in VEHICLES,
        "fuel": lambda: target in FUELS,
        "label": lambda: True,
    }[dim.targets]()


class _Resolver:
    def __init__(self, profile: ImportProfile, answers: dict[str, str], ref: ReferenceLibrary) -> None:
        self.profile, self.ref = profile, ref
        self.answers = {fold(k): str(v).strip() for k, v in answers.items()}
        self.asked = {fold(k): k for k in answers}  # as the officer wrote them
        self.used: set[str] = set()

    def category(self, dim: Dimension, text: str, row: int, column: str) -> tuple[str, str | CellError | Message]:
        """('target', target) / ('answered', target) / ('skip', reason message) / ('error', CellError)."""
        if dim.targets == "label":
            return "target", text
        found = category_match(dim, text) if text else None
        alias = found[0] if found else None
        for key in (fold(text), alias):
            if key and key in self.answers:
                self.used.add(key)
                target = self.answers[key]
                choices = dim.ask.get(alias or "", ())
                if (choices and target not in choices and target != SKIP) or not valid_target(dim, target, self.ref):
                    allowed = ", ".join(choices) if choices else dim.targets
                    return "error", CellError(row, column, _msg("profile.answer.invalid", category=text, target=target,
                                                                choices=allowed))
                if target == SKIP:
                    return "skip", _msg("profile.skip.answered", category=text)
                return "answered", target
        if alias in dim.mapped:
            return "target", dim.mapped[alias]
        if alias in dim.skip:
            return "skip", _msg(dim.skip[alias], category=text)
        if alias in dim.ask:
            choices = dim.ask[alias]
            return "error", CellError(row, column, _msg("profile.category.ask", category=text, choices=", ".join(choices),
                                                        name=dim.names[alias], first=choices[0]))
        return "error", CellError(row, column, _msg("profile.category.unknown", category=shown(text) if text else "''",
                                                    known=", ".join(dim.known), dimension_ko=dim.label_ko,
                                                    dimension_en=dim.label_en))


def _number(text: str) -> tuple[float | None, str]:
    """(number, unit written after it) of a cell; (None, '') for a blank or a dash; NumberTextError otherwise."""
    if text.strip() in BLANK:
        return None, ""
    try:
        return parse_number(text), ""
    except NumberTextError:
        split = split_unit_suffix(text)
        if split is None:
            raise
        return parse_number(split[0]), split[1]


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def read_values(table: Table, grid: Grid, layout: Layout, profile: ImportProfile, answers: dict[str, str],
                ref: ReferenceLibrary) -> Reading:
    """Every amount of the table under the profile (see the module's description)."""
    reading = Reading(rows=len(table.cells))
    resolver = _Resolver(profile, answers, ref)
    header = table.header
    titled = title_unit(grid, table.header_row)
    said: set[str] = set()
    unit_col = layout.columns.get("unit")
    across = list(layout.across_columns)
    for index, title, why in layout.other_columns:
        where = cell_ref(index, title)
        if why == "total":
            reading.skipped.append(CellError(table.header_row, where, _msg("profile.skip.totals_column", category=title)))
            continue
        if not (table.cells[index] != "").any():  # an empty column (a remark column left blank) holds nothing
            continue
        # A header that is neither a known category nor a column: asked once, answerable like any category.
        state, result = resolver.category(layout.across, title, table.header_row, where)  # type: ignore[arg-type]
        if state == "error":
            reading.errors.append(result)  # type: ignore[arg-type]
        elif state == "skip":
            reading.skipped.append(CellError(table.header_row, where, result))  # type: ignore[arg-type]
        else:
            across.append((index, title))
    for row, cells in table.rows:
        fixed = {d.name: _cell(cells, layout.columns.get(d.name)) for d in profile.dimensions if d is not layout.across}
        places = [(layout.columns.get("amount"), "")] if layout.across is None else across
        for index, across_title in places:
            categories = dict(fixed)
            if layout.across is not None:
                categories[layout.across.name] = across_title
            _read_one(reading, resolver, profile, layout, row, cells, index, categories, header, titled,
                      _cell(cells, unit_col), said)
    for key in resolver.answers.keys() - resolver.used:
        reading.notes.append(CellError(table.header_row, "-", _msg("profile.answer.unused", category=resolver.asked[key])))
    return reading


def _read_one(reading: Reading, resolver: _Resolver, profile: ImportProfile, layout: Layout, row: int, cells: list[str],
              index: int | None, categories: dict[str, str], header: list[str], titled, unit_cell: str, said: set) -> None:
    column = cell_ref(index, header[index]) if index is not None else "-"
    label = " / ".join(v for v in categories.values() if v)
    # A blank or zero cell is left out before anything else is asked of it (the categories of an
    # empty cell need no answer); then the categories; then the number.
    numbers: dict[str, float] = {}
    problem: CellError | None = None
    for role, i in ([("count", layout.columns["count"]), ("daily", layout.columns["daily"])] if index is None
                    else [("amount", index)]):
        where = cell_ref(i, header[i])
        try:
            number, suffix = _number(cells[i] if i < len(cells) else "")
        except NumberTextError as exc:
            problem = problem or CellError(row, where, exc.message)
            continue
        if not number:
            key = "profile.skip.zero" if number == 0 else "profile.skip.blank"
            reading.skipped.append(CellError(row, where, _msg(key, category=label)))
            return
        numbers[role] = number
    targets, answered = {}, []
    for dim in profile.dimensions:
        text = categories.get(dim.name, "")
        at = layout.columns.get(dim.name, 0)
        where = column if dim is layout.across else cell_ref(at, header[at])
        state, result = resolver.category(dim, text, row, where)
        if state == "error":
            reading.errors.append(result)  # type: ignore[arg-type]
            return
        if state == "skip":
            reading.skipped.append(CellError(row, where, result))  # type: ignore[arg-type]
            return
        targets[dim.name] = result
        if state == "answered":
            answered.append(text)
    if problem is not None:
        reading.errors.append(problem)
        return
    if index is None:  # vehicles without a VKT column: registrations x daily distance (to_methods multiplies)
        original = f"{cells[layout.columns['count']]} x {cells[layout.columns['daily']]} km"
        reading.values.append(Value(row, column, 0.0, "km", original, categories, targets, answered, numbers))
        return
    text = cells[index]
    number = numbers["amount"]
    unit_text, source = (unit_cell, "column") if unit_cell else (suffix, "cell") if suffix else (
        (layout.remainders.get(index, ""), "header") if layout.remainders.get(index, "") in profile.units else
        (titled[1], "title") if titled else ("", ""))
    if not unit_text:
        reading.errors.append(CellError(row, column, _msg("profile.unit.missing", units=", ".join(profile.unit_names.values()))))
        return
    converted = profile.units.get(fold(unit_text))
    if converted is None:
        reading.errors.append(CellError(row, column, _msg("profile.unit.unknown", unit=unit_text,
                                                          units=", ".join(profile.unit_names.values()))))
        return
    unit, factor = converted
    shown_unit = profile.unit_names.get(fold(unit_text), unit_text)
    if shown_unit not in said:
        said.add(shown_unit)
        where_en, where_ko = UNIT_PLACES[source]
        reading.notes.append(CellError(row, column, _msg("profile.unit.read", unit=shown_unit, stored=unit,
                                                         factor=f"{factor:g}", where_en=where_en, where_ko=where_ko)))
        if fold(unit_text) in profile.unit_note:
            reading.notes.append(CellError(row, column, _msg(profile.unit_note[fold(unit_text)], unit=shown_unit)))
    reading.values.append(Value(row, column, number * factor, unit, f"{text} {shown_unit}".strip(), categories, targets,
                                answered))
