"""The GPC table: all 53 rows grouped by sector with subtotals, then the GPC totals.

A row with data shows its tonnes per gas; a row with a notation key shows the key and its
explanation; a row with neither is left empty and flagged, never filled with "NE".
"""

from __future__ import annotations

import pandas as pd
from openpyxl.styles import PatternFill

from gcomdesk.core.totals import TOTAL_KEYS
from gcomdesk.exchange.export.cells import TONNES, TONNES_SMALL
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import (
    BOLD,
    ESTIMATE_FILL,
    FLAG_FILL,
    OPTIONAL_FILL,
    SECTION_FILL,
    THIN_TOP,
    Column,
    SheetWriter,
)
from gcomdesk.exchange.export.mappings import total_mask
from gcomdesk.exchange.export.rowinfo import RowInfo, method_text, required_at, row_info

# (result column, header key, number format) in the order the table prints them
GAS_COLUMNS = (
    ("co2_t", "export.col.co2_t", TONNES), ("ch4_t", "export.col.ch4_t", TONNES_SMALL),
    ("n2o_t", "export.col.n2o_t", TONNES_SMALL), ("hfcs_co2e_t", "export.col.hfcs_co2e_t", TONNES),
    ("pfcs_co2e_t", "export.col.pfcs_co2e_t", TONNES), ("sf6_t", "export.col.sf6_t", TONNES_SMALL),
    ("nf3_t", "export.col.nf3_t", TONNES_SMALL), ("unsplit_co2e_t", "export.col.unsplit_co2e_t", TONNES),
    ("co2e_t", "export.col.co2e_t", TONNES), ("biogenic_co2_t", "export.col.biogenic_co2_t", TONNES),
)


def _columns(ctx: ExportContext) -> list[Column]:
    t = ctx.t
    return [Column(t("export.col.gpc_ref"), 13), Column(t("export.col.subsector"), 34, wrap=True),
            Column(t("export.col.scope"), 7)] + [
        Column(t(key), 13 if fmt == TONNES else 11, fmt) for _, key, fmt in GAS_COLUMNS] + [
        Column(t("export.col.notation_key"), 9), Column(t("export.col.explanation"), 44, wrap=True),
        Column(t("export.col.ad_quality"), 9), Column(t("export.col.ef_quality"), 9),
        Column(t("export.col.method"), 30, wrap=True), Column("BASIC", 8), Column("BASIC+", 8),
        Column(t("export.col.flag"), 36, wrap=True)]


def row_flag(ctx: ExportContext, gpc_ref: str, row: pd.Series, info: RowInfo | None) -> tuple[str, PatternFill | None]:
    """The remark printed beside a GPC row, and the fill that makes it visible."""
    has_data, key = int(row["record_count"]) > 0, str(row["notation_key"])
    if not has_data and not key:
        if gpc_ref == "VI.1":
            return ctx.t("export.flag.optional_empty"), OPTIONAL_FILL
        if required_at(gpc_ref, ctx.profile.reporting_level, ctx.ref):
            return ctx.t("export.flag.missing"), FLAG_FILL
        return ctx.t("export.flag.missing_not_required", level=ctx.level_label()), OPTIONAL_FILL
    notes, fill = [], None
    if estimated := ctx.estimate_note([gpc_ref]):
        notes.append(estimated)
        fill = ESTIMATE_FILL
    if key and not str(row["explanation"]).strip():
        notes.append(ctx.t("export.flag.key_without_explanation"))
        fill = FLAG_FILL
    if key and has_data:
        notes.append(ctx.t("export.flag.key_and_data", key=key))
        fill = FLAG_FILL
    if info is not None and info.not_calculated:
        notes.append(ctx.t("export.flag.not_calculated", count=info.not_calculated))
        fill = FLAG_FILL
    return " ".join(notes), fill


def _explanation(row: pd.Series) -> str:
    text = str(row["explanation"])
    included = str(row["included_in"])
    return f"{text} (→ {included})" if included else text


def _gas_values(values: pd.Series | dict) -> list:
    return [float(values[col]) for col, _, _ in GAS_COLUMNS]


def write_gpc_sheet(wb, ctx: ExportContext) -> SheetWriter:
    """Write the GPC table and return its writer (tests and the cover read its title)."""
    sheet = SheetWriter(wb, ctx.t("export.sheet.gpc"), ctx.header_lines(), ctx.print_header())
    sheet.table_header(_columns(ctx), freeze_columns=2)
    table = ctx.results.by_gpc
    infos = row_info(ctx.results.records, ctx.ref, ctx.profile)
    t = ctx.t
    for sector_no in dict.fromkeys(table["sector_no"]):
        sheet.add_row([sector_no, ctx.sector_name(sector_no)], font=BOLD, fill=SECTION_FILL)
        rows = table[table["sector_no"] == sector_no]
        for gpc_ref, row in rows.iterrows():
            info = infos.get(gpc_ref)
            has_data = int(row["record_count"]) > 0
            gases = _gas_values(row) if has_data else [None] * len(GAS_COLUMNS)
            flag, fill = row_flag(ctx, gpc_ref, row, info)
            values = [gpc_ref, ctx.gpc_name(gpc_ref), int(row["scope"]), *gases,
                      row["notation_key"] or None, _explanation(row) or None,
                      info.quality_text() if info else None, info.quality_text("factor") if info else None,
                      method_text(info.methods, t, ctx.lang) if info else None,
                      "Y" if row["in_basic"] else "", "Y" if row["in_basic_plus"] else "", flag or None]
            r = sheet.add_row(values)
            if fill is not None:
                sheet.fill_cells(r, range(len(values)), fill)
        sums = rows[[c for c, _, _ in GAS_COLUMNS]].sum()
        sheet.add_row(["", t("export.gpc.subtotal", sector=sector_no), "", *_gas_values(sums)], font=BOLD, border=THIN_TOP)
    last_table_row = sheet.row - 1
    sheet.blank()
    sheet.line(t("export.gpc.totals_title"), font=BOLD)
    for key in TOTAL_KEYS:
        sums = table.loc[total_mask(table, key), [c for c, _, _ in GAS_COLUMNS]].sum()
        gases = _gas_values(sums)
        gases[[c for c, _, _ in GAS_COLUMNS].index("co2e_t")] = ctx.results.totals[key]  # the core's figure
        rule = f"{t(f'total.{key}')}: {t(f'export.total_rule.{key}')}"
        open_rows = ctx.results.incomplete.get(key)
        if open_rows:
            rule += " — " + t("export.total_incomplete", refs=", ".join(open_rows))
        r = sheet.add_row([t(f"export.total_short.{key}"), rule, "", *gases], font=BOLD, border=THIN_TOP)
        if open_rows:
            sheet.fill_cells(r, (0, 1), FLAG_FILL)
    sheet.blank()
    for key in ("export.gpc.note_direct", "export.gpc.note_biogenic", "export.gpc.note_empty"):
        sheet.line(t(key))
    sheet.finish(last_table_row=last_table_row)
    return sheet
