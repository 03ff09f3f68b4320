"""The roll-up's checks. A finding is {key, severity, params}: stored as such in the province file
(`provenance`) and rendered from resources/messages/rollup.csv in the reader's language.

Errors stop the roll-up before anything is written (the same municipality twice would count it
twice); warnings and notes are written with the result and printed.
"""

from __future__ import annotations

from collections import defaultdict

from gcomdesk.core.messages import Message
from gcomdesk.core.model import Profile
from gcomdesk.core.national import load_national
from gcomdesk.core.years import EDITION_FIELDS
from gcomdesk.exchange.rollup.contributions import Contribution
from gcomdesk.exchange.rollup.sources import Source

ERROR, WARNING, INFO = "error", "warning", "info"
# How far the municipalities' summed population may stray from the region's published figure before
# it is a warning: 1 %. The two come from the same resident registration (MOIS), so a larger gap
# means a municipality is missing, given twice, or its profile holds another year's figure.
POPULATION_TOLERANCE = 0.01


def finding(key: str, severity: str, **params) -> dict:
    """One finding, as stored."""
    return {"key": key, "severity": severity, "params": params}


def render(item: dict, lang: str) -> str:
    """A finding as text in `lang`, with its severity."""
    return f"[{Message('rollup.severity.' + item['severity'], {}).render(lang)}] " + Message(item["key"], item["params"]).render(lang)


def duplicates(sources: list[Source]) -> list[dict]:
    """The same municipality given twice: the same file (checksum) or the same name and region."""
    out = []
    seen_sum: dict[str, Source] = {}
    seen_name: dict[tuple[str, str], Source] = {}
    for source in sources:
        first = seen_sum.get(source.sha256)
        if first is not None:
            out.append(finding("rollup.same_file", ERROR, first=str(first.path), second=str(source.path)))
            continue
        seen_sum[source.sha256] = source
        first = seen_name.get((source.name, source.region_code))
        if first is not None:
            out.append(finding("rollup.same_municipality", ERROR, municipality=source.name,
                               first=str(first.path), second=str(source.path)))
        seen_name.setdefault((source.name, source.region_code), source)
    return out


def years_differ(sources: list[Source], year: int) -> list[dict]:
    """Inputs whose years differ from the others' (the roll-up takes `year`, which all hold)."""
    if len({s.years for s in sources}) == 1:
        return []
    return [finding("rollup.years_differ", WARNING, municipality=s.label, years=", ".join(map(str, s.years)), year=year)
            for s in sources]


def other_region(sources: list[Source], province: Profile) -> list[dict]:
    """Municipalities whose region code is not the province's."""
    return [finding("rollup.other_region", WARNING, municipality=s.label, region=s.region_code, province=province.region_code)
            for s in sources if s.region_code != province.region_code]


def choices_differ(parts: list[Contribution], year: int, province: Profile) -> list[dict]:
    """Inputs on another GWP set or factor editions: recalculated on the province's, the difference shown."""
    out = []
    for part in parts:
        own = part.source.profiles[year]
        fields = [f for f in ("gwp_set", *EDITION_FIELDS) if getattr(own, f) != getattr(province, f)]
        if fields:
            changes = ", ".join(f"{f} {getattr(own, f)} → {getattr(province, f)}" for f in fields)
            out.append(finding("rollup.choices_differ", WARNING, municipality=part.source.label, changes=changes,
                               own=round(float(part.own.by_gpc["co2e_t"].sum()), 3),
                               province=round(float(part.province.by_gpc["co2e_t"].sum()), 3),
                               difference=round(part.difference_t, 3)))
    return out


def same_facility(parts: list[Contribution]) -> list[dict]:
    """The same facility (name, GPC row) reported by two municipalities or more."""
    where: dict[tuple[str, str], list[str]] = defaultdict(list)
    for part in parts:
        frame = part.own.records
        named = frame[frame["kind"].isin(("activity", "reported", "method")) & (frame["facility"].fillna("").str.strip() != "")]
        for name, ref_no in set(zip(named["facility"].str.strip(), named["report_ref"])):
            where[(name, ref_no)].append(part.source.label)
    return [finding("rollup.same_facility", WARNING, facility=name, gpc_ref=ref_no, municipalities=", ".join(who))
            for (name, ref_no), who in sorted(where.items()) if len(who) > 1]


def population(sources: list[Source], year: int, province: Profile) -> list[dict]:
    """The municipalities' populations summed against the region's published population."""
    missing = [s.label for s in sources if not s.profiles[year].population]
    if missing:
        return [finding("rollup.population_missing", INFO, municipalities=", ".join(missing))]
    published = load_national().region_population_of(province.region_code, year)
    if published is None:
        return [finding("rollup.population_unknown", INFO, region=province.region_code)]
    used, persons = published
    total = sum(int(s.profiles[year].population) for s in sources)
    share = total / persons if persons else 0.0
    if abs(share - 1.0) <= POPULATION_TOLERANCE:
        return []
    return [finding("rollup.population", WARNING, total=f"{total:,}", region=province.region_code, published=f"{persons:,}",
                    year=used, share=f"{share:.1%}", tolerance=f"{POPULATION_TOLERANCE:.0%}")]


def before_writing(sources: list[Source], year: int, province: Profile) -> list[dict]:
    """The checks on the inputs themselves (duplicates are errors)."""
    return [*duplicates(sources), *years_differ(sources, year), *other_region(sources, province),
            *population(sources, year, province)]


def on_results(parts: list[Contribution], year: int, province: Profile) -> list[dict]:
    """The checks on the municipalities' results."""
    return [*choices_differ(parts, year, province), *same_facility(parts)]
