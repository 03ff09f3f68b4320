"""The language lives in one place (app.i18n for the window, an explicit argument everywhere
below it): no core, exchange or CLI function falls back to English when a caller forgets it."""

from __future__ import annotations

import ast
from pathlib import Path

from gcomdesk.app import i18n
from gcomdesk.app.pages.method_editors import ScalarEditor, TableEditor
from gcomdesk.core.methods import REGISTRY, input_label

PACKAGE = Path(__file__).resolve().parents[2] / "gcomdesk"


def _lang_defaults(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = node.args
                positional = args.posonlyargs + args.args
                defaults = dict(zip([a.arg for a in positional[len(positional) - len(args.defaults):]], args.defaults))
                defaults |= {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None}
                value = defaults.get("lang")
                if isinstance(value, ast.Constant) and value.value in ("en", "ko"):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}")
    return found


def test_no_function_silently_defaults_to_a_language():
    offenders = [hit for sub in ("core", "exchange", "cli", "store", "app") for hit in _lang_defaults(PACKAGE / sub)]
    assert offenders == []


def _first(kind: str):
    for method in REGISTRY.values():
        for inp in method.inputs:
            if kind == "scalar" and not getattr(inp, "columns", None) and not getattr(inp, "choices", None):
                return inp
            if kind == "table" and getattr(inp, "columns", None):
                return inp
    raise AssertionError(f"no {kind} input in the registry")


def test_method_editors_speak_the_window_language(qtbot):
    # Before: the editors were built with retranslate()'s English default, so a Korean window's
    # screen reader announced every method input in English until the language was switched.
    scalar, table = _first("scalar"), _first("table")
    i18n.install("ko")
    try:
        editor = ScalarEditor(scalar)
        qtbot.addWidget(editor)
        assert editor.value.accessibleName() == input_label(scalar.name, "ko") != input_label(scalar.name, "en")
        grid = TableEditor(table, i18n.language)
        qtbot.addWidget(grid)
        header = grid.table.horizontalHeaderItem(0).text()
        assert header.startswith(input_label(table.columns[0].name, "ko"))
    finally:
        i18n.install("en")
