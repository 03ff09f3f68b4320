"""Korean renders on a machine without a Korean font (the window brings Nanum Gothic), and every
Designer form loads with the widgets the code expects."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics, QRawFont
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from gcomdesk.app.forms import FormError, load_form
from gcomdesk.paths import ui_path


def test_the_window_font_has_hangul_glyphs(window):
    font = window.navigatorView.font()
    assert QFontInfo(font).family() == "NanumGothic"
    metrics = QFontMetrics(font)
    raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.Korean)
    for char in "한글고정에너지":
        assert metrics.inFontUcs4(ord(char)), char
        assert raw.supportsCharacter(ord(char)), char


def test_the_korean_font_is_registered_from_the_bundled_files(app):
    from gcomdesk.app.startup import register_korean_font
    from gcomdesk.fonts import korean_font_file

    assert korean_font_file() is not None and korean_font_file().name == "NanumGothic.ttf"
    assert "NanumGothic" in register_korean_font()
    assert "NanumGothic" in QFontDatabase.families()


EXPECTED = {
    "main_window.ui": (QMainWindow, ["modeStack", "startHost", "workspace", "navigatorView", "pageStack", "menuFile", "menuEdit",
                                     "menuLanguage", "actionNew", "actionOpen", "actionSaveCopyAs", "actionClose", "actionQuit",
                                     "actionFindRow", "actionKorean", "actionEnglish", "mainToolBar", "statusbar"]),
    "start_page.ui": (QWidget, ["newButton", "openButton", "sampleButton", "workshopButton", "recentList"]),
    "new_inventory.ui": (QDialog, ["regionCombo", "levelCombo", "municipalityEdit", "yearSpin", "populationSpin", "gwpAR5",
                                   "gwpSAR", "pathEdit", "buttonBox"]),
    "profile_page.ui": (QWidget, ["nameKoEdit", "regionCombo", "yearSpin", "populationSpin", "gwpCombo", "gwpValues",
                                  "fuelSetCombo", "electricityCombo", "electricityValues", "heatCombo", "defaultsButton",
                                  "boundaryEdit", "preparerNameEdit"]),
    "find_row.ui": (QDialog, ["queryEdit", "resultsView", "buttonBox"]),
    "crash_dialog.ui": (QDialog, ["detailsEdit", "copyButton", "whereLabel"]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_forms_load_with_their_widgets(app, qtbot, name):
    base_class, names = EXPECTED[name]
    base = base_class()
    qtbot.addWidget(base)
    assert load_form(name, base) is base
    for attribute in names:
        assert getattr(base, attribute, None) is not None, f"{name}: {attribute}"


def test_every_form_in_ui_is_known():
    assert {p.name for p in ui_path("x").parent.glob("*.ui")} == set(EXPECTED)


def test_a_missing_form_is_a_clear_error(app, qtbot):
    base = QWidget()
    qtbot.addWidget(base)
    with pytest.raises(FormError):
        load_form("no_such_form.ui", base)


def test_interactive_controls_have_accessible_names(window, qtbot, sample_file):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    from tests.app.helpers import open_in

    open_in(window, qtbot, sample_file)
    for step in ("profile", "stationary"):
        window.show_step(step)
    missing = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QComboBox, QLineEdit, QTableView)) and widget.isVisible() and not isinstance(widget.parent(), QComboBox):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QWidget) and widget.parent().inherits("QAbstractSpinBox"):
                continue
            if not widget.accessibleName():
                missing.append(widget.objectName() or type(widget).__name__)
        if isinstance(widget, QAbstractButton) and widget.isVisible() and not (widget.text() or widget.accessibleName()):
            missing.append(widget.objectName() or type(widget).__name__)
    assert missing == []


def test_the_bundle_spec_mirrors_resources_and_ui():
    from pathlib import Path

    spec = (Path(__file__).parents[2] / "build.spec").read_text(encoding="utf-8")
    compile(spec, "build.spec", "exec")
    assert '(str(root / "resources"), "resources")' in spec and '(str(root / "ui"), "ui")' in spec
    assert "resources/fonts" in spec and "gcomdesk" in spec


def test_many_qt_calls_do_not_exhaust_none():
    """PySide6 6.12.0 on Python 3.11 takes a reference from None on every call that returns
    nothing and a long session aborts ("none_dealloc"); pyproject pins a version without it.
    Run in a child process so that an abort fails this test instead of killing the run."""
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel(); before = sys.getrefcount(None)\n"
        "for _ in range(200_000): label.setText('x')\n"
        "assert sys.getrefcount(None) >= before - 100, (before, sys.getrefcount(None))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
