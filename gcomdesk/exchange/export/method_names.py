"""The inventory's method choices in words (cover, CDP methodology): the published names of the fuel
factor set, the grid-electricity edition with its side, and the district-heat factor's supplier,
never the internal codes ('kets', 'KR-GIR-2022')."""

from __future__ import annotations

from gcomdesk.exchange.export.context import ExportContext


def fuel_set_name(ctx: ExportContext) -> str:
    """e.g. 'K-ETS guideline annex: national NCV and carbon contents'."""
    src = ctx.ref.factor_sources.get(f"fuel_set:{ctx.profile.fuel_factor_set}")
    if src is None:
        return ctx.profile.fuel_factor_set
    return src.name_ko if ctx.lang == "ko" else src.name_en


def electricity_name(ctx: ExportContext) -> str:
    """e.g. 'Grid electricity (approved 2022), consumption side (T&D losses included in scope 2)'."""
    p = ctx.profile
    ed = ctx.ref.electricity.get(p.electricity_edition)
    name = (ed.name_ko if ctx.lang == "ko" else ed.name_en) if ed else p.electricity_edition
    return ctx.t(f"export.side.{p.electricity_side}", name=name)


def heat_name(ctx: ExportContext) -> str:
    """e.g. 'KDHC Daegu branch heat (steam) factor 2021'."""
    heat = ctx.ref.heat.get(ctx.profile.heat_edition)
    if heat is None:
        return ctx.profile.heat_edition
    return heat.name_ko if ctx.lang == "ko" else heat.name_en


def gwp_basis_note(ctx: ExportContext) -> str:
    """Why a grid factor published as CO2e without a GWP set is applied unchanged, or ''."""
    ed = ctx.ref.electricity.get(ctx.profile.electricity_edition)
    if ed is None or ed.has_gas_split:
        return ""
    return ctx.t("export.cover.gwp_not_stated", edition=ed.edition, gwp=ctx.profile.gwp_set, value=ed.co2e_t_per_mwh_published)
