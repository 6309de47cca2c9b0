"""Reading spreadsheets and text tables into a :class:`~leaddesk.core.source_table.SourceTable`.

safety: hostile files; encodings and text: CSV and text; workbooks: xlsx/xls/ods; tables: header and rows.
"""

from __future__ import annotations

from pathlib import Path

from leaddesk.core.errors import ImportFileError
from leaddesk.core.source_table import SourceTable
from leaddesk.storage.reading.records import read_json_records
from leaddesk.storage.reading.safety import LIMITS, FileLimits
from leaddesk.storage.reading.text import read_text_table
from leaddesk.storage.reading.workbooks import list_sheets, read_workbook

WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_TABLES = (".csv", ".tsv", ".txt")
JSON_FILES = (".json",)

__all__ = ["list_sheets", "read_table"]


def read_table(
    path: Path | str,
    sheet: str | None = None,
    limits: FileLimits = LIMITS,
    *,
    encoding: str | None = None,
) -> SourceTable:
    """Open ``path`` and find its table; ImportFileError names the file/sheet/row/column.

    ``encoding`` reads a text table in that encoding instead of the detected one; workbooks
    and JSON carry their own, so it does not apply to them.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ImportFileError("does not exist", file=path.name)
    if path.is_dir():
        raise ImportFileError("is a folder, not a file", file=path.name)
    if suffix in WORKBOOKS:
        return read_workbook(path, sheet, limits)
    if suffix in TEXT_TABLES:
        if sheet is not None:
            raise ImportFileError("is a text table; it has no sheets", file=path.name, sheet=sheet)
        return read_text_table(path, limits, encoding)
    if suffix in JSON_FILES:
        return read_json_records(path, limits)
    raise ImportFileError(
        f"has the extension {suffix or '(none)'!r}; LeadDesk imports "
        f"{', '.join(WORKBOOKS + TEXT_TABLES + JSON_FILES)}",
        file=path.name,
    )
