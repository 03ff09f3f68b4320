"""Results by GPC row, scope, sector, IPCC code and GIR field, and the GPC totals
(BASIC, BASIC+, scopes 1-3, direct, indirect) exactly as GPC defines them.

Scope 1 is one figure. GPC v1.1 (executive summary and ch. 4) defines the scopes framework's
scope 1 as the territorial emissions: "Scope 1 (or territorial emissions) allows for the separate
accounting of all GHG emissions produced within the geographic boundary of the city". Every GPC row
of scope 1 is in the territorial total and no other row is (resources/reference/gpc_rows.csv,
tests/core/test_totals.py), so a separate "territorial" figure would always equal it.

Where a record lands: its own GPC row, unless a sector method moves it (an incinerator in the city
recovering energy lands on I.4.4 or the on-site user's row: core.methods.incineration). A row whose
every record moved elsewhere, with no key of its own, reads IE "included in <row>".

Territorial rows (I.4.4 generation supplied to the grid, III.n.3 waste from outside treated in the
city) are required by neither BASIC nor BASIC+, yet scope 1 and the direct (직접) total take them:
until each is answered (data, or a notation key with its explanation) those totals are incomplete
(`InventoryResults.incomplete`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from gcomdesk.core.calculate import calculate
from gcomdesk.core.generation import generation_split
from gcomdesk.core.grid import with_td_losses
from gcomdesk.core.messages import Message
from gcomdesk.core.methods import report_refs
from gcomdesk.core.model import REPORTED_GAS_COLUMNS, Profile
from gcomdesk.core.reference import DIRECT_GIR_FIELDS, INDIRECT_GIR_FIELD, ReferenceLibrary

GAS_COLUMNS = (*REPORTED_GAS_COLUMNS, "other_co2e_t", "co2e_t")  # a record's gases, then the results' CO2e
TOTAL_KEYS = ("basic", "basic_plus", "scope1", "scope2", "scope3", "direct", "indirect")
TERRITORIAL_LEVEL = "territorial"  # gpc_rows.csv reporting_level of rows only the territorial total takes
DATA_KINDS = ("activity", "reported", "method")


@dataclass
class InventoryResults:
    """Everything computed from an inventory: per record, per GPC row, and the totals."""

    records: pd.DataFrame  # the records with their result columns and report_ref (the row they land on)
    by_gpc: pd.DataFrame  # all 53 rows, indexed by gpc_ref
    totals: dict[str, float]
    generation: pd.DataFrame = field(default_factory=pd.DataFrame)  # I.4.4 by plant type (core.generation)
    territorial_open: tuple[str, ...] = ()  # territorial rows not answered yet, in GPC order

    def by(self, column: str) -> pd.DataFrame:
        """Sum the GPC table by one of its key columns (scope, sector_no, ipcc_code, gir_field)."""
        table = self.by_gpc[self.by_gpc[column].astype(str) != ""]
        return table.groupby(column, sort=True)[list(GAS_COLUMNS)].sum()

    @property
    def incomplete(self) -> dict[str, tuple[str, ...]]:
        """Totals that take an unanswered territorial row -> those rows (empty when all are answered)."""
        if not self.territorial_open:
            return {}
        out = {}
        for key in TOTAL_KEYS:
            mask = total_mask(self.by_gpc, key)
            rows = tuple(r for r in self.territorial_open if bool(mask.get(r, False)))
            if rows:
                out[key] = rows
        return out


def gpc_frame(ref: ReferenceLibrary) -> pd.DataFrame:
    """The 53 GPC rows with their keys, as a table indexed by gpc_ref."""
    rows = [{
        "gpc_ref": g.ref, "sector_no": g.sector_no, "subsector_no": g.subsector_no, "scope": g.scope,
        "in_basic": g.in_basic, "in_basic_plus": g.in_basic_plus, "in_scope1_territorial": g.in_scope1_territorial,
        "ipcc_code": g.ipcc_code, "gir_field": g.gir_field,
    } for g in ref.gpc.values()]
    return pd.DataFrame(rows).set_index("gpc_ref")


def total_mask(by_gpc: pd.DataFrame, total_key: str) -> pd.Series:
    """The GPC rows a total takes, as a boolean mask: GPC's rules, in this one place."""
    t = by_gpc
    masks = {"basic": lambda: t["in_basic"], "basic_plus": lambda: t["in_basic_plus"],
             "scope1": lambda: t["scope"] == 1, "scope2": lambda: t["scope"] == 2, "scope3": lambda: t["scope"] == 3,
             "direct": lambda: t["gir_field"].isin(DIRECT_GIR_FIELDS),
             "indirect": lambda: t["gir_field"] == INDIRECT_GIR_FIELD}
    return masks[total_key]().astype(bool)


def compute_totals(by_gpc: pd.DataFrame) -> dict[str, float]:
    """Apply GPC's totals rules to a per-row CO2e column; never a plain sum of every row."""
    co2e = by_gpc["co2e_t"]
    return {key: float(co2e[total_mask(by_gpc, key)].sum()) for key in TOTAL_KEYS}


def territorial_rows(ref: ReferenceLibrary) -> tuple[str, ...]:
    """The rows only the territorial total takes (I.4.4, III.n.3), in GPC order."""
    return tuple(g.ref for g in ref.gpc.values() if g.reporting_level == TERRITORIAL_LEVEL)


def _text(series: pd.Series) -> pd.Series:
    return series.fillna("").astype(str).str.strip()


def answered_rows(frame: pd.DataFrame) -> set[str]:
    """GPC rows answered: data filed in or landing on them, or a notation key with its explanation
    (IE also saying where it is included). The steps judge a row's answer the same way."""
    columns = [c for c in ("gpc_ref", "report_ref", "status") if c in frame]
    data = frame.loc[frame["kind"].isin(DATA_KINDS).to_numpy(), columns]
    if "status" in data:
        data = data[(data["status"] != "no_amount").to_numpy()]  # a row added and not filled in answers nothing yet
    refs = [c for c in ("gpc_ref", "report_ref") if c in data]
    rows = set(pd.unique(data[refs].to_numpy(dtype=object).ravel())) if len(data) else set()
    keys = frame[frame["kind"] == "notation"]
    if len(keys):
        key, text, where = _text(keys["notation_key"]), _text(keys["explanation"]), _text(keys["included_in"])
        ok = (key != "") & (text != "") & ((key != "IE") | (where != ""))
        rows |= set(keys.loc[ok, "gpc_ref"])
    return rows


def _notation_columns(records: pd.DataFrame, index: pd.Index) -> pd.DataFrame:
    keys = records[records["kind"] == "notation"]
    if keys.empty:
        return pd.DataFrame({"notation_key": "", "explanation": "", "included_in": ""}, index=index)
    first = keys.groupby("gpc_ref").first()
    return pd.DataFrame({
        "notation_key": first["notation_key"].reindex(index).fillna(""),
        "explanation": first["explanation"].reindex(index).fillna(""),
        "included_in": first["included_in"].reindex(index).fillna(""),
    }, index=index)


def routed_explanation(target: str) -> str:
    """The explanation of a row whose records moved to `target`, in Korean and English."""
    message = Message("totals.routed", {"target": target})
    return f"{message.render('ko')} / {message.render('en')}"


def _mark_routed(by_gpc: pd.DataFrame, numbers: pd.DataFrame) -> None:
    """IE 'included in <row>' on rows whose every record landed elsewhere and that hold no key."""
    moved = numbers[numbers["report_ref"] != numbers["gpc_ref"]]
    for ref_no, group in moved.groupby("gpc_ref"):
        if ref_no not in by_gpc.index or by_gpc.at[ref_no, "record_count"] > 0 or by_gpc.at[ref_no, "notation_key"]:
            continue
        target = ", ".join(sorted(set(group["report_ref"])))
        by_gpc.loc[ref_no, ["notation_key", "explanation", "included_in"]] = ["IE", routed_explanation(target), target]


def summarize(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> InventoryResults:
    """Calculate every record (with the T&D loss records its grid side implies, core.grid) and roll
    the results up to the GPC rows they land on, and the totals."""
    records = with_td_losses(records, profile, ref)
    results = calculate(records, profile, ref)
    inputs = records.drop(columns=[c for c in results.columns if c in records.columns])
    frame = pd.concat([inputs, results], axis=1)
    frame["report_ref"] = report_refs(frame, profile) if len(frame) else pd.Series(dtype=object)
    base = gpc_frame(ref)
    numbers = frame[frame["kind"] != "notation"]
    sums = numbers.groupby("report_ref")[list(GAS_COLUMNS)].sum().reindex(base.index).fillna(0.0)
    counts = numbers.groupby("report_ref").size().reindex(base.index).fillna(0).astype(int).rename("record_count")
    by_gpc = pd.concat([base, sums, counts, _notation_columns(records, base.index)], axis=1)
    _mark_routed(by_gpc, numbers)
    answered = answered_rows(frame)
    open_rows = tuple(r for r in territorial_rows(ref) if r not in answered)
    return InventoryResults(records=frame, by_gpc=by_gpc, totals=compute_totals(by_gpc),
                            generation=generation_split(frame, GAS_COLUMNS, ref), territorial_open=open_rows)
