"""The Factors used sheet: every factor the inventory used, with value, unit, edition, the primary
source where it is published, the secondary transcription it was read from, and its quality."""

from __future__ import annotations

from gcomdesk.core.factors import factors_used
from gcomdesk.core.methods import REGISTRY, input_label, method_name
from gcomdesk.exchange.export.cells import FACTOR
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import Column, SheetWriter


def write_factors_sheet(wb, ctx: ExportContext) -> SheetWriter:
    """Write the factors of gcomdesk.core.factors.factors_used and return the writer."""
    t = ctx.t
    sheet = SheetWriter(wb, t("export.sheet.factors"), ctx.header_lines(), ctx.print_header())
    sheet.line(t("export.factors.intro"))
    sheet.blank()
    sheet.table_header([
        Column(t("export.col.activity"), 22, wrap=True), Column(t("export.col.combustion_sector"), 16),
        Column(t("export.col.gas"), 14, wrap=True), Column(t("export.col.value"), 14, FACTOR),
        Column(t("export.col.unit"), 12), Column(t("export.col.factor_edition"), 34, wrap=True),
        Column(t("export.col.factor_primary"), 60, wrap=True), Column(t("export.col.factor_secondary"), 40, wrap=True),
        Column(t("export.col.ef_quality"), 9)])
    for entry in factors_used(ctx.data.records, ctx.profile, ctx.ref):
        code, gas = entry["activity"], entry["gas"]
        if code in REGISTRY:  # a sector method's default: name the method and the input in words
            name, gas = method_name(code, ctx.lang), input_label(gas, ctx.lang)
        else:
            name = ctx.ref.activity_name(code, ctx.lang)
        sheet.add_row([name, entry["sector"], gas, entry["value"], entry["unit"], entry["edition"], entry["source"],
                       entry.get("secondary") or None, entry.get("quality") or None])
    gwp = ctx.ref.gwp[ctx.profile.gwp_set]
    sheet.blank()
    sheet.line(t("export.factors.gwp", gwp=ctx.profile.gwp_set,
                 values=", ".join(f"{gas} {value:g}" for gas, value in gwp.items() if gas != "CH4")))  # CH4 by origin
    gwp_source = ctx.ref.factor_sources.get(f"gwp:{ctx.profile.gwp_set}")
    if gwp_source is not None:
        sheet.line(t("export.factors.gwp_source", primary=gwp_source.primary_source, secondary=gwp_source.secondary_source))
    sheet.finish()
    return sheet
