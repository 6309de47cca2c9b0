"""Every imported file is hostile until checked: zip bombs, XML entities, absurd sizes."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from leaddesk.core.errors import ImportFileError

ZIP_FORMATS = (".xlsx", ".xlsm", ".ods")


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
        if entry.filename.endswith((".xml", ".rels")):
            with archive.open(entry) as fh:
                head = fh.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise ImportFileError(
                    f"part {entry.filename} declares XML entities, which spreadsheets never "
                    "need; refused for safety",
                    file=name,
                )
