"""The bundled profiles load and validate; a malformed profile fails naming the file and the value;
`list_profiles` for the window; `detect_profile` tells which profile fits a file."""

from __future__ import annotations

import pytest

from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.reference import load_reference
from gcomdesk.exchange.profiles import detect_profile, list_profiles, load_profile
from gcomdesk.exchange.profiles.loader import _build
from gcomdesk.exchange.tabular import read_grid
from tests.exchange.profiles.sources import gas_csv, kepco_xlsx, petroleum_xlsx, registrations_xlsx, waste_xlsx, write_csv

NAMES = ["city-gas-sales", "kepco-sales", "petroleum-sales", "vehicles", "waste-treatment"]


def test_every_bundled_profile_loads_with_labels_in_both_languages():
    listed = list_profiles()
    assert [name for name, _, _ in listed] == NAMES
    assert all(ko and en and ko != en for _, ko, en in listed)
    kepco = load_profile("kepco-sales")
    assert kepco.activity == "electricity" and kepco.units["천kwh"] == ("MWh", 1.0)


@pytest.mark.parametrize(("change", "named"), [
    ({"target": "fuel"}, "'target'"),
    ({"activity": "electrons"}, "electrons"),
    ({"units": {"kWh": ["kWhh", 1]}}, "kWhh"),
    ({"units": {"kWh": ["kWh", 0]}}, "multiplier"),
    ({"dimensions": {"contract": {"targets": "gpc", "column": ["계약종별"], "map": {"주택용": "I.9.9"}}}}, "I.9.9"),
    ({"dimensions": {"contract": {"targets": "gpc", "column": ["계약종별"], "ask": {"심야": ["I.1.2"]}}}}, "two or more"),
    ({"dimensions": {"contract": {"targets": "gpc", "column": ["계약종별"], "map": {"심야": "I.1.2"},
                                  "skip": {"심야": "profile.skip.zero"}}}}, "listed twice"),
])
def test_a_malformed_profile_is_refused_naming_the_value(change, named):
    data = {"target": "activity", "activity": "electricity", "amount": {"aliases": ["판매량"]},
            "dimensions": {"contract": {"targets": "gpc", "column": ["계약종별"], "map": {"주택용": "I.1.2"}}},
            "units": {"kWh": ["kWh", 1]}} | change
    with pytest.raises(ReferenceDataError) as caught:
        _build("bad", "bad.json", data, load_reference())
    assert named in caught.value.render("en") and "bad.json" in caught.value.render("ko")


def test_a_waste_profile_needs_a_method_for_each_row_it_names():
    data = {"target": "waste", "methods": {"III.1": "swds_commitment"}, "units": {"t": ["t", 1]},
            "dimensions": {"treatment": {"targets": "gpc", "column": ["처리방법"], "map": {"소각": "III.3.1"}}}}
    with pytest.raises(ReferenceDataError, match="III.3.1"):
        _build("bad", "bad.json", data, load_reference())


def test_the_matching_profile_is_detected(tmp_path):
    files = {"kepco-sales": kepco_xlsx(tmp_path / "k.xlsx"), "city-gas-sales": gas_csv(tmp_path / "g.csv"),
             "petroleum-sales": petroleum_xlsx(tmp_path / "p.xlsx"), "waste-treatment": waste_xlsx(tmp_path / "w.xlsx"),
             "vehicles": registrations_xlsx(tmp_path / "v.xlsx")}
    assert {name: detect_profile(read_grid(path)) for name, path in files.items()} == {n: n for n in files}
    plain = write_csv(tmp_path / "own.csv", [["year", "gpc_ref", "activity", "amount", "unit"], ["2022", "I.1.2", "electricity", "1", "MWh"]])
    assert detect_profile(read_grid(plain)) is None


def test_every_profile_message_has_korean_and_english_text():
    import re
    from pathlib import Path

    import gcomdesk.exchange.profiles as package
    from gcomdesk.core.messages import catalogue_entries
    from gcomdesk.paths import resource_path

    entries = catalogue_entries()
    texts = [p.read_text(encoding="utf-8") for p in Path(package.__file__).parent.glob("*.py")]
    texts += [p.read_text(encoding="utf-8") for p in resource_path("import_profiles").glob("*.json")]
    used = set(re.findall(r'"(profile\.[a-z_.]+)"', "".join(texts)))
    assert len(used) > 15 and used <= set(entries)
    for key in used:
        assert entries[key]["en"].strip() and re.search("[\uac00-\ud7a3]", entries[key]["ko"]), key
