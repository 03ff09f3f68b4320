"""File > Workshop kit for trainers… and File > Compare with the answer key…: the trainer prepares a
workshop and compares the room from the dialog (work on a worker), and a participant checks the
inventory open in their own window against the key — in Korean, with the classes of the catalogue."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from gcomdesk.app import i18n
from gcomdesk.exchange.workshop import KEY_NAME
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project
from tests.app.helpers import click, open_in


def _trainer(window, qtbot):
    window.workshop.kitAction.trigger()
    dialog = window.workshop.trainer
    qtbot.waitExposed(dialog)
    return dialog


def _enter_with_mistake(key, exercise):
    """The trainee enters the cleared stationary/transport records, electricity of homes in I.1.1."""
    with Project.open(exercise) as project:
        keep = {r.gpc_ref for r in project.records()}
    with Project.open(key) as project:
        wanted = [dataclasses.replace(r, id=None, gpc_ref="I.1.1" if r.gpc_ref == "I.1.2" else r.gpc_ref)
                  for r in project.records() if r.gpc_ref.startswith(("I.", "II.")) and r.gpc_ref not in keep]
    with Project.open(exercise) as project:
        project.apply(ChangeSet(add=tuple(wanted)))


def test_trainer_prepares_and_compares_in_korean(window, qtbot, tmp_path):
    window.actionKorean.trigger()
    qtbot.waitUntil(lambda: window.workshop.kitAction.text() == "교육 진행자용 실습 도구(&W)…", timeout=5000)
    assert window.workshop.kitAction.isEnabled() and not window.workshop.compareAction.isEnabled()
    dialog = _trainer(window, qtbot)
    assert dialog.windowTitle() == "교육 진행자용 실습 도구" and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.blank() == ["stationary", "transport"]
    dialog.participantsSpin.setValue(3)
    dialog.outEdit.clear()
    dialog.outEdit.insert(str(tmp_path / "실습"))
    click(qtbot, dialog.prepareButton)
    qtbot.waitUntil(lambda: (tmp_path / "실습" / "참가자-03 자료.xlsx").exists() and not window.runner.busy, timeout=30000)
    assert dialog.statusLabel.text() == f"{tmp_path / '실습'}에 실습 파일 3개와 자료표, 정답 파일을 만들었습니다."
    assert dialog.keyEdit.text() == str(tmp_path / "실습" / KEY_NAME)
    _enter_with_mistake(tmp_path / "실습" / KEY_NAME, tmp_path / "실습" / "참가자-02.gcdx")
    dialog.tabs.setCurrentIndex(1)
    dialog.reportEdit.insert(str(tmp_path / "결과.xlsx"))
    click(qtbot, dialog.compareButton)
    qtbot.waitUntil(lambda: dialog.resultTable.rowCount() > 0 and not window.runner.busy, timeout=30000)
    rows = [[dialog.resultTable.item(r, c).text() for c in range(4)] for r in range(dialog.resultTable.rowCount())]
    assert ["참가자-02", "I.1.2", "Scope 1·2 혼동"] in [r[:3] for r in rows]
    assert all(r[0] != "참가자-02" or r[2] == "Scope 1·2 혼동" for r in rows)  # the one planted mistake
    assert dialog.summaryLabel.text().startswith(f"참가자 3명, 차이 {len(rows)}건. 많은 순: 누락 항목 ")
    assert (tmp_path / "결과.xlsx").exists()


def test_bad_key_is_named_in_the_dialog(window, qtbot, tmp_path):
    dialog = _trainer(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    (tmp_path / "key.txt").write_text("x")
    dialog.keyEdit.insert(str(tmp_path / "key.txt"))
    click(qtbot, dialog.compareButton)
    qtbot.waitUntil(lambda: "key.txt" in dialog.statusLabel.text(), timeout=20000)
    assert "not a gcomdesk inventory file" in dialog.statusLabel.text()


def test_participant_compares_their_own_inventory(window, qtbot, tmp_path):
    from gcomdesk.exchange.workshop.prepare import prepare_workshop

    prepare_workshop(tmp_path, 1, ["stationary", "transport"], "en")
    exercise = tmp_path / "participant-01.gcdx"
    _enter_with_mistake(tmp_path / KEY_NAME, exercise)
    open_in(window, qtbot, exercise)
    assert window.workshop.compareAction.isEnabled()
    window.workshop.compareAction.trigger()
    dialog = window.workshop.check
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.keyEdit.hasFocus, timeout=5000)
    dialog.keyEdit.insert(str(tmp_path / KEY_NAME))
    qtbot.keyClick(dialog.keyEdit, "\r")
    qtbot.waitUntil(lambda: dialog.resultTable.rowCount() > 0 and not window.runner.busy, timeout=30000)
    row = [dialog.resultTable.item(0, c).text() for c in range(5)]
    assert row[:2] == ["I.1.2", "scope 1 / scope 2 swapped"]
    # 540,000 MWh x 0.4777 t/MWh (KR-GIR-2022 with AR5, see tests/exchange/test_workshop.py)
    assert row[2] == "257,958.0" and row[3] == "0.0" and "I.1.1" in row[4]
    assert dialog.summaryLabel.text() == "1 differences from the answer key."
    assert i18n.language() == "en"
