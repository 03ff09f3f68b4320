"""Test set-up: Qt runs offscreen and settings/logs go to a temporary folder, before Qt loads."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GCOMDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="gcomdesk-test-config-"))
