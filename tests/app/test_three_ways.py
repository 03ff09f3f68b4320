"""The window, the command line and the export give identical totals and findings: all three run
core.analysis.analyse over the same file (the sample city and a generated 100,000-record province)."""

from __future__ import annotations

import json

import pytest

from gcomdesk.cli import main
from gcomdesk.core.model import Record
from gcomdesk.core.totals import TOTAL_KEYS
from gcomdesk.exchange.export import input_from_project
from gcomdesk.exchange.export.context import build_context
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project
from tests.app.helpers import open_in
from tests.province import province_file


def cli_json(capsys, *args) -> dict:
    capsys.readouterr()
    main([*args, "--format", "json", "--lang", "en"])
    return json.loads(capsys.readouterr().out)


def figures(totals, findings) -> tuple[dict, list]:
    """Totals rounded as the CLI prints them, and the findings as plain dicts."""
    return {k: round(float(totals[k]), 6) for k in TOTAL_KEYS}, [f.to_dict("en") for f in findings]


@pytest.fixture(params=["sample", "province"])
def inventory_file(request, sample_file, tmp_path):
    if request.param == "province":
        return province_file(tmp_path / "province.gcdx", 100_000)
    with Project.open(sample_file) as project:  # the sample plus a warning (no source) and an error (jet fuel in homes, in t)
        project.apply(ChangeSet(add=[
            Record("activity", "I.1.1", year=2022, activity="kerosene", amount=10.0, unit="kL", quality="M"),
            Record("activity", "I.1.1", year=2022, activity="jet_fuel", amount=10.0, unit="t", data_source="x")]))
    return sample_file


@pytest.mark.slow
def test_window_cli_and_export_agree(window, qtbot, capsys, inventory_file):
    open_in(window, qtbot, inventory_file)
    session = window.session
    qtbot.waitUntil(lambda: not session.stale, timeout=60_000)
    window_figures = figures(session.results().totals, session.findings())

    summary, check = cli_json(capsys, "summary", str(inventory_file)), cli_json(capsys, "check", str(inventory_file))
    cli_figures = (summary["totals_t"], check["findings"])

    with Project.open(inventory_file) as project:
        context = build_context(input_from_project(project), "en")
    export_figures = figures(context.results.totals, context.findings)

    assert window_figures[0] == cli_figures[0] == export_figures[0]
    assert window_figures[1] == cli_figures[1] == export_figures[1]
    assert window_figures[0]["basic"] > 0 and window_figures[1]  # something to compare
