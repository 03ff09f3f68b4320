"""The one reader of the CSV files gcomdesk ships under resources/ (reference data, messages,
method defaults, help texts, export mappings): UTF-8 with or without a BOM, a header row, rows as
dicts. Officers' own files are read by exchange.tabular (encoding detection, XLSX, row numbers).

No gcomdesk module is imported at module level, so the message catalogue can use it too."""

from __future__ import annotations

import csv
from pathlib import Path


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a bundled CSV file as dicts keyed by its header."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def read_csv_rows(path: Path, columns: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """`read_rows`, checked: a missing file, no rows or a missing column is a ReferenceDataError
    naming the file."""
    from gcomdesk.core.errors import ReferenceDataError

    if not path.exists():
        raise ReferenceDataError("reference.missing", file=path.name, path=str(path))
    rows = read_rows(path)
    missing = [c for c in columns if not rows or c not in rows[0]]
    if missing or not rows:
        raise ReferenceDataError("reference.columns", file=path.name, columns=", ".join(missing) or "(no rows)")
    return rows
