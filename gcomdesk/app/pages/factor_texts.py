"""What a factor choice implies, in words and numbers, for the Profile step and the new-inventory form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gcomdesk.app import i18n
from gcomdesk.app.formatting import format_amount
from gcomdesk.core.messages import Message
from gcomdesk.core.reference import ReferenceLibrary

EXAMPLE_FUELS = ("city_gas_lng", "diesel", "bituminous_fuel")


def confidence_text(confidence: str) -> str:
    """A reference file's confidence note with its level word in the current language."""
    names = {"high": QCoreApplication.translate("FactorTexts", "high"),
             "medium": QCoreApplication.translate("FactorTexts", "medium"),
             "low": QCoreApplication.translate("FactorTexts", "low")}
    level, _, rest = confidence.partition(" ")
    return f"{names[level]} {rest}".strip() if level in names else confidence


def gwp_explanations(ref: ReferenceLibrary) -> dict[str, str]:
    """One line per GWP set: what it is and who asks for it, with its CH4 and N2O values."""
    texts = {
        "AR5": QCoreApplication.translate("FactorTexts", "IPCC Fifth Assessment (CH4 {ch4}, N2O {n2o}): what GCoM and CDP expect. Recommended."),
        "AR4": QCoreApplication.translate("FactorTexts", "IPCC Fourth Assessment (CH4 {ch4}, N2O {n2o}): also accepted by the GCoM reporting framework."),
        "SAR": QCoreApplication.translate("FactorTexts", "IPCC Second Assessment (CH4 {ch4}, N2O {n2o}): the emissions-trading scheme and the older national series."),
        "AR6": QCoreApplication.translate("FactorTexts", "IPCC Sixth Assessment (CH4 {ch4}, N2O {n2o}): the newest values; GCoM asks for a reason."),
    }
    return {s: t.format(ch4=ch4_text(ref.gwp[s]), n2o=format_amount(ref.gwp[s]["N2O"])) for s, t in texts.items()}


def ch4_text(values: dict[str, float]) -> str:
    """Methane's GWP as calculations use it: one value, or fossil / non-fossil where the set differs (AR6)."""
    fossil, non_fossil = values["CH4_fossil"], values["CH4_non_fossil"]
    if fossil == non_fossil:
        return format_amount(fossil)
    return Message("gwp.ch4_by_origin", {"fossil": format_amount(fossil), "non_fossil": format_amount(non_fossil)}).render(i18n.language())


def gwp_text(ref: ReferenceLibrary, gwp_set: str) -> str:
    """The values a GWP set implies."""
    values = ref.gwp[gwp_set]
    line = " · ".join(f"{gas} {ch4_text(values) if gas == 'CH4' else format_amount(values[gas])}"
                      for gas in ("CO2", "CH4", "N2O", "SF6") if gas in values)
    return f"{line}\n{gwp_explanations(ref)[gwp_set]}"


def fuel_set_names() -> dict[str, str]:
    """The fuel factor sets in words."""
    return {"kets": QCoreApplication.translate("FactorTexts", "Emissions-trading guideline (Energy Act NCV, national carbon contents)"),
            "gir2022": QCoreApplication.translate("FactorTexts", "National approval 2022 (GIR)"),
            "ipcc": QCoreApplication.translate("FactorTexts", "IPCC 2006 defaults")}


def fuel_text(ref: ReferenceLibrary, factor_set: str) -> str:
    """Example CO2 factors of the chosen set."""
    lang = i18n.language()
    parts = []
    for code in EXAMPLE_FUELS:
        fuel = ref.fuels.get(code)
        if fuel is not None:
            co2, _basis = fuel.co2_kg_per_tj(factor_set)
            parts.append(f"{fuel.name_ko if lang == 'ko' else fuel.name_en} {format_amount(round(co2))}")
    return QCoreApplication.translate("FactorTexts", "CO2 in kg/TJ: {examples}. CH4 and N2O: IPCC 2006 Tier 1 by sector.").format(
        examples=", ".join(parts))


def electricity_text(ref: ReferenceLibrary, edition: str, year: int) -> str:
    """The factor of an electricity edition, its confidence, and whether it is the year's default."""
    ed = ref.electricity[edition]
    if ed.has_gas_split:
        text = QCoreApplication.translate("FactorTexts", "CO2 {co2} t, CH4 {ch4} kg, N2O {n2o} kg per MWh (published as {co2e} tCO2e/MWh with {gwp})").format(
            co2e=format_amount(ed.co2e_t_per_mwh_published), gwp=ed.published_gwp, co2=format_amount(ed.co2_t_per_mwh),
            ch4=format_amount(ed.ch4_kg_per_mwh), n2o=format_amount(ed.n2o_kg_per_mwh))
    else:
        text = QCoreApplication.translate("FactorTexts", "{co2e} tCO2e/MWh (no split by gas published)").format(co2e=format_amount(ed.co2e_t_per_mwh_published))
    text += "\n" + QCoreApplication.translate("FactorTexts", "Confidence: {confidence}").format(confidence=confidence_text(ed.confidence))
    default = ref.default_electricity_edition(year)
    if default != edition:
        text += "\n" + QCoreApplication.translate("FactorTexts", "The edition meant for {year} is {edition}.").format(year=year, edition=default)
    return text


def side_names() -> dict[str, str]:
    """The two sides of the grid factor in words."""
    return {"consumption": QCoreApplication.translate("FactorTexts", "Consumption side (소비단): losses inside scope 2"),
            "generation": QCoreApplication.translate("FactorTexts", "Generation side (발전단): losses in scope 3")}


def side_text(ref: ReferenceLibrary, edition: str, side: str) -> str:
    """What the side means for I.x.2 and I.x.3 with the chosen edition's numbers."""
    gen = ref.electricity_generation.get(edition)
    cons = ref.electricity[edition]
    if side == "generation" and gen is not None:
        loss = cons.co2_t_per_mwh - gen.co2_t_per_mwh
        return QCoreApplication.translate(
            "FactorTexts", "Scope 2 (I.x.2) at {gen} t CO2/MWh ({edition}); the transmission and distribution losses, {loss} t CO2/MWh consumed "
            "(implied loss rate {rate} %), are calculated into I.x.3 and II.x.3 (scope 3, BASIC+).").format(
            gen=format_amount(gen.co2_t_per_mwh), edition=gen.edition, loss=format_amount(round(loss, 4)),
            rate=format_amount(round(100 * (1 - gen.co2_t_per_mwh / cons.co2_t_per_mwh), 1)))
    text = QCoreApplication.translate(
        "FactorTexts", "The consumption-side factor includes the transmission and distribution losses, so they stay in scope 2 (I.x.2) and the I.x.3 rows are IE.")
    if gen is None:
        text += "\n" + QCoreApplication.translate(
            "FactorTexts", "{edition} publishes no generation side; editions with both sides: {editions}.").format(
            edition=edition, editions=", ".join(ref.electricity_generation))
    return text


def heat_text(ref: ReferenceLibrary, edition: str) -> str:
    """The district-heat factor per gas, its confidence, and a nudge away from the national average."""
    heat = ref.heat[edition]
    text = QCoreApplication.translate("FactorTexts", "CO2 {value}, CH4 {ch4}, N2O {n2o} kg/TJ (confidence: {confidence})").format(
        value=format_amount(heat.co2_kg_per_tj), ch4=format_amount(heat.ch4_kg_per_tj), n2o=format_amount(heat.n2o_kg_per_tj),
        confidence=confidence_text(heat.confidence))
    if heat.national_average:
        text += "\n" + QCoreApplication.translate(
            "FactorTexts", "A national average of unverified origin: choose your heat supplier's published factor where it is listed.")
    return text
