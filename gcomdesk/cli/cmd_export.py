"""`gcomdesk-cli export`: the submission workbook, activity.csv and chart files.

An inventory with errors is refused (exit 1) unless --draft is given; a draft says so in its
file name and on its cover.
"""

from __future__ import annotations

import argparse
import sys

from gcomdesk.cli.common import add_year_option, open_inventory, text

# The export (openpyxl, matplotlib, the checks) is imported when this command runs, not when the
# command line starts: `gcomdesk-cli import` does not pay for it.


def _choices(name: str, none_word: str | None = None):
    """argparse type: a comma-separated subset of exchange.export.options' `name` (or `none_word`
    for the empty set)."""
    def parse(value: str) -> tuple[str, ...]:
        from gcomdesk.exchange.export import options

        allowed = getattr(options, name)
        items = tuple(v.strip().lower() for v in value.split(",") if v.strip())
        if none_word and items == (none_word,):
            return ()
        unknown = [v for v in items if v not in allowed]
        if unknown:
            raise argparse.ArgumentTypeError(f"{', '.join(unknown)}: use {', '.join(allowed)}"
                                             + (f" or {none_word}" if none_word else ""))
        return items
    return parse


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("export", help=t("cli.export.help"), description=t("cli.export.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    p.add_argument("--out", required=True, help=t("cli.opt.out"))
    p.add_argument("--charts", type=_choices("CHART_FORMATS", "none"), default=("png",), help=t("cli.opt.charts"))
    p.add_argument("--parts", type=_choices("PARTS"), default=None, help=t("cli.opt.parts"))
    p.add_argument("--draft", action="store_true", help=t("cli.opt.draft"))
    p.add_argument("--no-csv", dest="csv", action="store_false", help=t("cli.opt.no_csv"))
    add_year_option(p, t)
    return p


def run(args, lang: str) -> int:
    """Export; refuse an inventory with errors unless --draft (exit 1, nothing written)."""
    from gcomdesk.exchange.export import PARTS, ExportOptions, ExportRefused, export_inventory, input_from_inventory
    with open_inventory(args.file, args.year, lang) as inventory:
        data = input_from_inventory(inventory)
    options = ExportOptions(args.out, lang=lang, parts=args.parts or PARTS, chart_formats=args.charts, draft=args.draft,
                            activity_csv=args.csv)
    try:
        result = export_inventory(data, options)
    except ExportRefused as exc:
        print(exc.render(lang), file=sys.stderr)
        return 1
    for line in result.summary_lines(lang):
        print(line)
    if result.draft:
        print(text("export.draft_banner", lang, count=result.errors), file=sys.stderr)
    return 0
