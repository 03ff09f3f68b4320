"""national.*: the local figures next to the national ones (kt CO2e, AR5, 2006-Guidelines basis;
compared in tonnes). A city's direct emissions in an IPCC category cannot exceed the nation's; its
per-capita emissions far from the national per-capita need a look (both figures in the message); its
population cannot exceed its region's; when the nation has not published the inventory year, the
nearest year is used and said so. Which national figures a category is compared with is data:
resources/checks/national_comparison.csv."""

from __future__ import annotations

from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding
from gcomdesk.core.checks.reconcile import reconcile

_EPS = 1e-9  # relative; keeps an exact 10x (or 1/10x) on the firing side despite float rounding


def check(ctx: CheckContext) -> list[Finding]:
    """Run every national rule."""
    found: list[Finding] = []
    if not ctx.profile.year:
        return found  # profile.year_missing says what to do
    view = reconcile(ctx.results, ctx.profile, ctx.ref, ctx.national, ctx.data)
    year = view.national_year
    basis = {"basis": view.national_basis, "national_year": year, "gwp": ctx.profile.gwp_set}
    if year != int(ctx.profile.year):
        found.append(ctx.finding("national.nearest_year", "", field="year", year=int(ctx.profile.year), **basis))
    found += _categories(ctx, view, basis)
    found += _population(ctx)
    return found


def _row_of(ctx: CheckContext, view, code: str) -> str:
    """The GPC row that carries most of a category's direct emissions (where a finding leads)."""
    rows = view.by_gpc[(view.by_gpc["ipcc_code"] == code) & (view.by_gpc["view"] == "direct")]
    return str(rows["co2e_t"].idxmax()) if len(rows) else ""


def _categories(ctx: CheckContext, view, basis: dict) -> list[Finding]:
    found = []
    rule = ctx.rule("national.per_capita_far")
    low, high = rule.number("low"), rule.number("high")
    population = int(ctx.profile.population or 0)
    national_population = ctx.national.national_population(view.national_year)
    for code, row in view.by_ipcc.iterrows():
        local_t, national_t = float(row["direct_t"]), row["national_t"]
        comparison = ctx.data.comparison("ipcc", code)
        if local_t <= 0 or national_t is None or national_t != national_t or national_t <= 0:
            continue
        ref_no = _row_of(ctx, view, code)
        names = {"code": code, "national_codes": row["national_codes"], "name_en": row["name_en"], "name_ko": row["name_ko"]}
        if comparison.exceed and local_t > national_t:
            found.append(ctx.finding("national.exceeds_nation", ref_no, local_t=local_t, national_t=national_t,
                                     **names, **basis))
        if not (comparison.per_capita and population > 0 and national_population):
            continue
        local_pc = local_t / population
        national_pc = national_t / national_population[1]
        ratio = local_pc / national_pc
        if ratio >= high * (1 - _EPS) or ratio <= low * (1 + _EPS):  # inclusive: a tenfold slip fires
            found.append(ctx.finding("national.per_capita_far", ref_no, local_pc=local_pc, national_pc=national_pc,
                                     ratio=ratio, low=low, high=high, population=population,
                                     national_population=national_population[1], **names, **basis))
    return found


def _population(ctx: CheckContext) -> list[Finding]:
    population = int(ctx.profile.population or 0)
    region = ctx.ref.regions.get(ctx.profile.region_code)
    if population <= 0 or region is None:
        return []
    known = ctx.national.region_population_of(region.code, int(ctx.profile.year))
    if known is None:
        return []
    year_used, region_population = known
    tolerance = ctx.rule("national.population_above_region").number("tolerance")
    if population <= region_population * (1.0 + tolerance):
        return []
    return [ctx.finding("national.population_above_region", "", field="population", population=population,
                        region_population=region_population, region_year=year_used, region_ko=region.name_ko,
                        region_en=region.name_en, tolerance=tolerance)]
