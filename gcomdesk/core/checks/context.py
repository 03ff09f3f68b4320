"""What every rule family reads: the records normalised once (strings stripped, numbers numeric),
the calculated results, per-row facts (which GPC rows hold data, which hold a notation key) and a
helper that turns a boolean mask over the records into findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from gcomdesk.core.checks.catalogue import CheckData, Rule
from gcomdesk.core.checks.finding import Finding
from gcomdesk.core.messages import Message
from gcomdesk.core.model import FACTOR_COLUMNS, REPORTED_GAS_COLUMNS, Profile, extra_of
from gcomdesk.core.national import NationalData
from gcomdesk.core.reference import GpcRow, ReferenceLibrary
from gcomdesk.core.totals import InventoryResults

TEXT_COLUMNS = ("kind", "gpc_ref", "activity", "unit", "notation_key", "explanation", "included_in",
                "data_source", "quality", "facility", "import_file", "ef_co2e_gwp")
NUMBER_COLUMNS = ("year", "amount", *FACTOR_COLUMNS, "ef_co2e", *REPORTED_GAS_COLUMNS)
DATA_KINDS = ("activity", "reported", "method")  # records that carry a figure (not a notation key)


_FOLD = {"notation_key": str.upper, "kind": str.lower}


def _text(values: pd.Series, fold=None) -> np.ndarray:
    """Text cleaned per distinct value (fast on 100,000 records): stripped, '' for missing."""
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    cleaned = np.array([(fold or str)(str(u).strip()) for u in uniques] + [""], dtype=object)
    return cleaned[codes]  # code -1 (missing) picks the trailing ''


def normalize_records(records: pd.DataFrame) -> pd.DataFrame:
    """The columns the checks read, cleaned: text stripped ('' for missing), numbers as floats (NaN
    for missing), id and import_row as ints (0 for missing). Missing columns are created empty."""
    n = len(records)
    out = pd.DataFrame(index=records.index)
    for column in TEXT_COLUMNS:
        values = records[column] if column in records else pd.Series([""] * n, index=records.index, dtype=object)
        out[column] = pd.Series(_text(values, _FOLD.get(column)), index=records.index, dtype=object)
    for column in NUMBER_COLUMNS:
        values = records[column] if column in records else pd.Series(np.nan, index=records.index)
        out[column] = pd.to_numeric(values, errors="coerce").astype(float)
    for column in ("id", "import_row"):
        values = records[column] if column in records else pd.Series(0, index=records.index)
        out[column] = pd.to_numeric(values, errors="coerce").fillna(0).astype(int)
    if "extra" in records:
        out["year"] = _data_years(records["extra"]).fillna(out["year"])
    return out


def _data_years(extra: pd.Series) -> pd.Series:
    """The year of a record's data where it differs from its inventory year (`extra.data_year`, kept
    when an older single-year file was migrated), NaN elsewhere."""
    text = extra.astype(str)
    marked = text.str.contains("data_year", regex=False)
    years = pd.Series(np.nan, index=extra.index)
    for index, value in extra[marked].items():
        years[index] = pd.to_numeric(extra_of(value).get("data_year"), errors="coerce")
    return years


@dataclass
class CheckContext:
    """One inventory prepared for checking. Rule modules read it and never change it."""

    frame: pd.DataFrame  # normalised records + result columns (status, co2e_t, factor_*)
    profile: Profile
    ref: ReferenceLibrary
    results: InventoryResults
    level: str  # 'basic' or 'basic_plus'
    data: CheckData
    national: NationalData
    is_data: pd.Series  # record carries a figure
    is_notation: pd.Series
    rows_with_data: frozenset[str]
    rows_with_key: frozenset[str]

    @classmethod
    def build(cls, records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary, results: InventoryResults,
              level: str, data: CheckData, national: NationalData) -> CheckContext:
        """Normalise the records and collect the per-row facts every family needs."""
        frame = normalize_records(records)
        calculated = results.records.reindex(frame.index)
        for column in ("status", "co2e_t", "factor_co2", "factor_ch4", "factor_n2o", "unsplit_co2e_t"):
            if column in calculated:
                frame[f"calc_{column}"] = calculated[column]
        frame["calc_status"] = frame.get("calc_status", pd.Series("ok", index=frame.index)).fillna("ok").astype(str)
        is_data = frame["kind"].isin(DATA_KINDS)
        is_notation = frame["kind"] == "notation"
        # Records the calculation added (T&D losses or their IE key, core.grid) answer their rows too.
        derived = results.records[~results.records.index.isin(frame.index)]
        derived_data = derived.loc[derived["kind"].isin(DATA_KINDS), "gpc_ref"] if len(derived) else []
        derived_keys = derived.loc[derived["kind"] == "notation", "gpc_ref"] if len(derived) else []
        return cls(frame=frame, profile=profile, ref=ref, results=results, level=level, data=data, national=national,
                   is_data=is_data, is_notation=is_notation,
                   rows_with_data=frozenset(frame.loc[is_data, "gpc_ref"].unique()) | frozenset(derived_data),
                   rows_with_key=frozenset(frame.loc[is_notation & (frame["notation_key"] != ""), "gpc_ref"].unique())
                   | frozenset(derived_keys))

    # -- reference helpers ----------------------------------------------------------------
    def rule(self, rule_id: str) -> Rule:
        """The catalogue entry of a rule."""
        return self.data.rule(rule_id)

    def gpc(self, gpc_ref: str) -> GpcRow | None:
        """The GPC row of a reference number, or None if it is not one."""
        return self.ref.gpc.get(gpc_ref)

    def row_map(self, attribute: str) -> pd.Series:
        """A per-record series of one GpcRow attribute ('' / NaN for unknown rows)."""
        table = {ref_no: getattr(row, attribute) for ref_no, row in self.ref.gpc.items()}
        return self.frame["gpc_ref"].map(table)

    def sibling(self, gpc_ref: str, scope: int) -> str:
        """The row of the same sub-sector with `scope` (I.3.1 -> scope 2 -> I.3.2), or ''."""
        row = self.gpc(gpc_ref)
        if row is None:
            return ""
        for other in self.ref.gpc.values():
            if other.subsector_no == row.subsector_no and other.scope == scope and other.in_basic_plus:
                return other.ref
        return ""

    def names(self, activity: str) -> dict[str, str]:
        """Both display names of an activity, as message parameters activity_ko / activity_en."""
        return {"activity_ko": self.ref.activity_name(activity, "ko") or "-", "activity_en": self.ref.activity_name(activity, "en") or "-"}

    def row_names(self, gpc_ref: str, prefix: str = "row") -> dict[str, str]:
        """A GPC row's sub-sector names as message parameters {prefix}_ko / {prefix}_en."""
        row = self.gpc(gpc_ref)
        return {f"{prefix}_ko": row.subsector_ko if row else "", f"{prefix}_en": row.subsector_en if row else ""}

    # -- finding builders -----------------------------------------------------------------
    def finding(self, rule_id: str, gpc_ref: str = "", record_id: int = 0, field: str = "",
                source_file: str = "", source_row: int = 0, **params: Any) -> Finding:
        """A finding of `rule_id`; message and hint keys are check.<rule> and check.<rule>.hint."""
        rule = self.rule(rule_id)
        params = {"ref": gpc_ref, **params}
        return Finding(rule=rule_id, severity=rule.severity, gpc_ref=gpc_ref, record_id=int(record_id), field=field,
                       message=Message(f"check.{rule_id}", params), hint=Message(f"check.{rule_id}.hint", params),
                       source_file=source_file, source_row=int(source_row))

    def per_record(self, rule_id: str, mask: pd.Series | np.ndarray, field: str | Callable[[Any], str],
                   params: Callable[[Any], dict] | dict | None = None,
                   columns: dict[str, pd.Series] | None = None) -> list[Finding]:
        """One finding per record selected by `mask`.

        Message placeholders come from `params` (a dict of constants, or a function of the row: a
        namedtuple of the normalised frame, row.Index being its index) and from `columns`
        (placeholder -> a series over the records, read vectorised). `field` is a field name or a
        function of the row. Constant params and a fixed field take the fast path (no row tuples)."""
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return []
        sub = self.frame[mask]
        extra = {name: series[mask].tolist() for name, series in (columns or {}).items()}
        if callable(params) or callable(field):
            return [self.finding(rule_id, row.gpc_ref, row.id, field(row) if callable(field) else field,
                                 row.import_file, row.import_row, **(params(row) if callable(params) else params or {}),
                                 **{name: column[i] for name, column in extra.items()})
                    for i, row in enumerate(sub.itertuples(index=True))]
        rule = self.rule(rule_id)
        message_key, hint_key, constant = f"check.{rule_id}", f"check.{rule_id}.hint", dict(params or {})
        found = []
        for i, (gpc_ref, record_id, source_file, source_row) in enumerate(zip(
                sub["gpc_ref"].tolist(), sub["id"].tolist(), sub["import_file"].tolist(), sub["import_row"].tolist())):
            values = {"ref": gpc_ref, **constant, **{name: column[i] for name, column in extra.items()}}
            found.append(Finding(rule_id, rule.severity, gpc_ref, record_id, field, Message(message_key, values),
                                 Message(hint_key, values), source_file, source_row))
        return found

