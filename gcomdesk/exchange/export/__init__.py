"""The submission-ready export: the GPC/CRF/CDP workbook, activity.csv and chart files.

    with Inventory.open(path, year=2021) as inventory:  # the year exported (default: the latest)
        data = input_from_inventory(inventory)
    result = export_inventory(data, ExportOptions(out_dir, lang="ko", chart_formats=("png", "svg")))

One module per sheet (sheet_*.py), the writer (writer.py), cell safety (cells.py), the CRF/CDP
mappings (mappings.py, data in resources/export/) and the national comparison (national.py).
"""

from gcomdesk.exchange.export.options import (
    CHART_FORMATS,
    PARTS,
    ExportCancelled,
    ExportError,
    ExportInput,
    ExportOptions,
    ExportRefused,
    ExportResult,
)
from gcomdesk.exchange.export.writer import export_inventory, workbook_name

__all__ = ["CHART_FORMATS", "PARTS", "ExportCancelled", "ExportError", "ExportInput", "ExportOptions",
           "ExportRefused", "ExportResult", "export_inventory", "input_from_inventory", "input_from_project",
           "workbook_name"]


def input_from_inventory(inventory) -> ExportInput:
    """Everything an export of the inventory's active year (`Inventory.set_year`; default the latest)
    needs from an open Inventory, with the other years and with the analysis when it is already
    computed (else the export runs the same pipeline once); call it in the inventory's thread."""
    snapshot = inventory.snapshot()
    return ExportInput(records=snapshot.records, profile=snapshot.profile, ref=inventory.ref,
                       acknowledgements=list(snapshot.acknowledgements), other_years=dict(snapshot.others),
                       source_name=inventory.path.name, analysis=inventory.analysis() if inventory.analysed else None)


def input_from_project(project, ref=None, year: int | None = None) -> ExportInput:
    """Everything an export of `year` (default: the latest) needs from an open Project (call it in
    the project's thread)."""
    from gcomdesk.store.inventory import Inventory

    inventory = Inventory(project, ref)
    if year is not None:
        inventory.set_year(year)
    return input_from_inventory(inventory)
