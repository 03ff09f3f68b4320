"""Where the Korean font comes from, for Qt and matplotlib alike (no Qt here).

gcomdesk brings its own Hangul font: the Nanum Gothic files that the koreanize-matplotlib
package ships. The package is located without importing it, because importing it rewrites
matplotlib's global rcParams. A frozen bundle carries the same files under resources/fonts.
Malgun Gothic (Windows) and Apple SD Gothic Neo (macOS) are the fallbacks.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from gcomdesk.paths import resource_path

FAMILY = "NanumGothic"
_SYSTEM_FALLBACKS = (
    Path("C:/Windows/Fonts/malgun.ttf"),
    Path("/System/Library/Fonts/AppleSDGothicNeo.ttc"),
    Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
)


def _package_font_dir() -> Path | None:
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def korean_font_files() -> list[Path]:
    """Return the Korean font files to register, regular weight first (empty if none found)."""
    for folder in (resource_path("fonts"), _package_font_dir()):
        if folder and (folder / "NanumGothic.ttf").is_file():
            names = ("NanumGothic.ttf", "NanumGothicBold.ttf")
            return [folder / n for n in names if (folder / n).is_file()]
    return [p for p in _SYSTEM_FALLBACKS if p.is_file()][:1]


def korean_font_file() -> Path | None:
    """Return the regular-weight Korean font file, or None when no Korean font can be found."""
    files = korean_font_files()
    return files[0] if files else None
