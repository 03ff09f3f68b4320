"""The submission-ready export: the GPC/CRF/CDP workbook, activity.csv and chart files.

    data = ExportInput(project.records_frame(), project.profile, load_reference(), project.acknowledgements())
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
           "ExportRefused", "ExportResult", "export_inventory", "input_from_project", "workbook_name"]


def input_from_project(project, ref=None, history=None) -> ExportInput:
    """Read everything an export needs from an open Project (call it in the project's thread)."""
    from gcomdesk.core.reference import load_reference

    return ExportInput(records=project.records_frame(), profile=project.profile, ref=ref or load_reference(),
                       acknowledgements=project.acknowledgements(), history=list(history or []),
                       source_name=project.path.name)
