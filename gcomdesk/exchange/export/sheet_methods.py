"""The method sheets: each method record's inputs as entered, in the layout `gcomdesk-cli import`
reads (exchange/method_layout.py), one sheet per method code and one per table input
(`swds_fod.history`). Blank cells are inputs left to the method's defaults, so importing the
sheets into a project of the same profile gives every method record the same tonnes.

Headers are `label, unit (name)` in the export language; the importer reads the name in brackets.
A method record replaced by a reported figure is left out: the reported record carries its
emissions (Activity data sheet), and the link between the two is not a file's to make.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from gcomdesk.core.methods import REGISTRY, Method, input_label, method_inputs, method_sources, replacement
from gcomdesk.exchange.export.cells import INTEGER
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import Column, SheetWriter
from gcomdesk.exchange.export.rowinfo import method_name, text
from gcomdesk.exchange.method_layout import (
    RECORD_COLUMNS,
    SOURCE_SUFFIX,
    header_title,
    scalar_inputs,
    sheet_name,
    table_inputs,
)

_RECORD_HEADERS = {"gpc_ref": "export.col.gpc_ref", "year": "method_import.col.year", "record": "method_import.col.record",
                   "facility": "export.col.facility", "data_source": "export.col.data_source",
                   "quality": "export.col.ad_quality", "notes": "export.col.notes"}
_WIDTHS = {"gpc_ref": 9, "year": 7, "record": 8, "facility": 16, "data_source": 30, "quality": 8, "notes": 30}


@dataclass(frozen=True)
class _Record:
    id: int
    fields: dict
    inputs: dict
    sources: dict


def _method_records(ctx: ExportContext) -> dict[str, list[_Record]]:
    """The year's stored method records by code, in registry order (replaced ones left out)."""
    records = ctx.results.records
    rows = records[(records["kind"] == "method") & (records["id"].astype(int) != 0)]
    found: dict[str, list[_Record]] = {}
    for rec in rows.itertuples(index=False):
        code = text(rec.activity)
        if code not in REGISTRY or replacement(rec.extra) is not None:
            continue
        try:
            inputs, sources = method_inputs(rec.extra), method_sources(rec.extra)
        except ValueError:  # an extra that is not a JSON object: nothing to write back
            continue
        fields = {f: text(getattr(rec, f)) for f in RECORD_COLUMNS if f not in ("year", "record")}
        found.setdefault(code, []).append(_Record(int(rec.id), fields, inputs, sources))
    return {code: found[code] for code in REGISTRY if code in found}


def _cell(value):
    return value if isinstance(value, (int, float, str)) and not isinstance(value, bool) else None


def _record_sheet(wb, ctx: ExportContext, method: Method, records: list[_Record]) -> str:
    t, lang = ctx.t, ctx.lang
    scalars = scalar_inputs(method)
    sourced = [i.name for i in method.inputs if any(r.sources.get(i.name) for r in records)]
    columns = [Column(header_title(f, t(_RECORD_HEADERS[f])), _WIDTHS[f], INTEGER if f in ("year", "record") else None,
                      f in ("data_source", "notes")) for f in RECORD_COLUMNS]
    columns += [Column(header_title(i.name, input_label(i.name, lang), i.unit), 14) for i in scalars]
    columns += [Column(header_title(name + SOURCE_SUFFIX, f"{input_label(name, lang)}: {t('export.col.data_source')}"),
                       30, wrap=True) for name in sourced]
    sheet = SheetWriter(wb, sheet_name(method.code), [*ctx.header_lines(), t("method_import.export.note")],
                        ctx.print_header(), heading=f"{method_name(method.code, lang)} ({method.code})")
    sheet.table_header(columns, freeze_columns=3)
    year = int(ctx.profile.year)
    for rec in records:
        own = [rec.fields["gpc_ref"], year, rec.id, rec.fields["facility"], rec.fields["data_source"],
               rec.fields["quality"], rec.fields["notes"]]
        sheet.add_row(own + [_cell(rec.inputs.get(i.name)) for i in scalars] + [rec.sources.get(n) or None for n in sourced])
    sheet.finish()
    return sheet.title


def _table_rows(records: list[_Record], table: str, names: list[str]) -> Iterator[list]:
    for rec in records:
        rows = rec.inputs.get(table)
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict):
                yield [rec.id] + [_cell(row.get(n)) for n in names]


def _table_sheet(wb, ctx: ExportContext, method: Method, table: str, records: list[_Record]) -> str | None:
    names = [c.name for c in table_inputs(method)[table].columns]
    rows = list(_table_rows(records, table, names))
    if not rows:
        return None
    t, lang = ctx.t, ctx.lang
    columns = [Column(header_title("record", t("method_import.col.record")), 8, INTEGER)]
    columns += [Column(header_title(c.name, input_label(c.name, lang), c.unit), 14)
                for c in table_inputs(method)[table].columns]
    note = t("method_import.export.table_note", table=input_label(table, lang), sheet=method.code)
    sheet = SheetWriter(wb, sheet_name(method.code, table), [*ctx.header_lines(), note], ctx.print_header(),
                        heading=f"{method_name(method.code, lang)}: {input_label(table, lang)} ({sheet_name(method.code, table)})")
    sheet.table_header(columns, freeze_columns=1)
    for row in rows:
        sheet.add_row(row)
    sheet.finish()
    return sheet.title


def write_method_sheets(wb, ctx: ExportContext) -> list[str]:
    """Write a sheet per method the year's records use (and per table input they fill); return
    their titles, in order (none when the year has no method record)."""
    titles = []
    for code, records in _method_records(ctx).items():
        method = REGISTRY[code]
        titles.append(_record_sheet(wb, ctx, method, records))
        for table in table_inputs(method):
            title = _table_sheet(wb, ctx, method, table, records)
            if title is not None:
                titles.append(title)
    return titles
