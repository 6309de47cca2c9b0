"""The error workbook: rejected rows as given, plus the reason for each."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from leaddesk.core.importing.rows import RowProblem
from leaddesk.core.values import cell_text


def write_error_workbook(
    path: Path, headers: Sequence[str], problems: Sequence[RowProblem]
) -> Path:
    """The rejected rows as given plus a 'reason' column; every cell written as text, so
    nothing a spreadsheet would run as a formula is ever run."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_formulas": False}
    )
    try:
        sheet = workbook.add_worksheet("Rejected rows")
        bold = workbook.add_format({"bold": True})
        for col, name in enumerate([*headers, "reason"]):
            sheet.write_string(0, col, name, bold)
        reason_col = len(headers)
        for out_row, problem in enumerate(sorted(problems, key=lambda p: p.row), start=1):
            for col, cell in enumerate(problem.cells[:reason_col]):
                text = cell_text(cell)
                if text:
                    sheet.write_string(out_row, col, text[:32767])
            sheet.write_string(out_row, reason_col, problem.message)
        sheet.freeze_panes(1, 0)
        sheet.set_column(reason_col, reason_col, 60)
    finally:
        workbook.close()
    return path
