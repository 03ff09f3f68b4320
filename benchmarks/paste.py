"""Benchmark: pasting 1,000 spreadsheet rows into a card of the sample city, until the GUI is free
again (parse, one ChangeSet written in one transaction, one analysis, the pages redrawn), beside the
bare libraries doing the same work: pandas reading the pasted text and sqlite3 inserting the rows
with `executemany` in one transaction (synchronous=FULL), then pandas reading the table back.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/paste.py [ROWS]
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GCOMDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="gcomdesk-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402

from gcomdesk.app.records_model import COLUMNS  # noqa: E402
from gcomdesk.app.startup import create_application  # noqa: E402
from gcomdesk.samples import build_sample  # noqa: E402


def bare(path: Path, text: str) -> float:
    """pandas parses the text, sqlite3 inserts the rows in one transaction, pandas reads the table back."""
    start = time.perf_counter()
    rows = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=["activity", "amount", "unit"], thousands=",")
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO records (kind, gpc_ref, year, activity, amount, unit, created_at, updated_at) "
                     "VALUES ('activity', 'I.1.1', 2022, ?, ?, ?, 'now', 'now')",
                     list(zip(["diesel"] * len(rows), rows["amount"].astype(float), rows["unit"])))
    conn.execute("COMMIT")
    pd.read_sql_query("SELECT * FROM records", conn)
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    create_application(lang="en")
    from gcomdesk.app.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    path = build_sample(folder / "sample.gcdx")
    spare = folder / "bare.gcdx"
    shutil.copy(path, spare)
    text = "".join(f"경유\t{1000 + i:,}\tkL\n" for i in range(n))
    window = MainWindow()
    window.resize(1366, 860)
    window.show()
    window.files.open_path(path)
    end = time.perf_counter() + 60
    while window.session is None and time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.show_step("stationary")
    card = window.page("stationary").current_card()
    window.grab()
    card.table.setCurrentIndex(card.model.index(0, COLUMNS.index("activity")))
    steps = window.session.undo_stack.count()
    start = time.perf_counter()
    card.clipboard.paste(text)
    window.grab()  # the pages redrawn with the new figures
    ours = time.perf_counter() - start
    assert window.session.undo_stack.count() == steps + 1
    start = time.perf_counter()
    window.actions_.undo_action.trigger()
    window.grab()
    undo = time.perf_counter() - start
    window.files.close_session()
    window.close()
    theirs = bare(spare, text)
    print(f"rows pasted: {n:,} (one undo step)")
    print(f"{'gcomdesk: paste until the GUI is free and redrawn':<52} {ours * 1000:8.1f} ms   (target < 1000 ms)")
    print(f"{'bare pandas parse + sqlite3 executemany + read back':<52} {theirs * 1000:8.1f} ms")
    print(f"{'ratio':<52} {ours / theirs:8.1f} x")
    print(f"{'  undo of the paste (one transaction)':<52} {undo * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
