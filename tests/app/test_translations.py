"""The Korean catalogue is complete: every English text, the same placeholders, nothing unfinished,
the compiled .qm files match their .ts sources, and no text of the code is missing from them."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gcomdesk.app import translations_tool
from gcomdesk.app.help_texts import gpc_help, help_refs, step_intro
from gcomdesk.core.steps import STEP_IDS
from tests.app.helpers import REF

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")
ACCELERATOR = re.compile(r"&(?!&)(\w)")


def messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(translations_tool.ts_path(lang)).getroot()
    return {(c.findtext("name") or "", m.findtext("source")): m for c in root.iter("context") for m in c.iter("message")}


def translations(message: ET.Element) -> list[str]:
    element = message.find("translation")
    forms = [f.text or "" for f in element.findall("numerusform")]
    return forms or [element.text or ""]


def test_korean_covers_every_english_text_with_the_same_placeholders():
    english, korean = messages("en"), messages("ko")
    assert len(english) > 250
    assert set(korean) == set(english)
    for key, message in korean.items():
        element = message.find("translation")
        assert element.get("type") not in ("unfinished", "vanished", "obsolete"), key
        wanted = sorted(PLACEHOLDER.findall(key[1]))
        for text in translations(message):
            assert text.strip(), f"empty Korean text for {key}"
            assert sorted(PLACEHOLDER.findall(text)) == wanted, f"placeholders differ for {key}: {text}"
        for text in translations(english[key]):
            assert sorted(PLACEHOLDER.findall(text)) == wanted, key


def test_korean_texts_are_korean_and_keep_their_shortcut_keys():
    korean = messages("ko")
    hangul = sum(1 for m in korean.values() if re.search("[가-힣]", translations(m)[0]))
    assert hangul / len(korean) > 0.85
    for key, message in korean.items():
        source_keys = ACCELERATOR.findall(key[1])
        if source_keys:
            assert ACCELERATOR.findall(translations(message)[0]), f"shortcut key lost in {key}"


def test_compiled_catalogues_match_their_sources(tmp_path):
    for lang in translations_tool.LANGUAGES:
        shutil.copy(translations_tool.ts_path(lang), tmp_path / translations_tool.ts_path(lang).name)
        compiled = translations_tool.lrelease(lang, tmp_path)
        assert compiled.read_bytes() == translations_tool.qm_path(lang).read_bytes(), f"run translations_tool for {lang}"


@pytest.mark.slow
def test_every_text_of_the_code_is_in_the_catalogues():
    assert translations_tool.stale_messages() == [], "run: python -m gcomdesk.app.translations_tool, then translate"


def test_help_texts_for_every_gpc_row_and_step_in_both_languages():
    assert help_refs() == set(REF.gpc)
    for ref in REF.gpc:
        for lang in ("ko", "en"):
            text = gpc_help(ref, lang)
            assert text.title and text.question and text.source, (ref, lang)
        assert re.search("[가-힣]", gpc_help(ref, "ko").question)
    assert "주택용" in gpc_help("I.1.2", "ko").source and "KEPCO" in gpc_help("I.1.2", "en").source
    for step in STEP_IDS:
        assert step_intro(step, "ko") and step_intro(step, "en")


def test_step_messages_of_the_core_exist_in_both_languages():
    from gcomdesk.core.messages import catalogue_entries

    source = (Path(__file__).parents[2] / "gcomdesk" / "core" / "steps.py").read_text(encoding="utf-8")
    keys = set(re.findall(r'Message\("(steps\.[a-z_.]+)"', source))
    entries = catalogue_entries()
    assert keys and all(entries[k]["ko"] and entries[k]["en"] for k in keys)
