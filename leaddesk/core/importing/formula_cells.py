"""Formula cells of a spreadsheet: each one in a mapped column is reported (row, column),
with the value the file saved for it, or left empty when the file saved none."""

from __future__ import annotations

from collections.abc import Iterator

from leaddesk.core.importing.rows import RowPlanner, RowProblem
from leaddesk.core.source_table import FormulaCell, Row, SourceTable

FORMULA_CACHED = "holds a formula; the value the file saved for it was used"
FORMULA_EMPTY = "holds a formula the file saved no value for (it was never calculated)"


def noting_formulas(rows: Iterator[Row], table: SourceTable, planner: RowPlanner) -> Iterator[Row]:
    """The rows as they are, reporting each formula cell of a mapped column on the way."""
    mapped = {c.index: c.header for c in planner.columns}
    by_row: dict[int, list[FormulaCell]] = {}
    for cell in table.formulas:
        if cell.column in mapped:
            by_row.setdefault(cell.row, []).append(cell)
    for number, cells in rows:
        yield number, cells
        found = by_row.get(number, ())
        row = tuple(cells) if found else ()
        for cell in found:
            reason = FORMULA_CACHED if cell.cached else FORMULA_EMPTY
            if not cell.cached:
                planner.counts["values_cleared"] += 1
            problem = RowProblem(number, mapped[cell.column], reason, row, not cell.cached)
            planner.problems.append(problem)
