"""How every chart looks: the Korean font (registered, never set globally), greys and hatches that
survive black-and-white printing, and the per-figure style context."""

from __future__ import annotations

import contextlib
from functools import lru_cache

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.text import Text

from gcomdesk.fonts import FAMILY, korean_font_files

FALLBACK_FAMILY = "DejaVu Sans"  # digits and Latin symbols Nanum Gothic lacks
# Fills from dark to light, each with its own hatch, so series differ without colour.
GREYS = ("#404040", "#a6a6a6", "#ffffff", "#d9d9d9", "#737373", "#f2f2f2", "#262626")
HATCHES = ("", "///", "...", "xx", "\\\\\\", "++", "--")
EDGE = "#000000"
# Top-down estimates (core/estimates): a half-white, densely cross-hatched overlay no series uses, so
# the estimated part of a bar reads as such on dark and light fills, in colour and in black and white.
ESTIMATE_STYLE = {"facecolor": (1.0, 1.0, 1.0, 0.5), "hatch": "xxxx", "edgecolor": EDGE, "linewidth": 0.0}
DPI_PNG = 200


@lru_cache(maxsize=1)
def register_korean_font() -> str | None:
    """Register the bundled Korean font with matplotlib's font manager; return its family or None."""
    files = korean_font_files()
    for path in files:
        font_manager.fontManager.addfont(str(path))
    if not files:
        return None
    return font_manager.FontProperties(fname=str(files[0])).get_name() or FAMILY


def font_families() -> list[str]:
    """The font family list charts use: the Korean font first, then the fallback."""
    family = register_korean_font()
    return [family, FALLBACK_FAMILY] if family else [FALLBACK_FAMILY]


def chart_rc() -> dict:
    """rcParams applied only while a chart is built or saved (never globally)."""
    return {
        "font.family": font_families(),
        "axes.unicode_minus": False,  # Nanum Gothic has no U+2212 minus sign
        "hatch.color": EDGE,
        "hatch.linewidth": 0.6,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": 12,
        "axes.labelsize": 10,
        "xtick.labelsize": 9,
        "ytick.labelsize": 9,
        "legend.fontsize": 9,
        "legend.frameon": False,
        "svg.fonttype": "path",  # SVG carries the glyphs; no font needed to view it
        "pdf.fonttype": 42,  # TrueType in PDF: Hangul stays text and selectable
    }


@contextlib.contextmanager
def chart_context():
    """A context in which charts are built and saved with gcomdesk's style."""
    with matplotlib.rc_context(chart_rc()):
        yield


def apply_font(fig: Figure) -> None:
    """Pin the font on every text of the figure, so it draws right outside `chart_context` too
    (a Qt canvas repaints later; new tick labels copy the properties of existing ones)."""
    families = font_families()
    for text in fig.findobj(Text):
        # Titles are semibold, a weight only Nanum Gothic has: no fallback there, or matplotlib
        # logs that DejaVu Sans lacks it (Nanum Gothic covers every character of the labels).
        text.set_fontfamily(families if text.get_fontweight() in ("normal", 400) else families[:1])


def style_series(index: int) -> dict:
    """Bar keyword arguments for the n-th series: grey fill, hatch, black edge."""
    return {"color": GREYS[index % len(GREYS)], "hatch": HATCHES[index % len(HATCHES)],
            "edgecolor": EDGE, "linewidth": 0.6}


def scale_for(max_value: float) -> tuple[float, str]:
    """(divisor, unit) so axis numbers stay short: t, kt or Mt of CO2e."""
    if abs(max_value) >= 1e7:
        return 1e6, "MtCO2e"
    if abs(max_value) >= 1e4:
        return 1e3, "ktCO2e"
    return 1.0, "tCO2e"
