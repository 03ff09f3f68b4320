"""Test set-up: Qt runs offscreen and settings/logs go to a temporary folder, before Qt loads;
the sample city (한빛시) is built once for the whole run and copied for tests that change it."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GCOMDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="gcomdesk-test-config-"))


import shutil  # noqa: E402 - after the environment above
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def sample_master(tmp_path_factory) -> Path:
    """The sample city built once; tests that write work on `sample_file`."""
    from gcomdesk.samples import build_sample

    return build_sample(tmp_path_factory.mktemp("sample") / "sample.gcdx")


@pytest.fixture
def sample_file(sample_master, tmp_path) -> Path:
    """A copy of the sample city this test may change."""
    target = tmp_path / "hanbit.gcdx"
    shutil.copy(sample_master, target)
    return target
