"""Rows of an activity file turned into events (or problems), following one mapping.

Built for a million rows: the values a file repeats (emails, "what" words) are worked out
once, and each row's columns are read as plain attributes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from leaddesk.core.activity.column_roles import COUNT_ROLES, PERSON_ROLES, Role
from leaddesk.core.activity.event_types import EventType, classify_value
from leaddesk.core.activity.events import (
    Event,
    EventProblem,
    natural_key,
    natural_key_of_stamp,
    parse_event_time,
)
from leaddesk.core.activity.mapping import ActivityMapping, check_mapping
from leaddesk.core.values import (
    DateOrder,
    ValueProblem,
    cell_text,
    decide_date_order,
    email_key,
    parse_email,
)


class EventPlanner:
    """Turns rows into events (or problems), following one mapping."""

    MAX_COUNT = 10_000  # a count beyond this is a data error, not engagement

    def __init__(self, mapping: ActivityMapping, preview: Sequence[Sequence[Any]] = ()) -> None:
        check_mapping(mapping)
        self.mapping = mapping
        self.headers = mapping.headers
        order = mapping.date_order
        when = mapping.column(Role.WHEN)
        if order is DateOrder.AUTO:
            sample = [cell_text(r[when]) for r in preview if when is not None and when < len(r)]
            order = decide_date_order(sample, DateOrder.DAY_FIRST)
        self.date_order = order
        self._col = {role: mapping.column(role) for role in Role}
        # The columns read for every row, as plain attributes (an enum-keyed lookup costs a
        # Python-level hash per row).
        self._email_col = self._col[Role.EMAIL]
        self._when_col = self._col[Role.WHEN]
        self._what_col = self._col[Role.WHAT]
        self._detail_col = self._col[Role.DETAIL]
        self._campaign_col = self._col[Role.CAMPAIGN]
        self._count_shaped = mapping.is_count_shaped
        self._person_cols = [(r.value, c) for r in PERSON_ROLES if (c := self._col[r]) is not None]
        self._count_cols = [
            (c, kind) for role, kind in COUNT_ROLES.items() for c in mapping.columns(role)
        ]
        # A file repeats the same few values over and over: each is worked out once.
        self._types: dict[Any, tuple[EventType, str]] = {}
        self._emails: dict[str, str] = {}

    def events(self, number: int, cells: Sequence[Any]) -> Iterator[Event | EventProblem]:
        """The events one row stands for: one, or one per counted occurrence."""
        yield from self.row_events(number, cells)

    def row_events(self, number: int, cells: Sequence[Any]) -> Sequence[Event | EventProblem]:
        """The events of one row, as a sequence (what ``events`` yields)."""
        if self._count_shaped:
            return tuple(self._counted(number, cells))
        try:
            email, lead_id = self._who(cells)
            when = self._when(cells)
        except _CellProblem as problem:
            return (EventProblem(number, problem.column, problem.reason, tuple(cells)),)
        detail = "" if self._detail_col is None else _text_at(cells, self._detail_col)
        campaign = "" if self._campaign_col is None else _text_at(cells, self._campaign_col)
        campaign = campaign or self.mapping.campaign
        event_type, kind_value = self._event_type(cells)
        kind = event_type.kind
        if kind is None:
            column = self.headers[self._what_col or 0]
            raw = self._text(cells, Role.WHAT)
            return (
                EventProblem(
                    number,
                    column,
                    f"{raw!r} is not a kind of interaction LeadDesk knows; map it in the "
                    "value table",
                    tuple(cells),
                ),
            )
        who = email or f"id:{lead_id}"
        stamp = str(int(when.timestamp())) if when else "-"
        key = natural_key_of_stamp(who, stamp, kind_value, detail or campaign, 0)
        occurred = when or _epoch()
        return (
            Event(number, email, lead_id, kind, occurred, detail, campaign, event_type.offer, key),
        )

    def person(self, cells: Sequence[Any]) -> dict[str, str]:
        """Name and company of a row's person, for creating the lead."""
        return {name: _text_at(cells, col) for name, col in self._person_cols}

    def _counted(self, number: int, cells: Sequence[Any]) -> Iterator[Event | EventProblem]:
        # Counts carry no per-event time: the key leaves time out, so a later export with a
        # higher count adds only the new occurrences.
        try:
            email, lead_id = self._who(cells)
            when = self._when(cells)
        except _CellProblem as problem:
            yield EventProblem(number, problem.column, problem.reason, tuple(cells))
            return
        who = email or f"id:{lead_id}"
        campaign = self._text(cells, Role.CAMPAIGN) or self.mapping.campaign
        occurred = when or self.mapping.fixed_time or _epoch()
        for column, kind in self._count_cols:
            text = cell_text(cells[column]) if column < len(cells) else ""
            if not text:
                continue
            try:
                count = int(float(text.replace(",", ".")))
            except ValueError:
                yield EventProblem(
                    number, self.headers[column], f"{text[:30]!r} is not a count", tuple(cells)
                )
                return
            if count < 0 or count > self.MAX_COUNT:
                yield EventProblem(
                    number,
                    self.headers[column],
                    f"{count} is not a plausible count",
                    tuple(cells),
                )
                return
            detail = campaign or self.headers[column]
            for ordinal in range(1, count + 1):
                yield Event(
                    number,
                    email,
                    lead_id,
                    kind,
                    occurred,
                    detail,
                    campaign,
                    None,
                    natural_key(who, None, kind, detail, ordinal),
                )

    def _who(self, cells: Sequence[Any]) -> tuple[str, int | None]:
        m = self.mapping
        col = self._email_col
        if col is not None:
            raw = cells[col] if col < len(cells) else ""
            text = raw if raw.__class__ is str else cell_text(raw)
            key = self._emails.get(text)
            if key is not None:
                return key, None
            text = cell_text(text)
            if not text:
                raise _CellProblem(self.headers[col], "is empty: no person to match")
            try:
                key = email_key(parse_email(text))
            except ValueProblem as err:
                raise _CellProblem(self.headers[col], str(err)) from None
            self._emails[raw if raw.__class__ is str else text] = key
            return key, None
        col = self._col[Role.PERSON_REF]
        if col is not None:
            ref = cell_text(cells[col]) if col < len(cells) else ""
            email = m.people.get(ref)
            if not email:
                raise _CellProblem(self.headers[col], f"{ref[:40]!r} is not in the people file")
            return email_key(email), None
        col = self._col[Role.LEAD_ID]
        assert col is not None
        text = cell_text(cells[col]) if col < len(cells) else ""
        if not text.isdigit():
            raise _CellProblem(self.headers[col], f"{text[:30]!r} is not a LeadDesk ID")
        return "", int(text)

    def _when(self, cells: Sequence[Any]) -> datetime | None:
        col = self._when_col
        if col is None:
            return self.mapping.fixed_time
        value = cells[col] if col < len(cells) else None
        if value.__class__ is str and len(value) == 19 and value[10] in " T":
            try:  # "2024-05-01 10:20:30", naive: UTC (what parse_event_time decides too)
                if value[4] == "-" and value[7] == "-":
                    return datetime.fromisoformat(value + "+00:00")
            except ValueError:
                pass
        if not cell_text(value):
            if self.mapping.fixed_time is not None or self._count_shaped:
                return self.mapping.fixed_time
            raise _CellProblem(self.headers[col], "is empty: when did it happen?")
        try:
            return parse_event_time(value, self.date_order)
        except ValueProblem as err:
            raise _CellProblem(self.headers[col], str(err)) from None

    def _event_type(self, cells: Sequence[Any]) -> tuple[EventType, str]:
        col = self._what_col
        raw = None if col is None or col >= len(cells) else cells[col]
        if raw.__class__ is not str:
            raw = (raw.__class__, raw)  # 1, 1.0 and True are equal keys but different words
        known = self._types.get(raw)
        if known is None:
            m = self.mapping
            if col is None:
                meaning = EventType(m.fixed_kind, m.fixed_offer)
            else:
                text = self._text(cells, Role.WHAT)
                meaning = m.values.get(text) or classify_value(text)
            known = (meaning, meaning.kind.value if meaning.kind else "")
            self._types[raw] = known
        return known

    def _text(self, cells: Sequence[Any], role: Role) -> str:
        col = self._col[role]
        return "" if col is None else _text_at(cells, col)


_NULLS = frozenset(("NULL", "NONE", "N/A"))


def _text_at(cells: Sequence[Any], col: int) -> str:
    if col >= len(cells):
        return ""
    value = cells[col]
    text = value.strip() if value.__class__ is str else cell_text(value)
    return "" if len(text) <= 4 and text.upper() in _NULLS else text


class _CellProblem(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


def _epoch() -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC)
