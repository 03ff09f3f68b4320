#!/usr/bin/env python3
"""One-step developer bootstrap: `python3 dev.py run` or `python3 dev.py test`.

Creates .venv (if needed), installs gcomdesk with its test extras (again only when
pyproject.toml changed), then opens the window on the sample inventory or runs the whole
test suite headless. Works on Linux, macOS and Windows with nothing but Python >= 3.11.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".gcomdesk-installed"


def venv_python() -> Path:
    """The virtual environment's interpreter."""
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment() -> Path:
    """Create the venv and install the project into it when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under whatever python3 the newcomer has
        sys.exit(f"gcomdesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not venv_python().exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        print("Installing gcomdesk and its dependencies into .venv ...", flush=True)
        pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check"]
        subprocess.run(pip + ["--upgrade", "pip"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(pip + ["-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(digest)
    return venv_python()


def main(argv: list[str]) -> int:
    """Dispatch `run [FILE]` or `test [pytest args]`."""
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    python = ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "run":
        args = rest or ["--sample"]
        return subprocess.call([str(python), "-m", "gcomdesk.app.main", *args], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
