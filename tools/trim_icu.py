"""Trim the ICU data the Linux Qt wheel ships (``libicudata.so.NN``: 31 MiB) to what Qt reads.

Used by ``tools/build_bundle.py`` on Linux (Windows and macOS Qt use the system's ICU).
QtCore calls ICU for four things only (``nm -D --undefined-only libQt6Core.so.6``):
collation (``ucol_*``: QCollator, sorting in file dialogs), case mapping in a locale
(``u_strToUpper/Lower``), time-zone names (``ucal_getTimeZoneDisplayName``) and text
codecs (``ucnv_*``: QStringConverter beyond UTF and Latin-1). So the data keeps:

- every language's collation (``coll/``), normalisation and character properties;
- locale and time-zone data (the main tree and ``zone/``) for root and the languages
  LeadDesk speaks; other languages fall back to English time-zone names;
- the one-byte codecs (windows-125x, ISO-8859-x, KOI8, DOS, Mac); not the CJK multi-byte
  ones (Shift-JIS, GB18030, Big5, EUC: 4.4 MiB), which LeadDesk never asks Qt for (its
  import decodes files in Python);

and drops what no Qt call reaches: break iterators, currency, language, region and unit
names, number spell-out rules and transliteration. About 6 MiB remain.

The data is a ``CmnD`` package (ICU's ``icupkg`` format) in the library's ``icudtNN_dat``
symbol. The trimmed package goes into a new library of the same name, built with ``cc``.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

#: LeadDesk's languages: their locale and time-zone data stay.
LANGUAGES = frozenset({"en", "es", "it", "cs"})
#: ICU data trees no call of Qt's reaches.
UNUSED_TREES = frozenset({"brkitr", "curr", "lang", "rbnf", "region", "translit", "unit"})
#: A locale's resource (``cs.res``, ``es_419.res``); the trees' other files are named in
#: camel case (``supplementalData.res``, ``pool.res``, ``root.res``).
LOCALE_FILE = re.compile(r"(?P<language>[a-z]{2,3})(_\w+)?\.res")

Item = tuple[str, bytes]


def read_package(blob: bytes) -> tuple[bytes, list[Item]]:
    """An ICU common data package's header and its items (name, bytes), in order."""
    header_size = struct.unpack_from("<H", blob)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(blob) - header_size
        name_at += header_size
        name = blob[name_at : blob.index(b"\0", name_at)].decode("ascii")
        items.append((name, blob[header_size + data_at : header_size + end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[Item]) -> bytes:
    """The package of ``items`` (kept in name order), each 16-byte aligned as ICU writes it."""
    toc_size = 4 + 8 * len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    name_offsets, at = [], toc_size
    for name, _ in items:
        name_offsets.append(at)
        at += len(name) + 1
    padding = b"\xaa" * (-(len(header) + toc_size + len(names)) % 16)
    data, data_offsets = b"", []
    for _, item in items:
        data_offsets.append(toc_size + len(names) + len(padding) + len(data))
        data += item + b"\xaa" * (-len(item) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    return header + toc + names + padding + data


def qt_needs(name: str, data: bytes) -> bool:
    """Is the item ``name`` (``icudt73l/coll/cs.res``) data that Qt's ICU calls can read?"""
    path = name.split("/")[1:]
    if len(path) > 1 and path[0] in UNUSED_TREES:
        return False
    leaf = path[-1]
    if leaf.endswith(".cnv"):
        # UConverterStaticData after the item's header: maxBytesPerChar at offset 71.
        return data[struct.unpack_from("<H", data)[0] + 71] == 1
    locale = LOCALE_FILE.fullmatch(leaf)
    if locale and path[0] != "coll":
        return locale["language"] in LANGUAGES
    return True


def symbol_of(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (``nm`` from binutils)."""
    out = subprocess.run(
        ["nm", "-D", "--defined-only", "-S", str(library)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for fields in (line.split() for line in out.splitlines()):
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            # ICU's data library maps its one section at the address of its file offset
            # (read_package checks the package is where that puts it).
            return fields[3], int(fields[0], 16), int(fields[1], 16)
    raise ValueError(f"no ICU data symbol in {library}")


def build_library(library: Path, symbol: str, package: bytes, out: Path) -> None:
    """A shared library named like ``library`` whose ``symbol`` holds ``package``."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.bin"
        data.write_bytes(package)
        source = Path(tmp) / "data.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{data}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        command = ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out)]
        subprocess.run([*command, str(source)], check=True)


def trim(library: Path, keep: Callable[[str, bytes], bool] = qt_needs) -> int:
    """Replace ``library`` by one holding only the items ``keep`` wants; the bytes saved.

    Nothing changes (0) without ``cc`` and ``nm``, or if the library is not ICU data.
    """
    if shutil.which("cc") is None or shutil.which("nm") is None:
        return 0
    try:
        symbol, offset, size = symbol_of(library)
        header, items = read_package(library.read_bytes()[offset : offset + size])
    except (ValueError, subprocess.CalledProcessError):
        return 0
    package = write_package(header, [(name, data) for name, data in items if keep(name, data)])
    before = library.stat().st_size
    built = library.with_name(library.name + ".trimmed")
    build_library(library, symbol, package, built)
    built.replace(library)
    return before - library.stat().st_size
