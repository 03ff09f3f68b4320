"""basis.*: the inventory's method choices. GCoM accepts AR4 or AR5 GWP values (another set needs a
reason); the grid-electricity edition should be the one for the inventory year; district heat should
use the supplier's published factor rather than the unverified national average; a T&D loss row
(I.x.3) holds no figure of its own, since the chosen grid side already accounts for the losses
(core.grid); and one activity should not be calculated partly with explicit factors and partly with
the library's.

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
    found += _heat(ctx)
    found += _td_losses(ctx)
    found += _mixed(ctx)
    return found


def _heat(ctx: CheckContext) -> list[Finding]:
    """District heat calculated with the unverified national average instead of a supplier's factor."""
    f = ctx.frame
    heat = ctx.ref.heat.get(ctx.profile.heat_edition)
    used = (f["kind"] == "activity") & (f["activity"] == "district_heat") & f["ef_co2"].isna()
    if heat is None or not heat.national_average or not used.any():
        return []
    suppliers = [h.co2_kg_per_tj for h in ctx.ref.heat.values() if not h.national_average]
    first = f[used].iloc[0]
    return [ctx.finding("basis.heat_national_average", first["gpc_ref"], int(first["id"]), "heat_edition",
                        edition=heat.edition, value=f"{heat.co2_kg_per_tj:,.0f}",
                        low=f"{min(suppliers, default=0):,.0f}", high=f"{max(suppliers, default=0):,.0f}")]


def _td_losses(ctx: CheckContext) -> list[Finding]:
    """A figure in a stationary T&D loss row (I.x.3) while the grid factor already accounts for the losses."""
    loss_rows = {loss: scope2 for scope2, loss in ctx.ref.td_loss_rows.items() if ctx.ref.gpc[loss].sector_no == "I"}
    twice = ctx.is_data & ctx.frame["gpc_ref"].isin(list(loss_rows))
    side = "generation side (발전단)" if ctx.profile.electricity_side == "generation" else "consumption side (소비단)"
    return ctx.per_record("basis.td_losses_twice", twice, "gpc_ref", lambda r: {"side": side, "row": loss_rows[r.gpc_ref]})


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
    period = chosen.period() if chosen is not None else ""
    return [ctx.finding("basis.electricity_edition", "", field="electricity_edition",
                        edition=ctx.profile.electricity_edition or "-", year=year, expected=expected,
                        period=period or "-", expected_period=ctx.ref.electricity[expected].period() or "-")]


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
