"""The one number rule (core.numbers): what is a number, what is refused and why, and the column
form giving exactly what the cell form gives."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gcomdesk.core.numbers import NumberTextError, parse_number, parse_numbers


@pytest.mark.parametrize(("text", "value"), [
    ("150,000", 150000.0), (" 1,234,567.25 ", 1234567.25), ("1,234.5", 1234.5), ("-5", -5.0), ("+.5", 0.5),
    ("1e3", 1000.0), ("7.", 7.0), ("0", 0.0),
    ("１２３", 123.0), ("１，５００", 1500.0), ("１．５", 1.5),  # full-width digits, comma and point (IME input)
    ("−3.5", -3.5), ("\u30001,500\u3000", 1500.0),  # the minus sign U+2212; ideographic spaces around
])
def test_numbers_accepted(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "key"), [
    ("1,5", "number.comma"), ("1,23,456", "number.comma"), ("1,5000", "number.comma"), ("12,5.0", "number.comma"),
    ("１，５", "number.comma"),
    ("nan", "number.invalid"), ("inf", "number.invalid"), ("-Infinity", "number.invalid"), ("1_000", "number.invalid"),
    ("١٢", "number.invalid"), ("", "number.invalid"), ("1.2.3", "number.invalid"), ("0x10", "number.invalid"),
    ("5%", "number.invalid"), ("1 5", "number.invalid"), ("1,500e3", "number.invalid"), (",5", "number.invalid"),
    ("1e999", "number.not_finite"),
])
def test_numbers_refused_with_the_reason(text, key):
    with pytest.raises(NumberTextError) as info:
        parse_number(text)
    assert info.value.key == key
    assert info.value.message.render("en") and info.value.message.render("ko")


def test_ambiguous_comma_says_what_to_write_in_both_languages():
    with pytest.raises(NumberTextError) as info:
        parse_number("1,5")
    en, ko = info.value.message.render("en"), info.value.message.render("ko")
    assert "'1,5'" in en and "1.5" in en and "1,500" in en
    assert "'1,5'" in ko and "1.5" in ko and "1,500" in ko and "쉼표" in ko


NUMBERISH = st.text(alphabet="0123456789,.-+eE −１２，．\n", max_size=12)
FLOATS = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(FLOATS)
def test_written_floats_read_back_exactly(value):
    # repr is the shortest text that reads back to the same float; with thousands groups too
    assert parse_number(repr(value)) == value
    grouped = f"{value:,.6f}"
    assert parse_number(grouped) == float(grouped.replace(",", ""))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=0, max_value=999))
def test_thousands_groups_are_thousands(whole, frac):
    assert parse_number(f"{whole:,}.{frac:03d}") == float(f"{whole}.{frac:03d}")


@settings(max_examples=300, deadline=None)
@given(NUMBERISH)
def test_a_number_or_a_reason_never_anything_else(text):
    try:
        value = parse_number(text)
    except NumberTextError as exc:
        assert exc.key in ("number.invalid", "number.not_finite", "number.comma")
    else:
        assert math.isfinite(value)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(NUMBERISH, FLOATS.map(repr), FLOATS.map(lambda v: f"{v:,}"), st.just("")), max_size=20))
def test_column_form_agrees_with_the_cell_form(texts):
    values, keys = parse_numbers(pd.Series(texts, dtype=object))
    for text, value, key in zip(texts, values, keys):
        if text == "":
            assert math.isnan(value) and key is None
            continue
        try:
            expected = parse_number(text)
        except NumberTextError as exc:
            assert key == exc.key and math.isnan(value)
        else:
            assert key is None and value == expected


def test_a_cell_with_a_line_break_is_no_number_in_a_column_of_numbers():
    values, keys = parse_numbers(pd.Series(["1", "2\n3", "4"], dtype=object))
    assert values.tolist()[::2] == [1.0, 4.0] and math.isnan(values[1]) and keys.tolist() == [None, "number.invalid", None]
