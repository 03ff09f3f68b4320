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
