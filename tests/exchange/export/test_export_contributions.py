"""The Contributions sheet (기여도): written for a roll-up only, each municipality's tCO2e and share
per GPC row (the three municipalities of tests/exchange/rollup_files.py)."""

from __future__ import annotations

import openpyxl
import pytest

from gcomdesk.exchange.export import ExportOptions, export_inventory, input_from_inventory
from gcomdesk.exchange.rollup import roll_up
from gcomdesk.store.inventory import Inventory
from tests.exchange.export.conftest import text
from tests.exchange.rollup_files import three


def _rows(ws, municipality_header):
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 4).value == municipality_header)
    out = {}
    for r in range(header + 1, ws.max_row + 1):
        if ws.cell(r, 5).value is None:
            break
        out[(ws.cell(r, 1).value, ws.cell(r, 4).value)] = (ws.cell(r, 5).value, ws.cell(r, 6).value)
    return out


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_contributions_sheet_of_a_rollup(tmp_path, lang):
    result = roll_up(tmp_path / "p.gcdx", three(tmp_path))
    with Inventory.open(result.path) as inventory:
        data = input_from_inventory(inventory)
    out = export_inventory(data, ExportOptions(tmp_path / "out", lang=lang, parts=("cover", "gpc"), draft=True))
    wb = openpyxl.load_workbook(out.workbook)
    title = text("export.sheet.contributions", lang)
    assert title in wb.sheetnames
    rows = _rows(wb[title], text("export.contributions.col_municipality", lang))
    # I.1.2: 가시 1,000 MWh and 나시 2,000 MWh of the same grid factor: shares 1/3 and 2/3
    ga, na = rows[("I.1.2", "가시")], rows[("I.1.2", "나시")]
    assert na[0] == pytest.approx(2 * ga[0]) and ga[1] == pytest.approx(1 / 3) and na[1] == pytest.approx(2 / 3)
    # I.3.1: 5,000 t CO2 + 1 t CH4 x 28 + 0.5 t N2O x 265 (AR5, gwp.csv) = 5,160.5 t; 나시 300 t
    assert rows[("I.3.1", "가시")][0] == pytest.approx(5160.5)
    assert rows[("I.3.1", "나시")] == (pytest.approx(300.0), pytest.approx(300.0 / 5460.5))
    assert not any(ref == "I.4.4" for ref, _ in rows)  # territorial: the province's own, never summed


def test_no_contributions_sheet_for_an_ordinary_inventory(tmp_path):
    town = three(tmp_path)[0]
    with Inventory.open(town) as inventory:
        data = input_from_inventory(inventory)
    out = export_inventory(data, ExportOptions(tmp_path / "out", lang="en", parts=("cover", "gpc"), draft=True))
    assert text("export.sheet.contributions", "en") not in openpyxl.load_workbook(out.workbook).sheetnames
