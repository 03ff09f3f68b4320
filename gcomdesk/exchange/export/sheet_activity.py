"""The Activity data sheet and activity.csv: the activity data behind every number, one row per
record with its original amount and unit, the converted energy, the factor per gas actually used
(with edition and source), the tonnes per gas, quality, provenance, and for method records the
inputs and working lines. The same rows feed the sheet and the CSV."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass

from gcomdesk.core.factors import fuel_primary_sources
from gcomdesk.core.grid import DERIVED_KEY, editions_used, grid_factor, is_derived
from gcomdesk.core.messages import message_keys
from gcomdesk.core.methods import describe_record
from gcomdesk.core.units import unit_note
from gcomdesk.exchange.export.cells import AMOUNT, FACTOR, INTEGER, TONNES, TONNES_SMALL, csv_text
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import Column, SheetWriter
from gcomdesk.exchange.export.rowinfo import factor_quality, method_name, text


@dataclass(frozen=True)
class ActivityColumn:
    """A column of the activity table: where its value comes from, header key, format, width."""

    field: str
    header_key: str
    number_format: str | None = None
    width: float = 12
    wrap: bool = False


ACTIVITY_COLUMNS = (
    ActivityColumn("id", "export.col.record_id", INTEGER, 7),
    ActivityColumn("gpc_ref", "export.col.gpc_ref", None, 9),
    ActivityColumn("kind", "export.col.kind", None, 10),
    ActivityColumn("activity", "export.col.activity", None, 18, True),
    ActivityColumn("amount", "export.col.amount", AMOUNT, 13),
    ActivityColumn("unit", "export.col.unit", None, 8),
    ActivityColumn("energy_tj", "export.col.energy_tj", "#,##0.000", 12),
    ActivityColumn("activity_mwh", "export.col.activity_mwh", AMOUNT, 12),
    ActivityColumn("factor_co2", "export.col.factor_co2", FACTOR, 14),
    ActivityColumn("factor_ch4", "export.col.factor_ch4", FACTOR, 14),
    ActivityColumn("factor_n2o", "export.col.factor_n2o", FACTOR, 14),
    ActivityColumn("factor_unsplit", "export.col.factor_unsplit", FACTOR, 14),
    ActivityColumn("factor_edition", "export.col.factor_edition", None, 26, True),
    ActivityColumn("factor_source", "export.col.factor_source", None, 40, True),
    ActivityColumn("co2_t", "export.col.co2_t", TONNES, 13),
    ActivityColumn("ch4_t", "export.col.ch4_t", TONNES_SMALL, 11),
    ActivityColumn("n2o_t", "export.col.n2o_t", TONNES_SMALL, 11),
    ActivityColumn("hfcs_co2e_t", "export.col.hfcs_co2e_t", TONNES, 11),
    ActivityColumn("pfcs_co2e_t", "export.col.pfcs_co2e_t", TONNES, 11),
    ActivityColumn("sf6_t", "export.col.sf6_t", TONNES_SMALL, 11),
    ActivityColumn("nf3_t", "export.col.nf3_t", TONNES_SMALL, 11),
    ActivityColumn("unsplit_co2e_t", "export.col.unsplit_co2e_t", TONNES, 13),
    ActivityColumn("biogenic_co2_t", "export.col.biogenic_co2_t", TONNES, 13),
    ActivityColumn("co2e_t", "export.col.co2e_t", TONNES, 14),
    ActivityColumn("status", "export.col.status", None, 14, True),
    ActivityColumn("notation_key", "export.col.notation_key", None, 8),
    ActivityColumn("explanation", "export.col.explanation", None, 36, True),
    ActivityColumn("included_in", "export.col.included_in", None, 9),
    ActivityColumn("quality", "export.col.ad_quality", None, 8),
    ActivityColumn("factor_quality", "export.col.ef_quality", None, 8),
    ActivityColumn("data_source", "export.col.data_source", None, 34, True),
    ActivityColumn("notes", "export.col.notes", None, 26, True),
    ActivityColumn("facility", "export.col.facility", None, 14, True),
    ActivityColumn("import_file", "export.col.import_file", None, 18),
    ActivityColumn("import_row", "export.col.import_row", INTEGER, 8),
    ActivityColumn("created_by", "export.col.created_by", None, 14),
    ActivityColumn("created_at", "export.col.created_at", None, 20),
    ActivityColumn("updated_by", "export.col.updated_by", None, 14),
    ActivityColumn("updated_at", "export.col.updated_at", None, 20),
    ActivityColumn("working", "export.col.method_working", None, 50, True),
)
_NUMERIC = {c.field for c in ACTIVITY_COLUMNS if c.number_format}
_ZERO_IS_EMPTY_FOR_NOTATION = {"co2_t", "ch4_t", "n2o_t", "hfcs_co2e_t", "pfcs_co2e_t", "sf6_t", "nf3_t",
                               "unsplit_co2e_t", "biogenic_co2_t", "co2e_t"}


def _number(value):
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def factor_provenance(rec, ctx: ExportContext) -> tuple[str, str]:
    """(edition, source) of the factors a record used."""
    p, ref = ctx.profile, ctx.ref
    kind, activity = text(rec.kind), text(rec.activity)
    if kind == "reported":
        return ctx.t("export.factor.reported"), text(rec.data_source)
    if kind != "activity":
        return "", ""
    explicit = [g.upper() for g in ("co2", "ch4", "n2o") if _number(getattr(rec, f"ef_{g}")) is not None]
    edition, source = "", ""
    if activity in ref.fuels:
        fuel = ref.fuels[activity]
        sector = ref.gpc[rec.gpc_ref].combustion_sector if rec.gpc_ref in ref.gpc else ""
        _, basis = fuel.co2_kg_per_tj(p.fuel_factor_set, sector)
        gas = ref.gas_defaults.get((fuel.ipcc_fuel, sector))
        edition = f"{p.fuel_factor_set}: {basis}; NCV {fuel.ncv_mj_per_unit} MJ/{fuel.base_unit}; CH4/N2O IPCC 2006 Tier 1 ({sector})"
        source = fuel_primary_sources(activity, sector, p, ref) if gas else fuel_primary_sources(activity, "", p, ref)
        note = unit_note(activity, text(rec.unit), ref, ctx.lang)  # gross/net basis of an energy amount; normal volume
        edition += f"; {note}" if note else ""
    elif activity in ref.carriers and ref.carriers[activity].kind == "electricity":
        edition = grid_factor(text(rec.gpc_ref), p, ref).label
        source = "; ".join(f"{ed.edition}: {ed.primary_source}" for ed in editions_used(text(rec.gpc_ref), p, ref))
    elif activity in ref.carriers:
        heat = ref.heat[p.heat_edition]
        edition, source = heat.edition, f"{heat.primary_source} ({heat.confidence})"
    if explicit:
        own = ctx.t("export.factor.own", gases="/".join(explicit))
        edition = own + (f" + {edition}" if edition and len(explicit) < 3 else "")
        source = text(rec.data_source) + (f"; {source}" if source and len(explicit) < 3 else "")
    return edition, source


def _status(code: str, ctx: ExportContext) -> str:
    key = f"calc.status.{code}"
    return ctx.t(key) if key in message_keys() else code


def _working(rec, ctx: ExportContext) -> str:
    if text(rec.kind) != "method":
        return ""
    try:
        return "\n".join(describe_record(text(rec.activity), rec.extra, ctx.profile, ctx.ref, ctx.lang))
    except (ValueError, TypeError, KeyError) as exc:  # bad inputs must not stop the export
        return ctx.t("export.working_failed", reason=str(exc))


def activity_rows(ctx: ExportContext) -> list[list]:
    """One list of values per record, in ACTIVITY_COLUMNS order (numbers as floats, text as str)."""
    rows = []
    for rec in ctx.results.records.itertuples(index=False):
        if is_derived(rec.extra) == DERIVED_KEY:
            continue  # an IE key the grid side implies: on the GPC sheet, not activity data
        values = {}
        kind = text(rec.kind)
        edition, source = factor_provenance(rec, ctx)
        amount = _number(rec.amount)
        unsplit = _number(rec.unsplit_co2e_t)
        for col in ACTIVITY_COLUMNS:
            if col.field == "kind":
                values[col.field] = ctx.t(f"export.kind.{kind}") if kind else ""
            elif col.field == "activity":
                code = text(rec.activity)
                values[col.field] = (method_name(code, ctx.lang) if kind == "method" else
                                     ctx.ref.activity_name(code, ctx.lang) if code else "")
            elif col.field == "factor_edition":
                values[col.field] = edition
            elif col.field == "factor_source":
                values[col.field] = source
            elif col.field == "factor_unsplit":
                values[col.field] = unsplit * 1000.0 / amount if kind == "activity" and unsplit and amount else None
            elif col.field == "status":
                values[col.field] = _status(text(rec.status), ctx) if kind != "notation" else ""
            elif col.field == "factor_quality":
                values[col.field] = factor_quality(rec, ctx.profile, ctx.ref)
            elif col.field == "working":
                values[col.field] = _working(rec, ctx)
            elif col.field in _NUMERIC:
                number = _number(getattr(rec, col.field))
                values[col.field] = None if kind == "notation" and col.field in _ZERO_IS_EMPTY_FOR_NOTATION else number
            else:
                values[col.field] = text(getattr(rec, col.field, ""))
        rows.append([values[c.field] for c in ACTIVITY_COLUMNS])
    return rows


def write_activity_csv(path, ctx: ExportContext, rows: list[list] | None = None) -> None:
    """Write the activity rows as CSV: UTF-8 with BOM (Excel reads Hangul), formula-like text made inert."""
    rows = activity_rows(ctx) if rows is None else rows
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([csv_text(ctx.t(c.header_key)) for c in ACTIVITY_COLUMNS])
        for row in rows:
            writer.writerow([csv_text(v) for v in row])


def write_activity_sheet(wb, ctx: ExportContext, rows: list[list] | None = None) -> SheetWriter:
    """Write one row per record (the rows can be shared with activity.csv) and return the writer."""
    sheet = SheetWriter(wb, ctx.t("export.sheet.activity"), ctx.header_lines(), ctx.print_header())
    sheet.table_header([Column(ctx.t(c.header_key), c.width, c.number_format, c.wrap) for c in ACTIVITY_COLUMNS])
    for values in activity_rows(ctx) if rows is None else rows:
        sheet.add_row(values)
    sheet.finish(freeze_columns=2)
    return sheet
