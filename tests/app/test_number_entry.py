"""'1,5' behaves the same in every entry path - the import, a table cell, a method form and a CLI
option: refused as ambiguous (a European one and a half, or a mistyped 1,500?) with a message that
says to write 1.5 or 1,500, and nothing is stored; '1,500' is fifteen hundred everywhere."""

from __future__ import annotations

import pytest

from gcomdesk.app.pages.method_form import MethodForm
from gcomdesk.app.records_model import COLUMNS
from gcomdesk.cli import main as cli
from gcomdesk.core.errors import ImportRejected
from gcomdesk.exchange.activity_import import import_activity_file
from gcomdesk.store.project import Project
from tests.app.helpers import open_in, stored_profile, stored_records, type_into_cell


def _says_write_1_5_or_1_500(text: str) -> bool:
    return "'1,5'" in text and "1.5" in text and "1,500" in text


def test_import_refuses_1_5_and_reads_1_500(empty_file, tmp_path):
    bad, good = tmp_path / "bad.csv", tmp_path / "good.csv"
    bad.write_text("GPC코드,활동,활동량,단위\nI.1.2,전력,\"1,5\",MWh\n", encoding="utf-8")
    good.write_text("GPC코드,활동,활동량,단위\nI.1.2,전력,\"1,500\",MWh\n", encoding="utf-8")
    with Project.open(empty_file) as project:
        with pytest.raises(ImportRejected) as info:
            import_activity_file(project, bad)
        assert [(e.row, e.column, e.message.key) for e in info.value.errors] == [(2, "활동량", "number.comma")]
        assert _says_write_1_5_or_1_500(info.value.render("en")) and _says_write_1_5_or_1_500(info.value.render("ko"))
        assert project.record_count() == 0
        import_activity_file(project, good)
    assert stored_records(empty_file)["amount"].tolist() == [1500.0]


def _stationary_card(window):
    window.show_step("stationary")
    page = window.page("stationary")
    page.subsectorList.setCurrentRow(0)
    return page.current_card()


def test_table_cell_refuses_1_5_and_reads_1_500(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    card = _stationary_card(window)
    card.add_row("I.1.2")
    editor = type_into_cell(qtbot, card.table, 0, "amount", "1,5", refused=True)
    assert editor.isVisible() and editor.property("invalid") is True  # Enter does not leave the cell
    assert _says_write_1_5_or_1_500(editor.toolTip())
    assert not card.model.setData(card.model.index(0, COLUMNS.index("amount")), "1,5")  # nor a paste or a script
    assert stored_records(empty_file)["amount"].isna().all()
    editor.selectAll()
    type_into_cell(qtbot, card.table, 0, "amount", "1,500")
    assert stored_records(empty_file)["amount"].tolist() == [1500.0]


def test_method_form_refuses_1_5_and_reads_1_500(qtbot, empty_session):
    session = empty_session
    form = MethodForm(session, "III.1.1")
    qtbot.addWidget(form)
    form.set_language("en")
    form.method_box.setCurrentIndex(form.method_box.findData("swds_commitment"))
    form.editors["waste_t"].value.setText("1,5")  # was read as 15 before issue 9
    assert _says_write_1_5_or_1_500(form.banner.text()) and not form.save_button.isEnabled()
    form.set_language("ko")
    assert _says_write_1_5_or_1_500(form.banner.text()) and "쉼표" in form.banner.text()
    form.set_language("en")
    form.editors["waste_t"].value.setText("1,500")
    assert not form.banner.text() and form.save_button.isEnabled()
    assert "Waste treated or landfilled = 1,500 t (entered)" in form.working.toPlainText()


def test_cli_options_refuse_1_5_and_read_1_500(empty_file, capsys):
    with pytest.raises(SystemExit) as info:  # a usage error, like any malformed argument
        cli(["set", str(empty_file), "--population", "1,5"])
    assert info.value.code == 2 and _says_write_1_5_or_1_500(capsys.readouterr().err)
    for lang in ("en", "ko"):
        assert cli(["set", str(empty_file), "--area", "1,5", "--lang", lang]) == 1
        assert _says_write_1_5_or_1_500(capsys.readouterr().err)
    assert cli(["set", str(empty_file), "--population", "1,500", "--area", "1,234.5"]) == 0
    profile = stored_profile(empty_file)
    assert (profile.population, profile.area_km2) == (1500, 1234.5)
