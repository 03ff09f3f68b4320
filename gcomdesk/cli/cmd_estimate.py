"""`gcomdesk-cli estimate`: top-down estimates for rows without local data (core/estimates): each
proposal printed with its arithmetic, then added in ONE step unless --dry-run. Exit 0 done, 1 a row
that cannot be estimated as asked (unknown, holding measured data, a bad proxy value), 2 usage."""

from __future__ import annotations

import json

from gcomdesk.cli.common import UsageError, add_year_option, open_inventory, text
from gcomdesk.core.numbers import NumberTextError, parse_number


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("estimate", help=t("cli.estimate.help"), description=t("cli.estimate.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--rows", help=t("cli.estimate.opt.rows"))
    which.add_argument("--all-missing", action="store_true", help=t("cli.estimate.opt.all_missing"))
    p.add_argument("--proxy", action="append", default=[], metavar="NAME=VALUE", help=t("cli.estimate.opt.proxy"))
    p.add_argument("--dry-run", action="store_true", help=t("cli.estimate.opt.dry_run"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.opt.format"))
    add_year_option(p, t)
    return p


def proxies_of(items: list[str]) -> dict[str, float]:
    """`--proxy households=210,000` -> {'households': 210000.0}; UsageError for anything else."""
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        try:
            if not sep or not name.strip():
                raise ValueError
            out[name.strip()] = parse_number(value)
        except (ValueError, NumberTextError):
            raise UsageError("estimate.proxy_syntax", text=item) from None
    return out


def run(args, lang: str) -> int:
    """Propose, print, and add (unless --dry-run)."""
    from gcomdesk.store import estimating

    given = proxies_of(args.proxy)
    rows = None if args.all_missing else [r.strip().upper() for r in args.rows.split(",") if r.strip()]
    with open_inventory(args.file, args.year, lang) as inventory:
        proposals = estimating.proposals(inventory, rows, given, lang)
        ready = [p for p in proposals if p.record is not None]
        if ready and not args.dry_run:
            inventory.apply(estimating.changes_for(inventory, ready))
        year = inventory.year
    if args.format == "json":
        print(json.dumps({"year": year, "added": 0 if args.dry_run else len(ready),
                          "proposals": [_as_dict(p, lang) for p in proposals]}, ensure_ascii=False, indent=2))
        return 0
    for p in proposals:
        head = "cli.estimate.needs" if p.record is None else "cli.estimate.row"
        print(text(head, lang, ref=p.gpc_ref, method=text(f"cli.estimate.method.{p.method}", lang), value=_value(p, lang)))
        for line in p.lines:
            print(f"    {line.render(lang)}")
    key = "cli.estimate.dry_run" if args.dry_run else "cli.estimate.added"
    print(text(key, lang, count=len(ready), missing=len(proposals) - len(ready), year=year))
    return 0


def _value(p, lang: str) -> str:
    if p.co2e_t is not None:
        return f"{p.co2e_t:,.1f} tCO2e"
    if p.amount_mwh is not None:
        return f"{p.amount_mwh:,.1f} MWh"
    return p.record.notation_key if p.record is not None else "-"


def _as_dict(p, lang: str) -> dict:
    record = p.record
    return {"gpc_ref": p.gpc_ref, "method": p.method, "co2e_t": p.co2e_t, "amount_mwh": p.amount_mwh,
            "notation_key": record.notation_key if record is not None else None,
            "included_in": record.included_in if record is not None else None,
            "missing_proxies": list(p.missing), "arithmetic": [line.render(lang) for line in p.lines],
            "estimate": record.extra.get("estimate") if record is not None else None}
