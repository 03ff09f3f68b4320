"""Several inventory years in one project: which profile fields belong to the project and which to
each year, and how one year's profile is composed from both.

The project holds one identity (name, region, level), one GWP set, one reporting level and one base
year. Each year holds its own population, area, GRDP and factor editions (grid electricity and its
side, heat, the fuel factor set). The project's `factor_policy` says whether every year uses its
own editions ("each_year", the default: the edition published for that year) or the same ones
("same": `shared_editions`, a consistent time series). `compose` gives the `Profile` the core
calculates one year with, so nothing below the store needs to know about years.
"""

from __future__ import annotations

from collections.abc import Mapping

from gcomdesk.core.messages import Message
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

EDITION_FIELDS = ("fuel_factor_set", "electricity_edition", "electricity_side", "heat_edition")
YEAR_FIELDS = ("population", "area_km2", "grdp_billion_krw", *EDITION_FIELDS)
COPIED_FIELDS = ("area_km2", *EDITION_FIELDS)  # what a new year takes from the year it is copied from


def project_part(profile: Mapping) -> dict:
    """The fields of a profile (dict) that belong to the whole project."""
    return {k: v for k, v in profile.items() if k not in YEAR_FIELDS and k != "year"}


def year_part(profile: Mapping) -> dict:
    """The fields of a profile (dict) that belong to its year."""
    return {k: profile[k] for k in YEAR_FIELDS if k in profile}


def compose(project: Mapping, year: int, settings: Mapping) -> Profile:
    """The profile of `year`: the project's fields, the year's own, and the shared editions when the
    project uses the same editions for every year."""
    data = {**project, **settings, "year": int(year)}
    if data.get("factor_policy") == "same":
        data.update({k: v for k, v in (data.get("shared_editions") or {}).items() if k in EDITION_FIELDS})
    return Profile.from_dict(data)


def own_editions(project: Mapping, settings: Mapping) -> dict:
    """The year's own editions (what it uses under "each_year")."""
    defaults = Profile.from_dict({"name_ko": "", "region_code": "", "year": 2000}).to_dict()
    return {k: settings.get(k, project.get(k, defaults[k])) for k in EDITION_FIELDS}


def new_year_settings(ref: ReferenceLibrary, year: int, template: Mapping | None = None) -> dict:
    """The settings of a year being added: the editions published for that year (the electricity
    side and fuel set of `template`, the year copied from, when there is one) and the template's area.
    Population and GRDP are the year's own figures, so they start empty."""
    template = dict(template or {})
    side = template.get("electricity_side") or "consumption"
    edition = ref.default_electricity_edition(int(year))
    if side == "generation" and edition not in ref.electricity_generation:
        side = "consumption"  # no generation side published for that year's edition
    return {
        "population": None,
        "area_km2": template.get("area_km2"),
        "grdp_billion_krw": None,
        "fuel_factor_set": template.get("fuel_factor_set") or "kets",
        "electricity_edition": edition,
        "electricity_side": side,
        "heat_edition": template.get("heat_edition") or "KR-HEAT-AVG",
    }


def editions_message(profile: Profile) -> Message:
    """Which factor editions a year was calculated with and why: its own, or the same for every year
    (what the results, the export and the command line say beside the figures)."""
    key = "years.editions.same" if profile.factor_policy == "same" else "years.editions.own"
    side = profile.electricity_side
    return Message(key, {"year": int(profile.year), "electricity": profile.electricity_edition, "side_en": side,
                         "side_ko": {"consumption": "소비단", "generation": "발전단"}.get(side, side),
                         "heat": profile.heat_edition, "fuels": profile.fuel_factor_set})
