"""The GCoM Common Reporting Framework table: CRF sectors and sub-sectors x direct / indirect from
grid energy / outside the boundary, each with its notation key; energy generation in its own
block, excluded from the total (rows mapped from GPC by resources/export/crf_rows.csv)."""

from __future__ import annotations

from gcomdesk.exchange.export.cells import SHARE, TONNES
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import (
    BOLD,
    FLAG_FILL,
    NA_FILL,
    OPTIONAL_FILL,
    SECTION_FILL,
    THIN_TOP,
    Column,
    SheetWriter,
)
from gcomdesk.exchange.export.mappings import CRF_COLUMNS, CrfRow, MappedCell, crf_sector_totals, crf_table, crf_total
from gcomdesk.exchange.export.rowinfo import required_at

GCOM_GWP_SETS = ("AR4", "AR5")
BLOCK_TITLES = {"generation": "export.crf.block_generation", "memo": "export.crf.block_memo"}


def _columns(ctx: ExportContext) -> list[Column]:
    t = ctx.t
    return [Column(t("export.col.crf_sector"), 18, wrap=True), Column(t("export.col.crf_subsector"), 32, wrap=True),
            Column(t("export.col.crf_direct"), 14, TONNES), Column(t("export.col.key"), 7),
            Column(t("export.col.crf_indirect"), 14, TONNES), Column(t("export.col.key"), 7),
            Column(t("export.col.crf_outside"), 14, TONNES), Column(t("export.col.key"), 7),
            Column(t("export.col.crf_total"), 14, TONNES), Column(t("export.col.gpc_rows"), 26, wrap=True),
            Column(t("export.col.explanation"), 50, wrap=True), Column(t("export.col.flag"), 30, wrap=True)]


def _label(ctx: ExportContext, row: CrfRow, which: str) -> str:
    if which == "sector":
        return row.sector_ko if ctx.lang == "ko" else row.sector_en
    return row.label_ko if ctx.lang == "ko" else row.label_en


def _gpc_rows_text(ctx: ExportContext, cells: dict[str, MappedCell]) -> str:
    parts = [f"{ctx.t('export.crf.short_' + c)}: {', '.join(cell.refs)}" for c, cell in cells.items() if cell.refs]
    return " · ".join(parts)


def _explanation(ctx: ExportContext, row: CrfRow, cells: dict[str, MappedCell]) -> str:
    if row.fixed_key:
        return next(iter(cells.values())).explanation
    parts = [f"{ctx.t('export.crf.short_' + c)}: {cell.explanation}" for c, cell in cells.items() if cell.explanation]
    return " | ".join(parts)


def _flag(ctx: ExportContext, cells: dict[str, MappedCell]) -> str:
    estimated = ctx.estimate_note(dict.fromkeys(ref for cell in cells.values() for ref in cell.refs))
    missing = [ref for cell in cells.values() for ref in cell.missing]
    if not missing:
        return estimated
    required = [r for r in missing if required_at(r, ctx.profile.reporting_level, ctx.ref)]
    key = "export.flag.cell_missing" if required else "export.flag.cell_missing_not_required"
    return " ".join(part for part in (ctx.t(key, refs=", ".join(missing), level=ctx.level_label()), estimated) if part)


def _write_row(sheet: SheetWriter, ctx: ExportContext, row: CrfRow, cells: dict[str, MappedCell]) -> None:
    values: list = [_label(ctx, row, "sector"), _label(ctx, row, "subsector")]
    for c in CRF_COLUMNS:
        values += [cells[c].value, cells[c].key or None]
    numbers = [cells[c].value for c in CRF_COLUMNS if cells[c].value is not None]
    values += [sum(numbers) if numbers else None, _gpc_rows_text(ctx, cells) or None,
               _explanation(ctx, row, cells) or None, _flag(ctx, cells) or None]
    r = sheet.add_row(values)
    for i, c in enumerate(CRF_COLUMNS):
        if not cells[c].applicable and not cells[c].key:
            sheet.fill_cells(r, (2 + 2 * i, 3 + 2 * i), NA_FILL)
        elif cells[c].missing and cells[c].value is None:
            required = any(required_at(ref, ctx.profile.reporting_level, ctx.ref) for ref in cells[c].missing)
            sheet.fill_cells(r, (2 + 2 * i, 3 + 2 * i), FLAG_FILL if required else OPTIONAL_FILL)


def _sum_row(sheet: SheetWriter, label: str, sums: dict[str, float], sector: str = "") -> None:
    sheet.add_row([sector, label, sums["direct"], None, sums["indirect"], None, sums["outside"], None, sums["total"]],
                  font=BOLD, border=THIN_TOP)


def gwp_statement(ctx: ExportContext) -> str:
    """What the CRF asks about the GWP set: AR4/AR5, or an explanation."""
    gwp = ctx.profile.gwp_set
    return ctx.t("export.crf.gwp_ok" if gwp in GCOM_GWP_SETS else "export.crf.gwp_explain", gwp=gwp)


def _base_row(sheet: SheetWriter, label: str, before: float, now: float, explanation: str | None = None,
              total: bool = False) -> None:
    values = [label, None, before, None, now, None, (now - before) / abs(before) if before else None,
              None, None, None, explanation]
    sheet.add_row(values, font=BOLD if total else None, border=THIN_TOP if total else None, formats={6: SHARE})


def _base_year_block(sheet: SheetWriter, ctx: ExportContext) -> None:
    """The base year, its emissions by CRF sector beside this year's with the change of the CRF
    total (= BASIC+) since then, and the change since the last inventory, with the explanations."""
    t, view = ctx.t, ctx.years
    sheet.add_row([t("export.crf.base_title")], font=BOLD, fill=SECTION_FILL)
    sheet.add_row([t("export.crf.base_year"), None, view.base_year if view.base_year is not None else t("export.years.not_set")],
                  formats={2: "0"})
    base = view.base_figures
    if base is None:
        sheet.add_row([view.no_change_text("base")])
    else:
        sheet.add_row([t("export.col.crf_sector"), None, t("export.years.col_base_year", year=base.year), None,
                       t("export.years.col_year", year=view.year), None, t("export.crf.change_pct", year=base.year),
                       None, None, None, t("export.col.explanation")], font=BOLD)
        before_by_sector = crf_sector_totals(base.rows)
        now_by_sector = {row.sector_en: v for row, v in crf_sector_totals(view.figures[view.year].rows)}
        for row, before in before_by_sector:
            _base_row(sheet, _label(ctx, row, "sector"), before, now_by_sector[row.sector_en])
        change, text = view.summary("base", "basic_plus")
        _base_row(sheet, t("export.crf.base_total"), sum(v for _, v in before_by_sector), sum(now_by_sector.values()),
                  text if change is not None else None, total=True)
    change, text = view.summary("previous", "basic_plus")
    if change is None:
        sheet.add_row([text])
        return
    pct = change.pct_value(ctx.lang)
    values = [t("export.crf.change_last", year=change.other_year), None, change.other_t, None, change.this_t, None, pct,
              None, None, None, text]
    sheet.add_row(values, formats={6: SHARE} if isinstance(pct, float) else None)


def write_crf_sheet(wb, ctx: ExportContext) -> SheetWriter:
    """Write the CRF table and return its writer."""
    t = ctx.t
    sheet = SheetWriter(wb, t("export.sheet.crf"), ctx.header_lines(), ctx.print_header())
    sheet.line(gwp_statement(ctx), font=BOLD)
    sheet.line(t("export.crf.intro"))
    sheet.blank()
    sheet.table_header(_columns(ctx), freeze_columns=2)
    table = crf_table(ctx.results, ctx.lang)
    main = [(row, cells) for row, cells in table if row.block == "total"]
    for sector in dict.fromkeys(row.sector_en for row, _ in main):
        group = [(row, cells) for row, cells in main if row.sector_en == sector]
        sheet.add_row([_label(ctx, group[0][0], "sector")], font=BOLD, fill=SECTION_FILL)
        for row, cells in group:
            _write_row(sheet, ctx, row, cells)
        _sum_row(sheet, t("export.crf.subtotal"), crf_total(group), _label(ctx, group[0][0], "sector"))
    sheet.blank()
    _sum_row(sheet, t("export.crf.total"), crf_total(table))
    last_table_row = sheet.row - 1
    for block in ("generation", "memo"):
        rows = [(row, cells) for row, cells in table if row.block == block]
        if not rows:
            continue
        sheet.blank()
        sheet.add_row([t(BLOCK_TITLES[block])], font=BOLD, fill=SECTION_FILL)
        for row, cells in rows:
            _write_row(sheet, ctx, row, cells)
        _sum_row(sheet, t("export.crf.block_total"), crf_total(table, block))
    sheet.blank()
    _base_year_block(sheet, ctx)
    sheet.blank()
    sheet.line(t("export.crf.note_total"))
    sheet.line(t("export.crf.note_keys"))
    sheet.finish(last_table_row=last_table_row)
    return sheet
