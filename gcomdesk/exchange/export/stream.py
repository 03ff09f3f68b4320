"""A write-only worksheet that takes ready-made cells, so a long table costs its values only.

openpyxl's write-only sheet accepts a row of plain values (written unstyled) or of cells; a styled
cell goes through a failed value conversion and a fresh placeholder cell each time, which makes a
styled table about 1.7 times slower to write than a plain one. `StreamedSheet` takes a row as cells
(None for an empty cell) and hands them to openpyxl's row writer as they are, so the caller can
reuse one styled cell per column, and a row's height is passed with the row instead of a
RowDimension object kept per row. This overrides `_values_to_row` of openpyxl 3.1's
WriteOnlyWorksheet and the plain mapping its row writer reads heights from (pyproject pins
openpyxl < 4); tests/exchange/export/test_export_stream.py
fails if that contract changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from openpyxl.cell import WriteOnlyCell
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet


class StreamedSheet(WriteOnlyWorksheet):
    """A write-only worksheet whose rows are cells (or None), written as they are."""

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(parent, title)
        self.row_dimensions = {}  # row -> XML attributes, only for the row being written
        self.rows_written = 0

    def append_row(self, cells: Sequence[WriteOnlyCell | None], height: float | None = None) -> None:
        """Write the next row; `height` in points (openpyxl cannot autofit wrapped text)."""
        self.rows_written += 1
        if height is None:
            self.append(cells)
            return
        self.row_dimensions[self.rows_written] = {"ht": f"{height:g}", "customHeight": "1"}
        self.append(cells)
        del self.row_dimensions[self.rows_written]

    def _values_to_row(self, cells: Sequence[WriteOnlyCell | None], row_idx: int) -> Iterator[WriteOnlyCell]:
        for col_idx, cell in enumerate(cells, 1):
            if cell is not None:
                cell.column, cell.row = col_idx, row_idx
                yield cell


def new_sheet(wb: Workbook, title: str) -> StreamedSheet:
    """Add a StreamedSheet to a write-only workbook, as Workbook.create_sheet would add its own."""
    if not wb.write_only:
        raise ValueError("a streamed sheet needs Workbook(write_only=True)")
    ws = StreamedSheet(parent=wb, title=title)
    wb._add_sheet(ws)
    return ws
