"""Activity exports (email, form and analytics tools) turned into interactions.

Two shapes of file are understood: one row per event (who, when, what, detail) and one row
per person with counts ("Opens", "Clicks") — each count becomes that many interactions.
Every event has a natural key (person, time, kind, detail), so importing the same file, or an
overlapping export a week later, adds no duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from hashlib import sha256
from typing import Any, NamedTuple

from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.values import (
    DateOrder,
    ValueProblem,
    cell_text,
    parse_date,
)


class Event(NamedTuple):
    """One interaction to record, with who it belongs to.

    An immutable tuple rather than a dataclass: an import makes a million of these, and a
    tuple is built several times faster.
    """

    row: int
    email: str  # lower-cased key; "" when the person is named by lead id
    lead_id: int | None
    kind: InteractionKind
    occurred_at: datetime
    detail: str
    campaign: str
    offer: Offer | None
    natural_key: str


@dataclass(frozen=True, slots=True)
class EventProblem:
    row: int
    column: str | None
    reason: str
    cells: tuple[Any, ...] = ()

    @property
    def message(self) -> str:
        return f"{self.column}: {self.reason}" if self.column else self.reason


def natural_key(
    who: str, when: datetime | None, kind: InteractionKind, detail: str, ordinal: int = 0
) -> str:
    """The identity of an event across files: same person, time, kind and detail."""
    stamp = str(int(when.timestamp())) if when else "-"
    return natural_key_of_stamp(who, stamp, kind.value, detail, ordinal)


def natural_key_of_stamp(who: str, stamp: str, kind: str, detail: str, ordinal: int) -> str:
    """The natural key from a time already written as whole Unix seconds (or "-")."""
    # The stored keys of earlier imports were made this way: changing it would let a
    # re-import of an old file in again.
    text = "\x1f".join((who, stamp, kind, detail.strip().lower(), str(ordinal)))
    return sha256(text.encode()).hexdigest()[:40]


def parse_event_time(value: Any, order: DateOrder) -> datetime:
    """A cell as an aware UTC datetime: dates, date-times, ISO with Z, Unix seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 10**8:
        return datetime.fromtimestamp(float(value), UTC)
    text = cell_text(value)
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        try:  # the common case, ISO 8601: no guessing needed
            parsed_iso = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            if parsed_iso.tzinfo is None:
                return parsed_iso.replace(tzinfo=UTC)
            return parsed_iso.astimezone(UTC)
    if text.isdigit() and len(text) in (10, 13):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    try:
        parsed = parse_date(value, order)
    except ValueProblem:
        from dateutil import parser as dateutil_parser

        try:
            parsed = dateutil_parser.parse(text, dayfirst=order is DateOrder.DAY_FIRST)
        except (ValueError, OverflowError):
            raise ValueProblem(f"{text[:40]!r} is not a date") from None
    if isinstance(parsed, datetime):
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        try:
            return parsed.astimezone(UTC)
        except (ValueError, OverflowError):  # an "offset" of days, or beyond year 1..9999
            raise ValueProblem(f"{text[:40]!r} is not a date") from None
    assert isinstance(parsed, date)
    return datetime.combine(parsed, time(0), UTC)
