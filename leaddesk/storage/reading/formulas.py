"""Formula cells of an .xlsx sheet: where they are and whether the file saved their value.

The values themselves are read by calamine (or openpyxl), which take a formula's saved
value; this only finds the cells, so that the import can say which values came from a
formula. A sheet without any formula costs one scan of its XML for a ``<f`` tag.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

from leaddesk.core.source_table import FormulaCell
from leaddesk.storage.reading.safety import column_number

FORMULA_TAG = re.compile(rb"<(?:[A-Za-z]+:)?f[\s>/]")
END_TAG = re.compile(rb"</(?:[A-Za-z]+:)?f>")
CELL = re.compile(rb"<(?:[A-Za-z]+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:[A-Za-z]+:)?c>)", re.S)
REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
VALUE = re.compile(rb"<(?:[A-Za-z]+:)?v>([^<]+)</|<(?:[A-Za-z]+:)?is>", re.S)
CHUNK = 1 << 20
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def formula_cells(path: Path, sheet: str) -> list[FormulaCell]:
    """Every formula cell of ``sheet`` (1-based row, 0-based column, saved value or not);
    empty for other formats, a sheet without formulas, or a file this cannot read."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    try:
        with zipfile.ZipFile(path) as book:
            member = _sheet_member(book, sheet)
            if member is None or not _has_formula(book, member):
                return []
            data = book.read(member)
    except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError):
        return []
    found = []
    for match in CELL.finditer(data):
        body = match.group(2)
        if not body or not FORMULA_TAG.search(body):
            continue
        ref = REF.search(match.group(1))
        if ref is None:
            continue
        found.append(
            FormulaCell(
                int(ref.group(2)),
                column_number(ref.group(1).decode("ascii")) - 1,
                bool(VALUE.search(body)),
            )
        )
    return found


def _has_formula(book: zipfile.ZipFile, member: str) -> bool:
    """Whether the sheet's XML holds a formula: every formula has an ``</f>`` (shared ones
    on their first cell), found by a substring search for the rare ``f>`` that the regular
    expression then confirms, so a sheet without formulas costs little more than inflating
    it."""
    tail = b""
    with book.open(member) as fh:
        while chunk := fh.read(CHUNK):
            for text in (chunk, tail + chunk[:16]):
                if b"f>" in text and END_TAG.search(text):
                    return True
            tail = chunk[-16:]
    return False


def _sheet_member(book: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding the sheet named ``sheet``, from the workbook's relations."""
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rel_id = next(
        (s.get(f"{REL}id") for s in workbook.iter(f"{MAIN}sheet") if s.get("name") == sheet),
        None,
    )
    if rel_id is None:
        return None
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    target = next(
        (r.get("Target", "") for r in rels.iter(f"{PKG_REL}Relationship") if r.get("Id") == rel_id),
        "",
    )
    if not target:
        return None
    if target.startswith("/"):
        return target.lstrip("/")
    return str(PurePosixPath("xl") / target)
