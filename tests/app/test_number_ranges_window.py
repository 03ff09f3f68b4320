"""A table cell refuses an impossible figure as the import does (resources/checks/number_ranges.csv):
the editor stays open saying why, and nothing is written."""

from __future__ import annotations

from tests.app.helpers import open_in, stored_records, type_into_cell


def test_an_impossible_amount_is_refused_in_the_cell(window, qtbot, sample_file):
    open_in(window, qtbot, sample_file)
    window.show_step("stationary")
    card = window.page("stationary").current_card()
    before = stored_records(sample_file)
    editor = type_into_cell(qtbot, card.table, 0, "amount", "1e308", refused=True)
    assert editor.property("invalid") and "number_ranges.csv" in editor.toolTip()
    assert stored_records(sample_file).equals(before)
    editor.selectAll()
    editor.insert("1e9")  # large, but possible: accepted
    assert not editor.property("invalid")
