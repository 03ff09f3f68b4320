"""basis.*: the inventory's method choices. GCoM accepts AR4 or AR5 GWP values (another set needs a
reason); the grid-electricity edition should be the one for the inventory year; and one activity
should not be calculated partly with explicit factors and partly with the library's.

"Mixed factor sets" is defined per activity (fuel or grid energy): when some of its records carry
explicit factors (ef_co2/ef_ch4/ef_n2o) and others rely on the library, one warning is raised on the
first record with explicit factors, counting both groups. A facility-specific factor can be right;
then the officer acknowledges the warning with the reason."""

from __future__ import annotations

from gcomdesk.core.checks.context import CheckContext
from gcomdesk.core.checks.finding import Finding
from gcomdesk.core.model import FACTOR_COLUMNS


def check(ctx: CheckContext) -> list[Finding]:
    """Run every basis rule."""
    found = []
    accepted = ctx.rule("basis.gwp_not_gcom").items("accepted")
    if ctx.profile.gwp_set not in accepted:
        found.append(ctx.finding("basis.gwp_not_gcom", "", field="gwp_set", gwp=ctx.profile.gwp_set,
                                 accepted="/".join(accepted)))
    found += _edition(ctx)
    found += _mixed(ctx)
    return found


def _edition(ctx: CheckContext) -> list[Finding]:
    f = ctx.frame
    if not ctx.profile.year or not ((f["kind"] == "activity") & (f["activity"] == "electricity")).any():
        return []  # the edition only matters when grid electricity is calculated
    year = int(ctx.profile.year)
    chosen = ctx.ref.electricity.get(ctx.profile.electricity_edition)
    expected = ctx.ref.default_electricity_edition(year)
    covers = chosen is not None and chosen.default_years is not None and chosen.default_years[0] <= year <= chosen.default_years[1]
    if covers or ctx.profile.electricity_edition == expected:
        return []
    return [ctx.finding("basis.electricity_edition", "", field="electricity_edition",
                        edition=ctx.profile.electricity_edition or "-", year=year, expected=expected)]


def _mixed(ctx: CheckContext) -> list[Finding]:
    f = ctx.frame
    act = (f["kind"] == "activity") & (f["activity"] != "")
    if not act.any():
        return []
    explicit = f[list(FACTOR_COLUMNS)].notna().any(axis=1)
    counts = f[act].assign(explicit=explicit[act]).groupby("activity")["explicit"].agg(["sum", "size"])
    mixed = counts[(counts["sum"] > 0) & (counts["sum"] < counts["size"])]
    found = []
    for activity, row in mixed.iterrows():
        first = f[act & explicit & (f["activity"] == activity)].iloc[0]
        found.append(ctx.finding("basis.mixed_factors", first["gpc_ref"], int(first["id"]), "ef_co2",
                                 first["import_file"], int(first["import_row"]), explicit=int(row["sum"]),
                                 library=int(row["size"] - row["sum"]), factor_set=ctx.profile.fuel_factor_set,
                                 **ctx.names(activity)))
    return found
