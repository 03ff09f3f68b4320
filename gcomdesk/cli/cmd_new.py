"""`gcomdesk-cli new`: create an inventory file."""

from __future__ import annotations

from gcomdesk.cli.common import positive_int, text
from gcomdesk.core.model import GWP_SETS, new_profile
from gcomdesk.core.reference import FUEL_FACTOR_SETS, load_reference
from gcomdesk.store.project import Project


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("new", help=t("cli.new.help"), description=t("cli.new.help"))
    p.add_argument("file", help=t("cli.opt.file_new"))
    p.add_argument("--name", required=True, help=t("cli.opt.name"))
    p.add_argument("--name-en", default="", help=t("cli.opt.name_en"))
    p.add_argument("--region", required=True, help=t("cli.opt.region"))
    p.add_argument("--year", required=True, type=int, help=t("cli.opt.year"))
    p.add_argument("--level", choices=("provincial", "municipal"), default="municipal", help=t("cli.opt.level"))
    p.add_argument("--population", type=positive_int, help=t("cli.opt.population"))
    p.add_argument("--gwp", choices=GWP_SETS, default="AR5", help=t("cli.opt.gwp"))
    p.add_argument("--fuel-factors", choices=FUEL_FACTOR_SETS, default="kets", help=t("cli.opt.fuel_factors"))
    p.add_argument("--electricity", default="", help=t("cli.opt.electricity"))
    p.add_argument("--preparer", default="", help=t("cli.opt.preparer"))
    return p


def run(args, lang: str) -> int:
    """Create the file and say what it holds."""
    ref = load_reference()
    profile = new_profile(
        ref, name_ko=args.name, name_en=args.name_en, region_code=args.region, year=args.year, level=args.level,
        population=args.population, gwp_set=args.gwp, fuel_factor_set=args.fuel_factors,
        electricity_edition=args.electricity, preparer_name=args.preparer,
    )
    with Project.create(args.file, profile, user=args.preparer):
        pass
    print(text("cli.new.done", lang, path=args.file, name=profile.name_ko, year=profile.year,
               gwp=profile.gwp_set, edition=profile.electricity_edition))
    return 0
