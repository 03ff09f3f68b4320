"""`gcomdesk-cli summary`: totals, GPC rows and factors, as text or JSON."""

from __future__ import annotations

import json

from gcomdesk.cli.common import text


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("summary", help=t("cli.summary.help"), description=t("cli.summary.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.opt.format"))
    return p


def run(args, lang: str) -> int:
    """Print the summary."""
    from gcomdesk.core.summary import summary_dict  # imported when run: the other commands start faster
    from gcomdesk.store.inventory import Inventory

    with Inventory.open(args.file) as inventory:
        data = summary_dict(inventory.records, inventory.profile, inventory.ref, inventory.analysis().results)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    p = data["profile"]
    print(text("cli.summary.head", lang, name=p["name"], year=p["year"], gwp=p["gwp"],
               edition=p["electricity_edition"], fuel=p["fuel_factors"], records=data["records"]))
    for key, value in data["totals_t"].items():
        open_rows = data["totals_incomplete"].get(key)
        mark = f"  {text('total.incomplete_mark', lang)} {', '.join(open_rows)}" if open_rows else ""
        print(f"  {text('total.' + key, lang):<34} {value:>16,.1f} tCO2e{mark}")
    print(text("cli.summary.rows", lang))
    for row in data["gpc"]:
        if row["records"] or row["notation_key"]:
            value = f"{row['co2e_t']:>16,.1f}" if row["records"] else f"{row['notation_key']:>16}"
            print(f"  {row['ref']:<8} {value}  {row['explanation']}")
    return 0
