"""Method-record files written as an officer would (openpyxl / csv), and the same records as the
window's Python API holds them, for the method-import tests."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from gcomdesk.core.model import Record

HISTORY = [(1995 + i, w) for i, w in enumerate((62000, 61000, 60500, 58000, 57000, 55000, 52000, 50000, 47000, 45000))]
COMPOSITION = {"comp_food": 0.05, "comp_paper": 0.15, "comp_wood": 0.05, "comp_textiles": 0.04, "comp_other": 0.71}

# sheet -> rows (the header first); Korean and English labels stand for some inputs, as officers type them
SHEETS: dict[str, list[list]] = {
    "swds_fod": [
        ["gpc_ref", "record", "자료출처", "비율: 음식물", "comp_paper", "comp_wood", "comp_textiles", "comp_other",
         "Landfill type", "ox", "ch4_flared_t", "ch4_used_t", "history.source"],
        ["III.1.1", "매립지", "환경자원과", 0.05, 0.15, 0.05, 0.04, 0.71, "managed_anaerobic", 0.1, 12, "18", "매립 이력 대장"],
    ],
    "swds_fod.history": [["record", "year", "waste_t"], *[["매립지", y, f"{w:,}"] for y, w in HISTORY]],
    "swds_commitment": [["GPC코드", "waste_t", "comp_food", "comp_paper", "comp_wood", "comp_textiles", "comp_other"],
                        ["III.1.2", 1000, 1, 0, 0, 0, 0]],
    "biological_treatment": [["gpc_ref", "treatment", "basis", "폐기물량", "waste_t.source", "자료품질"],
                             ["III.2.1", "composting", "wet", "14,500", "퇴비화시설 반입량", "M"]],
    "incineration": [["gpc_ref", "technology", "energy_use", "waste_t", "comp_food", "comp_paper", "comp_wood",
                      "comp_textiles", "comp_plastics", "comp_rubber_leather", "comp_other"],
                     ["III.3.1", "continuous_stoker", "none", 38000, 0.12, 0.3, 0.06, 0.05, 0.25, 0.02, 0.2]],
    "wastewater_domestic": [["gpc_ref", "share_aerobic_well", "share_septic", "sludge_bod_t", "recovered_ch4_t"],
                            ["III.4.1", 0.94, 0.06, 0, 0]],
}


def api_records() -> list[Record]:
    """The records of SHEETS as the method form saves them (Record with extra inputs and sources)."""
    history = [{"year": y, "waste_t": float(w)} for y, w in HISTORY]
    return [
        Record(kind="method", gpc_ref="III.1.1", activity="swds_fod", data_source="환경자원과", extra={
            "inputs": {**COMPOSITION, "site_type": "managed_anaerobic", "ox": 0.1, "ch4_flared_t": 12.0,
                       "ch4_used_t": 18.0, "history": history}, "sources": {"history": "매립 이력 대장"}}),
        Record(kind="method", gpc_ref="III.1.2", activity="swds_commitment", extra={"inputs": {
            "waste_t": 1000.0, "comp_food": 1.0, "comp_paper": 0.0, "comp_wood": 0.0, "comp_textiles": 0.0,
            "comp_other": 0.0}}),
        Record(kind="method", gpc_ref="III.2.1", activity="biological_treatment", quality="M", extra={
            "inputs": {"treatment": "composting", "basis": "wet", "waste_t": 14500.0},
            "sources": {"waste_t": "퇴비화시설 반입량"}}),
        Record(kind="method", gpc_ref="III.3.1", activity="incineration", extra={"inputs": {
            "technology": "continuous_stoker", "energy_use": "none", "waste_t": 38000.0, "comp_food": 0.12,
            "comp_paper": 0.3, "comp_wood": 0.06, "comp_textiles": 0.05, "comp_plastics": 0.25,
            "comp_rubber_leather": 0.02, "comp_other": 0.2}}),
        Record(kind="method", gpc_ref="III.4.1", activity="wastewater_domestic", extra={"inputs": {
            "share_aerobic_well": 0.94, "share_septic": 0.06, "sludge_bod_t": 0.0, "recovered_ch4_t": 0.0}}),
    ]


def write_workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook with one sheet per entry, rows as given."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def sheets_with(changes: dict[str, dict[tuple[int, int], object]] | None = None, drop: tuple[str, ...] = (),
                add: dict[str, list[list]] | None = None) -> dict[str, list[list]]:
    """SHEETS with some cells changed ({sheet: {(row, column) 0-based: value}}), sheets dropped or added."""
    out = {name: [list(r) for r in rows] for name, rows in SHEETS.items() if name not in drop}
    for name, cells in (changes or {}).items():
        for (r, c), value in cells.items():
            out[name][r][c] = value
    out.update(add or {})
    return out
