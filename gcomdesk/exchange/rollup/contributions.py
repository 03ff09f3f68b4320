"""What each municipality contributes to the province, and the province's records that hold it.

Each municipality is calculated on the PROVINCE's choices (GWP set and factor editions, `on_province`)
with the one pipeline (`core.totals.summarize`), and its results by GPC row (where records land,
methods' routing included) become the province's records:

- one `reported` record per (municipality, GPC row) with data: the municipality's calculated tonnes
  per gas (CO2, CH4, N2O, SF6, NF3, HFCs, PFCs as CO2e, CO2e not split by gas, biogenic CO2), the
  facility and notes naming the municipality, the data source naming the file and its checksum,
  and `extra["rollup"]` = {municipality, region_code, sha256}: that marks the record as the
  roll-up's (replaced by the next roll-up; the province's own records never are);
- one `notation` record per GPC row where no municipality has data and every municipality that
  answered the row gave the same key (and, for IE, the same row it is included in); the explanation
  quotes each one's. Mixed keys give no key and a finding `rollup.mixed_keys`, so the provincial
  officer answers the row (NE from one and NO from another cannot honestly become either). A
  municipality that left the row unanswered is its own file's completeness finding, not the province's;
- territorial-only rows (`core.totals.territorial_rows`: I.4.4 generation supplied to the grid,
  III.n.3 waste from outside) are the province's own: never summed (a plant's output is the
  province's once, not once per municipality that reported it); what was left out is a finding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from gcomdesk.core.model import REPORTED_GAS_COLUMNS, Profile, Record, extra_of
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.totals import InventoryResults, summarize, territorial_rows
from gcomdesk.core.years import EDITION_FIELDS
from gcomdesk.exchange.rollup.sources import Source

ROLLUP_KEY = "rollup"  # extra[ROLLUP_KEY] marks a record written by the roll-up
ALL = "*"  # the municipality of a notation record every municipality gave


def on_province(profile: Profile, province: Profile) -> Profile:
    """A municipality's profile with the province's GWP set and factor editions."""
    return replace(profile, gwp_set=province.gwp_set, **{k: getattr(province, k) for k in EDITION_FIELDS})


@dataclass
class Contribution:
    """One municipality's results on its own choices and on the province's."""

    source: Source
    own: InventoryResults
    province: InventoryResults

    @property
    def difference_t(self) -> float:
        """tCO2e on the province's choices minus on its own (all rows)."""
        return float(self.province.by_gpc["co2e_t"].sum() - self.own.by_gpc["co2e_t"].sum())


def contributions(sources: list[Source], year: int, province: Profile, ref: ReferenceLibrary) -> list[Contribution]:
    """Every municipality calculated on its own choices and on the province's."""
    out = []
    for source in sources:
        own_profile, records = source.profiles[year], source.records[year]
        own = summarize(records, own_profile, ref)
        same = on_province(own_profile, province) == own_profile
        out.append(Contribution(source, own, own if same else summarize(records, on_province(own_profile, province), ref)))
    return out


def rollup_rows(records: pd.DataFrame) -> pd.DataFrame:
    """A calculated records table with the roll-up's marks as columns: `municipality` ('' for the
    province's own records, ALL for a key every municipality gave) and `sha256`."""
    marks = records["extra"].map(lambda v: extra_of(v).get(ROLLUP_KEY) or {})
    return records.assign(municipality=marks.map(lambda m: str(m.get("municipality") or "")),
                          sha256=marks.map(lambda m: str(m.get("sha256") or "")))


def _marker(source: Source) -> dict:
    return {ROLLUP_KEY: {"municipality": source.name, "region_code": source.region_code, "sha256": source.sha256}}


def _data_rows(results: InventoryResults, skip: set[str]) -> pd.DataFrame:
    by = results.by_gpc
    has_data = (by[list(REPORTED_GAS_COLUMNS)] != 0).any(axis=1) & ~by.index.isin(list(skip))
    return by[has_data]


def province_records(parts: list[Contribution], year: int, ref: ReferenceLibrary) -> tuple[list[Record], list[dict]]:
    """The roll-up's records, and the findings it raises on the way (left-out territorial rows, mixed keys)."""
    territorial = set(territorial_rows(ref))
    records: list[Record] = []
    findings: list[dict] = []
    with_data: set[str] = set()
    for part in parts:
        source = part.source
        for ref_no, row in _data_rows(part.province, territorial).iterrows():
            with_data.add(ref_no)
            gases = {c: float(row[c]) for c in REPORTED_GAS_COLUMNS if row[c] != 0}
            records.append(Record(kind="reported", gpc_ref=ref_no, year=year, facility=source.name,
                                  notes=f"roll-up: {source.name} ({source.region_code})",
                                  data_source=f"{source.path.name} sha256:{source.sha256}", extra=_marker(source), **gases))
        left = part.province.by_gpc.loc[[r for r in territorial if r in part.province.by_gpc.index], "co2e_t"]
        for ref_no, tonnes in left[left != 0].items():
            findings.append({"key": "rollup.left_out", "severity": "info",
                             "params": {"municipality": source.label, "gpc_ref": ref_no, "co2e_t": round(float(tonnes), 3)}})
    keys, mixed = _notation_keys(parts, with_data | territorial, year)
    records += keys
    findings += mixed
    return records, findings


def _notation_keys(parts: list[Contribution], skip: set[str], year: int) -> tuple[list[Record], list[dict]]:
    answers: dict[str, dict[str, tuple[str, str, str]]] = {}
    for part in parts:
        by = part.province.by_gpc
        keyed = by[(by["notation_key"].fillna("") != "") & ~by.index.isin(list(skip))]
        for ref_no, row in keyed.iterrows():
            answers.setdefault(ref_no, {})[part.source.label] = (
                str(row["notation_key"]), str(row["included_in"] or ""), str(row["explanation"] or ""))
    records, findings = [], []
    for ref_no, given in answers.items():
        distinct = {(key, where) for key, where, _ in given.values()}
        if len(distinct) == 1:
            key, where = next(iter(distinct))
            texts = "; ".join(f"{m}: {text}" for m, (_, _, text) in given.items() if text)
            records.append(Record(kind="notation", gpc_ref=ref_no, year=year, notation_key=key,
                                  included_in=where or None, explanation=texts or key,
                                  data_source="roll-up", extra={ROLLUP_KEY: {"municipality": ALL}}))
        else:
            listing = ", ".join(f"{m}={k}" for m, (k, _, _) in given.items())
            findings.append({"key": "rollup.mixed_keys", "severity": "warning", "params": {"gpc_ref": ref_no, "keys": listing}})
    return records, findings
