"""Charts for council reports and slides, from the core's results (matplotlib Figures, no Qt, no
pyplot). The window draws the same figures into FigureCanvasQTAgg; the export saves them as PNG
(200 dpi), SVG or PDF and embeds the PNGs in the workbook.

    inputs = ChartInputs(results, profile, ref, lang="ko")
    for outcome in render_charts(inputs):
        if outcome.figure is not None:
            save_chart(outcome.figure, folder / f"{outcome.chart_id}.png", "png")
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from matplotlib.figure import Figure

from gcomdesk import __version__
from gcomdesk.core.messages import Message
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.totals import InventoryResults
from gcomdesk.core.trend import YearFigures
from gcomdesk.exchange.charts.figures import DRAWERS, ChartSkipped, draw
from gcomdesk.exchange.charts.style import DPI_PNG, chart_context, register_korean_font

CHART_IDS = tuple(DRAWERS)
FIGSIZE = (8.0, 4.5)  # inches: 1600 x 900 px at 200 dpi, a 16:9 slide

__all__ = ["CHART_IDS", "ChartInputs", "ChartOutcome", "ChartSkipped", "build_chart", "chart_title", "draw_chart",
           "new_figure", "png_bytes", "render_charts", "save_chart"]


@dataclass
class ChartInputs:
    """What the charts read: results, profile, reference, language, and every year's figures
    (`figures`, e.g. Analysis.figures; the year of `results` is taken from `results`)."""

    results: InventoryResults
    profile: Profile
    ref: ReferenceLibrary
    lang: str = "ko"
    figures: Mapping[int, YearFigures] = field(default_factory=dict)
    national_view: object | None = None  # an export.national.NationalView, computed when missing

    def t(self, key: str, /, **params) -> str:
        """A catalogue message in the chart language."""
        return Message(key, params).render(self.lang)

    @cached_property
    def national(self):
        """The national comparison (for the per-capita chart)."""
        if self.national_view is not None:
            return self.national_view
        from gcomdesk.exchange.export.national import national_view  # the export package imports charts

        return national_view(self.results, self.profile, self.ref)

    @cached_property
    def year_figures(self) -> dict[int, YearFigures]:
        """Every year's figures, this year's from `results` (so the trend agrees with the other charts)."""
        return {**self.figures, int(self.profile.year): YearFigures.of(self.results, self.profile)}

    @property
    def short_name(self) -> str:
        """The jurisdiction's name for legends."""
        return self.profile.name_en if self.lang == "en" and self.profile.name_en else self.profile.name_ko

    def field_label(self, gir_field: str) -> str:
        """A GIR field's label: Korean as published, English translated."""
        from gcomdesk.exchange.export.national import gir_field_label

        return gir_field_label(gir_field, self.lang)


@dataclass
class ChartOutcome:
    """One chart: its figure, or the reason it was skipped."""

    chart_id: str
    title: str
    figure: Figure | None = None
    skipped: str | None = None


def chart_title(chart_id: str, lang: str) -> str:
    """The chart's title in `lang` (also its caption in the workbook and the window)."""
    return Message(f"chart.{chart_id}.title", {}).render(lang)


def new_figure() -> Figure:
    """An empty figure of the charts' size with the constrained layout."""
    return Figure(figsize=FIGSIZE, layout="constrained")


def draw_chart(chart_id: str, fig: Figure, inputs: ChartInputs) -> None:
    """Draw one chart into an existing figure (e.g. a Qt canvas's); raises ChartSkipped."""
    register_korean_font()
    draw(chart_id, fig, inputs)


def build_chart(chart_id: str, inputs: ChartInputs) -> Figure:
    """Return a new figure with chart `chart_id`; raises ChartSkipped with the reason."""
    fig = new_figure()
    draw_chart(chart_id, fig, inputs)
    return fig


def render_charts(inputs: ChartInputs, chart_ids: tuple[str, ...] = CHART_IDS) -> list[ChartOutcome]:
    """Build every chart; a chart that cannot be drawn is returned with its reason instead."""
    outcomes = []
    for chart_id in chart_ids:
        title = chart_title(chart_id, inputs.lang)
        try:
            outcomes.append(ChartOutcome(chart_id, title, figure=build_chart(chart_id, inputs)))
        except ChartSkipped as skip:
            outcomes.append(ChartOutcome(chart_id, title, skipped=skip.reason))
    return outcomes


def save_chart(fig: Figure, path: str | Path, fmt: str) -> Path:
    """Save a figure as png (200 dpi), svg or pdf and return the path."""
    path = Path(path)
    with chart_context(), _quiet_font_subsetting():
        fig.savefig(path, format=fmt, dpi=DPI_PNG if fmt == "png" else None, metadata=_metadata(fmt))
    return path


@contextlib.contextmanager
def _quiet_font_subsetting():
    """fontTools logs one line per hinting table it drops when the PDF embeds Nanum Gothic."""
    logger = logging.getLogger("fontTools.subset")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG at 200 dpi, in memory (for embedding in the workbook)."""
    buffer = io.BytesIO()
    with chart_context():
        fig.savefig(buffer, format="png", dpi=DPI_PNG)
    return buffer.getvalue()


def _metadata(fmt: str) -> dict:
    return {"Creator": f"gcomdesk {__version__}"} if fmt in ("png", "pdf", "svg") else {}
