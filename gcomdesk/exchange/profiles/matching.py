"""Finding a profile's columns, categories and units in a source table.

- The header is the first row (of the first 30) naming two things the profile knows (a column or a
  category); `tabular.table_of` then joins a two-row merged header and skips totals rows.
- A header cell matches an alias when, folded (`tabular.fold`), it is the alias or starts with it;
  what follows may be the unit ("판매량(kWh)", "판매량 천kWh"). A category matches the same way,
  the longest alias winning ("심야전력(갑)" is 심야). In a joined two-row header ("중유 경질중유")
  the lower title is tried first.
- Layout: a dimension whose categories stand across the header (one column per product or
  treatment) is read cell by cell, the other dimension from its column (or the first column);
  otherwise every dimension is a column and the amount another ("rows").
- The unit of a value: the row's unit column, else the value's header, else the title block's
  "단위:" line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gcomdesk.core.errors import CellError
from gcomdesk.core.messages import Message
from gcomdesk.exchange.profiles.loader import Column, Dimension, ImportProfile
from gcomdesk.exchange.tabular import HEADER_SEARCH_ROWS, Grid, Table, column_letter, fold, totals_label

_UNIT_LINE = re.compile(r"(?:단위|(?<![a-z])units?)\s*[:：]\s*([^\s,)\]）]+)", re.IGNORECASE)


def prefix_match(folded: str, aliases) -> tuple[str, str] | None:
    """(alias, the rest) of the longest alias `folded` is or starts with, else None."""
    best = max((a for a in aliases if folded.startswith(a)), key=len, default=None)
    return None if best is None else (best, folded[len(best):])


def column_match(column: Column, title: str) -> str | None:
    """The rest of the header after the alias it starts with ('' when it is the alias or ends with
    it: '용도별 판매량' is a sales column), else None."""
    folded = fold(title) if title else ""
    found = prefix_match(folded, column.folded) if folded else None
    if found is None and folded and any(folded.endswith(a) for a in column.folded):
        return ""
    return None if found is None else found[1]


def category_match(dim: Dimension, text: str) -> tuple[str, str] | None:
    """(the category's alias, the rest) for a cell or header naming one of `dim`'s categories."""
    parts = text.split()
    for part in dict.fromkeys([parts[-1], text, parts[0]] if parts else []):
        found = prefix_match(fold(part), dim.names)
        if found is not None:
            return found
    return None


def find_header(grid: Grid, profile: ImportProfile) -> int | None:
    """The first row naming two things the profile knows, or None (then `table_of` searches)."""
    filled = grid.cells.index[(grid.cells != "").any(axis=1).to_numpy()][:HEADER_SEARCH_ROWS]
    for number in filled:
        known = sum(1 for cell in dict.fromkeys(grid.cells.loc[number]) if cell and (
            any(column_match(c, cell) is not None for c in profile.columns)
            or any(category_match(d, cell) is not None for d in profile.dimensions if d.names)))
        if known >= 2:
            return int(number)
    return None


@dataclass
class Layout:
    """Where a profile's things stand in a table's header (column indexes)."""

    columns: dict[str, int] = field(default_factory=dict)  # dimension name or role (amount, unit, count, daily) -> index
    across: Dimension | None = None  # the dimension whose categories are header cells
    across_columns: list[tuple[int, str]] = field(default_factory=list)  # (index, header) of its categories
    other_columns: list[tuple[int, str, str]] = field(default_factory=list)  # (index, header, why): totals / unknown
    remainders: dict[int, str] = field(default_factory=dict)  # header text after the alias (a unit?)


def _find(column: Column, header: list[str], taken: set[int]) -> list[tuple[int, str]]:
    return [(i, rest) for i, title in enumerate(header)
            if i not in taken and (rest := column_match(column, title)) is not None]


def layout_of(table: Table, profile: ImportProfile) -> tuple[Layout, list[CellError]]:
    """Where the profile's columns are, or the errors naming each column not found."""
    header, row = table.header, table.header_row
    layout, errors = Layout(), []
    hits = {d.name: [(i, t) for i, t in enumerate(header) if t and category_match(d, t)] for d in profile.dimensions}
    placed = {d.name: [h for h in hits[d.name] if category_match(d, h[1])[0] not in d.skip]  # type: ignore[index]
              for d in profile.dimensions}  # a skipped column (발생량, 나프타) alone does not make a layout
    best = max(profile.dimensions, key=lambda d: len(placed[d.name]))
    if len(placed[best.name]) >= 2 or (len(placed[best.name]) == 1 and len(profile.dimensions) > 1):
        layout.across, layout.across_columns = best, hits[best.name]
    taken = {i for i, _ in layout.across_columns}
    for dim in profile.dimensions:
        if dim is layout.across:
            continue
        found = sorted(_find(dim.column, header, taken), key=lambda hit: hit[1] != "")  # the alias itself first
        if found:
            layout.columns[dim.name] = found[0][0]
        elif layout.across is not None:  # the row labels: the first column that is not a category
            layout.columns[dim.name] = next(i for i in range(len(header)) if i not in taken)
        elif dim.targets != "label":
            errors.append(_missing(row, dim.column))
        taken.add(layout.columns.get(dim.name, -1))
    if profile.unit_column is not None and (found := _find(profile.unit_column, header, taken)):
        layout.columns["unit"] = found[0][0]
        taken.add(found[0][0])
    if layout.across is None:
        for role in ("amount", "count", "daily"):
            column = getattr(profile, role)
            found = _find(column, header, taken) if column is not None else []
            if found:  # a unit after the alias is the better guess among several ("판매량 kWh", "판매량 호수")
                index, rest = next(((i, r) for i, r in found if r in profile.units), found[0])
                layout.columns[role], layout.remainders[index] = index, rest
                taken.add(index)
        if "amount" not in layout.columns and not ({"count", "daily"} <= set(layout.columns)):
            errors.append(_missing(row, profile.amount))
    else:
        for index, title in layout.across_columns:
            layout.remainders[index] = category_match(layout.across, title)[1]  # type: ignore[index]
        for index, title in enumerate(header):
            if index not in taken and title:
                layout.other_columns.append((index, title, "total" if totals_label([title]) else "unknown"))
    return layout, errors


def _missing(row: int, column: Column | None) -> CellError:
    assert column is not None
    return CellError(row, column.label_en, Message("profile.column.missing", {
        "label_ko": column.label_ko, "label_en": column.label_en, "aliases": ", ".join(column.aliases)}))


def title_unit(grid: Grid, before: int) -> tuple[int, str] | None:
    """(row, unit text) of a "단위: 천㎥" / "(unit: MWh)" line above the header, else None."""
    for number in grid.cells.index[grid.cells.index < before]:
        for cell in grid.cells.loc[number]:
            found = _UNIT_LINE.search(cell) if cell else None
            if found:
                return int(number), found.group(1)
    return None


def cell_ref(index: int, title: str) -> str:
    """How a message names a column: its letter and header ('B (판매량 kWh)')."""
    return f"{column_letter(index)} ({title})" if title else column_letter(index)
