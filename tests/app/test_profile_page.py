"""The Profile step: every field, the values each factor choice implies, and one click for the
defaults of the year."""

from __future__ import annotations

from gcomdesk.app.pages.profile import COMBO_FIELDS, POLICY_FIELDS, SPIN_FIELDS, TEXT_FIELDS
from gcomdesk.core.model import Profile
from gcomdesk.store.changes import ChangeSet
from tests.app.helpers import click, open_in, stored_profile, type_text


def test_every_profile_field_has_a_control():
    from dataclasses import fields

    covered = set(TEXT_FIELDS.values()) | set(COMBO_FIELDS.values()) | set(SPIN_FIELDS.values())
    # factor_policy: the radios below the editions of every year (tests/app/test_years_window.py);
    # shared_editions: what the edition combos change while every year uses the same editions
    assert covered | {"factor_policy" for _ in POLICY_FIELDS} | {"shared_editions"} == {f.name for f in fields(Profile)}


def test_factor_choices_show_their_values(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    window.show_step("profile")
    page = window.page("profile")
    assert "CH4 28" in page.gwpValues.text() and "N2O 265" in page.gwpValues.text()
    assert "0.4781" in page.electricityValues.text()
    assert "kg/TJ" in page.fuelValues.text()
    page.gwpCombo.setCurrentIndex(page.gwpCombo.findData("SAR"))
    page.gwpCombo.activated.emit(page.gwpCombo.currentIndex())
    assert "CH4 21" in page.gwpValues.text()
    basic_sar = window.session.results().totals["basic"]
    window.actions_.undo_action.trigger()
    assert window.session.results().totals["basic"] != basic_sar  # GWP recalculates everything


def test_use_the_defaults_for_the_year_in_one_click(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    window.session.apply(ChangeSet(profile={"gwp_set": "SAR", "fuel_factor_set": "ipcc", "electricity_edition": "KR-2023"}))
    window.show_step("profile")
    page = window.page("profile")
    assert "2022" in page.defaultsButton.text()
    assert "KR-GIR-2022" in page.electricityValues.text()  # says which edition is meant for the year
    click(qtbot, page.defaultsButton)
    profile = stored_profile(sample_file)
    assert (profile.gwp_set, profile.fuel_factor_set, profile.electricity_edition) == ("AR5", "kets", "KR-GIR-2022")
    assert "defaults" in page.defaultsNote.text()
    window.actions_.undo_action.trigger()
    assert stored_profile(sample_file).gwp_set == "SAR"


def test_typed_profile_text_is_saved_when_typing_pauses(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    window.show_step("profile")
    page = window.page("profile")
    page.nameEnEdit.setFocus()
    type_text(page.nameEnEdit, "Test City")
    qtbot.waitUntil(lambda: stored_profile(empty_file).name_en == "Test City", timeout=5000)
    assert window.actions_.undo_action.text().startswith("Undo Change Name")


def test_year_and_population(window, qtbot, empty_file):
    open_in(window, qtbot, empty_file)
    window.show_step("profile")
    page = window.page("profile")
    assert page.populationSpin.text().replace(",", "") == "250000"
    page.yearSpin.setValue(2023)
    assert stored_profile(empty_file).year == 2023
    assert "KR-2023" in page.electricityValues.text()  # the edition meant for 2023 is named
    page.populationSpin.setValue(0)
    assert stored_profile(empty_file).population is None
    assert any(p.field == "population" for p in window.session.progress().steps["profile"].problems)
