"""`gcomdesk-cli import FILE TABLE --profile NAME [--map CATEGORY=TARGET ...]`: a source table
(KEPCO sales, city-gas sales, ...) read with an import profile, written as one ChangeSet, and the
profile's report printed (where each category went, what was left out and why)."""

from __future__ import annotations

from gcomdesk.cli.common import UsageError, held_year, note_migration, text


def add_options(parser, t) -> None:
    """The profile options of `import`."""
    parser.add_argument("--profile", metavar="NAME", help=t("cli.opt.profile"))
    parser.add_argument("--map", action="append", default=[], metavar="CATEGORY=TARGET", help=t("cli.opt.map"))


def answers_of(pairs: list[str]) -> dict[str, str]:
    """{category: target} of the --map options; UsageError for one without '='."""
    answers = {}
    for pair in pairs:
        category, sep, target = pair.partition("=")
        if not sep or not category.strip() or not target.strip():
            raise UsageError("cli.map.invalid", value=pair)
        answers[category.strip()] = target.strip()
    return answers


def run_profile(args, lang: str) -> int:
    """Import `args.data` with profile `args.profile` all or nothing; print the report."""
    from gcomdesk.exchange.activity_import import import_changes
    from gcomdesk.exchange.profiles import apply_profile
    from gcomdesk.store.project import Project

    answers = answers_of(args.map)
    with Project.open(args.file) as project:
        note_migration(project, lang)
        year = held_year(project, args.year)
        frame, report = apply_profile(args.profile, args.data, sheet=args.sheet, year=year, answers=answers,
                                      header_row=args.header_row, inventory=project.profile_of(year))
        changes = import_changes(project, frame, f"import {report.source} ({args.profile})", year)
        count = len(project.apply(changes).added_ids)
    print(text("cli.import.done", lang, count=count, data=args.data, path=args.file))
    for line in report.lines(lang):
        print(line)
    return 0
