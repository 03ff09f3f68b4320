"""`gcomdesk-cli check`: the findings of the checks, as text or JSON; exit 1 when there is an error."""

from __future__ import annotations

import json

from gcomdesk.cli.common import add_year_option, open_inventory, text
from gcomdesk.core.model import REPORTING_LEVELS


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("check", help=t("cli.check.help"), description=t("cli.check.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.opt.format"))
    p.add_argument("--level", choices=REPORTING_LEVELS, help=t("cli.check.opt.level"))
    add_year_option(p, t)
    return p


def run(args, lang: str) -> int:
    """Check the inventory and print the findings; 1 if any error, else 0."""
    from gcomdesk.core.checks import count_by_severity  # imported when run: the other commands start faster
    with open_inventory(args.file, args.year, lang) as inventory:
        profile, findings = inventory.profile, inventory.analysis(level=args.level).findings
    counts = count_by_severity(findings)
    if args.format == "json":
        print(json.dumps({"findings": [f.to_dict(lang) for f in findings], "counts": counts}, ensure_ascii=False, indent=2))
    else:
        print(text("cli.check.head", lang, name=profile.name_ko, year=profile.year, **counts))
        for f in findings:
            label = text(f"check.severity.{f.severity}", lang)
            print(f"[{label}] {f.rule}  {f.where(lang)}")
            print(f"    {f.message.render(lang)}")
            print(f"    {text('cli.check.fix', lang)}: {f.hint.render(lang)}")
            if f.acknowledged is not None:
                print(f"    {text('check.acknowledged', lang, explanation=f.acknowledged)}")
    return 1 if counts["error"] else 0
