"""The national view (국가 분류): by IPCC 2006 code and by GIR field, direct and indirect apart,
beside the national inventory of the same year (nearest year, stated), the local share and the
per-capita figures."""

from __future__ import annotations

from gcomdesk.exchange.export.cells import PER_CAPITA, SHARE, TONNES
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import BOLD, SECTION_FILL, THIN_TOP, Column, SheetWriter
from gcomdesk.exchange.export.national import gir_field_label


def _pc(value: float | None, people: int | None) -> float | None:
    return value / people if value is not None and people else None


def gir_label(ctx: ExportContext, field: str) -> str:
    """A GIR field's name in the export language (with the official Korean name in English)."""
    return field if ctx.lang == "ko" else f"{gir_field_label(field, ctx.lang)} ({field})"


def _columns(ctx: ExportContext, year: int | None) -> list[Column]:
    t = ctx.t
    return [Column(t("export.col.code"), 14), Column(t("export.col.category"), 40, wrap=True),
            Column(t("export.col.local_t"), 15, TONNES), Column(t("export.col.national_t", year=year or "-"), 17, TONNES),
            Column(t("export.col.share"), 10, SHARE), Column(t("export.col.local_pc"), 12, PER_CAPITA),
            Column(t("export.col.national_pc"), 12, PER_CAPITA), Column(t("export.col.note"), 44, wrap=True)]


def _rows_of(ctx: ExportContext, column: str, value: str) -> list[str]:
    """The GPC rows whose `column` (ipcc_code, subsector_no) is `value`."""
    table = ctx.results.by_gpc
    return list(table.index[table[column].astype(str) == str(value)])


def write_national_sheet(wb, ctx: ExportContext) -> SheetWriter:
    """Write the national view and return the writer."""
    t, view = ctx.t, ctx.national
    nat = view.national
    sheet = SheetWriter(wb, t("export.sheet.national"), ctx.header_lines(), ctx.print_header())
    for key, params in view.notes:
        sheet.line(t(key, **params))
    sheet.blank()
    sheet.table_header(_columns(ctx, nat.year if nat else None), freeze_columns=2)
    people, nat_people = view.population, nat.population if nat else None

    sheet.add_row([t("export.national.by_ipcc")], font=BOLD, fill=SECTION_FILL)
    for row in view.ipcc_rows:
        name = row["name_ko"] if ctx.lang == "ko" else row["name_en"]
        codes = str(row.get("national_codes") or "")
        note = (t("export.national.no_code") if row["national_t"] is None
                else t("export.national.compared_with", codes=" + ".join(codes.split("+"))) if codes != row["code"] else "")
        note = " ".join(p for p in (note, ctx.estimate_note(_rows_of(ctx, "ipcc_code", row["code"]))) if p)
        sheet.add_row([row["code"], name, row["local_t"], row["national_t"], row["share"], _pc(row["local_t"], people),
                       _pc(row["national_t"], nat_people), note or None])

    sheet.add_row([t("export.national.by_gir")], font=BOLD, fill=SECTION_FILL)
    for row in view.gir_rows:
        kind = t("export.national.direct" if row["direct"] else "export.national.indirect_label")
        note = t("export.national.sector_code", code=row["national_code"]) if row["direct"] else t("export.national.indirect_note")
        sheet.add_row([gir_label(ctx, row["field"]), kind, row["local_t"], row["national_t"], row["share"],
                       row["local_pc"], row["national_pc"], note])

    sheet.add_row([t("export.national.indirect_detail")], font=BOLD, fill=SECTION_FILL)
    for row in view.indirect_rows:
        name = row["name_ko"] if ctx.lang == "ko" else row["name_en"]
        indirect = ctx.results.by_gpc["scope"] == 2
        note = ctx.estimate_note([r for r in _rows_of(ctx, "subsector_no", row["subsector_no"]) if indirect[r]])
        sheet.add_row([row["subsector_no"], name, row["local_t"], None, None, _pc(row["local_t"], people), None, note or None])

    sheet.add_row([t("export.national.totals")], font=BOLD, fill=SECTION_FILL)
    for row in view.totals:
        note = t("export.national.total_code", code=row["national_code"]) if row["national_code"] else t("export.national.indirect_note")
        sheet.add_row([t("export.national.total." + row["key"]), "", row["local_t"], row["national_t"], row["share"],
                       row["local_pc"], row["national_pc"], note], font=BOLD, border=THIN_TOP)
    last_table_row = sheet.row - 1
    sheet.blank()
    if nat is not None:
        sheet.line(t("export.national.source", source=nat.source))
        if nat.population:
            sheet.line(t("export.national.population", year=nat.population_year, population=f"{nat.population:,}"))
    sheet.finish(last_table_row=last_table_row)
    return sheet
