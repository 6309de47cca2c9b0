"""Finding the table in a sheet: the header row, blank and total rows, pivot tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from leaddesk.core.importing import content as values_of
from leaddesk.core.importing import recognise as rec
from leaddesk.core.source_table import normalise_header
from leaddesk.core.values import cell_text

TOTAL_WORDS = frozenset(
    (
        "total", "grand total", "totals", "subtotal", "sum", "totale", "totale complessivo",
        "total general", "total geral", "suma", "celkem", "celkovy soucet", "soucet",
    )
)  # fmt: skip
PIVOT_HEADERS = frozenset(
    ["row labels", "etiquetas de fila", "etichette di riga", "popisky radku", "sum of"]
)


def is_blank(row: Sequence[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


def is_total_row(row: Sequence[Any]) -> bool:
    """'Total', 'Grand Total', 'Celkem' … in the first filled cell: a summary, not a lead."""
    for cell in row:
        text = cell_text(cell)
        if text:
            return normalise_header(text) in TOTAL_WORDS
    return False


def is_pivot_header(header: Sequence[str]) -> bool:
    first = next((normalise_header(h) for h in header if h.strip()), "")
    return first in PIVOT_HEADERS or first.startswith("sum of ")


def _one_column_header(candidates: Sequence[tuple[int, Sequence[Any]]]) -> int:
    """A one-column list (emails, names): the header is the last text above the first value
    that is plainly data (an email, a phone), or else the first filled row."""
    texts = [next(cell_text(c) for c in row if cell_text(c)) for _, row in candidates]
    for pos, text in enumerate(texts):
        if values_of.content_reason([text]) in (rec.R_EMAIL, rec.R_PHONE, rec.R_URL):
            return candidates[max(pos - 1, 0)][0]
    return candidates[0][0]


def find_header_row(rows: Sequence[Sequence[Any]], look: int = 30) -> int | None:
    """The index of the header row among the first rows: title and blank rows are skipped.

    The header is the first row whose filled cells are all text, with at least two of them
    and at least half as many as the widest of the rows that follow.
    """
    candidates = [(i, row) for i, row in enumerate(rows[:look]) if not is_blank(row)]
    if candidates and all(sum(1 for c in r if cell_text(c)) == 1 for _, r in candidates):
        return _one_column_header(candidates)
    for pos, (index, row) in enumerate(candidates):
        filled = [c for c in row if cell_text(c)]
        if len(filled) < 2 and len(candidates) > pos + 1:
            continue
        if not all(isinstance(c, str) for c in filled):
            continue
        following = [r for _, r in candidates[pos + 1 : pos + 6]]
        widest = max((sum(1 for c in r if cell_text(c)) for r in following), default=0)
        if len(filled) * 2 >= widest:
            return index
    return candidates[0][0] if candidates else None
