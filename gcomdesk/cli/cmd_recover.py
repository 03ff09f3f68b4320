"""`gcomdesk-cli recover`: save what can be read of a damaged project to a new file (the damaged
one is only read), and list what was left out."""

from __future__ import annotations

from gcomdesk.cli.common import text


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("recover", help=t("cli.recover.help"), description=t("cli.recover.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    p.add_argument("new", help=t("cli.opt.file_new"))
    return p


def run(args, lang: str) -> int:
    """Recover into the new file; 0 when everything was kept, 1 when something was left out."""
    from gcomdesk.store.recover import recover

    report = recover(args.file, args.new)
    print(text("cli.recover.done", lang, path=args.new, records=report.records,
               years=", ".join(map(str, report.years)), acknowledgements=report.acknowledgements))
    if report.left_out:
        print(text("cli.recover.left_out", lang, count=len(report.left_out)))
        for line in report.left_out:
            print(f"  {line}")
    return 1 if report.left_out else 0
