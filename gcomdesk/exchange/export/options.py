"""What an export takes (the inventory and the choices) and what it gives back (the files written)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from gcomdesk.core.analysis import Analysis
from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.messages import Message
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.trend import YearFigures
from gcomdesk.exchange.staged import WriteError

# The workbook's parts, in sheet order. The cover is always written.
PARTS = ("cover", "gpc", "crf", "cdp", "national", "activity", "factors", "checks", "charts")
CHART_FORMATS = ("png", "svg", "pdf")

# progress(done, total, step_key): step_key is a message key (export.step.*) naming the part
ProgressCallback = Callable[[int, int, str], None]


# The export could not be written (target open elsewhere, read-only, disk full...): the error of
# every staged write (exchange/staged.py), under the name the export's callers know.
ExportError = WriteError


class ExportRefused(GcomdeskError):
    """The inventory has errors and a draft was not asked for; nothing was written."""

    def __init__(self, errors: int) -> None:
        self.errors = errors
        super().__init__("export.refused", count=errors)


class ExportCancelled(GcomdeskError):
    """The user cancelled; the temporary file was removed and nothing was replaced."""

    def __init__(self) -> None:
        super().__init__("export.cancelled")


@dataclass
class ExportInput:
    """The inventory year to export, read from the project in the caller's thread.

    `other_years` holds the project's other years (their figures, or (records, profile) to compute
    them from, as `Inventory.snapshot().others`) for the Years sheet, the trend chart and the
    base-year fields; an `analysis` already computed carries them in `analysis.figures`."""

    records: pd.DataFrame
    profile: Profile
    ref: ReferenceLibrary
    acknowledgements: list[dict] = field(default_factory=list)
    other_years: dict[int, YearFigures | tuple[pd.DataFrame, Profile]] = field(default_factory=dict)
    source_name: str = ""  # the project file's name, printed on the cover
    analysis: Analysis | None = None  # the inventory's analysis when the caller has it (else computed once)


@dataclass
class ExportOptions:
    """The reader's choices: folder, language, parts and chart file formats."""

    out_dir: Path
    lang: str = "ko"
    parts: tuple[str, ...] = PARTS
    chart_formats: tuple[str, ...] = ("png",)  # chart files next to the workbook (PNG is always embedded)
    draft: bool = False  # allow an inventory with errors, marked DRAFT in the file name and on the cover
    activity_csv: bool = True
    file_stem: str = ""  # default: "<jurisdiction>_<year>_GHG_inventory"

    def __post_init__(self) -> None:
        self.out_dir = Path(self.out_dir)
        unknown_parts = set(self.parts) - set(PARTS)
        if unknown_parts:
            raise ExportError("export.bad_part", value=", ".join(sorted(unknown_parts)), allowed=", ".join(PARTS))
        self.parts = tuple(p for p in PARTS if p in set(self.parts) | {"cover"})
        unknown = set(self.chart_formats) - set(CHART_FORMATS)
        if unknown:
            raise ExportError("export.bad_format", value=", ".join(sorted(unknown)), allowed=", ".join(CHART_FORMATS))


@dataclass
class ExportResult:
    """What was written: the workbook, the activity CSV, chart files, and what was skipped and why."""

    workbook: Path
    files: list[Path]
    sheets: list[str]
    draft: bool
    errors: int
    warnings: int
    charts_skipped: list[tuple[str, str]] = field(default_factory=list)  # (chart id, reason in the export language)

    def summary_lines(self, lang: str) -> list[str]:
        """Plain lines for the CLI and the window: each file written, then skipped charts."""
        lines = [Message("export.summary.head", {"count": len(self.files), "folder": str(self.workbook.parent)}).render(lang)]
        if self.draft:
            lines.append(Message("export.draft_banner", {"count": self.errors}).render(lang))
        lines += [f"  {path.name}" if path.parent == self.workbook.parent else f"  {path.parent.name}/{path.name}"
                  for path in self.files]
        lines += [Message("export.summary.sheets", {"sheets": ", ".join(self.sheets)}).render(lang)]
        lines += ["  " + Message("export.summary.skipped", {"chart": chart, "reason": reason}).render(lang)
                  for chart, reason in self.charts_skipped]
        return lines
