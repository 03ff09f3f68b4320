"""`gcomdesk-cli summary`: totals, GPC rows and factors, as text or JSON."""

from __future__ import annotations

import json

from gcomdesk.cli.common import add_year_option, open_inventory, text


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("summary", help=t("cli.summary.help"), description=t("cli.summary.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.opt.format"))
    add_year_option(p, t)
    return p


def run(args, lang: str) -> int:
    """Print the summary."""
    from gcomdesk.cli.cmd_year import year_rows
    from gcomdesk.core.summary import record_list, summary_dict  # imported when run: the other commands start faster
    from gcomdesk.core.years import editions_message

    with open_inventory(args.file, args.year, lang) as inventory:
        analysis = inventory.analysis()
        data = summary_dict(inventory.records, inventory.profile, inventory.ref, analysis.results)
        data["profile"]["base_year"] = inventory.profile.base_year
        data["profile"]["factor_policy"] = inventory.profile.factor_policy
        data["years"] = year_rows(inventory)
        data["changes"] = changes_dict(analysis.changes, inventory.acknowledgements)
        editions = editions_message(inventory.profile).render(lang)
    if args.format == "json":
        data["record_list"] = record_list(analysis.results)  # `records` stays the count
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    p = data["profile"]
    print(text("cli.summary.head", lang, name=p["name"], year=p["year"], gwp=p["gwp"],
               edition=p["electricity_edition"], fuel=p["fuel_factors"], records=data["records"]))
    print(editions)
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


def changes_dict(changes, acknowledgements) -> dict | None:
    """The year's changes since the previous year and since the base year, per GPC row and total,
    with the explanation and reason given (None when the project holds one year)."""
    if changes is None:
        return None
    rules = {"previous": "trend.change_previous", "base": "trend.change_base"}
    explained = {(a["rule"], a["gpc_ref"] or a["field"]): a for a in acknowledgements}
    out: dict = {"year": changes.year}
    for which, rule in rules.items():
        other, table = changes.against(which)
        if table is None:
            out[which] = None
            continue
        rows = []
        for ref, row in table.iterrows():
            ack = explained.get((rule, ref), {})
            pct = float(row.change_pct)
            rows.append({"ref": ref, "this_t": round(float(row.this_t), 6), "other_t": round(float(row.other_t), 6),
                         "change_t": round(float(row.change_t), 6),
                         "change_pct": None if pct in (float("inf"), float("-inf")) else round(pct, 9),
                         "needs_explanation": bool(row.needs), "explanation": ack.get("explanation"),
                         "reason": ack.get("reason") or None})
        out[which] = {"year": other, "rows": rows}
    return out
