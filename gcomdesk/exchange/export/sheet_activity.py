"""The Activity data sheet and activity.csv: the activity data behind every number, one row per
record with its original amount and unit, the converted energy, the factor per gas actually used
(with edition and source), the tonnes per gas, quality, provenance, and for method records the
inputs and working lines. The same rows feed the sheet and the CSV; they are made one record at a
time as they are written, never held as a list."""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from dataclasses import dataclass

from gcomdesk.core.factors import fuel_primary_sources
from gcomdesk.core.grid import DERIVED_KEY, editions_used, grid_factor, is_derived
from gcomdesk.core.messages import message_keys
from gcomdesk.core.methods import describe_record
from gcomdesk.core.model import REPORTED_GAS_COLUMNS
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
_ZERO_IS_EMPTY_FOR_NOTATION = {*REPORTED_GAS_COLUMNS, "co2e_t"}


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


class _Memo:
    """Texts that repeat across records (labels, factor provenance, factor quality), worked out once
    per distinct key. Bounded: a cache is emptied when it grows past MEMO_LIMIT keys."""

    def __init__(self, ctx: ExportContext) -> None:
        self.ctx = ctx
        self.caches: dict[str, dict] = {}

    def get(self, name: str, key, make, *args):
        """The value cached under `key`, else make(*args) (cached)."""
        cache = self.caches.setdefault(name, {})
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            if len(cache) >= MEMO_LIMIT:
                cache.clear()
            value = cache[key] = make(*args)
        return value


MEMO_LIMIT = 10_000
_MISSING = object()
_GASES = ("co2", "ch4", "n2o")


def _kind_name(kind: str, ctx: ExportContext) -> str:
    return ctx.t(f"export.kind.{kind}") if kind else ""


def _activity_name(kind: str, code: str, ctx: ExportContext) -> str:
    if kind == "method":
        return method_name(code, ctx.lang)
    return ctx.ref.activity_name(code, ctx.lang) if code else ""


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


def _provenance_key(rec, kind: str, code: str) -> tuple:
    """Everything factor_provenance reads from a record."""
    explicit = tuple(_number(getattr(rec, f"ef_{g}")) is not None for g in _GASES)
    own_source = kind == "reported" or any(explicit)
    return kind, code, text(rec.gpc_ref), text(rec.unit), explicit, text(rec.data_source) if own_source else ""


def _record_values(rec, ctx: ExportContext, memo: _Memo) -> list:
    """The values of one record, in ACTIVITY_COLUMNS order (numbers as floats, text as str)."""
    kind, code = text(rec.kind), text(rec.activity)
    edition, source = memo.get("provenance", _provenance_key(rec, kind, code), factor_provenance, rec, ctx)
    notation = kind == "notation"
    values = []
    for field in _FIELDS:
        if field in _STORED_NUMBERS:
            number = _number(getattr(rec, field))
            values.append(None if notation and field in _ZERO_IS_EMPTY_FOR_NOTATION else number)
        elif field in _PLAIN_TEXT:
            values.append(text(getattr(rec, field, "")))
        elif field == "kind":
            values.append(memo.get("kind", kind, _kind_name, kind, ctx))
        elif field == "activity":
            values.append(memo.get("activity", (kind, code), _activity_name, kind, code, ctx))
        elif field == "factor_edition":
            values.append(edition)
        elif field == "factor_source":
            values.append(source)
        elif field == "factor_unsplit":
            amount, unsplit = _number(rec.amount), _number(rec.unsplit_co2e_t)
            values.append(unsplit * 1000.0 / amount if kind == "activity" and unsplit and amount else None)
        elif field == "status":
            status = text(rec.status)
            values.append(memo.get("status", status, _status, status, ctx) if not notation else "")
        elif field == "factor_quality":
            key = (kind, code, text(rec.factor_quality), any(text(getattr(rec, f"ef_{g}")) for g in _GASES))
            values.append(memo.get("factor_quality", key, factor_quality, rec, ctx.profile, ctx.ref))
        else:  # working
            values.append(_working(rec, ctx))
    return values


_FIELDS = tuple(c.field for c in ACTIVITY_COLUMNS)
_COMPUTED = {"kind", "activity", "factor_edition", "factor_source", "factor_unsplit", "status", "factor_quality",
             "working"}
_STORED_NUMBERS = _NUMERIC - _COMPUTED
_PLAIN_TEXT = {f for f in _FIELDS if f not in _NUMERIC and f not in _COMPUTED}


def activity_rows(ctx: ExportContext) -> Iterator[list]:
    """One list of values per record, in ACTIVITY_COLUMNS order, made as it is written: nothing per
    record is kept, so the sheet and the CSV take the same memory for any number of records."""
    memo = _Memo(ctx)
    for rec in ctx.results.records.itertuples(index=False):
        if is_derived(rec.extra) == DERIVED_KEY:
            continue  # an IE key the grid side implies: on the GPC sheet, not activity data
        yield _record_values(rec, ctx, memo)


def open_activity_csv(path):
    """The CSV file opened for writing: UTF-8 with BOM, so Excel reads Hangul."""
    return open(path, "w", encoding="utf-8-sig", newline="")


def activity_csv_writer(fh, ctx: ExportContext):
    """A csv writer on `fh` with the header row written; rows go through `csv_text` (formula-like
    text made inert)."""
    writer = csv.writer(fh)
    writer.writerow([csv_text(ctx.t(c.header_key)) for c in ACTIVITY_COLUMNS])
    return writer


class _CsvRow:
    """Turns a row of values into CSV fields; the same texts recur row after row, so a text's
    field is kept (at most MEMO_LIMIT of them)."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def __call__(self, values: list) -> list[str]:
        fields = []
        texts = self.texts
        for value in values:
            if type(value) is str:
                field = texts.get(value)
                if field is None:
                    if len(texts) >= MEMO_LIMIT:
                        texts.clear()
                    field = texts[value] = csv_text(value)
                fields.append(field)
            else:
                fields.append(csv_text(value))
        return fields


def write_activity_csv(path, ctx: ExportContext) -> None:
    """Write the activity rows as CSV (without the sheet)."""
    with open_activity_csv(path) as fh:
        activity_csv_writer(fh, ctx).writerows(map(_CsvRow(), activity_rows(ctx)))


def _teed(rows: Iterator[list], csv_rows) -> Iterator[list]:
    to_fields = _CsvRow()
    for values in rows:
        csv_rows.writerow(to_fields(values))
        yield values


def write_activity_sheet(wb, ctx: ExportContext, csv_rows=None) -> SheetWriter:
    """Write one row per record, streamed, and return the writer. With `csv_rows` (an
    activity_csv_writer) each row also goes to activity.csv, so the rows are made once."""
    sheet = SheetWriter(wb, ctx.t("export.sheet.activity"), ctx.header_lines(), ctx.print_header())
    sheet.table_header([Column(ctx.t(c.header_key), c.width, c.number_format, c.wrap) for c in ACTIVITY_COLUMNS],
                       freeze_columns=2)
    rows = activity_rows(ctx)
    sheet.add_rows(rows if csv_rows is None else _teed(rows, csv_rows))
    sheet.finish()
    return sheet
