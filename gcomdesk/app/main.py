"""`gcomdesk [FILE]`, `gcomdesk --sample`, `gcomdesk --screenshots DIR [--lang ko|en] [FILE]`,
`gcomdesk --self-test` (gcomdesk.selftest: the sample calculated, checked, exported and re-read)."""

from __future__ import annotations

import argparse
import os
import sys

from gcomdesk import __version__


def build_parser() -> argparse.ArgumentParser:
    """The command line of the window."""
    parser = argparse.ArgumentParser(prog="gcomdesk", description="gcomdesk: greenhouse-gas inventories, step by step.")
    parser.add_argument("file", nargs="?", help="an inventory file (.gcdx) to open")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample city (a fresh copy)")
    parser.add_argument("--lang", choices=("ko", "en"), help="language for this run (default: the remembered one)")
    parser.add_argument("--screenshots", metavar="DIR", help="render the start page and every step to DIR as PNG files and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this copy of gcomdesk on the sample (offscreen) and exit 0 only if every step passes")
    parser.add_argument("--version", action="version", version=f"gcomdesk {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Start the window (or render the screenshots) and return the exit code."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("MPLBACKEND", "Agg")
        from gcomdesk.selftest import run

        return run()
    if args.screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    from gcomdesk.app.crash import CrashHandler, setup_logging
    from gcomdesk.app.startup import create_application

    app = create_application(sys.argv[:1], lang=args.lang)
    setup_logging()
    crash = CrashHandler()
    crash.install()
    if args.screenshots:
        from gcomdesk.app.screenshots import render_screenshots

        for path in render_screenshots(args.screenshots, args.file):
            print(path)
        return 0
    from gcomdesk.app.main_window import MainWindow

    window = MainWindow()
    window.show()
    if args.sample:
        window.files.open_sample()
    elif args.file:
        window.files.open_path(args.file)
    code = app.exec()
    crash.uninstall()
    return code


if __name__ == "__main__":
    sys.exit(main())
