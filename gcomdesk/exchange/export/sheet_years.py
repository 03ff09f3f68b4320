"""The Years sheet: every year the project holds by GPC row and total (BASIC, BASIC+, scopes),
then, for the exported year, the change since the previous year and since the base year (tonnes
and per cent), whether it needs an explanation (thresholds of resources/checks/rules.csv) and the
officer's explanation with its reason. With one year it says that the trend needs two."""

from __future__ import annotations

from gcomdesk.core.checks import load_check_data
from gcomdesk.core.checks import trend as trend_rules
from gcomdesk.core.years import editions_message
from gcomdesk.exchange.export.cells import SHARE, TONNES
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import BOLD, FLAG_FILL, THIN_TOP, Column, SheetWriter
from gcomdesk.exchange.export.years import WHICH, YearsView

TOTALS = ("basic", "basic_plus", "scope1", "scope2", "scope3")
COMPARED_TOTALS = ("basic", "basic_plus")  # the totals core.trend compares


def _year_header(ctx: ExportContext, year: int) -> str:
    y = ctx.years
    key = "export.years.col_base_year" if year == y.base_year else "export.years.col_year"
    text = ctx.t(key, year=year)
    return text + (" " + ctx.t("export.years.exported") if year == y.year else "")


def _compared(view: YearsView) -> list[tuple[str, int]]:
    return [(which, year) for which in WHICH if (year := view.other_year(which)) is not None]


def _columns(ctx: ExportContext) -> list[Column]:
    t, view = ctx.t, ctx.years
    columns = [Column(t("export.col.gpc_ref"), 10), Column(t("export.col.subsector"), 32, wrap=True),
               Column(t("export.col.scope"), 7)]
    columns += [Column(_year_header(ctx, y), 14, TONNES) for y in view.years]
    for which, other in _compared(view):
        columns += [Column(t(f"export.years.col_change_t_{which}", year=other), 14, TONNES),
                    Column(t(f"export.years.col_change_pct_{which}", year=other), 11, SHARE),
                    Column(t(f"export.years.col_needs_{which}", year=other), 12),
                    Column(t(f"export.years.col_explanation_{which}", year=other), 40, wrap=True),
                    Column(t(f"export.years.col_reason_{which}", year=other), 16, wrap=True)]
    return columns


def _change_cells(ctx: ExportContext, ref: str) -> tuple[list, list[int]]:
    """The change columns of one row, and the columns (offsets) to shade: explanation needed, none given."""
    cells, shade = [], []
    for which, _other in _compared(ctx.years):
        change = ctx.years.change(which, ref)
        if change is None:
            cells += [None] * 5
            continue
        needs = ctx.t("export.years.yes" if change.needs else "export.years.no")
        explanation = change.explanation
        if change.needs and explanation is None:
            shade.append(len(cells) + 3)
        cells += [change.change_t, change.pct_value(ctx.lang), needs,
                  explanation.text if explanation else None, explanation.reason if explanation else None]
    return cells, shade


def write_years_sheet(wb, ctx: ExportContext) -> SheetWriter:
    """Write the Years sheet and return its writer."""
    t, view = ctx.t, ctx.years
    sheet = SheetWriter(wb, t("export.sheet.years"), ctx.header_lines(), ctx.print_header())
    sheet.line(t("export.years.intro", years=", ".join(map(str, view.years)), year=view.year,
                 base=view.base_year if view.base_year is not None else "-"), font=BOLD)
    sheet.line(editions_message(ctx.profile).render(ctx.lang))
    limits = trend_rules.thresholds(load_check_data())
    if view.several:
        sheet.line(t("export.years.thresholds", change=f"{limits.change:.0%}", share=f"{limits.share:.0%}"))
    for which in WHICH:
        if view.other_year(which) is None:
            sheet.line(view.no_change_text(which))
    sheet.blank()
    sheet.table_header(_columns(ctx), freeze_columns=3)
    first_change = 3 + len(view.years)
    refs = [r for r in ctx.ref.gpc if any(view.figures[y].rows.get(r) for y in view.years)]
    for ref in refs:
        gpc = ctx.ref.gpc[ref]
        changes, shade = _change_cells(ctx, ref)
        r = sheet.add_row([ref, ctx.gpc_name(ref), gpc.scope, *(view.figures[y].rows.get(ref) for y in view.years),
                           *changes])
        if shade:
            sheet.fill_cells(r, [first_change + j for j in shade], FLAG_FILL)
    for key in TOTALS:
        changes, shade = _change_cells(ctx, key) if key in COMPARED_TOTALS else ([], [])
        r = sheet.add_row(["", t(f"export.total_short.{key}"), None, *(view.figures[y].totals.get(key) for y in view.years),
                           *changes], font=BOLD, border=THIN_TOP if key == TOTALS[0] else None)
        if shade:
            sheet.fill_cells(r, [first_change + j for j in shade], FLAG_FILL)
    sheet.finish()
    return sheet
