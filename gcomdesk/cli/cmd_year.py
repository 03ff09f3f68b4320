"""`gcomdesk-cli year`: the inventory years of a project — list, add (empty or copied, amounts kept
or cleared), delete, base. Each change is one transaction (store/years.py builds it)."""

from __future__ import annotations

import json

from gcomdesk.cli.common import UsageError, held_year, open_inventory, text, year_number


def add_parser(sub, t):
    """Declare the command and its four actions."""
    p = sub.add_parser("year", help=t("cli.year.help"), description=t("cli.year.help"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=t("cli.year.add.help"), description=t("cli.year.add.help"))
    add.add_argument("file", help=t("cli.opt.file"))
    add.add_argument("year", type=year_number, help=t("cli.year.opt.year"))
    add.add_argument("--copy-from", type=year_number, help=t("cli.year.opt.copy_from"))
    add.add_argument("--keep-amounts", action="store_true", help=t("cli.year.opt.keep_amounts"))
    for name in ("delete", "base"):
        action = actions.add_parser(name, help=t(f"cli.year.{name}.help"), description=t(f"cli.year.{name}.help"))
        action.add_argument("file", help=t("cli.opt.file"))
        action.add_argument("year", type=year_number, help=t("cli.year.opt.year"))
    listing = actions.add_parser("list", help=t("cli.year.list.help"), description=t("cli.year.list.help"))
    listing.add_argument("file", help=t("cli.opt.file"))
    listing.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.opt.format"))
    for action in actions.choices.values():
        action.add_argument("--lang", choices=("ko", "en"), help=t("cli.opt.lang"))
    return p


def run(args, lang: str) -> int:
    """Do the action; a refused one changes nothing (exit 1 with the reason; 2 for a year the
    project does not hold, or --keep-amounts without --copy-from)."""
    from gcomdesk.store.years import add_year, delete_year, set_base_year

    if args.action == "add" and args.keep_amounts and args.copy_from is None:
        raise UsageError("cli.year.keep_needs_copy")  # said, not silently ignored: the officer expected amounts
    with open_inventory(args.file, None, lang) as inventory:
        if args.action == "list":
            return _list(inventory, args.format, lang)
        if args.action in ("delete", "base"):
            held_year(inventory.project, args.year)  # a year not held: exit 2 like --year
        if args.action == "add":
            if args.copy_from is not None:
                held_year(inventory.project, args.copy_from)
            changes = add_year(inventory, args.year, args.copy_from, args.keep_amounts)
            inventory.apply(changes)
            profile = inventory.profile_of(args.year)
            params = {"year": args.year, "path": args.file, "electricity": profile.electricity_edition,
                      "heat": profile.heat_edition}
            if args.copy_from is None:
                print(text("cli.year.added_empty", lang, **params))
            else:
                amounts = text("cli.year.kept" if args.keep_amounts else "cli.year.cleared", lang)
                print(text("cli.year.added", lang, count=changes.add_count, source=args.copy_from, amounts=amounts, **params))
        elif args.action == "delete":
            count = len(inventory.records_of(args.year))
            inventory.apply(delete_year(inventory, args.year))
            print(text("cli.year.deleted", lang, year=args.year, count=count, path=args.file))
        else:
            inventory.apply(set_base_year(inventory, args.year))
            print(text("cli.year.based", lang, year=args.year, path=args.file))
    return 0


def year_rows(inventory) -> list[dict]:
    """Every year: records, totals, editions and whether it is the base year."""
    figures = inventory.figures()
    base = inventory.profile.base_year
    rows = []
    for year in inventory.years:
        profile = inventory.profile_of(year)
        rows.append({"year": year, "base_year": year == base, "records": int(len(inventory.records_of(year))),
                     "totals_t": {k: round(float(v), 6) for k, v in figures[year].totals.items()},
                     "electricity_edition": profile.electricity_edition, "electricity_side": profile.electricity_side,
                     "heat_edition": profile.heat_edition, "fuel_factors": profile.fuel_factor_set})
    return rows


def _list(inventory, form: str, lang: str) -> int:
    rows = year_rows(inventory)
    if form == "json":
        print(json.dumps({"years": rows, "base_year": inventory.profile.base_year,
                          "factor_policy": inventory.profile.factor_policy}, ensure_ascii=False, indent=2))
        return 0
    print(text("cli.year.head", lang))
    for row in rows:
        mark = f"  ({text('cli.year.base_mark', lang)})" if row["base_year"] else ""
        print(f"{row['year']}  {row['records']:>8,}  {row['totals_t']['basic']:>22,.1f}  "
              f"{row['electricity_edition']} / {row['heat_edition']} / {row['fuel_factors']}{mark}")
    return 0
