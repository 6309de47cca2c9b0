"""From raw rows to a table: the header row, the used columns, blank and 'Total' rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from leaddesk.core.errors import ImportFileError
from leaddesk.core.importing.header_row import find_header_row, headerless_column, is_blank
from leaddesk.core.values import cell_text
from leaddesk.storage.reading.safety import LIMITS, FileLimits

PREVIEW_ROWS = 200
TOTAL_FIRST_WORDS = frozenset(
    ["total", "grand", "totals", "subtotal", "sum", "totale", "suma", "celkem", "celkový",
     "celkovy", "součet", "soucet"]
)  # fmt: skip
#: the first letters of those words: most rows are told apart from a 'Total' row by these
TOTAL_INITIALS = frozenset(word[0] for word in TOTAL_FIRST_WORDS)


def column_letter(index: int) -> str:
    """0 → 'A', 27 → 'AB': how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def is_total_row(cells: Sequence[Any]) -> bool:
    """'Total' / 'Grand Total' / 'Celkem' as the only text in the row: a summary line."""
    label = None
    for cell in cells:
        if isinstance(cell, str):
            if not cell.strip():
                continue
            if label is not None:
                return False
            label = cell
        elif cell is not None and label is None:
            return False  # a number before any label: a data row
    if label is None:
        return False
    words = label.strip().lower().split()
    return bool(words) and words[0] in TOTAL_FIRST_WORDS and len(words) <= 3


class TableShape:
    """Where the table sits in the rows: header row, first column, width, header names."""

    def __init__(
        self,
        head: Sequence[Sequence[Any]],
        *,
        file: str,
        sheet: str | None,
        limits: FileLimits = LIMITS,
        row_numbers: Sequence[int] | None = None,
    ) -> None:
        headerless = headerless_column(head)
        index = find_header_row(head) if headerless is None else headerless[0] - 1
        if index is None:
            raise ImportFileError("holds no rows (it is empty)", file=file, sheet=sheet)
        if headerless is None:
            header = list(head[index])
            self.header_row = row_numbers[index] if row_numbers else index + 1
        else:  # a list of emails or names from its first row: the column is named for it
            first = head[headerless[0]]
            header = [headerless[1] if cell_text(c) else None for c in first]
            self.header_row = (row_numbers[headerless[0]] if row_numbers else index + 2) - 1
        filled = [i for i, c in enumerate(header) if cell_text(c)]
        self.header_index = index
        self.headerless = headerless is not None
        data = [r for r in head[index + 1 : index + 1 + PREVIEW_ROWS] if not is_blank(r)]
        used = set(filled)
        for row in data:
            used.update(i for i, c in enumerate(row) if cell_text(c))
        self.left = min(used)
        self.width = max(used) - self.left + 1
        if self.width > limits.max_columns:
            raise ImportFileError(
                f"has {self.width} columns; the limit is {limits.max_columns}",
                file=file, sheet=sheet, row=self.header_row,
            )  # fmt: skip
        self.headers = tuple(
            _header_name(header, i, self.left) for i in range(self.left, self.left + self.width)
        )
        seen: dict[str, int] = {}
        unique = []
        for name in self.headers:  # 'expected'/'Expected' or two 'Email' columns stay apart
            count = seen.get(name.lower(), 0)
            seen[name.lower()] = count + 1
            unique.append(name if count == 0 else f"{name} ({count + 1})")
        self.headers = tuple(unique)

    def cut(self, cells: Sequence[Any]) -> Sequence[Any]:
        if self.left == 0:
            return cells
        return cells[self.left :]


def _header_name(header: Sequence[Any], index: int, left: int) -> str:
    text = cell_text(header[index]) if index < len(header) else ""
    text = " ".join(text.split())  # line breaks inside a header cell
    return text or f"Column {column_letter(index)}"


def data_rows(
    numbered: Iterable[tuple[int, Sequence[Any]]], shape: TableShape
) -> Iterator[tuple[int, Sequence[Any]]]:
    """The rows after the header, cut to the table; blank and 'Total' rows left out."""
    initials = TOTAL_INITIALS
    for number, cells in numbered:
        first = cells[0] if cells else None
        if first is None or first == "" or (first.__class__ is str and first.isspace()):
            if is_blank(cells):  # the full check only when the first cell is empty
                continue
        elif first.__class__ is not str or first.lstrip()[:1].lower() not in initials:
            # A first cell that is a number, or text not starting like 'Total': a data row.
            yield number, shape.cut(cells)
            continue
        if is_total_row(cells):
            continue
        yield number, shape.cut(cells)
