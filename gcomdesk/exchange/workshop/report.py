"""The trainer's comparison workbook: the class summary first (each kind of mistake, how often and
by how many participants, the most common first), then one sheet per participant listing each
differing GPC row with its likely cause. Printed on A4, fitted to the page width."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from gcomdesk.core.messages import Message
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.exchange.staged import Staged
from gcomdesk.exchange.workshop.classify import detail_text
from gcomdesk.exchange.workshop.compare import Comparison

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
WRAP = Alignment(wrap_text=True, vertical="top")
TONNES = "#,##0.0"


def class_label(cause: str, lang: str) -> str:
    """The class's name for people ('wrong_unit' -> '단위 오류')."""
    return Message(f"workshop.class.{cause}", {}).render(lang)


def gas_label(gas: str) -> str:
    """'co2_t' -> 'CO2', 'co2e_t' -> 'CO2e'."""
    return gas.removesuffix("_t").upper().replace("CO2E", "CO2e").replace("HFCS", "HFCs").replace("PFCS", "PFCs")


def write_report(comparison: Comparison, target: str | Path, lang: str, ref: ReferenceLibrary | None = None) -> Path:
    """Write the workbook to `target` (whole or not at all)."""
    ref = ref or load_reference()
    def t(key: str, /, **params) -> str:
        return Message(key, params).render(lang)

    wb = Workbook()
    ws = wb.active
    ws.title = t("workshop.report.summary")
    ws.append([t("workshop.report.title", key=comparison.key.name, year=comparison.year, count=len(comparison.participants))])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    _header(ws, [t("workshop.report.class"), t("workshop.report.mistakes"), t("workshop.report.people")])
    for cause, mistakes, people in comparison.summary():
        ws.append([class_label(cause, lang), mistakes, people])
    ws.append([])
    _header(ws, [t("workshop.report.participant"), t("workshop.report.mistakes")])
    for p in comparison.participants:
        ws.append([p.name, len(p.differences)])
    _widths(ws, (34, 14, 16))
    _print(ws, t("workshop.report.summary"), t)
    columns = [t("workshop.report.row"), t("workshop.report.class"), t("workshop.report.detail"),
               t("workshop.report.key_t"), t("workshop.report.entered_t"), t("workshop.report.gases")]
    for p in comparison.participants:
        sheet = wb.create_sheet(p.name[:31])
        sheet.append([p.name])
        sheet["A1"].font = Font(bold=True, size=13)
        _header(sheet, columns)
        if not p.differences:
            sheet.append([t("workshop.report.none")])
        for d in p.differences:
            sheet.append([d.gpc_ref, class_label(d.cause, lang), detail_text(d, lang, ref), d.key_t, d.entered_t,
                          ", ".join(gas_label(g) for g in d.gases)])
            row = sheet.max_row
            sheet.cell(row, 3).alignment = WRAP
            for col in (4, 5):
                sheet.cell(row, col).number_format = TONNES
        _widths(sheet, (10, 22, 60, 14, 14, 16))
        _print(sheet, p.name, t)
    staged = Staged()
    try:
        staged.write(Path(target), wb.save)
        staged.commit()
    finally:
        staged.discard()
    return Path(target)


def _header(ws, texts: list[str]) -> None:
    ws.append(texts)
    for cell in ws[ws.max_row]:
        cell.font, cell.fill = BOLD, HEADER_FILL


def _widths(ws, widths: tuple[int, ...]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + index)].width = width


def _print(ws, who: str, t) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddHeader.left.text = who
    ws.oddFooter.center.text = t("workshop.sheet.footer")
