"""`gcomdesk-cli import`: add activity data or method records from CSV or XLSX, all or nothing."""

from __future__ import annotations

import gc
from pathlib import Path

from gcomdesk.cli.common import held_year, note_migration, text, year_number
from gcomdesk.cli.profile_import import add_options as add_profile_options
from gcomdesk.cli.profile_import import run_profile
from gcomdesk.exchange.activity_import import import_changes
from gcomdesk.exchange.importing import ImportYears, read_import
from gcomdesk.store.project import Project


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("import", help=t("cli.import.help"), description=t("cli.import.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    p.add_argument("data", help=t("cli.opt.data"))
    p.add_argument("--sheet", help=t("cli.opt.sheet"))
    p.add_argument("--year", type=year_number, help=t("cli.opt.import_year"))
    p.add_argument("--add-years", action="store_true", help=t("cli.opt.add_years"))
    p.add_argument("--gas-volume", choices=("normal", "standard"), help=t("cli.opt.gas_volume"))
    p.add_argument("--header-row", type=int, metavar="N", help=t("cli.opt.header_row"))
    add_profile_options(p, t)  # --profile NAME, --map CATEGORY=TARGET: a source table read with an import profile
    return p


def run(args, lang: str) -> int:
    """Import the file; on rejection nothing is added and every bad cell is listed (exit 1). Then
    what the import did on the way (totals rows skipped, IE targets read, volumes read as chosen; for
    a method-record file, which exchange/importing.py tells apart, the defaults its methods applied).
    With --profile, a department's table read with an import profile (cli/profile_import.py)."""
    if args.profile:
        return run_profile(args, lang)
    collecting = gc.isenabled()
    gc.disable()  # a bulk import makes no reference cycles; sweeping its 100,000s of rows costs ~6%
    try:
        with Project.open(args.file) as project:
            note_migration(project, lang)
            year = held_year(project, args.year)  # rows without a year go there: it must exist before the file is read
            read = read_import(args.data, ImportYears.of(project, year), sheet=args.sheet, add_years=args.add_years,
                               gas_volume=args.gas_volume, header_row=args.header_row)
            changes = import_changes(project, read.frame, f"import {Path(args.data).name}", year, args.add_years)
            count = len(project.apply(changes).added_ids)
    finally:
        if collecting:
            gc.enable()
    print(text("cli.import.done", lang, count=count, data=args.data, path=args.file))
    for line in read.report_lines(lang):
        print(line)
    return 0
