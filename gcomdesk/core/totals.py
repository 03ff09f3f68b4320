"""Results by GPC row, scope, sector, IPCC code and GIR field, and the GPC totals
(BASIC, BASIC+, scope-1 territorial, scopes 1-3, direct, indirect) exactly as GPC defines them."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gcomdesk.core.calculate import calculate
from gcomdesk.core.grid import with_td_losses
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import DIRECT_GIR_FIELDS, INDIRECT_GIR_FIELD, ReferenceLibrary

GAS_COLUMNS = ("co2_t", "ch4_t", "n2o_t", "sf6_t", "nf3_t", "hfcs_co2e_t", "pfcs_co2e_t",
               "unsplit_co2e_t", "other_co2e_t", "co2e_t", "biogenic_co2_t")
TOTAL_KEYS = ("basic", "basic_plus", "scope1_territorial", "scope1", "scope2", "scope3", "direct", "indirect")


@dataclass
class InventoryResults:
    """Everything computed from an inventory: per record, per GPC row, and the totals."""

    records: pd.DataFrame  # the records with their result columns
    by_gpc: pd.DataFrame  # all 53 rows, indexed by gpc_ref
    totals: dict[str, float]

    def by(self, column: str) -> pd.DataFrame:
        """Sum the GPC table by one of its key columns (scope, sector_no, ipcc_code, gir_field)."""
        table = self.by_gpc[self.by_gpc[column].astype(str) != ""]
        return table.groupby(column, sort=True)[list(GAS_COLUMNS)].sum()


def gpc_frame(ref: ReferenceLibrary) -> pd.DataFrame:
    """The 53 GPC rows with their keys, as a table indexed by gpc_ref."""
    rows = [{
        "gpc_ref": g.ref, "sector_no": g.sector_no, "subsector_no": g.subsector_no, "scope": g.scope,
        "in_basic": g.in_basic, "in_basic_plus": g.in_basic_plus, "in_scope1_territorial": g.in_scope1_territorial,
        "ipcc_code": g.ipcc_code, "gir_field": g.gir_field,
    } for g in ref.gpc.values()]
    return pd.DataFrame(rows).set_index("gpc_ref")


def compute_totals(by_gpc: pd.DataFrame) -> dict[str, float]:
    """Apply GPC's totals rules to a per-row CO2e column; never a plain sum of every row."""
    co2e = by_gpc["co2e_t"]
    return {
        "basic": float(co2e[by_gpc["in_basic"]].sum()),
        "basic_plus": float(co2e[by_gpc["in_basic_plus"]].sum()),
        "scope1_territorial": float(co2e[by_gpc["in_scope1_territorial"]].sum()),
        "scope1": float(co2e[by_gpc["scope"] == 1].sum()),
        "scope2": float(co2e[by_gpc["scope"] == 2].sum()),
        "scope3": float(co2e[by_gpc["scope"] == 3].sum()),
        "direct": float(co2e[by_gpc["gir_field"].isin(DIRECT_GIR_FIELDS)].sum()),
        "indirect": float(co2e[by_gpc["gir_field"] == INDIRECT_GIR_FIELD].sum()),
    }


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


def summarize(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> InventoryResults:
    """Calculate every record (with the T&D loss records its grid side implies) and roll the results
    up to GPC rows and totals."""
    records = with_td_losses(records, profile, ref)
    results = calculate(records, profile, ref)
    inputs = records.drop(columns=[c for c in results.columns if c in records.columns])
    frame = pd.concat([inputs, results], axis=1)
    base = gpc_frame(ref)
    numbers = frame[frame["kind"] != "notation"]
    sums = numbers.groupby("gpc_ref")[list(GAS_COLUMNS)].sum().reindex(base.index).fillna(0.0)
    counts = numbers.groupby("gpc_ref").size().reindex(base.index).fillna(0).astype(int).rename("record_count")
    by_gpc = pd.concat([base, sums, counts, _notation_columns(records, base.index)], axis=1)
    return InventoryResults(records=frame, by_gpc=by_gpc, totals=compute_totals(by_gpc))
