"""The Cover: profile, boundary, preparer, method choices, the GPC totals, the check status and
the contents. A draft says "DRAFT — n errors" in large red type at the top."""

from __future__ import annotations

from openpyxl.styles import Alignment

from gcomdesk.core.totals import TOTAL_KEYS
from gcomdesk.exchange.export.cells import AMOUNT, INTEGER, SHARE, TONNES
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import BOLD, DRAFT, ESTIMATE_FILL, FLAG_FILL, SECTION_FILL, THIN_TOP, Column, SheetWriter
from gcomdesk.exchange.export.method_names import electricity_name, gwp_basis_note, heat_name

LEFT_WRAP = Alignment(horizontal="left", vertical="top", wrap_text=True)
LEVEL_KEYS = {"provincial": "export.cover.level_provincial", "municipal": "export.cover.level_municipal"}


def _section(sheet: SheetWriter, title: str) -> None:
    sheet.blank()
    sheet.add_row([title, None], font=BOLD, fill=SECTION_FILL)


def _pairs(sheet: SheetWriter, pairs: list[tuple[str, object, str | None]]) -> None:
    for label, value, fmt in pairs:
        row = sheet.add_row([label, value], formats={1: fmt} if fmt else None)
        sheet.style_cells(row, (1,), alignment=LEFT_WRAP)  # numbers and text line up under each other


def status_text(ctx: ExportContext) -> str:
    """'Ready to submit' or 'DRAFT — n errors'."""
    return ctx.t("export.draft_banner", count=ctx.errors) if ctx.errors else ctx.t("export.cover.ready")


def write_cover_sheet(wb, ctx: ExportContext, contents: list[tuple[str, str]]) -> SheetWriter:
    """Write the cover (contents: (part, sheet title) pairs), move it to the front, return the writer."""
    t, p = ctx.t, ctx.profile
    sheet = SheetWriter(wb, t("export.sheet.cover"), [], ctx.print_header(),
                        heading=t("export.cover.title", name=ctx.jurisdiction(), year=p.year))
    sheet.row = 2
    if ctx.draft:
        sheet.line(t("export.draft_banner", count=ctx.errors), font=DRAFT)
    for line in ctx.header_lines():
        sheet.line(line)
    sheet.columns = [Column("", 40, wrap=True), Column("", 80, wrap=True), Column("", 60, wrap=True)]
    region = ctx.ref.regions.get(p.region_code)
    _section(sheet, t("export.cover.profile"))
    _pairs(sheet, [
        (t("export.cover.name_ko"), p.name_ko, None), (t("export.cover.name_en"), p.name_en or None, None),
        (t("export.cover.region"), f"{p.region_code} {region.name_ko if region else ''}".strip(), None),
        (t("export.cover.level"), t(LEVEL_KEYS.get(p.level, "export.cover.level_municipal")), None),
        (t("export.cover.year"), int(p.year), None), (t("export.cover.base_year"), p.base_year, None),
        (t("export.cover.population"), p.population, INTEGER), (t("export.cover.area"), p.area_km2, AMOUNT),
        (t("export.cover.grdp"), p.grdp_billion_krw, AMOUNT),
    ])
    _section(sheet, t("export.cover.boundary"))
    _pairs(sheet, [(t("export.cover.boundary_notes"), p.boundary_notes or t("export.cover.not_given"), None)])
    _section(sheet, t("export.cover.preparer"))
    _pairs(sheet, [(t("export.cover.preparer_name"), p.preparer_name or t("export.cover.not_given"), None),
                   (t("export.cover.preparer_contact"), p.preparer_contact or t("export.cover.not_given"), None),
                   (t("export.cover.source_file"), ctx.data.source_name or None, None)])
    _section(sheet, t("export.cover.method"))
    method = [(t("export.cover.gwp"), p.gwp_set, None), (t("export.cover.reporting_level"), ctx.level_label(), None),
              (t("export.cover.fuel_factors"), t(f"export.fuel_set.{p.fuel_factor_set}"), None),
              (t("export.cover.electricity"), f"{p.electricity_edition} — {electricity_name(ctx)}", None),
              (t("export.cover.heat"), f"{p.heat_edition} — {heat_name(ctx)}", None)]
    if gwp_basis_note(ctx):
        method.append((t("export.cover.gwp_basis"), gwp_basis_note(ctx), None))
    _pairs(sheet, method)
    _section(sheet, t("export.cover.totals"))
    incomplete = ctx.results.incomplete
    for key in TOTAL_KEYS:
        open_rows = incomplete.get(key)
        row = sheet.add_row([t(f"total.{key}"), ctx.results.totals[key],
                             t("export.total_incomplete", refs=", ".join(open_rows)) if open_rows else None],
                            font=BOLD if key in ("basic", "basic_plus") else None,
                            formats={1: TONNES}, border=THIN_TOP if key == "direct" else None)
        sheet.style_cells(row, (1,), alignment=LEFT_WRAP)
        if open_rows:
            sheet.fill_cells(row, (0, 1, 2), FLAG_FILL)
    sheet.line(t("export.gpc.note_direct"))
    part = ctx.estimated
    if part.by_row:
        row = sheet.add_row([t("export.cover.estimated"), part.basic_share,
                             t("export.cover.estimated_rows", estimated_t=part.basic_t, refs=", ".join(part.rows))],
                            font=BOLD, formats={1: SHARE})
        sheet.style_cells(row, (1,), alignment=LEFT_WRAP)
        sheet.fill_cells(row, (0, 1, 2), ESTIMATE_FILL)
    if incomplete:
        sheet.line(t("export.cover.totals_incomplete"), font=BOLD)
    _section(sheet, t("export.cover.checks"))
    counts = ctx.severity_counts
    _pairs(sheet, [(t("export.cover.status"), status_text(ctx), None),
                   (t("export.severity.error"), counts["error"], INTEGER),
                   (t("export.severity.warning"), counts["warning"], INTEGER),
                   (t("export.cover.acknowledged"), ctx.acknowledged, INTEGER),
                   (t("export.severity.info"), counts["info"], INTEGER)])
    if ctx.draft:
        sheet.add_row([t("export.cover.draft_note"), None], font=BOLD)
    _section(sheet, t("export.cover.contents"))
    for part, title in contents:
        sheet.add_row([title, t(f"export.contents.{part}")])
    sheet.finish(autofilter=False)
    wb.move_sheet(sheet.title, offset=-wb.index(sheet.ws))
    wb.active = 0
    return sheet

