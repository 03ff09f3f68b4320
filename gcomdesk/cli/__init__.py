"""gcomdesk-cli: the command line trainers, scripts and tests drive gcomdesk with.

Exit codes: 0 success, 1 rejected input or a failed check, 2 usage error (also a year the file does
not hold, named by --year and the like), 141 when the reader of the output went away early (`gcomdesk-cli summary x.gcdx | head`): quietly, like any Unix tool
stopped by SIGPIPE (128 + 13), never with a traceback.
Each command lives in its own module with `add_parser(subparsers, t)` and `run(args, lang) -> int`.
"""

from __future__ import annotations

import argparse
import os
import sys

from gcomdesk import __version__
from gcomdesk.cli import (
    cmd_check,
    cmd_estimate,
    cmd_export,
    cmd_import,
    cmd_new,
    cmd_recover,
    cmd_rollup,
    cmd_set,
    cmd_summary,
    cmd_template,
    cmd_workshop,
    cmd_year,
)
from gcomdesk.cli.common import UsageError, text
from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.messages import LANGUAGES, default_language

BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe
COMMANDS = [cmd_new, cmd_import, cmd_summary, cmd_set, cmd_export, cmd_check, cmd_year, cmd_recover, cmd_template, cmd_estimate,
            cmd_workshop, cmd_rollup]


def _language(argv: list[str]) -> str:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=LANGUAGES)
    known, _ = pre.parse_known_args(argv)
    return known.lang or default_language()


def build_parser(lang: str) -> argparse.ArgumentParser:
    """The argument parser with help texts in `lang`."""
    def t(key: str, /, **params) -> str:
        return text(key, lang, **params)

    parser = argparse.ArgumentParser(prog="gcomdesk-cli", description=t("cli.description"))
    parser.add_argument("--version", action="version", version=f"gcomdesk {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.opt.lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        command = module.add_parser(sub, t)
        command.add_argument("--lang", choices=LANGUAGES, help=t("cli.opt.lang"))
        command.set_defaults(handler=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _language(argv)
    args = build_parser(lang).parse_args(argv)
    _say_when_waiting(lang)
    try:
        code = args.handler(args, lang)
        sys.stdout.flush()  # a closed pipe must surface here, not in the interpreter's exit
    except UsageError as exc:
        print(f"gcomdesk-cli {args.command}: {exc.message.render(lang)}", file=sys.stderr)
        return 2
    except GcomdeskError as exc:
        print(exc.render(lang), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _reader_gone()
    return code


def _say_when_waiting(lang: str) -> None:
    """While another process writes the file, say once on stderr that this command waits."""
    from gcomdesk.store import waiting

    said: set = set()

    def report(path, waited: float, limit: float) -> None:
        if path not in said:
            said.add(path)
            print(text("project.waiting", lang, path=str(path), seconds=int(limit)), file=sys.stderr, flush=True)

    waiting.report = report


def _reader_gone() -> int:
    """The reader of stdout closed it: point stdout at devnull so the exit flush is silent (as the
    Python docs on SIGPIPE recommend) and report it with the shell's SIGPIPE code."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
