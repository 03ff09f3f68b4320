"""bundle_trim (build.spec's helper): the ICU data subset and the linked-library closure."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("bundle_trim", ROOT / "bundle_trim.py")
bundle_trim = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bundle_trim)


def package(items: list[tuple[str, bytes]]) -> bytes:
    """A common data package laid out as ICU's pkgdata writes one: a 32-byte header (its size, then
    the magic 0xda 0x27), the item count, (name offset, data offset) pairs counted from the table's
    start, the names, then each item's data 16-byte aligned."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27).ljust(32, b"\0")
    table = 4 + 8 * len(items)
    names = b"".join(n.encode() + b"\0" for n, _ in items)
    start = table + len(names)
    start += -(32 + start) % 16
    toc, body, at = struct.pack("<I", len(items)), b"", table
    for name, data in items:
        toc += struct.pack("<II", at, start + len(body))
        at += len(name) + 1
        body += data + b"\0" * (-len(data) % 16)
    return header + toc + names + b"\0" * (start - table - len(names)) + body


def read(pkg: bytes) -> dict[str, bytes]:
    """Items of a package by name, each cut at the next item's start (padding included)."""
    count = struct.unpack_from("<I", pkg, 32)[0]
    entries = [struct.unpack_from("<II", pkg, 36 + 8 * i) for i in range(count)]
    ends = [32 + d for _, d in entries[1:]] + [len(pkg)]
    return {pkg[32 + n:pkg.index(b"\0", 32 + n)].decode(): pkg[32 + d:e] for (n, d), e in zip(entries, ends)}


def test_the_icu_subset_keeps_korean_and_english_and_drops_other_locales_and_codecs():
    keep = bundle_trim.keep_icu_item
    assert keep("icudt73l/coll/ko.res") and keep("icudt73l/coll/ucadata.icu") and keep("icudt73l/en_US.res")
    assert keep("icudt73l/root.res") and keep("icudt73l/uprops.icu") and keep("icudt73l/likelySubtags.res")
    assert keep("icudt73l/zone/ko.res") and keep("icudt73l/zone/pool.res")
    assert not keep("icudt73l/de.res") and not keep("icudt73l/coll/zh.res") and not keep("icudt73l/zone/ja.res")
    assert not keep("icudt73l/ibm-970_P110_P120-2006_U2.cnv")
    assert not keep("icudt73l/brkitr/line.brk") and not keep("icudt73l/translit/root.res")


def test_a_subset_package_holds_exactly_the_kept_items_aligned_and_intact():
    items = [("p/a.res", b"A" * 5), ("p/de.res", b"D" * 40), ("p/ko.res", b"K" * 17), ("p/x.cnv", b"X")]
    pkg = package(items)
    assert {k: v[:len(dict(items)[k])] for k, v in read(pkg).items()} == dict(items)  # the helper reads what it wrote
    out = bundle_trim.subset_icu_package(pkg, keep=lambda n: n in ("p/a.res", "p/ko.res"))
    got = read(out)
    assert list(got) == ["p/a.res", "p/ko.res"]
    assert got["p/a.res"][:5] == b"A" * 5 and got["p/ko.res"][:17] == b"K" * 17
    count = struct.unpack_from("<I", out, 32)[0]
    assert all(struct.unpack_from("<II", out, 36 + 8 * i)[1] % 16 == 0 for i in range(count))  # 16-aligned (32 + d)
    assert out[:32] == pkg[:32]


def _venv_icudata() -> Path | None:
    pyside = importlib.util.find_spec("PySide6")
    if pyside is None or not pyside.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(pyside.submodule_search_locations))).glob("Qt/lib/libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(_venv_icudata() is None or not shutil.which("readelf") or not shutil.which("icupkg"),
                    reason="Linux PySide6 wheel, readelf and ICU's icupkg needed")
def test_the_subset_of_the_wheels_icu_data_is_a_valid_package_icu_itself_reads(tmp_path):
    name, offset, size = bundle_trim._icu_symbol(_venv_icudata())
    data = _venv_icudata().read_bytes()[offset:offset + size]
    subset = bundle_trim.subset_icu_package(data)
    dat = tmp_path / (name.removesuffix("_dat") + "l.dat")
    dat.write_bytes(subset)
    listed = subprocess.run(["icupkg", "-l", str(dat)], capture_output=True, text=True, check=True).stdout.split()
    assert "coll/ko.res" in listed and "ko.res" in listed and "de.res" not in listed
    assert len(subset) < len(data) / 5


def test_only_libraries_something_kept_links_are_linked():
    links = {"/m/ext.so": [("libfoo.so.1", "/s/libfoo.so.1")], "/s/libfoo.so.1": [("libbar.so.2", "/s/libbar.so.2")],
             "/s/libbar.so.2": [], "/s/libgone.so.3": [], "/p/libpython3.11.so": [("libz.so.1", "/s/libz.so.1")],
             "/s/libz.so.1": []}
    binaries = [("pkg/ext.so", "/m/ext.so", "EXTENSION"), ("libfoo.so.1", "/s/libfoo.so.1", "BINARY"),
                ("libbar.so.2", "/s/libbar.so.2", "BINARY"), ("libgone.so.3", "/s/libgone.so.3", "BINARY"),
                ("libpython3.11.so", "/p/libpython3.11.so", "BINARY"), ("libz.so.1", "/s/libz.so.1", "BINARY")]
    assert bundle_trim.linked_names(binaries, links.__getitem__) == {"libfoo.so.1", "libbar.so.2", "libz.so.1"}
