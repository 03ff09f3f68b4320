"""Keep the Qt Linguist catalogues in step with the code (a developer tool, not used at run time).

    python -m gcomdesk.app.translations_tool          # update the .ts files from the sources, compile .qm
    python -m gcomdesk.app.translations_tool --check  # exit 1 if a catalogue is out of date

Sources are every module under gcomdesk/app and every form under ui/. The English catalogue
translates each text to itself (so plural forms work); Korean translations are made in Qt
Linguist (pyside6-linguist resources/translations/gcomdesk_ko.ts) and kept by every update.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko", "en")


def tool(name: str) -> str:
    """Path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease) next to the interpreter."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[Path]:
    """Files whose texts go into the catalogues."""
    app = ROOT / "gcomdesk" / "app"
    return sorted(app.rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    """The .ts file of a language."""
    return folder / f"gcomdesk_{lang}.ts"


def qm_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    """The compiled .qm file of a language."""
    return folder / f"gcomdesk_{lang}.qm"


def lupdate(targets: list[Path]) -> None:
    """Merge the sources' texts into the .ts files (new texts unfinished, vanished ones dropped)."""
    rel = [str(p.relative_to(ROOT)) for p in sources()]
    command = [tool("pyside6-lupdate"), *rel, "-no-obsolete", "-locations", "none", "-ts", *[str(t) for t in targets]]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def fill_english(path: Path) -> None:
    """Give every English message its source text as translation (plural: singular/plural forms)."""
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", "en_US")
    root.set("sourcelanguage", "en_US")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            singular = source.replace("(s)", "")
            plural = source.replace("(s)", "s")
            for text in (singular, plural):
                ET.SubElement(translation, "numerusform").text = text
            translation.text = None
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


def lrelease(lang: str, folder: Path = TRANSLATIONS) -> Path:
    """Compile one .ts to its .qm."""
    target = qm_path(lang, folder)
    subprocess.run([tool("pyside6-lrelease"), str(ts_path(lang, folder)), "-qm", str(target)], check=True, capture_output=True)
    return target


def update() -> None:
    """Update both catalogues and compile them."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(lang) for lang in LANGUAGES])
    fill_english(ts_path("en"))
    root = ET.parse(ts_path("ko")).getroot()
    root.set("language", "ko_KR")
    ET.ElementTree(root).write(ts_path("ko"), encoding="utf-8", xml_declaration=True)
    for lang in LANGUAGES:
        lrelease(lang)


def stale_messages() -> list[str]:
    """Texts in the sources missing from the catalogues, or catalogue texts no longer in the sources."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "check.ts"
        shutil.copy(ts_path("en"), copy)
        lupdate([copy])
        before = _keys(ts_path("en"))
        after = _keys(copy)
    return sorted(f"new: {k}" for k in after - before) + sorted(f"gone: {k}" for k in before - after)


def _keys(path: Path) -> set[str]:
    root = ET.parse(path).getroot()
    return {f"{c.findtext('name')}|{m.findtext('source')}|{m.findtext('comment') or ''}"
            for c in root.iter("context") for m in c.iter("message")}


def main(argv: list[str] | None = None) -> int:
    """Update (default) or check the catalogues."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report texts missing from or gone from the catalogues")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_messages()
        print("\n".join(stale) or "catalogues up to date")
        return 1 if stale else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
