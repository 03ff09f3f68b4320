"""`gcomdesk-cli set`: change the profile (GWP set, factor set, electricity edition and side, heat
factor, population...)."""

from __future__ import annotations

from gcomdesk.cli.common import add_year_option, held_year, note_migration, optional_float, positive_int, text, year_number
from gcomdesk.core.model import GWP_SETS
from gcomdesk.core.reference import ELECTRICITY_SIDES, FUEL_FACTOR_SETS, load_reference
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("set", help=t("cli.set.help"), description=t("cli.set.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    p.add_argument("--gwp", choices=GWP_SETS, help=t("cli.opt.gwp"))
    p.add_argument("--electricity", help=t("cli.opt.electricity"))
    p.add_argument("--electricity-default", action="store_true", help=t("cli.opt.electricity_default"))
    p.add_argument("--electricity-side", choices=ELECTRICITY_SIDES, help=t("cli.opt.electricity_side"))
    p.add_argument("--heat", help=t("cli.opt.heat"))
    p.add_argument("--fuel-factors", choices=FUEL_FACTOR_SETS, help=t("cli.opt.fuel_factors"))
    p.add_argument("--population", type=positive_int, help=t("cli.opt.population"))
    p.add_argument("--area", help=t("cli.opt.area"))
    p.add_argument("--name", help=t("cli.opt.name"))
    p.add_argument("--name-en", help=t("cli.opt.name_en"))
    add_year_option(p, t)
    p.add_argument("--rename-year", type=year_number, help=t("cli.opt.rename_year"))
    p.add_argument("--level", choices=("basic", "basic_plus"), dest="reporting_level", help=t("cli.opt.reporting_level"))
    p.add_argument("--preparer", help=t("cli.opt.preparer"))
    p.add_argument("--contact", help=t("cli.opt.contact"))
    return p


def run(args, lang: str) -> int:
    """Apply the given changes in one transaction; everything is recalculated on the next read."""
    changes = {
        "gwp_set": args.gwp, "electricity_edition": args.electricity, "fuel_factor_set": args.fuel_factors,
        "electricity_side": args.electricity_side, "heat_edition": args.heat,
        "population": args.population, "name_ko": args.name, "name_en": args.name_en, "year": args.rename_year,
        "reporting_level": args.reporting_level, "preparer_name": args.preparer, "preparer_contact": args.contact,
    }
    if args.area is not None:
        changes["area_km2"] = optional_float(args.area, "area")
    changes = {k: v for k, v in changes.items() if v is not None}
    with Project.open(args.file) as project:
        note_migration(project, lang)
        year = held_year(project, args.year)
        if args.electricity_default:
            target = changes.get("year", year)
            changes["electricity_edition"] = load_reference().default_electricity_edition(int(target))
        if not changes:
            print(text("cli.set.nothing", lang))
            return 2
        project.apply(ChangeSet(profile=changes, year=year))
        profile = project.profile_of(changes.get("year", year))
    for key in changes:
        print(text("cli.set.done", lang, field=key, value=getattr(profile, key)))
    return 0
