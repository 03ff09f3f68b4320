#!/usr/bin/env python3
"""One-step developer bootstrap: `python3 dev.py run` or `python3 dev.py test` (`python3 dev.py bundle` for the offline bundle).

Creates .venv (if needed), installs gcomdesk with its test extras (again only when
pyproject.toml changed), then opens the window on the sample inventory or runs the whole
test suite headless. Works on Linux, macOS and Windows with nothing but Python >= 3.11.
`bundle` also installs PyInstaller (the `bundle` extra), builds build.spec into dist/gcomdesk/, zips
it as dist/gcomdesk-<version>-<platform>.zip and checks the zip: unpacked in an empty temporary
folder with an empty HOME, `gcomdesk --self-test` must pass and `gcomdesk-cli --version` answer.
"""

from __future__ import annotations

import hashlib
import os
import platform
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
import venv
import zipfile
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


def bundle_name() -> str:
    """gcomdesk-<version>-<platform>, e.g. gcomdesk-0.1.0-linux-x86_64."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    return f"gcomdesk-{version}-{system}-{platform.machine().lower()}"


def zip_folder(folder: Path, dest: Path) -> Path:
    """Zip `folder` (as its own top folder inside the zip), keeping the executables' mode bits and
    symbolic links as links (PyInstaller links the Qt libraries on Linux/macOS; followed, they would
    be stored twice)."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            name = str(path.relative_to(folder.parent))
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    return dest


def unzip(archive: Path, dest: Path) -> None:
    """Unpack like an officer's unzip tool would: executable bits and symbolic links restored."""
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            mode = info.external_attr >> 16
            target = dest / info.filename
            if stat.S_ISLNK(mode):
                target.parent.mkdir(parents=True, exist_ok=True)
                os.symlink(z.read(info).decode(), target)
                continue
            z.extract(info, dest)
            if mode:
                os.chmod(target, mode & 0o777)


def check_bundle(archive: Path) -> int:
    """Unpack the zip in an empty folder and run it there with an empty HOME: no source tree, no settings."""
    with tempfile.TemporaryDirectory(prefix="gcomdesk-bundle-check-") as tmp:
        tmp = Path(tmp)
        unzip(archive, tmp / "usb")
        folder = tmp / "usb" / "gcomdesk"
        home = tmp / "home"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "XDG_", "GCOMDESK_"))}
        env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen")
        exe = ".exe" if os.name == "nt" else ""
        for args in ([f"gcomdesk{exe}", "--self-test"], [f"gcomdesk-cli{exe}", "--version"]):
            start = time.perf_counter()
            print(f"$ {' '.join(args)}", flush=True)
            code = subprocess.call([str(folder / args[0]), *args[1:]], cwd=tmp / "usb", env=env)
            print(f"  exit {code} in {time.perf_counter() - start:.1f} s", flush=True)
            if code:
                return code
    return 0


def bundle(python: Path) -> int:
    """Install PyInstaller, build build.spec, zip the folder and check the zip."""
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    subprocess.run(pip + ["-e", f"{ROOT}[bundle]"], check=True)
    dist = ROOT / "dist"
    start = time.perf_counter()
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(ROOT / "build"), str(ROOT / "build.spec")],
                   check=True, cwd=ROOT)
    folder = dist / "gcomdesk"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    archive = zip_folder(folder, dist / f"{bundle_name()}.zip")
    print(f"Built {folder} ({size / 1e6:.0f} MB unpacked) in {time.perf_counter() - start:.0f} s; "
          f"{archive} ({archive.stat().st_size / 1e6:.0f} MB)", flush=True)
    return check_bundle(archive)


def main(argv: list[str]) -> int:
    """Dispatch `run [FILE]`, `test [pytest args]` or `bundle`."""
    if not argv or argv[0] not in ("run", "test", "bundle"):
        print(__doc__)
        return 2
    python = ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "bundle":
        return bundle(python)
    if command == "run":
        args = rest or ["--sample"]
        return subprocess.call([str(python), "-m", "gcomdesk.app.main", *args], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
