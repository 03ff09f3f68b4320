"""`gcomdesk --self-test`: prove that this copy of gcomdesk works, before it is handed out.

Offscreen and in a temporary folder: build a fresh copy of the sample city, calculate it, run the
checks, export the workbook and the charts, read the workbook back and compare its totals (and the
calculated ones) with the figures the sample must give (resources/samples/hanbit_expected.json),
and find the bundled Korean font. One line per step; exit 0 only when every step passes. Works from
the source tree and inside the offline bundle alike (everything through gcomdesk.paths)."""

from __future__ import annotations

import json
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from gcomdesk.paths import resource_path

TOLERANCE_T = 0.01


def expected() -> dict:
    """The sample's expected figures."""
    return json.loads(resource_path("samples", "hanbit_expected.json").read_text(encoding="utf-8"))


class StepFailed(Exception):
    """A step's check did not hold (the message says what differed)."""


def _compare(label: str, got: dict[str, float], want: dict[str, float]) -> str:
    wrong = [f"{k}: {got.get(k)!r} != {v!r}" for k, v in want.items()
             if got.get(k) is None or abs(float(got[k]) - float(v)) > TOLERANCE_T]
    if wrong:
        raise StepFailed(f"{label} differ from hanbit_expected.json: " + "; ".join(wrong))
    return f"BASIC {got['basic']:,.2f} t as expected"


def run(say: Callable[[str], None] = print, want: dict | None = None) -> int:
    """Run every step, say one line each; 0 when all pass, 1 otherwise."""
    want = want or expected()
    state: dict = {}
    with tempfile.TemporaryDirectory(prefix="gcomdesk-selftest-") as folder:
        folder = Path(folder)
        steps = [("sample", lambda: _sample(folder, state)), ("calculate", lambda: _calculate(state, want)),
                 ("checks", lambda: _checks(state, want)), ("export", lambda: _export(folder, state)),
                 ("re-read workbook", lambda: _reread(state, want)), ("korean font", _font)]
        failed = 0
        for name, step in steps:
            start = time.perf_counter()
            try:
                detail = step()
                say(f"ok    {name:<17} {detail} ({time.perf_counter() - start:.1f} s)")
            except Exception as exc:  # noqa: BLE001 - every failure is reported as the step's, then the next runs
                failed += 1
                reason = str(exc) if isinstance(exc, StepFailed) else "".join(
                    traceback.format_exception_only(type(exc), exc)).strip()
                say(f"FAIL  {name:<17} {reason}")
        inventory = state.get("inventory")
        if inventory is not None:
            inventory.close()
    say("self-test passed" if not failed else f"self-test FAILED: {failed} step(s)")
    return 0 if not failed else 1


def _sample(folder: Path, state: dict) -> str:
    from gcomdesk.samples import build_sample
    from gcomdesk.store.inventory import Inventory

    path = build_sample(folder / "sample.gcdx")
    state["inventory"] = Inventory.open(path)
    return f"{len(state['inventory'].records)} records"


def _calculate(state: dict, want: dict) -> str:
    analysis = state["inventory"].analysis()
    state["analysis"] = analysis
    return _compare("calculated totals", analysis.results.totals, want["totals_t"])


def _checks(state: dict, want: dict) -> str:
    findings = state["analysis"].findings
    errors = sum(1 for f in findings if f.severity == "error")
    if errors != want["errors"]:
        raise StepFailed(f"{errors} errors, expected {want['errors']}")
    return f"{len(findings)} findings, {errors} errors"


CHART_FORMATS = ("png", "svg", "pdf")


def _export(folder: Path, state: dict) -> str:
    from gcomdesk.exchange.export import ExportOptions, export_inventory, input_from_inventory

    result = export_inventory(input_from_inventory(state["inventory"]),
                              ExportOptions(folder / "export", lang="en", chart_formats=CHART_FORMATS))
    state["workbook"] = result.workbook
    # every format the export page offers: matplotlib loads the SVG and PDF writers only when asked,
    # so a bundle missing one fails here rather than on an officer's export
    charts = {fmt: [f for f in result.files if f.suffix == f".{fmt}"] for fmt in CHART_FORMATS}
    missing = [fmt for fmt, files in charts.items() if not files]
    if missing:
        raise StepFailed(f"no chart was drawn as {', '.join(missing)}")
    return f"{result.workbook.name}, {len(charts['png'])} charts as {', '.join(CHART_FORMATS)}"


def _reread(state: dict, want: dict) -> str:
    import openpyxl

    from gcomdesk.core.messages import Message

    workbook = openpyxl.load_workbook(state["workbook"], read_only=True)
    try:
        labels = {Message(f"total.{k}").render("en"): k for k in want["totals_t"]}
        found = {}
        for row in workbook[workbook.sheetnames[0]].iter_rows(values_only=True):
            if row and row[0] in labels and len(row) > 1 and isinstance(row[1], (int, float)):
                found[labels[row[0]]] = float(row[1])
    finally:
        workbook.close()
    return _compare("the workbook's totals", found, want["totals_t"])


def _font() -> str:
    from gcomdesk.fonts import korean_font_file

    font = korean_font_file()
    if font is None or not font.is_file():
        raise StepFailed("no bundled Korean font (NanumGothic) was found: Korean would show as boxes")
    return font.name
