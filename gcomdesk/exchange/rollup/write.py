"""Writing the roll-up: ONE ChangeSet into the province file (a new file is created whole or not at all).

A new OUT.gcdx is built under a temporary name beside it and moved into place only when written;
an existing one gets one ChangeSet that deletes the previous roll-up's records, adds the new ones and
replaces the stored source list and findings (one transaction, one undo step). The province's own
records (anything the roll-up did not write) stay.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary, load_reference
from gcomdesk.core.years import year_part
from gcomdesk.exchange.rollup import findings as checks
from gcomdesk.exchange.rollup.contributions import contributions, province_records
from gcomdesk.exchange.rollup.provenance import (
    ROLLUP_META,
    by_municipality,
    changed_files,
    moved,
    rollup_ids,
    stored,
    to_meta,
)
from gcomdesk.exchange.rollup.sources import RollupError, Source, common_year, read_sources
from gcomdesk.exchange.staged import check_writable
from gcomdesk.store.changes import ChangeSet, YearAdded
from gcomdesk.store.inventory import Inventory
from gcomdesk.store.project import Project, now_stamp


class RollupRefused(RollupError):
    """A check found an error (the same municipality twice): nothing was written."""

    def __init__(self, findings: list[dict]) -> None:
        super().__init__("rollup.refused", count=sum(f["severity"] == checks.ERROR for f in findings))
        self.findings = findings


@dataclass
class RollupResult:
    """What a roll-up did."""

    path: Path
    year: int
    created: bool
    sources: list[Source]
    findings: list[dict]
    records: int  # records written
    moved: list[dict] = field(default_factory=list)  # per municipality and GPC row, tCO2e before/after
    changed_files: list[dict] = field(default_factory=list)
    totals: dict[str, float] = field(default_factory=dict)


def province_profile(first: Profile, sources: list[Source], year: int, ref: ReferenceLibrary, name: str | None,
                     gwp: str | None, electricity: str | None) -> Profile:
    """A new province's profile: the first input's region, GWP set and editions (unless chosen), the
    municipalities' summed population when every one gives it."""
    populations = [s.profiles[year].population for s in sources]
    region = ref.regions.get(first.region_code)
    profile = replace(first, name_ko=name or (region.name_ko if region else first.region_code),
                      name_en=region.name_en if region and not name else "", level="provincial",
                      population=sum(int(p) for p in populations) if all(populations) else None,
                      area_km2=None, grdp_billion_krw=None, boundary_notes="", base_year=None,
                      gwp_set=gwp or first.gwp_set, electricity_edition=electricity or first.electricity_edition,
                      factor_policy="each_year", shared_editions={})
    profile.validate(ref)
    return profile


def roll_up(out: str | Path, inputs: list[str | Path], year: int | None = None, name: str | None = None,
            gwp: str | None = None, electricity: str | None = None, user: str = "",
            ref: ReferenceLibrary | None = None) -> RollupResult:
    """Roll the municipal files `inputs` up into the province file `out` (created, or its previous
    roll-up replaced). Raises RollupError (an input named) or RollupRefused (errors found); then
    nothing was written."""
    ref = ref or load_reference()
    out = Path(out)
    if any(Path(p).resolve() == out.resolve() for p in inputs):
        raise RollupError("rollup.out_is_input", path=str(out))
    sources = read_sources(list(inputs), ref)
    chosen = common_year(sources, year)
    if out.exists():
        return _into_existing(out, sources, chosen, gwp, electricity, user, ref)
    province = province_profile(sources[0].profiles[chosen], sources, chosen, ref, name, gwp, electricity)
    return _into_new(out, sources, chosen, province, user, ref)


def _build(sources: list[Source], year: int, province: Profile, ref: ReferenceLibrary, at: str):
    early = checks.before_writing(sources, year, province)
    if any(f["severity"] == checks.ERROR for f in early):
        raise RollupRefused(early)
    parts = contributions(sources, year, province, ref)
    records, notes = province_records(parts, year, ref)
    found = [*early, *checks.on_results(parts, year, province), *notes]
    return records, found, to_meta(sources, year, at, found)


def _into_new(out: Path, sources: list[Source], year: int, province: Profile, user: str,
              ref: ReferenceLibrary) -> RollupResult:
    check_writable(out)
    records, found, meta = _build(sources, year, province, ref, now_stamp())
    tmp = out.parent / f".~gcomdesk-{uuid.uuid4().hex[:12]}.gcdx"
    try:
        with Project.create(tmp, province, user=user) as project:
            project.apply(ChangeSet(add=records, meta={ROLLUP_META: meta}, year=year, label="rollup"), user=user)
        with Inventory.open(tmp, ref, year) as inventory:
            totals = dict(inventory.analysis().results.totals)
        os.replace(tmp, out)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return RollupResult(out, year, True, sources, found, len(records), totals=totals)


def _into_existing(out: Path, sources: list[Source], year: int, gwp: str | None, electricity: str | None,
                   user: str, ref: ReferenceLibrary) -> RollupResult:
    try:
        inventory = Inventory.open(out, ref)
    except GcomdeskError as exc:
        raise RollupError("rollup.out_unreadable", path=str(out), reason=exc.render("en")) from None
    with inventory:
        previous = stored(inventory.project)
        profile_changes = {k: v for k, v in (("gwp_set", gwp), ("electricity_edition", electricity)) if v}
        add_years = []
        if year in inventory.years:
            inventory.set_year(year)
            province = inventory.profile
            before = by_municipality(inventory.analysis().results.records)
        else:
            province = replace(inventory.profile, year=year)
            add_years = [YearAdded(year, year_part(province.to_dict()))]
            before = {}
        province = replace(province, **profile_changes)
        province.validate(ref)
        records, found, meta = _build(sources, year, province, ref, now_stamp())
        old = rollup_ids(inventory.records_of(year)) if year in inventory.years else []
        inventory.apply(ChangeSet(add=records, delete=old, meta={ROLLUP_META: meta}, profile=profile_changes,
                                  year=year, add_years=add_years, label="rollup"), user=user)
        inventory.set_year(year)
        analysis = inventory.analysis()
        after = by_municipality(analysis.results.records)
        return RollupResult(out, year, False, sources, found, len(records), moved(before, after),
                            changed_files(previous, sources), dict(analysis.results.totals))
