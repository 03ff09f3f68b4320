"""`gcomdesk-cli ... | head`: a reader that goes away early gets no traceback on stderr."""

from __future__ import annotations

import subprocess
import sys

from gcomdesk.cli import BROKEN_PIPE, main


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "gcomdesk.cli", *args]


def test_closed_pipe_ends_quietly(tmp_path):
    project = tmp_path / "city.gcdx"
    assert main(["new", str(project), "--name", "시험시", "--region", "44", "--year", "2022",
                 "--population", "1000"]) == 0
    # The reader closes its end before the command writes a byte: every write fails with EPIPE.
    child = subprocess.Popen(_cli("summary", str(project), "--format", "json"), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    child.stdout.close()
    stderr = child.stderr.read().decode("utf-8", "replace")
    child.stderr.close()
    assert child.wait(timeout=120) == BROKEN_PIPE
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


def test_open_pipe_still_succeeds(tmp_path):
    project = tmp_path / "city.gcdx"
    assert main(["new", str(project), "--name", "시험시", "--region", "44", "--year", "2022",
                 "--population", "1000"]) == 0
    result = subprocess.run(_cli("summary", str(project), "--format", "json"), capture_output=True, timeout=120)
    assert result.returncode == 0 and result.stdout.lstrip().startswith(b"{")
