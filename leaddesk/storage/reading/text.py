"""Text tables (.csv, .tsv, .txt): encoding, dialect, odd line endings, huge lines.

The encoding is detected on bytes (BOM, UTF-16 zero patterns, a full UTF-8 check, then the
code page whose reading is most plausible Spanish, Italian, Czech or English: see
:mod:`~leaddesk.storage.reading.encodings`), or given by the user; the dialect is sniffed on a sample by clevercsv and the file is then
read, streaming, with the standard ``csv`` module.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from leaddesk.core.errors import ImportFileError
from leaddesk.core.exporting.plan import csv_unescape
from leaddesk.core.source_table import SourceTable
from leaddesk.storage.reading.encodings import canonical, choose_encoding
from leaddesk.storage.reading.safety import LIMITS, FileLimits, check_spreadsheet_safe
from leaddesk.storage.reading.tables import PREVIEW_ROWS, TableShape, data_rows

SAMPLE_BYTES = 1 << 20
SNIFF_CHARS = 64 * 1024
MAX_LINE_CHARS = 1 << 20  # one physical line; a real row is never a mebibyte long
DELIMITERS = [",", ";", "\t", "|"]
csv.field_size_limit(MAX_LINE_CHARS)


@dataclass(frozen=True)
class TextFormat:
    encoding: str
    delimiter: str
    quotechar: str
    escapechar: str | None
    double_cr: bool  # every line ends in \r\r\n: drop the phantom blank lines


def detect_encoding(path: Path, head: bytes) -> str:
    """The text encoding of a file: BOMs, UTF-16 without BOM, UTF-8, else a legacy code page."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head[:4096]:
        sample = head[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 4 and even < odd // 8:
            return "utf-16-le"
        if even > len(sample) // 4 and odd < even // 8:
            return "utf-16-be"
        raise ImportFileError("is not a text table (it holds binary data)", file=path.name)
    bad = _first_non_utf8(path)
    if bad is None:
        return "utf-8"
    sample = head[:262_144]
    if sample.isascii():  # the sample was clean but a later byte was not: look there
        with path.open("rb") as fh:
            fh.seek(max(bad - 32_768, 0))
            sample = fh.read(65_536)
    from charset_normalizer import from_bytes

    general = [match.encoding for match in from_bytes(sample)]
    return choose_encoding(sample, general)


def chosen_encoding(path: Path, head: bytes, name: str) -> str:
    """The encoding the user named, checked; UTF-8 on a file with a BOM drops the BOM."""
    try:
        encoding = canonical(name)
    except ValueError as err:
        raise ImportFileError(f"cannot be read ({err})", file=path.name) from None
    if encoding == "utf-8" and head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    return encoding


def _first_non_utf8(path: Path) -> int | None:
    """Where the file stops being UTF-8 (about), or None when all of it is."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with path.open("rb") as fh:
        try:
            while chunk := fh.read(8 << 20):
                decoder.decode(chunk)
                offset += len(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as err:
            return offset + max(err.start, 0)
    return None


def sniff_format(path: Path, head: bytes, encoding: str) -> TextFormat:
    """Delimiter and quoting from a sample (clevercsv), the line-ending quirk from the bytes."""
    text = head.decode(encoding, errors="replace")
    if len(head) >= SAMPLE_BYTES and "\n" not in text and "\r" not in text:
        raise ImportFileError(
            f"row 1 is longer than {MAX_LINE_CHARS // 1024} KiB without a line break; "
            "this is not a table of leads",
            file=path.name,
            row=1,
        )
    sample = text[:SNIFF_CHARS]
    cut = max(sample.rfind("\n"), sample.rfind("\r"))
    if cut > 0 and len(text) > SNIFF_CHARS:
        sample = sample[:cut]
    lines = sample.count("\n")
    double_cr = lines > 0 and sample.count("\r\r\n") >= max(1, lines // 2)
    if double_cr:
        sample = sample.replace("\r\r\n", "\r\n")
    if path.suffix.lower() == ".tsv":
        return TextFormat(encoding, "\t", '"', None, double_cr)
    delimiter, quotechar, escapechar = _sniff_dialect(sample)
    return TextFormat(encoding, delimiter, quotechar, escapechar, double_cr)


def _sniff_dialect(sample: str) -> tuple[str, str, str | None]:
    import clevercsv

    try:
        dialect = clevercsv.Detector().detect(sample, delimiters=DELIMITERS)
    except Exception:  # clevercsv can fail on degenerate samples; fall back to counting
        dialect = None
    if dialect is not None and dialect.delimiter in DELIMITERS:
        quote = dialect.quotechar if dialect.quotechar in ('"', "'") else '"'
        return dialect.delimiter, quote, dialect.escapechar or None
    first = sample.splitlines()[0] if sample.strip() else ""
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return (best if counts[best] else ","), '"', None


def _lines(fh: IO[str], fmt: TextFormat, file: str) -> Iterator[str]:
    """Physical lines, refusing any longer than MAX_LINE_CHARS (a 100-MB 'line')."""
    line_no = 0
    while True:
        line = fh.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        line_no += 1
        if len(line) > MAX_LINE_CHARS:
            raise ImportFileError(
                f"line {line_no} is longer than {MAX_LINE_CHARS // 1024} KiB; this is not a "
                "table of leads",
                file=file,
            )
        if fmt.double_cr and line == "\r\n":
            continue
        yield line


def _records(path: Path, fmt: TextFormat, limits: FileLimits) -> Iterator[tuple[int, list[str]]]:
    errors = "strict" if fmt.encoding.startswith("utf") else "replace"
    with path.open("r", encoding=fmt.encoding, errors=errors, newline="") as fh:
        reader = csv.reader(
            _lines(fh, fmt, path.name),
            delimiter=fmt.delimiter,
            quotechar=fmt.quotechar,
            escapechar=fmt.escapechar,
            doublequote=True,
            strict=False,
        )
        number = 0
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                raise ImportFileError(
                    f"cannot be read as a table ({err})", file=path.name, row=number + 1
                ) from None
            except UnicodeDecodeError:
                raise ImportFileError(
                    f"is not valid {fmt.encoding} text", file=path.name, row=number + 1
                ) from None
            number += 1
            if number > limits.max_rows + 1:
                raise ImportFileError(
                    f"has more than {limits.max_rows:,} rows; the limit is {limits.max_rows:,}",
                    file=path.name,
                    row=number,
                )
            if len(record) > limits.max_columns:
                raise ImportFileError(
                    f"has {len(record):,} columns; the limit is {limits.max_columns:,}",
                    file=path.name,
                    row=number,
                )
            # A leading ' is how spreadsheets (and LeadDesk's CSV export) keep =, +, -, @
            # from running as a formula; the value itself starts after it.
            yield number, [csv_unescape(c) if c[:1] == "'" else c for c in record]


def read_text_table(
    path: Path, limits: FileLimits = LIMITS, encoding: str | None = None
) -> SourceTable:
    """A CSV/TSV/TXT file as a table that streams its rows, in ``encoding`` or the one
    detected."""
    check_spreadsheet_safe(path, limits)
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError("is empty (0 bytes)", file=path.name)
    with path.open("rb") as fh:
        head = fh.read(SAMPLE_BYTES)
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ImportFileError(
            "is a workbook saved with a text extension; rename it to .xlsx or .xls",
            file=path.name,
        )
    if encoding is None:
        encoding = detect_encoding(path, head)
    else:
        encoding = chosen_encoding(path, head, encoding)
    fmt = sniff_format(path, head, encoding)
    head_records: list[tuple[int, list[str]]] = []
    for record in _records(path, fmt, limits):
        head_records.append(record)
        if len(head_records) >= 40 + PREVIEW_ROWS:
            break
    if not any(any(c.strip() for c in r) for _, r in head_records):
        raise ImportFileError("holds no rows (it is empty)", file=path.name)
    shape = TableShape(
        [r for _, r in head_records[:40]],
        file=path.name,
        sheet=None,
        limits=limits,
        row_numbers=[n for n, _ in head_records[:40]],
    )
    header_number = shape.header_row

    def open_rows() -> Iterator[tuple[int, Any]]:
        records = _records(path, fmt, limits)
        return data_rows(((n, r) for n, r in records if n > header_number), shape)

    preview_source = ((n, r) for n, r in head_records if n > header_number)
    preview = tuple(tuple(c) for _, c in data_rows(preview_source, shape))[:PREVIEW_ROWS]
    complete = len(head_records) < 40 + PREVIEW_ROWS
    if complete:
        count = len(preview)
    else:
        per_row = len(head) / max(head.count(b"\n") // (2 if fmt.double_cr else 1), 1)
        count = max(round(size / per_row) - header_number, 0)  # the header is no data row
    return SourceTable(
        file_name=path.name,
        path=path,
        sheet=None,
        sheets=(),
        header_row=header_number,
        headers=shape.headers,
        headerless=shape.headerless,
        preview=preview,
        open_rows=open_rows,
        row_count=count,
        estimated=not complete,
        encoding=fmt.encoding,
    )
