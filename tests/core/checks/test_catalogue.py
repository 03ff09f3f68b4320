"""The rule catalogue and tables are data: validated at load, covered by messages and docs."""

import re
import string
from pathlib import Path

import pytest

from gcomdesk.core.checks import catalogue
from gcomdesk.core.checks.catalogue import load_check_data
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.messages import catalogue_entries
from tests.core.checks.builders import REF

ROOT = Path(__file__).resolve().parents[3]
DATA = load_check_data()


def placeholders(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_rule_has_a_message_and_a_hint_in_both_languages_with_sensible_placeholders():
    entries = catalogue_entries()
    for rule_id in DATA.rules:
        for key in (f"check.{rule_id}", f"check.{rule_id}.hint"):
            assert key in entries, key
            en, ko = entries[key]["en"], entries[key]["ko"]
            assert en.strip() and ko.strip() and en != ko, key
            # Korean may use the _ko variant of a name where English uses _en, nothing else differs
            norm = {p.replace("_ko", "_en") for p in placeholders(ko)}
            assert norm == placeholders(en), key


def test_rule_ids_in_the_code_are_exactly_the_catalogue():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "gcomdesk/core/checks").glob("*.py"))
    used = set(re.findall(r'"((?:classification|completeness|notation|value|duplicate|national|basis|profile|trend|estimate)\.[a-z_0-9]+)"', source))
    assert used == set(DATA.rules)


def test_docs_list_every_rule():
    text = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    assert [r for r in DATA.rules if f"`{r}`" not in text] == []


def test_every_fuel_has_a_plausibility_verdict_in_every_combustion_sub_sector():
    subsectors = {g.subsector_no for g in REF.gpc.values() if g.combustion_sector}
    assert {(f, s) for f in REF.fuels for s in subsectors} == set(DATA.plausible)


def test_thresholds_are_read_from_data():
    assert DATA.rule("value.factor_far").number("high") == 3
    assert DATA.rule("national.per_capita_far").number("low") == pytest.approx(0.1)
    assert DATA.rule("basis.gwp_not_gcom").items("accepted") == ("AR4", "AR5")
    assert DATA.with_params("value.factor_far", high=5).rule("value.factor_far").number("high") == 5
    assert DATA.rule("value.factor_far").number("high") == 3  # the bundled catalogue is untouched


@pytest.mark.parametrize("text", [
    "id,family,severity,params,source\nvalue.x,value,fatal,,s\n",  # unknown severity
    "id,family,severity,params,source\nvalue.x,notation,error,,s\n",  # id outside its family
    "id,family,severity,params,source\nvalue.x,value,error,high=lots,s\n",  # threshold not a number
    "id,family,severity,params,source\nvalue.x,value,error,high,s\n",  # param without value
    "id,family,severity\nvalue.x,value,error\n",  # missing columns
])
def test_malformed_rules_file_is_a_clear_error(tmp_path, monkeypatch, text):
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "rules.csv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(catalogue, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(ReferenceDataError) as err:
        catalogue._load_rules()
    assert "rules.csv" in err.value.render("en")


def test_plausibility_table_refuses_unknown_fuels_and_flags(tmp_path, monkeypatch):
    (tmp_path / "checks").mkdir()
    head = "fuel,I.1,I.2,I.3,I.4,I.5,I.6,II.1,II.2,II.3,II.4,II.5,note\n"
    monkeypatch.setattr(catalogue, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    for row in ("unobtainium,Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,x\n", "diesel,Y,Y,Y,Y,Y,Y,Y,Y,Y,maybe,Y,x\n"):
        (tmp_path / "checks" / "fuel_plausibility.csv").write_text(head + row, encoding="utf-8")
        with pytest.raises(ReferenceDataError):
            catalogue._load_plausibility()
