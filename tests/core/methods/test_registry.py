"""The method registry as calculate() and the export use it: statuses instead of crashes, the working of
every method complete in both languages, messages and defaults files consistent."""

import csv
import json
import re
import string

import pandas as pd
import pytest

from gcomdesk.core.calculate import calculate
from gcomdesk.core.messages import catalogue_entries
from gcomdesk.core.methods import REGISTRY, describe_record, evaluate_methods, methods_for
from gcomdesk.core.methods.base import load_defaults
from gcomdesk.core.model import Record
from gcomdesk.paths import resource_path
from tests.core.helpers import frame
from tests.core.methods.helpers import REF, make_profile

EXAMPLES = {
    "swds_commitment": {"waste_t": 10_000},
    "swds_fod": {"history": [{"year": y, "waste_t": 20_000} for y in range(1990, 2022)], "ch4_flared_t": 50},
    "biological_treatment": {"treatment": "anaerobic_digestion", "waste_t": 9000, "recovered_ch4_t": 2},
    "incineration": {"waste_t": 35_000, "technology": "open_burning", "energy_use": "used"},
    "wastewater_domestic": {"plant_share": 0.3},
    "wastewater_industrial": {"cod_basis": "production", "production_t": 1000, "wastewater_m3_per_t": 5, "cod_kg_per_m3": 3,
                              "treatment": "anaerobic_reactor"},
    "road_vkt": {"boundary": "induced_activity", "in_boundary_share": 0.5,
                 "vkt": [{"vehicle": "bus", "fuel": "city_gas_lng", "vkt_km": 1e6}]},
    "fgas_mass_balance": {"gases": [{"gas": "R-404A", "purchased_kg": 100}, {"gas": "SF6", "purchased_kg": 2}]},
    "livestock": {"herd": [{"species": "dairy_cattle", "head": 10}]},
    "rice": {"area_ha": 10, "days": 100, "amendment": "compost", "roa": 2},
}


def method_frame(*items):
    records = frame(*[Record("method", gpc, activity=code) for gpc, code, _ in items])
    records["extra"] = [extra if isinstance(extra, str) else json.dumps(extra) for _, _, extra in items]
    return records


def test_every_registered_method_has_an_example():
    assert set(REGISTRY) == set(EXAMPLES)
    assert [m.code for m in methods_for("III.1.1")] == ["swds_fod", "swds_commitment"]
    assert [m.code for m in methods_for("IV.2")] == ["fgas_mass_balance"]


def test_bad_records_get_a_status_never_an_exception():
    records = method_frame(
        ("III.1.1", "swds_commitment", {"inputs": {"waste_t": 1000}}),
        ("III.1.1", "swds_commitment", {"inputs": {"waste_t": -1}}),
        ("III.1.1", "no_such_method", {"inputs": {}}),
        ("III.1.1", "swds_commitment", "{not json"),
        ("III.1.1", "swds_commitment", "[1, 2]"),
        ("III.1.1", "swds_fod", {"inputs": {"history": "lots"}}),
        ("III.1.1", "swds_commitment", {"inputs": {"waste_t": 1000}, "replaced": {"record_id": 7, "reason": "site report"}}),
    )
    records.loc[len(records)] = records.iloc[0]
    records.loc[len(records) - 1, "activity"] = None
    out = evaluate_methods(records, make_profile(), REF)
    assert out["status"].tolist() == ["ok", "method_input", "unknown_method", "method_input", "method_input",
                                      "method_input", "ok", "unknown_method"]
    assert out["ch4_t"].iloc[0] > 0 and (out["ch4_t"].iloc[1:] == 0).all()
    result = calculate(records, make_profile(), REF)
    assert result["status"].iloc[6] == "ok" and result["co2e_t"].iloc[6] == 0  # replaced: counts zero, nothing wrong


def test_a_defect_in_a_method_is_contained(monkeypatch):
    broken = REGISTRY["rice"].__class__(**{**REGISTRY["rice"].__dict__, "work": lambda *a: 1 / 0})
    monkeypatch.setitem(REGISTRY, "rice", broken)
    out = evaluate_methods(method_frame(("V.3", "rice", {"inputs": EXAMPLES["rice"]})), make_profile(), REF)
    assert out["status"].tolist() == ["method_error"]
    assert any("1 / 0" in line or "division" in line for line in describe_record("rice", {"inputs": EXAMPLES["rice"]},
                                                                                make_profile(), REF, "en"))


def test_identical_records_are_computed_once(monkeypatch):
    calls = []
    original = REGISTRY["rice"]
    counting = original.__class__(**{**original.__dict__, "work": lambda r, p, ref: calls.append(1) or original.work(r, p, ref)})
    monkeypatch.setitem(REGISTRY, "rice", counting)
    records = method_frame(*[("V.3", "rice", {"inputs": EXAMPLES["rice"]})] * 500)
    out = evaluate_methods(records, make_profile(), REF)
    assert len(calls) == 1 and out["ch4_t"].nunique() == 1 and (out["status"] == "ok").all()


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_working_is_complete_and_translated(code, lang):
    method = REGISTRY[code]
    profile = make_profile()
    lines = describe_record(code, {"inputs": EXAMPLES[code], "sources": {"waste_t": "계량대 기록"}}, profile, REF, lang)
    text = "\n".join(lines)
    assert not re.search(r"method\.[a-z_]+\.", text), text  # no untranslated message key
    assert lines[0].endswith(f"[{code}]")
    labels = [catalogue_entries()[f"method.input.{i.name}"][lang] for i in method.inputs]
    resolved = method.resolve(EXAMPLES[code], profile)
    for inp, label in zip(method.inputs, labels):
        if inp.name in resolved.values:
            assert any(line.startswith(label) for line in lines), label
    assert lines[-1].startswith("Result:" if lang == "en" else "결과:")
    gases = method.compute(EXAMPLES[code], profile, REF)
    assert set(gases) <= set(method.outputs) and any(gases.values())


def test_describe_never_raises():
    profile = make_profile()
    assert "unknown calculation method" in describe_record("nope", {}, profile, REF, "en")[0]
    lines = describe_record("swds_commitment", {"inputs": {"waste_t": "x"}}, profile, REF, "ko")
    assert lines[-1].startswith("입력값 문제: 폐기물량")
    assert "Input problem" in describe_record("swds_commitment", "{bad", profile, REF, "en")[-1]
    replaced = describe_record("rice", {"inputs": EXAMPLES["rice"], "replaced": {"record_id": 12, "reason": "농업기술센터 실측"}},
                               profile, REF, "ko")
    assert "기록 #12" in replaced[1] and "농업기술센터 실측" in replaced[1] and "0으로" in replaced[-1]


def _labels_needed():
    keys = set()
    for method in REGISTRY.values():
        keys |= {f"method.name.{method.code}", f"method.help.{method.code}"}
        for inp in method.inputs:
            for each in (inp, *inp.columns):
                keys.add(each.label_key)
                if each.group:
                    keys.add(f"method.input.{each.group}")
                if each.kind == "choice" and each.translate_choices:
                    keys |= {f"method.choice.{each.name}.{c}" for c in each.choices}
    return keys


def test_every_label_and_choice_has_ko_and_en():
    entries = catalogue_entries()
    missing = sorted(k for k in _labels_needed() if k not in entries or not entries[k]["ko"] or not entries[k]["en"])
    assert not missing


def test_methods_catalogue_placeholders_match():
    fields = string.Formatter()
    with resource_path("messages", "methods.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            en = {f for _, f, _, _ in fields.parse(row["en"]) if f}
            ko = {f for _, f, _, _ in fields.parse(row["ko"]) if f}
            assert en == ko, row["key"]


@pytest.mark.parametrize("family", ["solid_waste", "biological", "incineration", "wastewater", "road_vkt", "fgases",
                                    "livestock", "rice"])
def test_every_default_has_a_source(family):
    table = load_defaults(family)
    assert table and all(d.source for d in table.values())
    published = ("IPCC 2006", "GPC v1.1", "ASHRAE")
    for key, default in table.items():
        if key.startswith(("kind.", "none", "recovery", "cfoa.none")):
            continue
        # every value is either from a publication (with its table) or labelled as gcomdesk's choice or unverified
        assert any(p in default.source for p in published) or "gcomdesk" in default.source or "unverified" in default.source, key


def test_default_keys_resolve_for_every_choice():
    """Every default a choice can point to exists (or is intentionally absent and then required)."""
    profile = make_profile()
    for code, example in EXAMPLES.items():
        method = REGISTRY[code]
        for inp in method.inputs:
            if inp.kind == "choice" and inp.translate_choices:
                for choice in inp.choices:
                    resolved = method.resolve({**example, inp.name: choice}, profile)
                    assert all(e.key != "method.error.choice" for e in resolved.errors), (code, inp.name, choice)


def test_a_few_thousand_records_evaluate():
    items = [("III.1.1", "swds_fod", {"inputs": {"history": [{"year": 1990 + i % 30, "waste_t": 1000 + i}]}})
             for i in range(3000)]
    out = evaluate_methods(method_frame(*items), make_profile(), REF)
    assert len(out) == 3000 and (out["status"] == "ok").all()
    assert isinstance(out, pd.DataFrame)
