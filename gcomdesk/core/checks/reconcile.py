"""The reconciliation view: the inventory's emissions by GPC row, by IPCC 2006 category and by GIR
field side by side with the national figures (kt CO2e, AR5, 2006-Guidelines basis, shown here in
tonnes) and the local share of each, and the invariant that the three views give the same direct
and indirect totals.

Direct = rows in a direct GIR field (energy, IPPU, agriculture, LULUCF, waste: every scope-1 row).
Indirect = rows in the GIR field 간접 (grid energy used, T&D losses, waste sent elsewhere); in the
IPCC view each indirect row is attributed to the IPCC category of its sub-sector's scope-1 row, as
the GIR regional tables break indirect emissions down by consuming sector. Rows in neither (the
out-of-boundary transport rows II.x.3 and other scope 3, VI.1) are 'outside' and in no national view.

Which national figures a local IPCC category or GIR field is compared with is one mapping,
resources/checks/national_comparison.csv (e.g. off-road 1.A.3.e with 1.A.3.e + 1.A.2.g.v +
1.A.4.c.i-ii), and local_share() is the one share rule: the national checks and the workbook's
national sheet (exchange/export/national.py) both read this view."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from gcomdesk.core.checks.catalogue import CheckData, load_check_data
from gcomdesk.core.model import Profile
from gcomdesk.core.national import NationalData, load_national
from gcomdesk.core.reference import DIRECT_GIR_FIELDS, INDIRECT_GIR_FIELD, ReferenceLibrary
from gcomdesk.core.totals import InventoryResults

TOLERANCE_T = 1e-6  # tonnes, relative to the total: the views are sums of the same floats in another order


@dataclass
class ReconciliationView:
    """The three views, the national figures beside them, and whether they agree."""

    inventory_year: int
    national_year: int
    national_basis: str  # e.g. '2006 IPCC Guidelines, AR5'
    inventory_gwp: str
    by_gpc: pd.DataFrame  # index gpc_ref: view, ipcc_code, attributed_ipcc, gir_field, co2e_t
    by_ipcc: pd.DataFrame  # index code: name_en, name_ko, direct_t, indirect_t, national_codes, national_t, local_share
    by_gir: pd.DataFrame  # index field: view, co2e_t, national_codes, national_t, local_share
    totals: dict[str, float] = field(default_factory=dict)  # direct, indirect, outside (from the GPC totals)
    view_sums: dict[str, dict[str, float]] = field(default_factory=dict)  # view -> {'direct', 'indirect'}

    @property
    def consistent(self) -> bool:
        """True when the GPC, IPCC and GIR views sum to the same direct and indirect totals."""
        return not self.differences()

    def differences(self) -> list[tuple[str, str, float, float]]:
        """(view, 'direct'|'indirect', view sum, total) for each view that does not add up."""
        out = []
        for view, sums in self.view_sums.items():
            for part in ("direct", "indirect"):
                total = self.totals[part]
                if abs(sums[part] - total) > TOLERANCE_T * max(1.0, abs(total)):
                    out.append((view, part, sums[part], total))
        return out

    def to_dict(self) -> dict:
        """A plain dict (for JSON and exports)."""
        def records(frame: pd.DataFrame, key: str) -> list[dict]:
            table = frame.reset_index().rename(columns={frame.index.name or "index": key})
            return [{k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in row.items()}
                    for row in table.to_dict("records")]
        return {
            "inventory_year": self.inventory_year, "national_year": self.national_year,
            "national_basis": self.national_basis, "inventory_gwp": self.inventory_gwp,
            "totals_t": dict(self.totals), "view_sums_t": {k: dict(v) for k, v in self.view_sums.items()},
            "consistent": self.consistent,
            "by_gpc": records(self.by_gpc, "gpc_ref"), "by_ipcc": records(self.by_ipcc, "code"),
            "by_gir": records(self.by_gir, "field"),
        }


def _view_of(gir_field: str) -> str:
    if gir_field in DIRECT_GIR_FIELDS:
        return "direct"
    return "indirect" if gir_field == INDIRECT_GIR_FIELD else "outside"


def _attributed_ipcc(ref: ReferenceLibrary) -> dict[str, str]:
    """Each GPC row's IPCC category: its own, or for indirect rows its sub-sector's scope-1 row's."""
    scope1 = {}
    for row in ref.gpc.values():
        if row.scope == 1 and row.ipcc_code:
            scope1.setdefault(row.subsector_no, row.ipcc_code)
    return {row.ref: row.ipcc_code or scope1.get(row.subsector_no, "") for row in ref.gpc.values()}


def _national(national: NationalData, codes: tuple[str, ...], year: int) -> tuple[str, float | None]:
    return "+".join(codes), national.tonnes(codes, year)


def reconcile(results: InventoryResults, profile: Profile, ref: ReferenceLibrary,
              national: NationalData | None = None, data: CheckData | None = None) -> ReconciliationView:
    """Build the reconciliation view of calculated results against the national inventory."""
    national = national or load_national()
    data = data or load_check_data()
    year = national.nearest_year(int(profile.year))
    basis, gwp = national.basis_of(year)
    gpc = results.by_gpc
    attributed = _attributed_ipcc(ref)
    by_gpc = pd.DataFrame({
        "view": gpc["gir_field"].astype(str).map(_view_of), "ipcc_code": gpc["ipcc_code"].astype(str),
        "attributed_ipcc": gpc.index.map(attributed), "gir_field": gpc["gir_field"].astype(str),
        "co2e_t": gpc["co2e_t"].astype(float)}, index=gpc.index)

    counted = by_gpc[by_gpc["view"] != "outside"]
    pivot = counted.pivot_table(index="attributed_ipcc", columns="view", values="co2e_t", aggfunc="sum", fill_value=0.0)
    pivot = pivot.reindex(columns=["direct", "indirect"], fill_value=0.0)
    rows = []
    for code, values in pivot.iterrows():
        codes, national_t = _national(national, data.comparison("ipcc", code).national_codes, year)
        name_en, name_ko = ref.ipcc_categories.get(code, ("", ""))
        rows.append({"code": code, "name_en": name_en, "name_ko": name_ko, "direct_t": float(values["direct"]),
                     "indirect_t": float(values["indirect"]), "national_codes": codes, "national_t": national_t,
                     "local_share": local_share(values["direct"], national_t)})
    by_ipcc = pd.DataFrame(rows, columns=["code", "name_en", "name_ko", "direct_t", "indirect_t", "national_codes",
                                          "national_t", "local_share"]).set_index("code")

    gir_rows = []
    for gir_field, value in counted.groupby("gir_field")["co2e_t"].sum().items():
        comparison = data.comparisons.get(("gir", gir_field))
        codes, national_t = _national(national, comparison.national_codes, year) if comparison else ("", None)
        gir_rows.append({"field": gir_field, "view": _view_of(gir_field), "co2e_t": float(value), "national_codes": codes,
                         "national_t": national_t, "local_share": local_share(value, national_t)})
    by_gir = pd.DataFrame(gir_rows, columns=["field", "view", "co2e_t", "national_codes", "national_t",
                                             "local_share"]).set_index("field")

    totals = {"direct": results.totals["direct"], "indirect": results.totals["indirect"],
              "outside": float(by_gpc.loc[by_gpc["view"] == "outside", "co2e_t"].sum())}
    view_sums = {
        "gpc": {part: float(by_gpc.loc[by_gpc["view"] == part, "co2e_t"].sum()) for part in ("direct", "indirect")},
        "ipcc": {"direct": float(by_ipcc["direct_t"].sum()), "indirect": float(by_ipcc["indirect_t"].sum())},
        "gir": {part: float(by_gir.loc[by_gir["view"] == part, "co2e_t"].sum()) for part in ("direct", "indirect")},
    }
    return ReconciliationView(inventory_year=int(profile.year), national_year=year,
                              national_basis=f"{basis} IPCC Guidelines, {gwp}", inventory_gwp=profile.gwp_set,
                              by_gpc=by_gpc, by_ipcc=by_ipcc, by_gir=by_gir, totals=totals, view_sums=view_sums)


def local_share(local: float, national_t: float | None) -> float | None:
    """The one "local share of national" rule (the national check, the national sheet, the review
    page): local / national, or None when the national figure is missing, zero or negative (a net
    sink such as LULUCF has no meaningful share)."""
    if national_t is None or national_t != national_t or national_t <= 0:
        return None
    return float(local) / national_t
