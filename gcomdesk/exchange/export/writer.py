"""Writes the submission workbook, activity.csv and the chart files.

Each file is written to a temporary file in the target folder and moved into place only when it
is complete, so a failed or cancelled export never leaves half a workbook where the last good one
was. A target that is read-only or open in another program is refused with a clear message
before any work is done (the staging: exchange/staged.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from gcomdesk.exchange.charts import ChartInputs, ChartOutcome, png_bytes, render_charts, save_chart
from gcomdesk.exchange.export.context import ExportContext, build_context
from gcomdesk.exchange.export.options import (
    ExportError,
    ExportInput,
    ExportOptions,
    ExportRefused,
    ExportResult,
    ProgressCallback,
)
from gcomdesk.exchange.export.sheet_activity import (
    activity_csv_writer,
    open_activity_csv,
    write_activity_csv,
    write_activity_sheet,
)
from gcomdesk.exchange.export.sheet_cdp import write_cdp_sheet
from gcomdesk.exchange.export.sheet_charts import write_charts_sheet
from gcomdesk.exchange.export.sheet_checks import write_checks_sheet
from gcomdesk.exchange.export.sheet_contributions import is_rollup, write_contributions_sheet
from gcomdesk.exchange.export.sheet_cover import write_cover_sheet
from gcomdesk.exchange.export.sheet_crf import write_crf_sheet
from gcomdesk.exchange.export.sheet_factors import write_factors_sheet
from gcomdesk.exchange.export.sheet_gpc import write_gpc_sheet
from gcomdesk.exchange.export.sheet_methods import write_method_sheets
from gcomdesk.exchange.export.sheet_national import write_national_sheet
from gcomdesk.exchange.export.sheet_years import write_years_sheet
from gcomdesk.exchange.staged import Staged, check_space, check_writable, write_error

_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\s]+')
CSV_NAME = "activity.csv"
CHART_FOLDER = "charts"
SHEET_WRITERS: dict[str, Callable] = {
    "gpc": write_gpc_sheet, "crf": write_crf_sheet, "cdp": write_cdp_sheet, "national": write_national_sheet,
    "factors": write_factors_sheet, "checks": write_checks_sheet, "years": write_years_sheet,
    "contributions": write_contributions_sheet,
}


def sheet_parts(parts: tuple[str, ...], several_years: bool, rollup: bool = False) -> list[str]:
    """The parts written, in sheet order: the chosen ones and, when the inventory is a roll-up of
    municipal inventories, the Contributions sheet, and when the project holds two years or more,
    the Years sheet (both before the charts) whatever was chosen, as the cover is. With one year
    the CRF and CDP sheets and the Charts sheet say that the trend needs two years."""
    added = [*(["contributions"] if rollup else []), *(["years"] if several_years else [])]
    if not added:
        return list(parts)
    chosen = [p for p in parts if p != "charts"]
    return [*chosen, *added, *(["charts"] if "charts" in parts else [])]


def safe_file_part(text: str) -> str:
    """Text made safe for a file name on Windows, macOS and Linux, and never starting with a character
    a spreadsheet or shell takes as a formula or an option (= + - @)."""
    return _UNSAFE_NAME.sub("_", text).strip("._").lstrip("=+-@ ")[:80] or "inventory"


def workbook_name(ctx: ExportContext, stem: str = "") -> str:
    """The workbook's file name; a draft says DRAFT and the number of errors in it."""
    p = ctx.profile
    name = p.name_en if ctx.lang == "en" and p.name_en else p.name_ko
    stem = stem or ctx.t("export.file_stem", name=safe_file_part(name), year=p.year)
    if ctx.draft:
        stem += "_" + ctx.t("export.file_draft", count=ctx.errors)
    return safe_file_part(stem) + ".xlsx"


def estimated_size(ctx: ExportContext, charts: int, formats: int) -> int:
    """A generous estimate of an export's bytes: the records twice (workbook and activity.csv), the
    fixed sheets and the chart files."""
    return 2 * 400 * len(ctx.results.records) + 2_000_000 + charts * max(formats, 1) * 400_000


class _Steps:
    """Counts steps and reports them; the callback may raise ExportCancelled to stop."""

    def __init__(self, total: int, progress: ProgressCallback | None) -> None:
        self.done, self.total, self.progress = 0, total, progress

    def __call__(self, key: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, key)
        self.done += 1

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total, "export.step.done")


def _render_charts(ctx: ExportContext, options: ExportOptions) -> tuple[list[ChartOutcome], dict[str, bytes]]:
    inputs = ChartInputs(ctx.results, ctx.profile, ctx.ref, ctx.lang, figures=ctx.analysis.figures,
                         national_view=ctx.national)
    outcomes = render_charts(inputs)
    pngs = {o.chart_id: png_bytes(o.figure) for o in outcomes if o.figure is not None}
    return outcomes, pngs


def export_inventory(data: ExportInput, options: ExportOptions, progress: ProgressCallback | None = None,
                     now: datetime | None = None) -> ExportResult:
    """Write the workbook (and activity.csv and chart files) into options.out_dir.

    Raises ExportRefused when the inventory has errors and options.draft is False, ExportError when
    a file cannot be written, ExportCancelled when the progress callback cancels."""
    ctx = build_context(data, options.lang, now)
    if ctx.errors and not options.draft:
        raise ExportRefused(ctx.errors)
    out_dir = options.out_dir
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError("export.folder_unwritable", path=str(out_dir), reason=exc.strerror or str(exc)) from None
    target = out_dir / workbook_name(ctx, options.file_stem)
    check_writable(target)
    want_charts = "charts" in options.parts or options.chart_formats
    parts = sheet_parts(options.parts, ctx.years.several, is_rollup(ctx.results.records))
    steps = _Steps(len(parts) + 1 + int(bool(want_charts)) + int(options.activity_csv), progress)
    outcomes, pngs = [], {}
    if want_charts:
        steps("export.step.render_charts")
        outcomes, pngs = _render_charts(ctx, options)
    check_space(out_dir, estimated_size(ctx, len(pngs), len(options.chart_formats)))
    staged = Staged()
    wb = Workbook(write_only=True)  # every sheet streams its rows to a temporary file
    try:
        with ExitStack() as stack:
            csv_tmp = staged.stage(out_dir / CSV_NAME) if options.activity_csv else None
            csv_rows = None  # with the Activity sheet, activity.csv is written in the same pass
            if csv_tmp is not None and "activity" in options.parts:
                csv_rows = activity_csv_writer(stack.enter_context(open_activity_csv(csv_tmp)), ctx)
            contents: list[tuple[str, str]] = []
            for part in parts:
                if part == "cover":
                    continue
                steps(f"export.step.{part}")
                if part == "charts":
                    sheet = write_charts_sheet(wb, ctx, outcomes, pngs)
                elif part == "activity":
                    sheet = write_activity_sheet(wb, ctx, csv_rows)
                else:
                    sheet = SHEET_WRITERS[part](wb, ctx)
                contents.append((part, sheet.title))
            if "activity" in parts:  # the method inputs in the import layout, after every other sheet
                contents += [("methods", title) for title in write_method_sheets(wb, ctx)]
            steps("export.step.cover")
            write_cover_sheet(wb, ctx, contents)
            sheets = list(wb.sheetnames)
            steps("export.step.save")
            staged.write(target, lambda tmp: wb.save(tmp))
        if csv_tmp is not None:
            steps("export.step.csv")
            if csv_rows is None:
                try:
                    write_activity_csv(csv_tmp, ctx)
                except OSError as exc:
                    raise write_error(out_dir / CSV_NAME, exc) from None
        _stage_chart_files(staged, out_dir, outcomes, options.chart_formats)
        files = staged.commit()  # only now is anything replaced
    except OSError as exc:  # a write outside the staged ones (e.g. a sheet's own temporary file)
        _discard(wb)
        staged.discard()
        raise ExportError("export.write_failed", path=str(out_dir), reason=exc.strerror or str(exc)) from None
    except BaseException:
        _discard(wb)
        staged.discard()
        raise
    steps.finish()
    return ExportResult(workbook=target, files=files, sheets=sheets,
                        draft=ctx.draft, errors=ctx.errors, warnings=ctx.severity_counts["warning"],
                        charts_skipped=[(o.title, o.skipped or "") for o in outcomes if o.figure is None])


def _discard(wb: Workbook) -> None:
    """Remove the temporary files of a write-only workbook that will not be saved (openpyxl would
    keep them until the program exits)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None or not Path(writer.out).exists():
            continue
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # noqa: BLE001 - a half-written sheet may not close cleanly; it is removed anyway
            pass
        writer.cleanup()


def _stage_chart_files(staged: Staged, out_dir: Path, outcomes: list[ChartOutcome], formats: tuple[str, ...]) -> None:
    drawn = [o for o in outcomes if o.figure is not None]
    if not formats or not drawn:
        return
    folder = out_dir / CHART_FOLDER
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExportError("export.folder_unwritable", path=str(folder), reason=exc.strerror or str(exc)) from None
    for outcome in drawn:
        for fmt in formats:
            staged.write(folder / f"{outcome.chart_id}.{fmt}", lambda tmp, fig=outcome.figure, f=fmt: save_chart(fig, tmp, f))
