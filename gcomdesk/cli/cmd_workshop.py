"""`gcomdesk-cli workshop prepare | compare`: the trainer's kit (exercise files and data sheets;
each participant's mistakes against the answer key). Works on local files only."""

from __future__ import annotations

import json

from gcomdesk.cli.common import text
from gcomdesk.core.messages import LANGUAGES
from gcomdesk.exchange.workshop import DEFAULT_BLANK


def add_parser(sub, t):
    """Declare the command and its two subcommands."""
    p = sub.add_parser("workshop", help=t("cli.workshop.help"), description=t("cli.workshop.help"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    prep = actions.add_parser("prepare", help=t("cli.workshop.prepare.help"), description=t("cli.workshop.prepare.help"))
    prep.add_argument("--from", dest="source", help=t("cli.workshop.opt.from"))
    prep.add_argument("--participants", type=int, required=True, help=t("cli.workshop.opt.participants"))
    prep.add_argument("--out", required=True, help=t("cli.workshop.opt.out_dir"))
    prep.add_argument("--blank", default=",".join(DEFAULT_BLANK), help=t("cli.workshop.opt.blank"))
    comp = actions.add_parser("compare", help=t("cli.workshop.compare.help"), description=t("cli.workshop.compare.help"))
    comp.add_argument("folder", help=t("cli.workshop.opt.folder"))
    comp.add_argument("--key", required=True, help=t("cli.workshop.opt.key"))
    comp.add_argument("--out", help=t("cli.workshop.opt.report"))
    comp.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.opt.format"))
    for parser in (prep, comp):
        parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.opt.lang"))
    return p


def run(args, lang: str) -> int:
    """Run the subcommand."""
    return _prepare(args, lang) if args.action == "prepare" else _compare(args, lang)


def _prepare(args, lang: str) -> int:
    from gcomdesk.exchange.workshop import parse_sectors
    from gcomdesk.exchange.workshop.prepare import prepare_workshop

    done = prepare_workshop(args.out, args.participants, parse_sectors(args.blank), lang, source=args.source)
    print(text("cli.workshop.prepared", lang, count=len(done.exercises), folder=args.out, cleared=done.cleared,
               year=done.year, key=done.key.name))
    for exercise, sheet in zip(done.exercises, done.sheets, strict=True):
        print(f"  {exercise.name}  {sheet.name}")
    return 0


def _compare(args, lang: str) -> int:
    from gcomdesk.core.reference import load_reference
    from gcomdesk.exchange.workshop.classify import detail_text
    from gcomdesk.exchange.workshop.compare import compare_folder
    from gcomdesk.exchange.workshop.report import class_label, gas_label, write_report

    ref = load_reference()
    comparison = compare_folder(args.key, args.folder, ref)
    if args.out:
        write_report(comparison, args.out, lang, ref)
    if args.format == "json":
        data = {"key": str(comparison.key), "year": comparison.year,
                "summary": [{"class": c, "mistakes": m, "participants": n} for c, m, n in comparison.summary()],
                "participants": [{"name": p.name, "file": str(p.path), "differences": [
                    {"gpc_ref": d.gpc_ref, "class": d.cause, "detail": detail_text(d, lang, ref), "other_ref": d.other_ref or None,
                     "key_co2e_t": round(d.key_t, 6), "entered_co2e_t": round(d.entered_t, 6),
                     "gases": [gas_label(g) for g in d.gases]} for d in p.differences]} for p in comparison.participants]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(text("workshop.report.title", lang, key=comparison.key.name, year=comparison.year, count=len(comparison.participants)))
    for p in comparison.participants:
        print(f"{p.name}: {text('cli.workshop.mistakes', lang, count=len(p.differences))}")
        for d in p.differences:
            print(f"  {d.gpc_ref:<8} {class_label(d.cause, lang):<24} {detail_text(d, lang, ref)}")
    print(text("cli.workshop.summary", lang))
    for cause, mistakes, people in comparison.summary():
        if mistakes:
            print(f"  {class_label(cause, lang):<24} {mistakes:>4}  ({text('cli.workshop.people', lang, count=people)})")
    if args.out:
        print(text("cli.workshop.report_written", lang, path=args.out))
    return 0
