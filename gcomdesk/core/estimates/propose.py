"""The proposals for one inventory year: for each GPC row without local data, a record that fills
it, with the arithmetic that gave it (resources/estimates/rows.csv says how each row is estimated).

- scale: the national inventory's categories of the row in the nearest published year x (local
  proxy / national proxy). Where the GIR publishes the region's own figure for those categories,
  the region's figure is used instead: x (local population / region's population) for a
  municipality, as it stands for the province itself. A reported record of CO2e (the national and
  regional figures give no split by gas), quality Low.
- grid_sales: KEPCO's national sales of the row's contract types (nearest year) x (local proxy /
  national proxy), entered as electricity in MWh: the year's grid edition calculates it.
- notation: a row no share describes gets NE with the reason, or IE pointing to the row that
  holds it when that row holds something (e.g. all landfilled waste in III.1.1).

Every proposal records in its `extra["estimate"]` the method, the figures, proxies and years used
and their sources (core/estimates/marker.py); measured data entered later replaces it (store)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.estimates.catalogue import EstimateCatalogue, EstimateRow, load_catalogue, signed
from gcomdesk.core.estimates.marker import KEY
from gcomdesk.core.messages import Message
from gcomdesk.core.model import GWP_SETS, Profile, Record
from gcomdesk.core.national import NationalData, load_national
from gcomdesk.core.reference import ReferenceLibrary

NATIONAL_GWP = "AR5"  # national_inventory_kr.csv's GWP basis (its `gwp` column)


class EstimateError(GcomdeskError):
    """A row cannot be estimated as asked (unknown, holds measured data, a bad proxy value)."""


@dataclass
class Proposal:
    """One row's proposed record (None when a proxy is missing), its arithmetic and what it needs."""

    gpc_ref: str
    method: str  # national | regional | grid_sales | notation
    record: Record | None
    lines: list[Message] = field(default_factory=list)
    missing: tuple[str, ...] = ()  # proxies to give (any one of them) before the row can be estimated
    co2e_t: float | None = None  # scale: the estimate in t CO2e
    amount_mwh: float | None = None  # grid_sales: the electricity in MWh

    def text(self, lang: str) -> str:
        """The arithmetic, one line per step, in `lang`."""
        return "\n".join(line.render(lang) for line in self.lines)


@dataclass(frozen=True)
class Context:
    """What the proposals of one year are computed from."""

    profile: Profile
    ref: ReferenceLibrary
    catalogue: EstimateCatalogue
    national: NationalData
    regional: object | None  # core.regional.RegionalData (None: national figures only)
    given: Mapping[str, float]
    lang: str


def estimable_rows(catalogue: EstimateCatalogue | None = None) -> list[str]:
    """The GPC rows gcomdesk knows how to estimate, in the catalogue's order."""
    return list((catalogue or load_catalogue()).rows)


def missing_rows(profile: Profile, ref: ReferenceLibrary, measured: Collection[str],
                 catalogue: EstimateCatalogue | None = None) -> list[str]:
    """The BASIC rows (BASIC+ when the profile reports it) holding no measured record and no key."""
    from gcomdesk.core.steps import is_required

    catalogue = catalogue or load_catalogue()
    return [r for r in catalogue.rows if r not in measured and is_required(ref.gpc[r], profile.reporting_level)]


def propose(profile: Profile, ref: ReferenceLibrary, rows: list[str], measured: Collection[str],
            given: Mapping[str, float] | None, lang: str, *, national: NationalData | None = None,
            regional: object | None = None, catalogue: EstimateCatalogue | None = None) -> list[Proposal]:
    """A proposal per row of `rows`. `measured`: the rows holding records that are not estimates
    (refused: an estimate never sits beside measured data); `given`: local proxy values the
    officer gave (name -> value), before the profile's; `regional`: the GIR's regional figures
    (core.regional.load_regional() when None is given and the file is there)."""
    catalogue = catalogue or load_catalogue()
    ctx = Context(profile, ref, catalogue, national or load_national(),
                  regional if regional is not None else _regional(), _checked(given or {}, catalogue), lang)
    for gpc_ref in rows:
        if gpc_ref not in catalogue.rows:
            raise EstimateError("estimate.row_unknown", ref=gpc_ref, rows=", ".join(catalogue.rows))
        if gpc_ref in measured:
            raise EstimateError("estimate.row_has_data", ref=gpc_ref)
    proposals = {r: _propose(ctx, catalogue.rows[r]) for r in rows if catalogue.rows[r].method != "notation"}
    filled = set(measured) | {r for r, p in proposals.items() if p.record is not None}
    for r in rows:
        if catalogue.rows[r].method == "notation":
            proposals[r] = _notation(ctx, catalogue.rows[r], filled)
    return [proposals[r] for r in rows]


def _regional():
    from gcomdesk.core.regional import load_regional

    return load_regional()


def _checked(given: Mapping[str, float], catalogue: EstimateCatalogue) -> dict[str, float]:
    out = {}
    for name, value in given.items():
        if name not in catalogue.proxies:
            raise EstimateError("estimate.proxy_unknown", name=name, names=", ".join(catalogue.proxies))
        if not (isinstance(value, (int, float)) and value > 0 and value == value and value != float("inf")):
            raise EstimateError("estimate.proxy_value", name=name, value=value)
        out[name] = float(value)
    return out


def _m(key: str, /, **params) -> Message:
    return Message(key, params)


def _short(source: str) -> str:
    """A source as the arithmetic cites it: up to its first aside (the whole is kept in `extra`)."""
    cut = min((i for i in (source.find(m) for m in (" (", " - ", " as ", "; ")) if i > 0), default=len(source))
    return source[:cut]


def _n(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def _local(ctx: Context, row: EstimateRow) -> tuple[str, float] | None:
    """The first proxy of the row with a local value: given by the officer, else the profile's."""
    for name in row.proxies:
        if name in ctx.given:
            return name, ctx.given[name]
        field_name = ctx.catalogue.proxies[name].profile_field
        value = getattr(ctx.profile, field_name, None) if field_name else None
        if value:
            return name, float(value)
    return None


def _region_share(ctx: Context, row: EstimateRow) -> dict | None:
    """The region's published figure of the row's categories and the city's share of it, or None."""
    if ctx.regional is None or not ctx.profile.population:
        return None
    year, region = int(ctx.profile.year), ctx.profile.region_code
    parts = [signed(code) for code in row.national_codes]
    figures = [ctx.regional.nearest(region, "direct", code, year) for _, code in parts]
    if any(f is None for f in figures) or len({f.year for f in figures}) != 1:
        return None
    provincial = ctx.profile.level == "provincial"
    known = None if provincial else ctx.national.region_population_of(region, year)
    if not provincial and known is None:
        return None
    region_row = ctx.ref.regions[region]
    population = float(ctx.profile.population)
    return {"figure_t": sum(sign * f.kt_co2e for (sign, _), f in zip(parts, figures)) * 1000.0, "figure_year": figures[0].year,
            "figure_source": "; ".join(dict.fromkeys(f.source for f in figures)), "gwp": figures[0].gwp,
            "region": region, "region_name": region_row.name_ko if ctx.lang == "ko" else region_row.name_en,
            "proxy": "population", "local": population, "local_year": year,
            "reference": population if provincial else float(known[1]),
            "reference_year": year if provincial else known[0], "provincial": provincial}


def _propose(ctx: Context, row: EstimateRow) -> Proposal:
    local = _local(ctx, row)
    if row.method == "scale":
        regional = _region_share(ctx, row)
        if regional is not None:
            return _scaled(ctx, row, regional, "regional")
    if local is None:
        return Proposal(row.gpc_ref, "regional" if row.method == "scale" else row.method, None,
                        [_m("estimate.line.missing", names=", ".join(
                            ctx.catalogue.proxies[p].label(ctx.lang) for p in row.proxies))], missing=row.proxies)
    name, value = local
    proxy = ctx.catalogue.proxies[name]
    point = ctx.catalogue.nearest(proxy.indicator, ctx.profile.year)
    share = {"proxy": name, "local": value, "local_year": int(ctx.profile.year),
             "reference": point.value * proxy.national_factor, "reference_year": point.year, "proxy_source": point.source}
    if row.method == "grid_sales":
        return _grid(ctx, row, share)
    year = ctx.national.nearest_year(ctx.profile.year)
    parts = [(sign, ctx.national.figure(code, year)) for sign, code in map(signed, row.national_codes)]
    if any(f is None or f.kt_co2e is None for _, f in parts):
        return Proposal(row.gpc_ref, "national", None, [_m("estimate.line.no_figure", codes=_codes(row), year=year)])
    figure = sum(sign * f.kt_co2e * 1000.0 for sign, f in parts)
    sources = "; ".join(dict.fromkeys(f.source for _, f in parts))
    basis = {"figure_t": figure, "figure_year": year, "figure_source": sources,
             "gwp": ctx.national.basis_of(year)[1], **share}
    return _scaled(ctx, row, basis, "national")


def _codes(row: EstimateRow) -> str:
    """The row's categories as the arithmetic shows them: '1.A.2 − 1.A.2.g.v'."""
    text = " + ".join(row.national_codes)
    return text.replace("+ -", "− ")


def _share_line(ctx: Context, basis: dict) -> Message:
    proxy = ctx.catalogue.proxies[basis["proxy"]]
    where = basis.get("region_name") or ("전국" if ctx.lang == "ko" else "Korea")
    return _m("estimate.line.share", proxy=proxy.label(ctx.lang), local=_n(basis["local"]), unit=proxy.unit(ctx.lang),
                   local_year=basis["local_year"], reference=_n(basis["reference"]), where=where,
                   reference_year=basis["reference_year"], share=f"{basis['local'] / basis['reference']:.6f}")


def _scaled(ctx: Context, row: EstimateRow, basis: dict, method: str) -> Proposal:
    share = basis["local"] / basis["reference"]
    value = basis["figure_t"] * share
    codes = _codes(row)
    lines = []
    if method == "regional":
        lines.append(_m("estimate.line.regional", codes=codes, region=basis["region_name"], year=basis["figure_year"],
                             value=_n(basis["figure_t"]), source=_short(basis["figure_source"])))
    else:
        lines.append(_m("estimate.line.national", codes=codes, year=basis["figure_year"], value=_n(basis["figure_t"]),
                        source=_short(basis["figure_source"])))
    if basis["figure_year"] != int(ctx.profile.year):
        lines.append(_m("estimate.line.nearest_year", year=int(ctx.profile.year), used=basis["figure_year"]))
    lines.append(_share_line(ctx, basis))
    lines.append(_m("estimate.line.result", figure=_n(basis["figure_t"]), share=f"{share:.6f}", value=_n(value, 1)))
    if basis.get("gwp") in GWP_SETS and basis["gwp"] != ctx.profile.gwp_set:  # a regional figure may not say
        lines.append(_m("estimate.line.gwp", gwp=basis["gwp"], inventory_gwp=ctx.profile.gwp_set))
    details = {"method": method, "codes": list(row.national_codes), "share": share, "co2e_t": value, **basis}
    record = Record(kind="reported", gpc_ref=row.gpc_ref, year=int(ctx.profile.year), unsplit_co2e_t=value, quality="L",
                    data_source=_source_text(ctx, lines), explanation=row.reason(ctx.lang), extra={KEY: details})
    return Proposal(row.gpc_ref, method, record, lines, co2e_t=value)


def _grid(ctx: Context, row: EstimateRow, share_basis: dict) -> Proposal:
    share = share_basis["local"] / share_basis["reference"]
    points = [(indicator, ctx.catalogue.nearest(indicator, ctx.profile.year)) for indicator in row.sales]
    gwh = sum(p.value for _, p in points)
    mwh = gwh * 1000.0 * share
    lines = [_m("estimate.line.sales", indicator=indicator.rsplit("_", 1)[-1], year=p.year, gwh=_n(p.value, 1),
                source=_short(p.source)) for indicator, p in points]
    lines.append(_share_line(ctx, share_basis))
    lines.append(_m("estimate.line.sales_result", gwh=_n(gwh, 1), share=f"{share:.6f}", mwh=_n(mwh, 1)))
    details = {"method": "grid_sales", "share": share, "amount_mwh": mwh, **share_basis,
               "sales": [{"indicator": i, "year": p.year, "gwh": p.value, "source": p.source} for i, p in points]}
    record = Record(kind="activity", gpc_ref=row.gpc_ref, year=int(ctx.profile.year), activity="electricity", amount=mwh,
                    unit="MWh", quality="L", data_source=_source_text(ctx, lines), explanation=row.reason(ctx.lang),
                    extra={KEY: details})
    return Proposal(row.gpc_ref, "grid_sales", record, lines, amount_mwh=mwh)


def _notation(ctx: Context, row: EstimateRow, filled: set[str]) -> Proposal:
    key = "IE" if row.included_in and row.included_in in filled else "NE"
    explanation = row.reason(ctx.lang)
    lines = [_m("estimate.line.notation", key=key, reason=explanation)]
    record = Record(kind="notation", gpc_ref=row.gpc_ref, year=int(ctx.profile.year), notation_key=key,
                    explanation=explanation, included_in=row.included_in if key == "IE" else None,
                    data_source=_m("estimate.label").render(ctx.lang), extra={KEY: {"method": "notation", "key": key}})
    return Proposal(row.gpc_ref, "notation", record, lines)


def _source_text(ctx: Context, lines: list[Message]) -> str:
    """What the record's data source says: the label and the arithmetic, in the officer's language."""
    return _m("estimate.label").render(ctx.lang) + ": " + "; ".join(line.render(ctx.lang) for line in lines)
