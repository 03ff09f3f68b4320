"""The layering rule: the core never imports Qt (import-linter contracts in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_core_runs_without_qt():
    code = ("import sys, gcomdesk.core.totals, gcomdesk.store.project, gcomdesk.core.summary;"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)
