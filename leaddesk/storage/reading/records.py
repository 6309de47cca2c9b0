"""JSON record exports (Salesforce SFDX tree files, plain arrays of objects) as tables."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from leaddesk.core.errors import ImportFileError
from leaddesk.core.source_table import SourceTable
from leaddesk.storage.reading.safety import LIMITS, FileLimits

MAX_JSON_BYTES = 200 * 1024 * 1024
SKIPPED_KEYS = frozenset({"attributes"})  # Salesforce's per-record type and reference


def _records(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("records", "data", "results", "items", "leads", "contacts"):
            if isinstance(data.get(key), list):
                return data[key]
    return None


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def read_json_records(path: Path, limits: FileLimits = LIMITS) -> SourceTable:
    """An array of flat objects, or {"records": [...]}; anything else is refused clearly."""
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError("is empty (0 bytes)", file=path.name)
    if size > MAX_JSON_BYTES:
        raise ImportFileError(
            f"is {size // 2**20} MiB of JSON; export it as CSV to import it", file=path.name
        )
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError) as err:
        raise ImportFileError(f"is not valid JSON ({err})", file=path.name) from None
    records = _records(data)
    if records is None or not all(isinstance(r, dict) for r in records):
        raise ImportFileError(
            "is JSON but not a list of records (expected an array of objects or "
            '{"records": [...]})',
            file=path.name,
        )
    if not records:
        raise ImportFileError("holds no records", file=path.name)
    if len(records) > limits.max_rows:
        raise ImportFileError(f"holds more than {limits.max_rows:,} records", file=path.name)
    headers: dict[str, None] = {}
    for record in records:
        headers.update((k, None) for k in record if k not in SKIPPED_KEYS)
    if len(headers) > limits.max_columns:
        raise ImportFileError(f"has {len(headers):,} fields; the limit is {limits.max_columns:,}",
                              file=path.name)  # fmt: skip
    names = tuple(headers)
    rows = [[_cell(r.get(k)) for k in names] for r in records]

    def open_rows() -> Iterator[tuple[int, list[Any]]]:
        return ((i + 1, row) for i, row in enumerate(rows))

    return SourceTable(
        file_name=path.name,
        path=path,
        sheet=None,
        sheets=(),
        header_row=0,
        headers=names,
        preview=tuple(tuple(r) for r in rows[:200]),
        open_rows=open_rows,
        row_count=len(rows),
    )
