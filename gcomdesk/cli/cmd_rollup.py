"""`gcomdesk-cli rollup OUT.gcdx IN1.gcdx IN2.gcdx ...`: add up municipal inventories into a
provincial one (exchange.rollup), print the findings and what moved; exit 1 when an input cannot be
read or a check found an error (nothing written), 2 for a --year an input does not hold."""

from __future__ import annotations

import json

from gcomdesk.cli.common import UsageError, text, year_number
from gcomdesk.core.model import GWP_SETS


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("rollup", help=t("cli.rollup.help"), description=t("cli.rollup.help"))
    p.add_argument("out", help=t("cli.rollup.opt.out"))
    p.add_argument("inputs", nargs="+", help=t("cli.rollup.opt.inputs"))
    p.add_argument("--year", type=year_number, help=t("cli.rollup.opt.year"))
    p.add_argument("--name", help=t("cli.rollup.opt.name"))
    p.add_argument("--gwp", choices=GWP_SETS, help=t("cli.opt.gwp"))
    p.add_argument("--electricity", help=t("cli.opt.electricity"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.rollup.opt.format"))
    return p


def run(args, lang: str) -> int:
    """Roll up and report; 1 when refused (the findings printed), else 0."""
    from gcomdesk.exchange.rollup import roll_up
    from gcomdesk.exchange.rollup.findings import render
    from gcomdesk.exchange.rollup.sources import RollupError
    from gcomdesk.exchange.rollup.write import RollupRefused

    try:
        result = roll_up(args.out, args.inputs, year=args.year, name=args.name, gwp=args.gwp,
                         electricity=args.electricity)
    except RollupRefused as exc:
        _print_findings(exc.findings, lang, args.format, render)
        print(exc.render(lang))
        return 1
    except RollupError as exc:
        if exc.message.key == "rollup.year_missing":
            raise UsageError(exc.message.key, **exc.message.params) from None
        raise
    if args.format == "json":
        print(json.dumps({
            "path": str(result.path), "year": result.year, "created": result.created, "records": result.records,
            "sources": [{"path": str(s.path), "sha256": s.sha256, "municipality": s.name, "region_code": s.region_code,
                         "read_at": s.read_at} for s in result.sources],
            "findings": [{**f, "message": render(f, lang)} for f in result.findings],
            "moved": result.moved, "changed_files": result.changed_files, "totals": result.totals,
        }, ensure_ascii=False, indent=2))
        return 0
    print(text("cli.rollup.done", lang, path=result.path, year=result.year, count=len(result.sources),
               records=result.records, basic=f"{result.totals.get('basic', 0.0):,.3f}"))
    for s in result.sources:
        print(text("cli.rollup.source", lang, municipality=s.name, region=s.region_code, path=s.path, sha256=s.sha256))
    _print_findings(result.findings, lang, "text", render)
    if not result.created:
        _print_moved(result, lang)
    return 0


def _print_findings(findings: list[dict], lang: str, fmt: str, render) -> None:
    if fmt == "json":
        print(json.dumps({"findings": [{**f, "message": render(f, lang)} for f in findings]}, ensure_ascii=False, indent=2))
        return
    for item in findings:
        print(render(item, lang))


def _print_moved(result, lang: str) -> None:
    if not result.moved and not result.changed_files:
        print(text("cli.rollup.nothing_moved", lang))
        return
    print(text("cli.rollup.moved", lang))
    for row in result.moved:
        print(text("cli.rollup.moved_row", lang, **{**row, "change": f"{row['change']:+,.3f}"}))
    for row in result.changed_files:
        print(text("cli.rollup.file_changed", lang, municipality=row["municipality"], path=row["path"],
                   before=(row["before"] or "-")[:12], after=(row["after"] or "-")[:12]))
