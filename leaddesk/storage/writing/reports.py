"""Reports to .xlsx with xlsxwriter: one sheet per table, real numbers, header frozen."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from leaddesk.core.reports.service import ReportExportError
from leaddesk.core.reports.tables import ColumnKind, ReportTable

FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
NUMBER_FORMATS = {
    ColumnKind.INT: "0",
    ColumnKind.PERCENT: "0.0%",
    ColumnKind.DAYS: "0.0",
    ColumnKind.DATE: "yyyy-mm-dd",
}


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name (≤ 31 characters, none of []:*?/\\)."""
    base = FORBIDDEN_IN_SHEET_NAMES.sub(" ", title).strip("' ") or "Report"
    name, n = base[:31], 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.casefold())
    return name


def write_report_workbook(path: Path, tables: Sequence[ReportTable]) -> None:
    """Write ``tables`` to ``path``; the file appears whole or not at all."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportExportError(f"Cannot write {path}: the folder {folder} does not exist.")
    fd, temp = tempfile.mkstemp(suffix=".xlsx", dir=folder)
    os.close(fd)
    try:
        _write(Path(temp), tables)
        os.replace(temp, path)
    except OSError as err:
        raise ReportExportError(f"Cannot write {path}: {err.strerror or err}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def _write(path: Path, tables: Sequence[ReportTable]) -> None:
    book = xlsxwriter.Workbook(str(path), {"remove_timezone": True})
    header = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
    formats = {kind: book.add_format({"num_format": f}) for kind, f in NUMBER_FORMATS.items()}
    taken: set[str] = set()
    for table in tables:
        sheet = book.add_worksheet(sheet_name(table.title, taken))
        for col, column in enumerate(table.columns):
            sheet.write_string(0, col, column.label, header)
            width = max([len(column.label)] + [len(_shown(r[col])) for r in table.rows[:200]])
            sheet.set_column(col, col, min(max(width + 2, 8), 50))
        for row_index, row in enumerate(table.rows, start=1):
            for col, (column, value) in enumerate(zip(table.columns, row, strict=True)):
                _write_cell(sheet, row_index, col, column.kind, value, formats)
        sheet.freeze_panes(1, 0)
        if table.rows:
            sheet.autofilter(0, 0, len(table.rows), len(table.columns) - 1)
    book.close()


def _write_cell(
    sheet: Any, row: int, col: int, kind: ColumnKind, value: Any, formats: dict[Any, Any]
) -> None:
    if value is None:
        sheet.write_blank(row, col, None)
    elif isinstance(value, date):
        sheet.write_datetime(row, col, value, formats[ColumnKind.DATE])
    elif isinstance(value, int | float) and not isinstance(value, bool):
        sheet.write_number(row, col, value, formats.get(kind))
    else:
        # Text is always text: a cell starting with "=" must never run as a formula.
        sheet.write_string(row, col, str(value))


def _shown(value: Any) -> str:
    return "" if value is None else str(value)
