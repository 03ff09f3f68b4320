"""The numbers behind each chart, taken from the core's results (no matplotlib here), with labels
in the reader's language. Tests check these against the core; the figures only draw them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gcomdesk.core.estimates.totals import estimated_part
from gcomdesk.core.generation import GENERATION_ROW
from gcomdesk.core.reference import DIRECT_GIR_FIELDS, INDIRECT_GIR_FIELD, ReferenceLibrary
from gcomdesk.core.totals import InventoryResults
from gcomdesk.core.trend import YearFigures

if TYPE_CHECKING:  # the export package imports the charts; import its types only for checking
    from gcomdesk.exchange.export.national import NationalView

SCOPES = (1, 2, 3)


@dataclass
class Series:
    """Labelled values: one bar (or one point) per label."""

    labels: list[str]
    values: list[float]
    estimated: list[float] = field(default_factory=list)  # the part of each value that is a top-down estimate


@dataclass
class StackedBars:
    """Bars stacked by series: `stacks[name]` holds one value per category."""

    categories: list[str]
    stacks: dict[str, list[float]]
    notes: list[str] = field(default_factory=list)
    estimated: list[float] = field(default_factory=list)  # per category: the top-down estimates in it


def _estimated_by(results: InventoryResults, column: str) -> dict[str, float]:
    """tCO2e of the top-down estimates (core/estimates) summed by a GPC-table column."""
    part = estimated_part(results)
    if not part.by_row:
        return {}
    keys = results.by_gpc[column]
    out: dict[str, float] = {}
    for gpc_ref, value in part.by_row.items():
        out[str(keys[gpc_ref])] = out.get(str(keys[gpc_ref]), 0.0) + value
    return out


def _sector_label(ref: ReferenceLibrary, sector_no: str, lang: str) -> str:
    row = next(g for g in ref.gpc.values() if g.sector_no == sector_no)
    return row.sector_ko if lang == "ko" else row.sector_en


def sector_scope(results: InventoryResults, ref: ReferenceLibrary, lang: str, scope_label,
                 generation_label: str = "I.4.4") -> StackedBars:
    """tCO2e by GPC sector, stacked by scope (every row, so the scope totals match the core).

    Generation supplied to the grid (I.4.4) is a bar of its own, never stacked on Stationary
    energy: the electricity and heat it makes are counted again where they are used (scope 2), so
    a stacked bar would look like double counting for a province with power plants."""
    table = results.by_gpc
    generation = float(table.loc[GENERATION_ROW, "co2e_t"]) if GENERATION_ROW in table.index else 0.0
    rest = table.drop(index=[GENERATION_ROW], errors="ignore")
    pivot = rest.pivot_table(index="sector_no", columns="scope", values="co2e_t", aggfunc="sum", sort=False)
    pivot = pivot.reindex(columns=list(SCOPES)).fillna(0.0)
    keep = [s for s in pivot.index if s != "VI" or pivot.loc[s].sum() != 0]  # VI (optional) only when used
    pivot = pivot.loc[keep]
    categories = [_short_sector(ref, s, lang) for s in pivot.index]
    stacks = {scope_label(s): [float(v) for v in pivot[s]] for s in SCOPES}
    if generation:
        at = list(pivot.index).index("I") + 1 if "I" in pivot.index else 0
        categories.insert(at, generation_label)
        for s in SCOPES:
            stacks[scope_label(s)].insert(at, generation if s == 1 else 0.0)
    by_sector = _estimated_by(results, "sector_no")
    estimated = [by_sector.get(s, 0.0) for s in pivot.index]
    if generation:
        estimated.insert(at, 0.0)
    return StackedBars(categories=categories, stacks=stacks, estimated=estimated if any(estimated) else [])


def _short_sector(ref: ReferenceLibrary, sector_no: str, lang: str) -> str:
    name = _sector_label(ref, sector_no, lang)
    for long, short in (("(IPPU)", "IPPU"), ("(AFOLU)", "AFOLU")):
        if long in name:
            return short
    return name


def basic_by_subsector(results: InventoryResults, ref: ReferenceLibrary, lang: str) -> Series:
    """BASIC tCO2e by GPC sub-sector, largest first (sub-sectors with nothing left out)."""
    table = results.by_gpc[results.by_gpc["in_basic"].astype(bool)]
    sums = table.groupby("subsector_no", sort=False)["co2e_t"].sum()
    sums = sums[sums != 0].sort_values(ascending=False, kind="stable")
    names = {g.subsector_no: (g.subsector_ko if lang == "ko" else g.subsector_en) for g in ref.gpc.values()}
    by_subsector = _estimated_by(results, "subsector_no")
    estimated = [by_subsector.get(s, 0.0) for s in sums.index]
    return Series(labels=[f"{s} {names[s]}" for s in sums.index], values=[float(v) for v in sums],
                  estimated=estimated if any(estimated) else [])


def direct_indirect(results: InventoryResults, ref: ReferenceLibrary, lang: str, field_label,
                    direct_label: str, indirect_label=lambda sector: sector) -> StackedBars:
    """Direct tCO2e by GIR field, and indirect (간접) split by the GPC sector it arises in.

    Categories are the five direct fields and the indirect field; the stacks are 'direct' plus
    one per sector of origin for the indirect bar. Direct and indirect are never added."""
    table = results.by_gpc
    direct = table[table["gir_field"].isin(DIRECT_GIR_FIELDS)].groupby("gir_field")["co2e_t"].sum()
    indirect = table[table["gir_field"] == INDIRECT_GIR_FIELD].groupby("sector_no", sort=False)["co2e_t"].sum()
    categories = [field_label(f) for f in (*DIRECT_GIR_FIELDS, INDIRECT_GIR_FIELD)]
    n = len(categories)
    stacks = {direct_label: [float(direct.get(f, 0.0)) for f in DIRECT_GIR_FIELDS] + [0.0]}
    for sector_no, value in indirect.items():
        stacks[indirect_label(_short_sector(ref, sector_no, lang))] = [0.0] * (n - 1) + [float(value)]
    return StackedBars(categories=categories, stacks=stacks)


def per_capita(view: NationalView, field_label, total_label: str) -> tuple[list[str], list[float | None], list[float | None]]:
    """(categories, local t/person, national t/person) for the direct GIR fields and the direct total."""
    labels, local, national = [], [], []
    for row in view.gir_rows:
        if row["direct"]:
            labels.append(field_label(row["field"]))
            local.append(row["local_pc"])
            national.append(row["national_pc"])
    total = next(r for r in view.totals if r["key"] == "direct")
    labels.append(total_label)
    local.append(total["local_pc"])
    national.append(total["national_pc"])
    return labels, local, national


@dataclass
class Trend:
    """Every year's total at the reporting level, stacked by GPC sector, with BASIC beside it."""

    years: list[int]
    total_key: str  # "basic" or "basic_plus": what the bars stack
    stacks: dict[str, list[float]]  # sector label -> tCO2e per year (rows in the total)
    totals: list[float]  # the core's total per year (the stacks add up to it)
    basic: list[float]  # BASIC per year (a line of its own when the bars are BASIC+)


def in_total(total_key: str):
    """GpcRow -> whether the row is in BASIC ('basic') or BASIC+ ('basic_plus')."""
    return (lambda g: g.in_basic_plus) if total_key == "basic_plus" else (lambda g: g.in_basic)


def sector_sums(rows: dict[str, float], ref: ReferenceLibrary, total_key: str) -> dict[str, float]:
    """tCO2e of the rows in a total (BASIC or BASIC+) by GPC sector number, every sector the total
    takes (zero when empty), in GPC order."""
    member = in_total(total_key)
    sums = dict.fromkeys(dict.fromkeys(g.sector_no for g in ref.gpc.values() if member(g)), 0.0)
    for gpc_ref, value in rows.items():
        row = ref.gpc.get(gpc_ref)
        if row is not None and member(row):
            sums[row.sector_no] += value
    return sums


def trend(figures: dict[int, YearFigures], ref: ReferenceLibrary, lang: str, level: str) -> Trend:
    """The years' BASIC (or BASIC+ when that is the reporting level) by GPC sector, oldest first;
    a sector with nothing in any year is left out."""
    total_key = "basic_plus" if level == "basic_plus" else "basic"
    years = sorted(figures)
    by_year = [sector_sums(figures[y].rows, ref, total_key) for y in years]
    stacks = {_short_sector(ref, s, lang): [sums[s] for sums in by_year] for s in by_year[0]}
    stacks = {name: values for name, values in stacks.items() if any(values)}
    return Trend(years, total_key, stacks, [float(figures[y].totals.get(total_key, 0.0)) for y in years],
                 [float(figures[y].totals.get("basic", 0.0)) for y in years])
