"""Build-time trimming for build.spec (Linux): a small ICU data library, binaries without their
debug symbols, and no system library that nothing left in the bundle links.

Everything here works on copies under PyInstaller's work folder; the venv is never touched.
Each step falls back to the file as it was when a tool it needs (gcc, readelf, strip) is missing.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

# ICU: Qt Core links libicui18n/libicuuc/libicudata (31 MB of Unicode and locale data). gcomdesk's Qt
# use needs ICU only for Korean/English collation, case mapping and time-zone names; it never asks Qt
# for a legacy text codec (files are decoded by Python) or for ICU break iteration and transliteration.
ICU_LOCALES = {"root", "ko", "ko_KR", "en", "en_US", "en_US_POSIX", "res_index", "pool"}
ICU_DROPPED_TREES = {"brkitr", "translit"}


def keep_icu_item(name: str) -> bool:
    """Whether an item of ICU's common data package ("icudt73l/coll/ko.res") stays in the bundle:
    the shared tables (properties, normalisation, likely subtags, ...) and the root/ko/en locale
    bundles of each tree; not the legacy codecs (*.cnv), break iterators, transliterators or the
    other 800 locales."""
    parts = name.split("/")[1:]
    if not parts:
        return False
    stem, _, ext = parts[-1].rpartition(".")
    if ext == "cnv" or (len(parts) > 1 and parts[0] in ICU_DROPPED_TREES):
        return False
    is_locale = ext == "res" and re.fullmatch(r"[a-z]{2,3}(_\w*)?", stem) is not None
    return not is_locale or stem in ICU_LOCALES


def subset_icu_package(package: bytes, keep=keep_icu_item) -> bytes:
    """Rewrite an ICU common data package ("CmnD" table of contents: count, then name and data
    offsets from the table's start; items 16-byte aligned, in name order) keeping the items `keep`
    accepts, in their order."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    count = struct.unpack_from("<I", package, header_size)[0]
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    names = [package[header_size + n:package.index(b"\0", header_size + n)].decode("ascii") for n, _ in entries]
    ends = [header_size + d for _, d in entries[1:]] + [len(package)]
    items = [(name, package[header_size + d:end]) for name, (_, d), end in zip(names, entries, ends) if keep(name)]
    table = 4 + 8 * len(items)
    name_bytes = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    start = table + len(name_bytes)
    start += -(header_size + start) % 16
    toc, body, name_at = struct.pack("<I", len(items)), b"", table
    for name, data in items:
        toc += struct.pack("<II", name_at, start + len(body))
        name_at += len(name) + 1
        body += data + b"\0" * (-len(data) % 16)
    return package[:header_size] + toc + name_bytes + b"\0" * (start - table - len(name_bytes)) + body


def _icu_symbol(library: Path) -> tuple[str, int, int] | None:
    """(name, file offset, size) of the icudtNN_dat symbol, from readelf; None if unreadable."""
    if not shutil.which("readelf"):
        return None
    symbols = subprocess.run(["readelf", "-sW", str(library)], capture_output=True, text=True).stdout
    found = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)$",
                      symbols, re.MULTILINE)
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True).stdout
    rodata = re.search(r"\]\s+\.rodata\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not found or not rodata:
        return None
    address, size = int(found.group(1), 16), int(found.group(2), 0)
    return found.group(3), address - int(rodata.group(1), 16) + int(rodata.group(2), 16), size


def small_icu_data(library: Path, workdir: Path) -> Path | None:
    """A libicudataNN built from `library`'s own data, subset by keep_icu_item, with the same soname
    and symbol; None (keep the original) when gcc or readelf is missing or the layout is unexpected."""
    symbol = _icu_symbol(library)
    if symbol is None or not shutil.which("gcc"):
        return None
    name, offset, size = symbol
    package = library.read_bytes()[offset:offset + size]
    if package[2:4] != b"\xda\x27":  # the data header's magic bytes
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "icudata.dat").write_bytes(subset_icu_package(package))
    (workdir / "icudata.S").write_text(
        f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n'
        f'.incbin "icudata.dat"\n.size {name}, . - {name}\n.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    out = workdir / library.name
    subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", out.name, "icudata.S"],
                   cwd=workdir, check=True)
    return out


def stripped_copy(binary: Path, dest: Path) -> Path:
    """`binary` without symbol tables and debug information (`strip --strip-unneeded` into `dest`),
    or `binary` itself when that saves under 64 kB or strip is missing."""
    if not shutil.which("strip"):
        return binary
    dest.parent.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["strip", "--strip-unneeded", "-o", str(dest), str(binary)], capture_output=True).returncode:
        return binary
    return dest if binary.stat().st_size - dest.stat().st_size >= 65536 else binary


def linked_names(binaries: list[tuple[str, str, str]], get_imports) -> set[str]:
    """File names of the libraries that the bundle's modules and packaged libraries link, directly or
    through a top-level library they link (`get_imports(path)` gives (name, path) pairs)."""
    top = {Path(dest).name: src for dest, src, _ in binaries if "/" not in dest.replace("\\", "/")}
    queue = [src for dest, src, _ in binaries if "/" in dest.replace("\\", "/") or dest.startswith("libpython")]
    names: set[str] = set()
    while queue:
        for name, _ in get_imports(queue.pop()):
            name = Path(name).name
            if name not in names:
                names.add(name)
                if name in top:
                    queue.append(top[name])
    return names
