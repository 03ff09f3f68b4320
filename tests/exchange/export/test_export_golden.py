"""Golden values: the GPC table of the sample inventory (한빛시 2022), as written in the workbook.

A change in any number, notation key or total of the sample's GPC table fails this test. When a
change is intended (new factors, a changed sample, a new method), regenerate deliberately and
review the diff of the JSON before committing:

    GCOMDESK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/exchange/export/test_export_golden.py
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from gcomdesk.core.totals import TOTAL_KEYS

GOLDEN = Path(__file__).parent / "golden" / "hanbit_gpc_table.json"
COLUMNS = {"co2_t": "export.col.co2_t", "ch4_t": "export.col.ch4_t", "n2o_t": "export.col.n2o_t",
           "hfcs_co2e_t": "export.col.hfcs_co2e_t", "pfcs_co2e_t": "export.col.pfcs_co2e_t",
           "sf6_t": "export.col.sf6_t", "nf3_t": "export.col.nf3_t", "unsplit_co2e_t": "export.col.unsplit_co2e_t",
           "co2e_t": "export.col.co2e_t", "biogenic_co2_t": "export.col.biogenic_co2_t"}
COMMENT = ("GPC table of the sample inventory as exported (tonnes). Regenerate deliberately with "
           "GCOMDESK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/exchange/export/test_export_golden.py and review the diff.")


def _read_table(workbooks, sheet_table, t, sample_results) -> dict:
    table = sheet_table(workbooks["ko"].worksheets[1], "ko", "export.col.gpc_ref")
    cols = {name: table.col(key) for name, key in COLUMNS.items()}
    key_col = table.col("export.col.notation_key")
    rows = {}
    for ref in sample_results.by_gpc.index:
        r = table.row_of(1, ref)
        rows[ref] = {"notation_key": table.value(r, key_col)} | {name: table.value(r, c) for name, c in cols.items()}
    totals = {key: table.value(table.row_of(1, t(f"export.total_short.{key}", "ko")), cols["co2e_t"]) for key in TOTAL_KEYS}
    return {"rows": rows, "totals": totals}


def _same(a, b) -> bool:
    if a is None or b is None or isinstance(a, str) or isinstance(b, str):
        return a == b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def test_gpc_table_matches_the_golden_values(workbooks, sheet_table, t, sample_results):
    actual = _read_table(workbooks, sheet_table, t, sample_results)
    if os.environ.get("GCOMDESK_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps({"_comment": COMMENT, **actual}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pytest.skip(f"golden values rewritten: {GOLDEN}")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert set(actual["rows"]) == set(golden["rows"])
    differences = [(ref, name, golden["rows"][ref].get(name), value)
                   for ref, row in actual["rows"].items() for name, value in row.items()
                   if not _same(value, golden["rows"][ref].get(name))]
    differences += [("total", key, golden["totals"][key], value) for key, value in actual["totals"].items()
                    if not _same(value, golden["totals"][key])]
    assert differences == [], "GPC table changed (ref, column, golden, now): " + repr(differences[:10])
