"""The Charts sheet: every chart embedded as a PNG image, with its title; a skipped chart is listed
with the reason (e.g. the trend needs more than one year)."""

from __future__ import annotations

import io

from openpyxl.drawing.image import Image
from openpyxl.worksheet.pagebreak import Break

from gcomdesk.exchange.charts import ChartOutcome
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import BOLD, Column, SheetWriter

IMAGE_WIDTH_PX = 800  # shown at half the 200-dpi size: sharp when zoomed or printed
ROWS_PER_IMAGE = 24  # 450 px at the default 20-px row height, plus a margin


def write_charts_sheet(wb, ctx: ExportContext, outcomes: list[ChartOutcome], pngs: dict[str, bytes]) -> SheetWriter:
    """Embed the rendered charts (`pngs`: chart id -> PNG bytes) and return the writer."""
    sheet = SheetWriter(wb, ctx.t("export.sheet.charts"), ctx.header_lines(), ctx.print_header())
    sheet.columns = [Column("", 14)]
    for i, outcome in enumerate(outcomes):
        if i and outcome.figure is not None:  # one chart per printed page
            sheet.ws.row_breaks.append(Break(id=sheet.row - 1))
        sheet.line(outcome.title, font=BOLD)
        if outcome.figure is None or outcome.chart_id not in pngs:
            sheet.line(ctx.t("export.charts.skipped", reason=outcome.skipped or ""))
            sheet.blank()
            continue
        image = Image(io.BytesIO(pngs[outcome.chart_id]))
        scale = IMAGE_WIDTH_PX / image.width
        image.width, image.height = IMAGE_WIDTH_PX, int(image.height * scale)
        sheet.ws.add_image(image, f"A{sheet.row}")
        sheet.row += ROWS_PER_IMAGE
    sheet.finish(autofilter=False)
    return sheet
