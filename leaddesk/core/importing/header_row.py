"""Finding the table in a sheet: the header row, blank and total rows, pivot tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from leaddesk.core.importing import content as values_of
from leaddesk.core.importing import recognise as rec
from leaddesk.core.importing.mapping import header_match
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


#: Words of a one-column list's header ('Attendee names', 'Lista de contactos').
LIST_WORDS = rec.word_set(
    "name names list contacts attendees participants leads people emails clients customers "
    "guests subscribers nombres lista contactos asistentes participantes clientes invitados "
    "nomi elenco contatti partecipanti clienti invitati iscritti jmena seznam kontakty "
    "ucastnici zakaznici hoste"
)
NAME_PARTICLES = rec.word_set("de del della di da van von der la le y e dos das")
#: The name a headerless one-column list's column is given, by what its values are.
HEADERLESS_NAMES = {rec.R_EMAIL: "Email", rec.R_PHONE: "Phone", rec.R_URL: "Website"}


def _person_name(text: str) -> bool:
    """'Ana Ruiz', 'Luis de la Paz': two to five capitalised words, no digits, no list word."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() or c in "@:" for c in text):
        return False
    if set(normalise_header(text).split()) & LIST_WORDS:
        return False
    return all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words)


def _data_name(first: str, rest: Sequence[str]) -> bool:
    """A first row that is a person's name like the rows below it, not a header naming them
    ('Contact Person', 'Nombre del contacto')."""
    if not rest or not _person_name(first) or header_match(first) is not None:
        return False
    return sum(map(_person_name, rest)) >= 0.8 * len(rest)


def headerless_column(rows: Sequence[Sequence[Any]], look: int = 30) -> tuple[int, str] | None:
    """A one-column list whose first filled row is already a value (an email, a phone, a
    person's name): the index of that row and the name the column is given; None when the
    list (or the table) has a header row."""
    candidates = [(i, row) for i, row in enumerate(rows[:look]) if not is_blank(row)]
    if not candidates or any(sum(1 for c in r if cell_text(c)) != 1 for _, r in candidates):
        return None
    texts = [next(cell_text(c) for c in row if cell_text(c)) for _, row in candidates]
    kind = values_of.content_reason(texts[:1])
    if kind in HEADERLESS_NAMES:
        return candidates[0][0], HEADERLESS_NAMES[kind]
    if _data_name(texts[0], texts[1:]):
        return candidates[0][0], "Name"
    return None


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
