"""Figure builders: each draws one chart into a given matplotlib Figure (no pyplot, no global
state). Series differ by grey and hatch, not colour alone, so the charts print in black and white."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import numpy as np
from matplotlib.figure import Figure

from gcomdesk.exchange.charts import data
from gcomdesk.exchange.charts.style import (
    EDGE,
    ESTIMATE_STYLE,
    apply_font,
    chart_context,
    font_families,
    scale_for,
    style_series,
)
from gcomdesk.exchange.charts.targets import national_targets


class ChartSkipped(Exception):
    """A chart that cannot be drawn for this inventory; `reason` says why, in the reader's language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _legend(fig: Figure, ax) -> None:
    """The legend outside the plot, to its right, so it never hides a bar or a value label."""
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        fig.legend(handles, labels, loc="outside right upper")


def _headroom(ax, top: float, bottom: float = 0.0) -> None:
    """Leave room above the highest bar for its value label (stacked bars pin autoscaling)."""
    if top > 0:
        ax.set_ylim(min(bottom, 0.0) * 1.15, top * 1.1)


def _axes(fig: Figure, title: str):
    fig.clear()
    ax = fig.add_subplot(1, 1, 1)
    # Nanum Gothic Bold registers as weight 600; one family only, so no fallback lookup for the weight
    ax.set_title(title, loc="left", fontweight="semibold", fontfamily=font_families()[:1])
    return ax


def _note(fig: Figure, text: str) -> None:
    """A small note under the chart (a figure label, so the constrained layout makes room for it)."""
    if text:
        width = 140 if text.isascii() else 80  # Hangul is about twice as wide as Latin letters
        fig.supxlabel("\n".join(textwrap.wrap(text, width)), fontsize=7.5, x=0.01, ha="left")


def _fmt(value: float) -> str:
    if value == 0:
        return "0"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}" if abs(value) >= 1 else f"{value:,.2f}"


def draw_sector_scope(fig: Figure, inputs) -> None:
    """Emissions by GPC sector, stacked by scope."""
    t = inputs.t
    bars = data.sector_scope(inputs.results, inputs.ref, inputs.lang, lambda s: t("chart.scope", scope=s),
                             t("chart.sector_scope.generation"))
    totals = np.sum([v for v in bars.stacks.values()], axis=0)
    div, unit = scale_for(float(totals.max()) if len(totals) else 0.0)
    ax = _axes(fig, t("chart.sector_scope.title"))
    x = np.arange(len(bars.categories))
    bottom = np.zeros(len(x))
    for i, (name, values) in enumerate(bars.stacks.items()):
        vals = np.array(values) / div
        ax.bar(x, vals, 0.6, bottom=bottom, label=name, **style_series(i))
        bottom += vals
    if bars.estimated:  # the estimated part of each bar, cross-hatched over the stack from the axis up
        ax.bar(x, np.array(bars.estimated) / div, 0.6, label=t("chart.estimated"), **ESTIMATE_STYLE)
    for xi, total in zip(x, bottom):
        if total:
            ax.annotate(_fmt(total), (xi, total), ha="center", va="bottom", fontsize=8, xytext=(0, 2),
                        textcoords="offset points")
    ax.set_xticks(x, [textwrap.fill(c, 14, break_long_words=False) for c in bars.categories])  # long names on two lines
    ax.set_ylabel(unit)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    _headroom(ax, float(bottom.max()) if len(bottom) else 0.0)
    _legend(fig, ax)
    _note(fig, t("chart.sector_scope.note"))


def draw_basic_subsector(fig: Figure, inputs) -> None:
    """BASIC by GPC sub-sector, largest first, with each share of BASIC."""
    t = inputs.t
    series = data.basic_by_subsector(inputs.results, inputs.ref, inputs.lang)
    if not series.values:
        raise ChartSkipped(t("chart.skip.no_basic"))
    total = inputs.results.totals["basic"]
    div, unit = scale_for(max(abs(v) for v in series.values))
    ax = _axes(fig, t("chart.basic_subsector.title"))
    y = np.arange(len(series.labels))
    values = np.array(series.values) / div
    estimated = np.array(series.estimated) / div if series.estimated else np.zeros(len(values))
    ax.barh(y, values - estimated, 0.65, label=t("chart.measured") if series.estimated else None, **style_series(1))
    if series.estimated:
        ax.barh(y, estimated, 0.65, left=values - estimated, label=t("chart.estimated"), **ESTIMATE_STYLE)
        _legend(fig, ax)
    for yi, v, raw in zip(y, values, series.values):
        share = "" if not total else f" ({raw / total:.0%})" if abs(raw / total) >= 0.005 else " (<1%)"
        ax.annotate(_fmt(v) + share, (v, yi), va="center", ha="left", fontsize=8, xytext=(3, 0), textcoords="offset points")
    ax.set_yticks(y, series.labels)
    ax.invert_yaxis()  # largest at the top
    ax.set_xlabel(unit)
    ax.set_xlim(0, float(values.max()) * 1.25 if len(values) and values.max() > 0 else 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    _note(fig, t("chart.basic_subsector.note", total=_fmt(total / div), unit=unit))


def draw_direct_indirect(fig: Figure, inputs) -> None:
    """Direct emissions by GIR field beside indirect emissions (split by where they arise)."""
    t = inputs.t
    bars = data.direct_indirect(inputs.results, inputs.ref, inputs.lang, inputs.field_label, t("chart.direct"),
                                lambda sector: t("chart.indirect_from", sector=sector))
    totals = np.sum([v for v in bars.stacks.values()], axis=0)
    div, unit = scale_for(float(np.abs(totals).max()) if len(totals) else 0.0)
    ax = _axes(fig, t("chart.direct_indirect.title"))
    x = np.arange(len(bars.categories), dtype=float)
    x[-1] += 0.5  # a gap: indirect is shown apart and never added to direct
    bottom = np.zeros(len(x))
    for i, (name, values) in enumerate(bars.stacks.items()):
        vals = np.array(values) / div
        if not vals.any():
            continue
        ax.bar(x, vals, 0.6, bottom=bottom, label=name, **style_series(i))
        bottom += vals
    for xi, total in zip(x, bottom):
        ax.annotate(_fmt(total), (xi, max(total, 0)), ha="center", va="bottom", fontsize=8, xytext=(0, 2),
                    textcoords="offset points")
    ax.axvline(x[-1] - 0.75, color=EDGE, linestyle=":", linewidth=0.8)
    ax.axhline(0, color=EDGE, linewidth=0.6)
    ax.set_xticks(x, bars.categories)
    ax.set_ylabel(unit)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    _headroom(ax, float(bottom.max()) if len(bottom) else 0.0, float(bottom.min()) if len(bottom) else 0.0)
    _legend(fig, ax)
    _note(fig, t("chart.direct_indirect.note"))


def draw_per_capita(fig: Figure, inputs) -> None:
    """Local per-capita emissions by GIR field beside the national per-capita."""
    t = inputs.t
    view = inputs.national
    if not view.population:
        raise ChartSkipped(t("chart.skip.no_population"))
    labels, local, national = data.per_capita(view, inputs.field_label, t("chart.per_capita.total"))
    ax = _axes(fig, t("chart.per_capita.title"))
    x = np.arange(len(labels))
    local_v = np.array([v if v is not None else np.nan for v in local], dtype=float)
    nat_v = np.array([v if v is not None else np.nan for v in national], dtype=float)
    nat_year = view.national.year if view.national else "-"
    ax.bar(x - 0.2, local_v, 0.4, label=t("chart.per_capita.local", name=inputs.short_name), **style_series(0))
    ax.bar(x + 0.2, nat_v, 0.4, label=t("chart.per_capita.national", year=nat_year), **style_series(2))
    for xs, vals in ((x - 0.2, local_v), (x + 0.2, nat_v)):
        for xi, v in zip(xs, vals):
            if np.isfinite(v):
                ax.annotate(f"{v:,.2f}", (xi, max(v, 0)), ha="center", va="bottom", fontsize=7.5, xytext=(0, 2),
                            textcoords="offset points")
    ax.axhline(0, color=EDGE, linewidth=0.6)
    ax.set_xticks(x, labels)
    ax.set_ylabel(t("chart.per_capita.unit"))
    both = np.concatenate([local_v, nat_v])
    both = both[np.isfinite(both)]
    _headroom(ax, float(both.max()) if len(both) else 0.0, float(both.min()) if len(both) else 0.0)
    _legend(fig, ax)
    _note(fig, t("chart.per_capita.note"))


def draw_trend(fig: Figure, inputs) -> None:
    """Every year's BASIC (BASIC+ when reported) stacked by GPC sector, the base year marked, and
    straight reference paths from the base-year total to Korea's national targets (applied for
    comparison); needs two years or more."""
    t = inputs.t
    figures = inputs.year_figures
    if len(figures) < 2:
        raise ChartSkipped(t("chart.skip.one_year", year=int(inputs.profile.year)))
    trend = data.trend(figures, inputs.ref, inputs.lang, inputs.profile.reporting_level)
    level = "BASIC+" if trend.total_key == "basic_plus" else "BASIC"
    base = int(inputs.profile.base_year) if inputs.profile.base_year else None
    base_total = trend.totals[trend.years.index(base)] if base in trend.years else None
    paths = [(target, target.path(base, base_total)) for target in national_targets()] if base_total else []
    paths = [(target, path) for target, path in paths if path is not None]
    div, unit = scale_for(max([abs(v) for v in trend.totals] + [0.0]))
    ax = _axes(fig, t("chart.trend.title"))
    x = np.array(trend.years, dtype=float)
    bottom = np.zeros(len(x))
    for i, (name, values) in enumerate(trend.stacks.items()):
        vals = np.array(values) / div
        ax.bar(x, vals, 0.7, bottom=bottom, label=name, **style_series(i))
        bottom += vals
    if trend.total_key == "basic_plus":
        ax.plot(x, np.array(trend.basic) / div, marker="o", color=EDGE, markerfacecolor="white", linewidth=1.0,
                label=t("chart.trend.basic"))
    for (target, (years, values)), marker, style in zip(paths, ("v", "D", "s"), ("--", ":", "-.")):
        line, = ax.plot(years, np.array(values) / div, linestyle=style, marker=marker, markevery=[1], color=EDGE,
                        linewidth=1.2, label=t("chart.trend.target", target=target.label(inputs.lang)))
        line.set_gid(f"target:{target.target_id}")
        ax.annotate(_fmt(values[1] / div), (years[1], values[1] / div), ha="center", va="bottom", fontsize=8,
                    xytext=(0, 4), textcoords="offset points")
    if base in trend.years:
        ax.axvline(base, color=EDGE, linestyle="-.", linewidth=0.8, gid="base_year")
        ax.annotate(t("chart.trend.base_year", year=base), (base, 1.0), xycoords=("data", "axes fraction"),
                    ha="left", va="top", fontsize=8, xytext=(3, -1), textcoords="offset points")
    for xi, total in zip(x[[0, -1]], bottom[[0, -1]]):  # first and latest year: their totals
        ax.annotate(_fmt(total), (xi, total), ha="center", va="bottom", fontsize=7.5, xytext=(0, 2),
                    textcoords="offset points")
    ticks = sorted({*trend.years, *(p[0][-1] for _, p in paths)})
    crowded = any(b - a < 3 for a, b in zip(ticks, ticks[1:]))
    ax.set_xticks(ticks, [str(y) for y in ticks], rotation=90 if crowded else 0)
    ax.set_xlim(ticks[0] - 1, ticks[-1] + 1)
    ax.set_ylabel(unit)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.set_ylim(0, float(bottom.max()) * 1.2 or 1)
    ax.legend(loc="upper right")  # inside: the paths slope down and leave the upper right empty
    if paths:
        note = t("chart.trend.note", level=level, base=base, total=_fmt(base_total / div), unit=unit,
                 name=inputs.short_name)
    else:
        note = t("chart.trend.note_no_paths", level=level, base=base if base is not None else "-")
    _note(fig, note)


DRAWERS: dict[str, Callable[[Figure, object], None]] = {
    "sector_scope": draw_sector_scope,
    "basic_subsector": draw_basic_subsector,
    "direct_indirect": draw_direct_indirect,
    "per_capita": draw_per_capita,
    "trend": draw_trend,
}


def draw(chart_id: str, fig: Figure, inputs) -> None:
    """Draw chart `chart_id` into `fig` in gcomdesk's style (raises ChartSkipped with a reason)."""
    with chart_context():
        DRAWERS[chart_id](fig, inputs)
        apply_font(fig)
