"""The Contributions sheet (기여도), written only when the inventory is a roll-up of municipal
inventories (exchange.rollup): per GPC row, each municipality's tCO2e and its share of the row, the
province's own records apart; then the source files with their checksums. A reviewer sees who
contributed what without opening the municipal files."""

from __future__ import annotations

import pandas as pd

from gcomdesk.exchange.export.cells import SHARE, TONNES
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import BOLD, SECTION_FILL, Column, SheetWriter
from gcomdesk.exchange.rollup.contributions import ROLLUP_KEY, rollup_rows


def is_rollup(records: pd.DataFrame) -> bool:
    """True when the inventory holds a roll-up's records (a text search first: no JSON parsed for an
    ordinary inventory)."""
    if not len(records) or not records["extra"].astype(str).str.contains(f'"{ROLLUP_KEY}"', regex=False).any():
        return False
    return bool(rollup_rows(records)["municipality"].ne("").any())


def write_contributions_sheet(wb, ctx: ExportContext) -> SheetWriter:
    """Write the Contributions sheet and return its writer."""
    t = ctx.t
    rows = rollup_rows(ctx.results.records)
    sheet = SheetWriter(wb, t("export.sheet.contributions"), ctx.header_lines(), ctx.print_header())
    towns = rows.loc[rows["municipality"].ne("") & rows["municipality"].ne("*"), ["municipality", "sha256", "data_source"]]
    sheet.line(t("export.contributions.intro", count=towns["municipality"].nunique(), gwp=ctx.profile.gwp_set), font=BOLD)
    sheet.blank()
    sheet.table_header([Column(t("export.col.gpc_ref"), 10), Column(t("export.col.subsector"), 32, wrap=True),
                        Column(t("export.col.scope"), 7), Column(t("export.contributions.col_municipality"), 18),
                        Column(t("export.col.co2e_t"), 14, TONNES), Column(t("export.contributions.col_share"), 10, SHARE)],
                       freeze_columns=1)
    data = rows[rows["kind"] != "notation"]
    own = t("export.contributions.own")
    data = data.assign(who=data["municipality"].where(data["municipality"] != "", own))
    sums = data.groupby(["report_ref", "who"], sort=False)["co2e_t"].sum()
    for gpc_ref in ctx.ref.gpc:
        if gpc_ref not in sums.index.get_level_values(0):
            continue
        part = sums.loc[gpc_ref]
        total = float(part.sum())
        scope = int(ctx.results.by_gpc.at[gpc_ref, "scope"]) if gpc_ref in ctx.results.by_gpc.index else None
        for who, tonnes in sorted(part.items(), key=lambda kv: (kv[0] == own, -kv[1])):
            sheet.add_row([gpc_ref, ctx.gpc_name(gpc_ref), scope, who, float(tonnes), float(tonnes) / total if total else None])
    sheet.blank()
    sheet.add_row([t("export.contributions.sources")], font=BOLD, fill=SECTION_FILL)
    for municipality, group in towns.groupby("municipality", sort=True):
        first = group.iloc[0]
        sheet.add_row([municipality, first["data_source"].split(" sha256:")[0], first["sha256"]])
    return sheet
