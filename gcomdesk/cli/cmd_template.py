"""`gcomdesk-cli template`: a data-request workbook to send a department or a supplier.

The workbook (exchange/request_workbook.py) has an instructions sheet and a data sheet in the
import layout; what comes back imports with `gcomdesk-cli import` unmapped. Exit 0 written, 1 the
file could not be written (nothing left behind), 2 a usage error (unknown sector, not .xlsx, a
year the inventory does not hold).
"""

from __future__ import annotations

from pathlib import Path

from gcomdesk.cli.common import UsageError, add_year_option, open_inventory, text
from gcomdesk.core.step_ids import REQUEST_SECTORS


def add_parser(sub, t):
    """Declare the command's arguments."""
    p = sub.add_parser("template", help=t("cli.template.help"), description=t("cli.template.help"))
    p.add_argument("file", help=t("cli.opt.file"))
    p.add_argument("--sector", required=True, choices=REQUEST_SECTORS, help=t("cli.opt.sector"))
    p.add_argument("--out", required=True, help=t("cli.opt.out_request"))
    add_year_option(p, t)
    return p


def run(args, lang: str) -> int:
    """Write the request workbook for the inventory's year (default: the latest)."""
    from gcomdesk.exchange.request_content import needed_rows, request_input
    from gcomdesk.exchange.request_workbook import write_request_workbook

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UsageError("cli.template.not_xlsx", path=str(out))
    with open_inventory(args.file, args.year, lang) as inventory:
        data = request_input(inventory, args.sector)
        ref = inventory.ref
    write_request_workbook(data, out, lang, ref)
    print(text("request.written", lang, path=str(out), count=len(needed_rows(data, ref))))
    return 0
