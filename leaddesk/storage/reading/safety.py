"""Every imported file is hostile until checked: zip bombs, XML entities, absurd sizes.

Two more rules that hold for every reader of outside files:

- openpyxl parses through ``defusedxml`` (a dependency), so even a part that slips past these
  checks cannot expand entities or fetch external ones.
- Paths found *inside* a file (an "attachment" column, a hyperlink, an external workbook
  link) are data, never opened or followed: LeadDesk stores such text as it is.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from leaddesk.core.errors import ImportFileError

ZIP_FORMATS = (".xlsx", ".xlsm", ".ods")
#: the parts a spreadsheet reader parses as XML (VML drawings too)
XML_PARTS = (".xml", ".rels", ".vml")
SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$", re.IGNORECASE)
DIMENSION = re.compile(
    r'<(?:\w+:)?dimension\s+ref="(?P<col1>[A-Z]{1,3})(?P<row1>\d{1,9})(?::(?P<col2>[A-Z]{1,3})(?P<row2>\d{1,9}))?"'
)
BLANK = re.compile(r"[ \t\r\n\ufeff]*")
PROLOG_LIMIT = 64 * 1024  # a real spreadsheet's prolog is a line or two
DIMENSION_WINDOW = 4096  # <dimension> comes right after the root element


@dataclass(frozen=True)
class FileLimits:
    max_file_bytes: int = 1024 * 1024 * 1024  # 1 GiB on disk
    max_uncompressed_bytes: int = 1024 * 1024 * 1024  # 1 GiB unpacked, all parts together
    max_ratio: int = 200  # a part that expands more than this is a bomb, not a sheet
    max_entries: int = 10_000
    max_rows: int = 2_000_000
    max_columns: int = 2_000


LIMITS = FileLimits()


def check_spreadsheet_safe(path: Path, limits: FileLimits = LIMITS) -> None:
    """Refuse a file that would exhaust memory or smuggle XML entities; cheap, reads no cells."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ImportFileError(f"cannot be read ({err.strerror})", file=name) from None
    if size > limits.max_file_bytes:
        raise ImportFileError(
            f"is {size / 2**20:.0f} MiB; the limit is {limits.max_file_bytes / 2**20:.0f} MiB",
            file=name,
        )
    if path.suffix.lower() not in ZIP_FORMATS:
        return
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportFileError(
            "is not a valid spreadsheet (damaged, truncated, password-protected, or another "
            "kind of file renamed)",
            file=name,
        ) from None
    with archive:
        _check_archive(archive, name, limits)


def _check_archive(archive: zipfile.ZipFile, name: str, limits: FileLimits) -> None:
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise ImportFileError(
            f"holds {len(entries)} parts; the limit is {limits.max_entries}", file=name
        )
    total = sum(e.file_size for e in entries)
    if total > limits.max_uncompressed_bytes:
        raise ImportFileError(
            f"would unpack to {total / 2**20:.0f} MiB; the limit is "
            f"{limits.max_uncompressed_bytes / 2**20:.0f} MiB (a zip bomb?)",
            file=name,
        )
    for entry in entries:
        if entry.file_size > 1_000_000 and entry.file_size > limits.max_ratio * max(
            entry.compress_size, 1
        ):
            raise ImportFileError(
                f"part {entry.filename} expands {entry.file_size // max(entry.compress_size, 1)}"
                f" times; the limit is {limits.max_ratio} (a zip bomb?)",
                file=name,
            )
        if entry.filename.lower().endswith(XML_PARTS):
            with archive.open(entry) as fh:
                head = _read_prolog(fh)
            if head is None:
                raise ImportFileError(
                    f"part {entry.filename} declares XML entities (a DOCTYPE) or hides its "
                    "start behind a long preamble, which spreadsheets never need; refused "
                    "for safety",
                    file=name,
                )
            if SHEET_PART.match(entry.filename):
                _check_declared_dimension(head, entry.filename, name, limits)


def _decode(raw: bytes) -> str:
    """Enough of the text to see markup, whatever the encoding an attacker picked."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace")
    if raw[:2] == b"<\x00":
        return raw.decode("utf-16-le", errors="replace")
    if raw[:2] == b"\x00<":
        return raw.decode("utf-16-be", errors="replace")
    return raw.decode("utf-8", errors="replace")


def _prolog_verdict(text: str) -> bool | None:
    """True: the root element starts with no DTD before it; False: a DTD; None: read more."""
    pos = 0
    while True:
        pos = BLANK.match(text, pos).end()  # type: ignore[union-attr]
        for opening, closing in (("<?", "?>"), ("<!--", "-->")):
            if text.startswith(opening, pos):
                end = text.find(closing, pos + len(opening))
                if end < 0:
                    return None
                pos = end + len(closing)
                break
        else:
            if len(text) - pos < 2:
                return None
            # "<!" that is not a comment is a DOCTYPE (or a CDATA/markup declaration that has
            # no business before the root element): where entities are declared.
            return not text.startswith("<!", pos)


def _read_prolog(fh: IO[bytes]) -> str | None:
    """The start of an XML part up to its root element; None if it declares a DTD.

    Reads in small chunks and never more than ``PROLOG_LIMIT`` bytes, so a part that hides
    a DOCTYPE behind a megabyte of comments is refused without being unpacked.
    """
    raw = b""
    while len(raw) < PROLOG_LIMIT:
        chunk = fh.read(4096)
        raw += chunk
        verdict = _prolog_verdict(_decode(raw))
        if verdict is not None or not chunk:
            if verdict is False:
                return None
            return _decode(raw + fh.read(DIMENSION_WINDOW))
    return None


def column_number(letters: str) -> int:
    """'A' → 1, 'AB' → 28: a spreadsheet column's number from its letters."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _check_declared_dimension(head: str, part: str, name: str, limits: FileLimits) -> None:
    match = DIMENSION.search(head)
    if match is None:
        return
    last_col, last_row = match["col2"] or match["col1"], match["row2"] or match["row1"]
    check_dimensions(int(last_row), column_number(last_col), file=name, sheet=part, limits=limits)


def check_dimensions(
    rows: int,
    columns: int,
    *,
    file: str | None = None,
    sheet: str | None = None,
    limits: FileLimits = LIMITS,
) -> None:
    """Refuse a sheet with more rows or columns than LeadDesk reads; readers call this too."""
    if rows > limits.max_rows:
        raise ImportFileError(
            f"has {rows:,} rows; the limit is {limits.max_rows:,}", file=file, sheet=sheet
        )
    if columns > limits.max_columns:
        raise ImportFileError(
            f"has {columns:,} columns; the limit is {limits.max_columns:,}",
            file=file,
            sheet=sheet,
        )
