"""Where exported rows go: an .xlsx workbook (xlsxwriter, constant memory) or a .csv file.

Text is always written as text: xlsxwriter's ``write_string`` never makes a formula, and a
formula-like value also gets Excel's quote prefix so editing the cell keeps it text. In CSV
such a value is prefixed with ``'``.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from leaddesk.core.exporting.plan import FORMULA_PREFIXES, csv_safe
from leaddesk.core.sheet_columns import CellKind, Column

#: Excel's last row is 1,048,576: one header row, the rest data.
MAX_DATA_ROWS = 1_048_575
SAMPLE_ROWS = 300  # column widths are fitted to the first rows
MAX_WIDTH = 50
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

_TEXT, _INTEGER, _MONEY, _DATETIME, _BOOLEAN, _PERCENT = range(6)
_KIND_CODE = {
    CellKind.TEXT: _TEXT,
    CellKind.INTEGER: _INTEGER,
    CellKind.MONEY: _MONEY,
    CellKind.DATETIME: _DATETIME,
    CellKind.BOOLEAN: _BOOLEAN,
    CellKind.PERCENT: _PERCENT,
}
_FORMULA_CHARS = frozenset(p[0] for p in FORMULA_PREFIXES)


class XlsxBook:
    """A workbook streamed to ``path`` row by row; sheets are written one after another."""

    def __init__(self, path: Path, tmpdir: Path) -> None:
        self._wb = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "tmpdir": str(tmpdir),
                # Belt and braces: only write_string is used for text anyway.
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self._wb.set_properties({"title": "LeadDesk export", "creator": "LeadDesk"})
        wb = self._wb
        self.formats = {
            "header": wb.add_format({"bold": True, "bottom": 1, "bg_color": "#EEF1F5"}),
            "quoted": wb.add_format({"quote_prefix": True}),
            _MONEY: wb.add_format({"num_format": "#,##0.00"}),
            _DATETIME: wb.add_format({"num_format": DATETIME_FORMAT}),
            _PERCENT: wb.add_format({"num_format": "0.0%"}),
            _INTEGER: wb.add_format({"num_format": "0"}),
        }

    def sheet(self, name: str, columns: Sequence[Column]) -> XlsxSheet:
        return XlsxSheet(self, name, columns)

    def add_worksheet(self, name: str) -> Worksheet:
        return self._wb.add_worksheet(name)

    def close(self) -> None:
        self._wb.close()

    def abandon(self) -> None:
        """Release the row files of an unfinished workbook (its temp folder is removed)."""
        for ws in self._wb.worksheets():
            ws._opt_close()  # xlsxwriter has no public abort; this closes the row data file


class XlsxSheet:
    """One table: bold frozen header, autofilter, fitted widths; overflows to 'Name (2)'."""

    def __init__(self, book: XlsxBook, name: str, columns: Sequence[Column]) -> None:
        self._book = book
        self._name = name
        self._columns = tuple(columns)
        self._kinds = tuple(_KIND_CODE[c.kind] for c in self._columns)
        self._widths = [len(c.header) + 3 for c in self._columns]
        f = book.formats
        self._quoted = f["quoted"]
        self._fmt = (None, f[_INTEGER], f[_MONEY], f[_DATETIME], None, f[_PERCENT])
        self._part = 0
        self.rows = 0
        self._start()

    def _start(self) -> None:
        self._part += 1
        title = self._name if self._part == 1 else f"{self._name} ({self._part})"
        self._ws = self._book.add_worksheet(title)
        header = self._book.formats["header"]
        for c, column in enumerate(self._columns):
            self._ws.write_string(0, c, column.header, header)
        self._ws.freeze_panes(1, 0)
        self._row = 1

    def append(self, values: Sequence[Any]) -> None:
        """Write one row; ``None`` and empty text leave the cell empty."""
        if self._row > MAX_DATA_ROWS:
            self._finish_part()
            self._start()
        r = self._row
        if r <= SAMPLE_ROWS:
            self._sample(values)
        ws, kinds, fmt = self._ws, self._kinds, self._fmt
        for c, value in enumerate(values):
            if value is None:
                continue
            kind = kinds[c]
            if kind == _TEXT:
                if not value:
                    continue
                if value[0] in _FORMULA_CHARS:
                    ws.write_string(r, c, value, self._quoted)
                else:
                    ws.write_string(r, c, value)
            elif kind == _DATETIME:
                ws.write_datetime(r, c, value, fmt[_DATETIME])
            elif kind == _BOOLEAN:
                ws.write_boolean(r, c, value)
            elif kind == _MONEY:
                ws.write_number(r, c, float(value), fmt[_MONEY])
            else:
                ws.write_number(r, c, value, fmt[kind])
        self._row += 1
        self.rows += 1

    def _sample(self, values: Sequence[Any]) -> None:
        for c, value in enumerate(values):
            kind = self._kinds[c]
            size = 17 if kind == _DATETIME else len(str(value)) + 2 if value is not None else 0
            if size > self._widths[c]:
                self._widths[c] = size

    def _finish_part(self) -> None:
        last_col = len(self._columns) - 1
        self._ws.autofilter(0, 0, max(self._row - 1, 1), last_col)
        for c, width in enumerate(self._widths):
            self._ws.set_column(c, c, min(width, MAX_WIDTH))

    def finish(self) -> None:
        self._finish_part()


class CsvBook:
    """The Leads table as UTF-8 CSV (with a BOM so Excel reads the accents right)."""

    def __init__(self, path: Path) -> None:
        self._fh: IO[str] = path.open("w", encoding="utf-8-sig", newline="")

    def sheet(self, name: str, columns: Sequence[Column]) -> CsvSheet:
        return CsvSheet(self._fh, columns)

    def close(self) -> None:
        self._fh.close()

    def abandon(self) -> None:
        self._fh.close()


class CsvSheet:
    def __init__(self, fh: IO[str], columns: Sequence[Column]) -> None:
        self._writer = csv.writer(fh)
        self._kinds = tuple(_KIND_CODE[c.kind] for c in columns)
        self._writer.writerow([c.header for c in columns])
        self.rows = 0

    def append(self, values: Sequence[Any]) -> None:
        self._writer.writerow([_csv_cell(k, v) for k, v in zip(self._kinds, values, strict=True)])
        self.rows += 1

    def finish(self) -> None:
        """Nothing to close per table."""


def _csv_cell(kind: int, value: Any) -> str:
    if value is None:
        return ""
    if kind == _TEXT:
        return csv_safe(value)
    if kind == _DATETIME:
        return value.isoformat(sep=" ", timespec="seconds") if isinstance(value, datetime) else ""
    if kind == _BOOLEAN:
        return "true" if value else "false"
    return str(value)
