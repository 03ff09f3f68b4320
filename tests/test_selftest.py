"""`gcomdesk --self-test` passes on this source tree, says one line per step, and fails (exit 1,
naming the step) when a figure is off."""

from __future__ import annotations

import os
import subprocess
import sys

from gcomdesk import selftest


def test_the_self_test_passes_from_source():
    lines: list[str] = []
    assert selftest.run(lines.append) == 0
    assert [line.split()[0] for line in lines[:-1]] == ["ok"] * 6 and lines[-1] == "self-test passed"
    assert "2,787,092.91" in lines[1]  # the sample's BASIC (tests/exchange/export/golden/WHY.md)


def test_a_figure_off_fails_naming_the_step():
    want = selftest.expected()
    want["totals_t"] = {**want["totals_t"], "basic": want["totals_t"]["basic"] + 1.0}
    lines: list[str] = []
    assert selftest.run(lines.append, want) == 1
    failed = [line for line in lines if line.startswith("FAIL")]
    assert [line.split()[1] for line in failed] == ["calculate", "re-read"]
    assert "basic" in failed[0] and lines[-1].startswith("self-test FAILED")


def test_the_window_command_runs_it(tmp_path):
    result = subprocess.run([sys.executable, "-m", "gcomdesk.app.main", "--self-test"], capture_output=True, text=True,
                            timeout=300, env={**os.environ, "GCOMDESK_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_the_expected_figures_are_the_reviewed_golden_totals():
    # hanbit_expected.json travels in the bundle (which has no tests/); it must be the golden file's totals.
    import json
    import math
    from pathlib import Path

    golden = json.loads((Path(__file__).parent / "exchange" / "export" / "golden" / "hanbit_gpc_table.json")
                        .read_text(encoding="utf-8"))["totals"]
    want = selftest.expected()["totals_t"]
    assert set(want) == set(golden)
    assert all(math.isclose(want[k], golden[k], abs_tol=selftest.TOLERANCE_T) for k in golden), (want, golden)
