"""The Checks sheet: every finding of the inventory checks, and every acknowledged warning with
the officer's explanation, who gave it and when."""

from __future__ import annotations

from gcomdesk.core.messages import Message
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import BOLD, FLAG_FILL, SECTION_FILL, Column, SheetWriter


def _render(message: Message, lang: str) -> str:
    return message.render(lang) if message is not None and message.key else ""


def finding_values(finding, ctx: ExportContext) -> list:
    """One row of the findings table."""
    return [ctx.t(f"export.severity.{finding.severity}"), finding.rule, finding.gpc_ref or None,
            finding.record_id or None, finding.field or None, _render(finding.message, ctx.lang),
            _render(finding.hint, ctx.lang) or None, finding.source_file or None, finding.source_row or None,
            finding.acknowledged or None]


def write_checks_sheet(wb, ctx: ExportContext) -> SheetWriter:
    """Write the findings and acknowledgements and return the writer."""
    t = ctx.t
    sheet = SheetWriter(wb, t("export.sheet.checks"), ctx.header_lines(), ctx.print_header())
    counts = ctx.severity_counts
    sheet.line(t("export.checks.counts", errors=counts["error"], warnings=counts["warning"], info=counts["info"],
                 acknowledged=ctx.acknowledged))
    sheet.blank()
    sheet.table_header([
        Column(t("export.col.severity"), 10), Column(t("export.col.rule"), 18), Column(t("export.col.gpc_ref"), 9),
        Column(t("export.col.record_id"), 8), Column(t("export.col.field"), 12), Column(t("export.col.message"), 60, wrap=True),
        Column(t("export.col.hint"), 40, wrap=True), Column(t("export.col.import_file"), 18),
        Column(t("export.col.import_row"), 8), Column(t("export.col.acknowledged"), 40, wrap=True)], freeze_columns=2)
    findings = ctx.findings  # run_checks sorts them: errors first, in GPC order
    for finding in findings:
        r = sheet.add_row(finding_values(finding, ctx))
        if finding.severity == "error":
            sheet.fill_cells(r, range(10), FLAG_FILL)
    if not findings:
        sheet.add_row([t("export.checks.none")])
    last_table_row = sheet.row - 1
    sheet.blank()
    sheet.add_row([t("export.checks.acknowledged_title")], font=BOLD, fill=SECTION_FILL)
    acks = ctx.data.acknowledgements
    for ack in acks:
        sheet.add_row([t("export.severity.warning"), ack.get("rule"), ack.get("gpc_ref") or None,
                       ack.get("record_id") or None, ack.get("field") or None, ack.get("explanation"),
                       t("export.checks.ack_by", by=ack.get("by", ""), at=ack.get("at", ""))])
    if not acks:
        sheet.add_row([t("export.checks.no_acknowledgements")])
    sheet.finish(last_table_row=last_table_row)
    return sheet
