"""Workbooks (.xlsx, .xlsm, .xls, .ods): python-calamine first, openpyxl where it cannot."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from leaddesk.core.errors import ImportFileError
from leaddesk.core.importing.header_row import is_pivot_header
from leaddesk.core.source_table import FormulaCell, SourceTable, normalise_header
from leaddesk.storage.reading.formulas import formula_cells
from leaddesk.storage.reading.safety import LIMITS, FileLimits, check_spreadsheet_safe
from leaddesk.storage.reading.tables import PREVIEW_ROWS, TableShape, data_rows

NOTE_SHEET = re.compile(
    r"instruc|istruz|faq|readme|read me|note|notas|info|about|help|ayuda|aiuto|napoveda|navod|"
    r"pokyny|dictionary|diccionario|dizionario|slovnik|legend|glossar|changelog|cover"
)
HEAD_ROWS = 40


@dataclass
class _Sheet:
    name: str
    rows: list[list[Any]]


def _open_calamine(path: Path) -> Any:
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise ImportFileError(
            "is password-protected; save it without a password", file=path.name
        ) from None
    except Exception as err:  # calamine raises several unrelated types for damaged files
        raise ImportFileError(_damaged(err), file=path.name) from None


def _damaged(err: BaseException) -> str:
    detail = str(err).splitlines()[0][:120] if str(err) else type(err).__name__
    return f"is damaged or not a spreadsheet of its kind ({detail})"


def list_sheets(path: Path) -> list[str]:
    """The worksheets' names, visible ones first."""
    check_spreadsheet_safe(path)
    try:
        workbook = _open_calamine(path)
    except ImportFileError:
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            raise
        return [ws.title for ws in _openpyxl_book(path).worksheets]
    return _worksheets(workbook)


def _worksheets(workbook: Any) -> list[str]:
    """Worksheet names, the visible ones first (a hidden sheet may still hold the data)."""
    sheets = [m for m in workbook.sheets_metadata if "WorkSheet" in str(m.typ)]
    visible = [m.name for m in sheets if str(m.visible).endswith(".Visible")]
    return visible + [m.name for m in sheets if m.name not in visible]


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _refuse_encrypted(path: Path) -> None:
    """Excel saves a password-protected .xlsx as an OLE container instead of a zip."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        with path.open("rb") as fh:
            if fh.read(8) == OLE_MAGIC:
                raise ImportFileError(
                    "is password-protected (encrypted); save it without a password and "
                    "import it again",
                    file=path.name,
                )


def read_workbook(path: Path, sheet: str | None, limits: FileLimits = LIMITS) -> SourceTable:
    """The chosen (or the data-holding) sheet of a workbook as a table."""
    _refuse_encrypted(path)
    check_spreadsheet_safe(path, limits)
    try:
        workbook = _open_calamine(path)
        names = _worksheets(workbook)
        loader = lambda name: _calamine_rows(workbook, name, path.name, limits)  # noqa: E731
    except ImportFileError:
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            raise
        book = _openpyxl_book(path)
        names = [ws.title for ws in book.worksheets]
        loader = lambda name: _openpyxl_rows(book, name, path.name, limits)  # noqa: E731
    if not names:
        raise ImportFileError("has no worksheets", file=path.name)
    if sheet is not None:
        if sheet not in names:
            raise ImportFileError(
                f"has no sheet named {sheet!r}; its sheets: {', '.join(names)}", file=path.name
            )
        chosen = _Sheet(sheet, loader(sheet))
        shape = _shape(chosen, path.name, limits)
        _refuse_pivot(shape, chosen.name, path.name)
    else:
        chosen, shape = _choose_sheet(names, loader, path.name, limits)
    return _table(path, chosen, shape, tuple(names))


def _formulas(path: Path, sheet: str, shape: TableShape) -> tuple[FormulaCell, ...]:
    """The formula cells of the table's data rows, in the table's columns."""
    first_row = shape.header_index + 2  # the first data row, 1-based
    return tuple(
        FormulaCell(cell.row, cell.column - shape.left, cell.cached)
        for cell in formula_cells(path, sheet)
        if cell.row >= first_row and 0 <= cell.column - shape.left < shape.width
    )


def _calamine_rows(workbook: Any, name: str, file: str, limits: FileLimits) -> list[list[Any]]:
    try:
        sheet = workbook.get_sheet_by_name(name)
        _check_size(sheet.height, sheet.width, file, name, limits)
        return sheet.to_python(skip_empty_area=False)
    except ImportFileError:
        raise
    except Exception as err:
        raise ImportFileError(_damaged(err), file=file, sheet=name) from None


def _openpyxl_book(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many types for damaged files
        raise ImportFileError(_damaged(err), file=path.name) from None


def _openpyxl_rows(book: Any, name: str, file: str, limits: FileLimits) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for row in book[name].iter_rows(values_only=True):
        rows.append(["" if c is None else c for c in row])
        _check_size(len(rows), len(row), file, name, limits)
    return rows


def _check_size(height: int, width: int, file: str, sheet: str, limits: FileLimits) -> None:
    if height > limits.max_rows + 1:
        raise ImportFileError(
            f"has {height:,} rows; the limit is {limits.max_rows:,}", file=file, sheet=sheet
        )
    if width > limits.max_columns:
        raise ImportFileError(
            f"has {width:,} columns; the limit is {limits.max_columns:,}", file=file, sheet=sheet
        )


def _shape(sheet: _Sheet, file: str, limits: FileLimits) -> TableShape:
    return TableShape(sheet.rows[:HEAD_ROWS], file=file, sheet=sheet.name, limits=limits)


def _refuse_pivot(shape: TableShape, sheet: str, file: str) -> None:
    if is_pivot_header(shape.headers):
        raise ImportFileError(
            "is a pivot table (a summary of other data), not a list of leads",
            file=file,
            sheet=sheet,
            row=shape.header_row,
            column=shape.headers[0],
        )


def _choose_sheet(
    names: Sequence[str], loader: Any, file: str, limits: FileLimits
) -> tuple[_Sheet, TableShape]:
    """The biggest sheet that is neither notes nor a pivot table."""
    skipped: list[str] = []
    best: tuple[int, _Sheet, TableShape] | None = None
    for name in names:
        if len(names) > 1 and NOTE_SHEET.search(normalise_header(name)):
            skipped.append(f"{name!r} (notes)")
            continue
        sheet = _Sheet(name, loader(name))
        try:
            shape = _shape(sheet, file, limits)
        except ImportFileError:
            skipped.append(f"{name!r} (empty)")
            continue
        if is_pivot_header(shape.headers):
            skipped.append(f"{name!r} (pivot table)")
            continue
        size = (len(sheet.rows) - shape.header_index) * shape.width
        if best is None or size > best[0]:
            best = (size, sheet, shape)
    if best is None:
        raise ImportFileError(
            f"has no sheet with a list of leads: {', '.join(skipped)}; choose a sheet",
            file=file,
        )
    return best[1], best[2]


def _table(path: Path, sheet: _Sheet, shape: TableShape, names: tuple[str, ...]) -> SourceTable:
    rows = sheet.rows
    start = shape.header_index + 1

    def open_rows():
        return data_rows(((i + 1, rows[i]) for i in range(start, len(rows))), shape)

    preview = tuple(tuple(cells) for _, cells in islice(open_rows(), PREVIEW_ROWS))
    return SourceTable(
        file_name=path.name,
        path=path,
        sheet=sheet.name,
        sheets=names,
        header_row=shape.header_row,
        headers=shape.headers,
        headerless=shape.headerless,
        preview=preview,
        open_rows=open_rows,
        row_count=sum(1 for _ in open_rows()) if len(rows) < 50_000 else len(rows) - start,
        formulas=_formulas(path, sheet.name, shape),
    )
