"""MethodForm driven the way an officer uses it: choose a method, type inputs, watch the result,
save (undo/redo), override a default with a source, replace the method by a reported figure."""

import json

import pytest

from gcomdesk.app.pages.method_form import MethodForm
from gcomdesk.app.session import Session
from gcomdesk.core.methods import REGISTRY
from gcomdesk.core.model import new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.core.totals import summarize
from gcomdesk.store.project import Project

REF = load_reference()


@pytest.fixture
def session(tmp_path):
    profile = new_profile(REF, name_ko="테스트시", region_code="44", year=2022, population=352_400)
    project = Project.create(tmp_path / "t.gcdx", profile, user="test")
    session = Session(project, REF)
    yield session
    session.close()


@pytest.fixture
def form(qtbot, session):
    widget = MethodForm(session, "III.1.1")
    qtbot.addWidget(widget)
    widget.set_language("en")
    return widget


def choose(form, code):
    form.method_box.setCurrentIndex(form.method_box.findData(code))


def method_records(session):
    frame = session.project.records_frame()
    return frame[frame["kind"] == "method"]


def test_offers_the_methods_of_the_row(form):
    codes = [form.method_box.itemData(i) for i in range(form.method_box.count())]
    assert codes == ["swds_fod", "swds_commitment"]
    assert form.method_box.currentText().startswith("Landfill methane")


def test_live_result_and_save_with_undo(form, session, qtbot):
    choose(form, "swds_commitment")
    form.editors["waste_t"].value.setText("10,000")
    assert "CH4 459.833 t" in form.result.text()  # 10,000 t x weighted DOC x 0.5 x 1.0 x 0.5 x 16/12
    assert "(AR5)" in form.result.text() and not form.banner.isVisibleTo(form)
    assert any(line.startswith("Waste treated or landfilled = 10,000 t (entered)") for line in form.working.toPlainText().splitlines())
    form.data_source.setText("전국 폐기물 통계 2022")
    form.quality.setCurrentIndex(form.quality.findData("M"))
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    records = method_records(session)
    assert records["activity"].tolist() == ["swds_commitment"]
    assert records["data_source"].tolist() == ["전국 폐기물 통계 2022"] and records["quality"].tolist() == ["M"]
    assert json.loads(records["extra"].iloc[0]) == {"inputs": {"waste_t": 10000.0}}
    results = summarize(session.project.records_frame(), session.profile, REF)
    assert results.by_gpc.loc["III.1.1", "ch4_t"] == pytest.approx(459.8333333)
    session.undo_stack.undo()
    assert method_records(session).empty
    session.undo_stack.redo()
    assert len(method_records(session)) == 1


def test_default_shown_and_overridden_with_a_source(form, session):
    choose(form, "swds_commitment")
    ox = form.editors["ox"]
    assert ox.value.placeholderText() == "0" and "Table 3.2" in ox.hint.text()
    assert not ox.source.isEnabled()
    form.editors["waste_t"].value.setText("1000")
    ox.value.setText("0.1")
    ox.source.setText("복토층 설치 매립지 (현장 확인)")
    assert "(entered; source: 복토층 설치 매립지 (현장 확인))" in form.working.toPlainText()
    form.save()
    extra = json.loads(method_records(session)["extra"].iloc[0])
    assert extra["inputs"]["ox"] == 0.1 and extra["sources"]["ox"] == "복토층 설치 매립지 (현장 확인)"


def test_bad_inputs_are_named_and_block_saving(form):
    choose(form, "swds_commitment")
    form.editors["waste_t"].value.setText("-5")
    assert form.banner.isVisibleTo(form) and "Waste treated or landfilled cannot be negative (-5)" in form.banner.text()
    assert not form.save_button.isEnabled() and form.save() is None
    form.set_language("ko")
    assert "폐기물량은(는) 음수일 수 없습니다" in form.banner.text()
    form.editors["waste_t"].value.setText("100")
    form.editors["comp_food"].value.setText("0.9")
    assert "폐기물 조성 비율의 합이 1이 아니라 1.638입니다" in form.banner.text()


def test_choice_changes_the_shown_default(form):
    choose(form, "swds_commitment")
    form.editors["waste_t"].value.setText("1000")
    mcf = form.editors["mcf"]
    assert mcf.value.placeholderText() == "1"
    site = form.editors["site_type"].combo
    site.setCurrentIndex(site.findData("managed_semi_aerobic"))
    assert mcf.value.placeholderText() == "0.5" and "Table 3.1" in mcf.hint.text()


def test_history_table_drives_first_order_decay(form, session):
    choose(form, "swds_fod")
    table = form.editors["history"]
    for year, tonnes in ((2019, "20000"), (2020, "20000"), (2021, "20000")):
        table.add_row({"year": year})
        table.table.item(table.table.rowCount() - 1, 1).setText(tonnes)
    expected = REGISTRY["swds_fod"].compute({"history": [{"year": y, "waste_t": 20000} for y in (2019, 2020, 2021)]},
                                            session.profile, REF)["ch4_t"]
    assert form.result_tonnes()["ch4_t"] == pytest.approx(expected)
    assert "history starts in 2019" in form.working.toPlainText()


def test_replace_with_a_reported_figure_and_back(form, session):
    choose(form, "swds_commitment")
    form.editors["waste_t"].value.setText("10000")
    form.replace_button.click()
    assert form.reported_box.isVisibleTo(form)
    form.reported_fields["ch4_t"].setText("800")
    assert form.replace_with_reported() is None  # no reason yet
    assert "reason" in form.banner.text()
    form.reported_source.setText("매립지 운영사 배출량 보고서 2022")
    form.reported_reason.setText("매립가스 실측값이 있음")
    form.confirm_button.click()
    frame = session.project.records_frame()
    reported = frame[frame["kind"] == "reported"].iloc[0]
    assert reported["ch4_t"] == 800 and reported["notes"] == "매립가스 실측값이 있음"
    assert reported["data_source"] == "매립지 운영사 배출량 보고서 2022"
    method = json.loads(method_records(session)["extra"].iloc[0])
    assert method["inputs"] == {"waste_t": 10000.0}
    assert method["replaced"] == {"record_id": int(reported["id"]), "reason": "매립가스 실측값이 있음"}
    results = summarize(session.project.records_frame(), session.profile, REF)
    assert results.by_gpc.loc["III.1.1", "ch4_t"] == pytest.approx(800)  # the estimate counts zero
    assert form.restore_button.isVisibleTo(form) and "매립가스 실측값이 있음" in form.replaced_label.text()
    session.undo_stack.undo()
    assert session.project.records_frame().empty  # the unsaved method and the figure are both undone
    session.undo_stack.redo()
    form.load_record(int(method_records(session)["id"].iloc[0]))
    form.restore_button.click()
    frame = session.project.records_frame()
    assert (frame["kind"] == "reported").sum() == 0 and "replaced" not in json.loads(method_records(session)["extra"].iloc[0])
    session.undo_stack.undo()
    frame = session.project.records_frame()
    assert frame.loc[frame["kind"] == "reported", "id"].tolist() == [int(reported["id"])]  # back under its own id
    assert json.loads(method_records(session)["extra"].iloc[0])["replaced"]["record_id"] == int(reported["id"])


def test_editing_a_saved_record_updates_it(form, session):
    choose(form, "swds_commitment")
    form.editors["waste_t"].value.setText("1000")
    record_id = form.save()
    other = MethodForm(session, "III.1.1")
    other.set_language("en")
    other.record_box.setCurrentIndex(other.record_box.findData(record_id))
    assert other.method().code == "swds_commitment" and other.editors["waste_t"].get() == 1000.0
    other.editors["waste_t"].value.setText("2000")
    other.save()
    records = method_records(session)
    assert len(records) == 1 and json.loads(records["extra"].iloc[0])["inputs"]["waste_t"] == 2000.0
    other.deleteLater()


def test_korean_labels(form):
    choose(form, "swds_commitment")
    form.set_language("ko")
    assert form._labels["waste_t"].text() == "폐기물량"
    assert form.method_box.currentText().startswith("매립 메탄")
    site = form.editors["site_type"].combo
    assert site.itemText(site.findData("unmanaged_shallow")) == "비관리형 얕음(5 m 미만)"


@pytest.mark.parametrize(("gpc_ref", "code"), [("III.2.1", "biological_treatment"), ("III.3.1", "incineration"),
                                               ("III.4.1", "wastewater_domestic"), ("II.1.1", "road_vkt"),
                                               ("IV.2", "fgas_mass_balance"), ("V.1", "livestock"), ("V.3", "rice")])
def test_every_method_row_builds_a_form(qtbot, session, gpc_ref, code):
    widget = MethodForm(session, gpc_ref)
    qtbot.addWidget(widget)
    assert widget.method().code == code and widget.editors
