"""dev.py bundle's own parts: the zip's name, and a zip that unpacks with its executables runnable."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
dev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dev)


def test_the_zip_is_named_for_version_and_platform():
    from gcomdesk import __version__

    assert re.fullmatch(rf"gcomdesk-{re.escape(__version__)}-(linux|windows|macos|[a-z]+)-[a-z0-9_]+", dev.bundle_name())


@pytest.mark.skipif(os.name == "nt", reason="no executable bits or symbolic links on Windows")
def test_a_zipped_folder_unpacks_with_its_executables_runnable(tmp_path):
    folder = tmp_path / "gcomdesk"
    (folder / "_internal").mkdir(parents=True)
    exe = folder / "gcomdesk"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    (folder / "_internal" / "data.txt").write_text("x")
    (folder / "link.txt").symlink_to(Path("_internal") / "data.txt")
    archive = dev.zip_folder(folder, tmp_path / "out.zip")
    dev.unzip(archive, tmp_path / "usb")
    assert os.access(tmp_path / "usb" / "gcomdesk" / "gcomdesk", os.X_OK)
    assert (tmp_path / "usb" / "gcomdesk" / "_internal" / "data.txt").read_text() == "x"
    link = tmp_path / "usb" / "gcomdesk" / "link.txt"
    assert link.is_symlink() and link.read_text() == "x"  # stored once, as a link
