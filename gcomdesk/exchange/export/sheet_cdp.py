"""The CDP-ICLEI Track emissions matrix (sector x scope, with the GPC rows each sums) and the
boundary metadata CDP asks for (rows mapped from GPC by resources/export/cdp_rows.csv)."""

from __future__ import annotations

from gcomdesk import __version__
from gcomdesk.exchange.charts.data import sector_sums
from gcomdesk.exchange.export.cells import AMOUNT, INTEGER, SHARE, TONNES
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import BOLD, FLAG_FILL, OPTIONAL_FILL, SECTION_FILL, THIN_TOP, Column, SheetWriter
from gcomdesk.exchange.export.mappings import cdp_table
from gcomdesk.exchange.export.method_names import electricity_name, fuel_set_name, heat_name
from gcomdesk.exchange.export.rowinfo import required_at

GAS_LABELS = (("co2_t", "CO2"), ("ch4_t", "CH4"), ("n2o_t", "N2O"), ("hfcs_co2e_t", "HFCs"),
              ("pfcs_co2e_t", "PFCs"), ("sf6_t", "SF6"), ("nf3_t", "NF3"))


def _columns(ctx: ExportContext) -> list[Column]:
    t = ctx.t
    return [Column(t("export.col.cdp_sector"), 18, wrap=True), Column(t("export.col.cdp_source"), 40, wrap=True),
            Column(t("export.col.scope"), 8), Column(t("export.col.co2e_t"), 15, TONNES),
            Column(t("export.col.notation_key"), 9), Column(t("export.col.gpc_rows"), 34, wrap=True),
            Column(t("export.col.explanation"), 50, wrap=True), Column(t("export.col.flag"), 30, wrap=True)]


def gases_reported(ctx: ExportContext) -> list[str]:
    """CO2, CH4 and N2O always; the F-gases when any row holds them; a note for unsplit CO2e."""
    table = ctx.results.by_gpc
    gases = [label for col, label in GAS_LABELS if label in ("CO2", "CH4", "N2O") or float(table[col].abs().sum()) > 0]
    if float(table["unsplit_co2e_t"].abs().sum()) > 0:
        gases.append(ctx.t("export.cdp.unsplit"))
    return gases


def _change_rows(ctx: ExportContext, which: str) -> list[tuple[str, object, str | None]]:
    """The change of BASIC against the previous year or the base year, and its explanation."""
    t, view = ctx.t, ctx.years
    change, text = view.summary(which, "basic")
    other = view.other_year(which)
    if which == "previous":
        label = t("export.cdp.change", year=other) if other is not None else t("export.cdp.meta.change")
        reason_label = t("export.cdp.meta.change_reason")
    else:
        label = t("export.cdp.meta.change_base", year=other if other is not None else view.base_year or "-")
        reason_label = t("export.cdp.meta.change_base_reason")
    if change is None:
        return [(label, text, None)]
    pct = change.pct_value(ctx.lang)
    return [(label, pct, SHARE if isinstance(pct, float) else None), (reason_label, text, None)]


def _base_year_rows(ctx: ExportContext) -> list[tuple[str, object, str | None]]:
    """The base year and its emissions (BASIC and BASIC+, and by sector at the reporting level)."""
    t, view = ctx.t, ctx.years
    rows: list[tuple[str, object, str | None]] = [
        (t("export.cdp.meta.base_year"), view.base_year if view.base_year is not None else t("export.years.not_set"), None)]
    base = view.base_figures
    if view.base_year is None:
        return rows
    if base is None:
        return [*rows, (t("export.cdp.meta.base_total", total="BASIC", year=view.base_year),
                        view.no_change_text("base"), None)]
    for key in ("basic", "basic_plus"):
        rows.append((t("export.cdp.meta.base_total", total=t(f"export.total_short.{key}"), year=base.year),
                     base.totals.get(key, 0.0), TONNES))
    level = "basic_plus" if ctx.profile.reporting_level == "basic_plus" else "basic"
    for sector_no, value in sector_sums(base.rows, ctx.ref, level).items():
        rows.append((t("export.cdp.meta.base_sector", sector=ctx.sector_name(sector_no),
                       total=t(f"export.total_short.{level}"), year=base.year), value, TONNES))
    return rows


def _metadata(ctx: ExportContext) -> list[tuple[str, object, str | None]]:
    p, t = ctx.profile, ctx.t
    method = t("export.cdp.methodology", level=ctx.level_label(), fuel=fuel_set_name(ctx),
               electricity=electricity_name(ctx), heat=heat_name(ctx), version=__version__)
    return [
        (t("export.cdp.meta.year"), int(p.year), None),
        (t("export.cdp.meta.boundary"), p.boundary_notes or t("export.cdp.meta.boundary_default", name=ctx.jurisdiction()), None),
        (t("export.cdp.meta.population"), p.population, INTEGER),
        (t("export.cdp.meta.area"), p.area_km2, AMOUNT),
        (t("export.cdp.meta.gwp"), p.gwp_set, None),
        (t("export.cdp.meta.gases"), ", ".join(gases_reported(ctx)), None),
        (t("export.cdp.meta.methodology"), method, None),
        *_base_year_rows(ctx),
        *_change_rows(ctx, "previous"),
        *_change_rows(ctx, "base"),
    ]


def write_cdp_sheet(wb, ctx: ExportContext) -> SheetWriter:
    """Write the CDP matrix and metadata and return the writer."""
    t = ctx.t
    sheet = SheetWriter(wb, t("export.sheet.cdp"), ctx.header_lines(), ctx.print_header())
    sheet.table_header(_columns(ctx), freeze_columns=2)
    sector = None
    for row, cell in cdp_table(ctx.results, ctx.lang):
        label_sector = t("export.cdp.totals") if row.total_key else row.sector_ko if ctx.lang == "ko" else row.sector_en
        if label_sector != sector:
            sector = label_sector
            sheet.add_row([label_sector], font=BOLD, fill=SECTION_FILL)
        missing = list(cell.missing)
        flag, required = "", False
        if missing and row.total_key:  # a total taking territorial rows still unanswered
            flag, required = t("export.total_incomplete", refs=", ".join(missing)), True
        elif missing:
            required = any(required_at(r, ctx.profile.reporting_level, ctx.ref) for r in missing)
            flag = t("export.flag.cell_missing" if required else "export.flag.cell_missing_not_required",
                     refs=", ".join(missing), level=ctx.level_label())
        if not row.total_key and (estimated := ctx.estimate_note(cell.refs)):
            flag = f"{flag} {estimated}".strip()
        values = [label_sector, row.label_ko if ctx.lang == "ko" else row.label_en,
                  int(row.scope) if row.scope else None, cell.value, cell.key or None, ", ".join(cell.refs) or None,
                  cell.explanation or None, flag or None]
        r = sheet.add_row(values, font=BOLD if row.total_key else None, border=THIN_TOP if row.total_key else None)
        if missing and (cell.value is None or row.total_key):
            sheet.fill_cells(r, (3, 4), FLAG_FILL if required else OPTIONAL_FILL)
    last_table_row = sheet.row - 1
    sheet.blank()
    sheet.line(t("export.cdp.meta_title"), font=BOLD)
    for label, value, fmt in _metadata(ctx):
        sheet.add_row([label, value], formats={1: fmt} if fmt else None)
    sheet.blank()
    sheet.line(t("export.cdp.note_scope1"))
    sheet.finish(last_table_row=last_table_row)
    return sheet
