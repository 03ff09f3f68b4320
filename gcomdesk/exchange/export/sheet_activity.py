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

import numpy as np
import pandas as pd

from gcomdesk.core.estimates.totals import estimate_flags
from gcomdesk.core.factors import fuel_primary_sources
from gcomdesk.core.grid import DERIVED_KEY, editions_used, grid_factor, is_derived
from gcomdesk.core.messages import message_keys
from gcomdesk.core.methods import describe_record
from gcomdesk.core.model import REPORTED_GAS_COLUMNS
from gcomdesk.core.units import unit_note
from gcomdesk.exchange.export.cells import AMOUNT, FACTOR, INTEGER, TONNES, TONNES_SMALL, csv_text
from gcomdesk.exchange.export.context import ExportContext
from gcomdesk.exchange.export.layout import Column, SheetWriter
from gcomdesk.exchange.export.rowinfo import factor_quality, method_name, text, texts


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
    if _number(getattr(rec, "ef_co2e", None)) is not None:
        gwp = text(getattr(rec, "ef_co2e_gwp", None)) or ctx.t("export.factor.gwp_unstated")
        return ctx.t("export.factor.own_co2e", gwp=gwp), text(rec.data_source)
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


def _kind_name(kind: str, estimated: bool, ctx: ExportContext) -> str:
    """The record's kind in the export language; a top-down estimate says so (core/estimates)."""
    name = ctx.t(f"export.kind.{kind}") if kind else ""
    return f"{name} — {ctx.t('estimate.label')}" if estimated else name


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


def _numbers(column: pd.Series) -> np.ndarray:
    """A column as finite floats, NaN where empty, not a number or not finite."""
    values = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return np.where(np.isfinite(values), values, np.nan)


def _column_texts(chunk: pd.DataFrame, field: str) -> list[str]:
    return texts(chunk[field]).tolist() if field in chunk.columns else [""] * len(chunk)


def _chunk_columns(chunk: pd.DataFrame, ctx: ExportContext, memo: _Memo) -> dict[str, list]:
    """The ACTIVITY_COLUMNS of some records, column by column: stored numbers and texts converted
    a column at a time, the worked-out texts looked up per distinct key (memo)."""
    n = len(chunk)
    kinds, codes = _column_texts(chunk, "kind"), _column_texts(chunk, "activity")
    notation = np.array([k == "notation" for k in kinds], dtype=bool)
    columns: dict[str, list] = {}
    for field in _STORED_NUMBERS:
        values = _numbers(chunk[field])
        if field in _ZERO_IS_EMPTY_FOR_NOTATION:
            values[notation] = np.nan
        columns[field] = values.tolist()
    for field in _PLAIN_TEXT:
        columns[field] = _column_texts(chunk, field)
    amount, unsplit = _numbers(chunk["amount"]), _numbers(chunk["unsplit_co2e_t"])
    per_unit = np.array([k == "activity" for k in kinds]) & (unsplit != 0) & (amount != 0)  # NaN compares unequal
    with np.errstate(invalid="ignore", divide="ignore"):
        columns["factor_unsplit"] = np.where(per_unit & np.isfinite(unsplit) & np.isfinite(amount),
                                             unsplit * 1000.0 / amount, np.nan).tolist()
    estimated = estimate_flags(chunk).tolist()
    columns["kind"] = [memo.get("kind", (k, e), _kind_name, k, e, ctx) for k, e in zip(kinds, estimated)]
    columns["activity"] = [memo.get("activity", (k, c), _activity_name, k, c, ctx) for k, c in zip(kinds, codes)]
    statuses = _column_texts(chunk, "status")
    columns["status"] = ["" if k == "notation" else memo.get("status", st, _status, st, ctx)
                         for k, st in zip(kinds, statuses)]
    records: list = []  # the chunk's records as tuples, made only when a key is new or for a method's working

    def record(i: int):
        if not records:
            records.extend(chunk.itertuples(index=False))
        return records[i]

    explicit = list(zip(*(np.isfinite(_numbers(chunk[f"ef_{g}"])).tolist() for g in _GASES)))
    own_text = (np.array(_column_texts(chunk, "ef_co2")) != "") | (np.array(_column_texts(chunk, "ef_ch4")) != "") \
        | (np.array(_column_texts(chunk, "ef_n2o")) != "")
    gpc_refs, units = _column_texts(chunk, "gpc_ref"), _column_texts(chunk, "unit")
    sources, ratings = _column_texts(chunk, "data_source"), _column_texts(chunk, "factor_quality")
    editions, provenance_sources, qualities, working = [], [], [], []
    for i in range(n):
        kind, code = kinds[i], codes[i]
        own_source = kind == "reported" or any(explicit[i])
        key = (kind, code, gpc_refs[i], units[i], explicit[i], sources[i] if own_source else "")
        edition, source = memo.get("provenance", key, _provenance_of, record, i, ctx)
        editions.append(edition)
        provenance_sources.append(source)
        key = (kind, code, ratings[i], bool(own_text[i]))
        qualities.append(memo.get("factor_quality", key, _quality_of, record, i, ctx))
        working.append(_working(record(i), ctx) if kind == "method" else "")
    columns["factor_edition"], columns["factor_source"] = editions, provenance_sources
    columns["factor_quality"], columns["working"] = qualities, working
    return columns


def _provenance_of(record, i: int, ctx: ExportContext) -> tuple[str, str]:
    return factor_provenance(record(i), ctx)


def _quality_of(record, i: int, ctx: ExportContext) -> str:
    return factor_quality(record(i), ctx.profile, ctx.ref)


_FIELDS = tuple(c.field for c in ACTIVITY_COLUMNS)
_COMPUTED = {"kind", "activity", "factor_edition", "factor_source", "factor_unsplit", "status", "factor_quality",
             "working"}
_STORED_NUMBERS = _NUMERIC - _COMPUTED
_PLAIN_TEXT = {f for f in _FIELDS if f not in _NUMERIC and f not in _COMPUTED}
CHUNK = 2_000


def _shown(extras: pd.Series) -> list[bool]:
    """False for an IE key the grid side implies (on the GPC sheet, not activity data)."""
    return [not ((not isinstance(e, str) or "derived" in e) and is_derived(e) == DERIVED_KEY) for e in extras]


def activity_rows(ctx: ExportContext) -> Iterator[tuple]:
    """One tuple of values per record, in ACTIVITY_COLUMNS order (numbers as floats, NaN where
    empty; text as str), made CHUNK records at a time as they are written: nothing per record is
    kept beyond a chunk, so the sheet and the CSV take the same memory for any number of records."""
    memo = _Memo(ctx)
    records = ctx.results.records
    for start in range(0, len(records), CHUNK):
        chunk = records.iloc[start:start + CHUNK]
        chunk = chunk[_shown(chunk["extra"])]
        if len(chunk):
            columns = _chunk_columns(chunk, ctx, memo)
            yield from zip(*(columns[f] for f in _FIELDS))


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
