"""Fixtures for the export tests: the sample inventory (한빛시), its results, and its workbook
exported once per language for the whole session (reading tests never write)."""

from __future__ import annotations

import openpyxl
import pytest

from gcomdesk.core.messages import Message
from gcomdesk.core.totals import summarize
from gcomdesk.exchange.export import ExportOptions, export_inventory, input_from_project
from gcomdesk.samples import build_sample
from gcomdesk.store.project import Project


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "hanbit.gcdx")


@pytest.fixture(scope="session")
def sample_input(sample_path):
    with Project.open(sample_path) as project:
        return input_from_project(project)


@pytest.fixture(scope="session")
def sample_results(sample_input):
    return summarize(sample_input.records, sample_input.profile, sample_input.ref)


@pytest.fixture(scope="session")
def exported(sample_input, tmp_path_factory):
    """lang -> ExportResult of the sample, every part, PNG chart files."""
    return {lang: export_inventory(sample_input, ExportOptions(tmp_path_factory.mktemp(f"out_{lang}"), lang=lang))
            for lang in ("ko", "en")}


@pytest.fixture(scope="session")
def workbooks(exported):
    """lang -> the exported workbook opened with openpyxl (values as stored, no formulas computed)."""
    return {lang: openpyxl.load_workbook(result.workbook) for lang, result in exported.items()}


def text(key: str, lang: str, **params) -> str:
    """A catalogue message, as the export writes it."""
    return Message(key, params).render(lang)


class SheetTable:
    """A sheet's table read back: the header row found by its first header, columns by header key."""

    def __init__(self, ws, lang: str, first_header_key: str) -> None:
        self.ws, self.lang = ws, lang
        first = text(first_header_key, lang)
        self.header_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)
        self.columns = {ws.cell(self.header_row, c).value: c for c in range(1, ws.max_column + 1)}

    def col(self, header_key: str, **params) -> int:
        """Column number of a header."""
        return self.columns[text(header_key, self.lang, **params)]

    def rows_where(self, column: int, value) -> list[int]:
        """Row numbers below the header whose cell in `column` equals `value`."""
        return [r for r in range(self.header_row + 1, self.ws.max_row + 1) if self.ws.cell(r, column).value == value]

    def row_of(self, column: int, value) -> int:
        """The one row whose cell in `column` equals `value`."""
        rows = self.rows_where(column, value)
        assert len(rows) == 1, f"{value!r} found in rows {rows}"
        return rows[0]

    def value(self, row: int, column: int):
        """A cell's stored value."""
        return self.ws.cell(row, column).value


@pytest.fixture(scope="session")
def sheet_table():
    """Factory: SheetTable(ws, lang, first_header_key)."""
    return SheetTable


@pytest.fixture(scope="session")
def t():
    """text(key, lang, **params): a catalogue message as the export writes it."""
    return text
