"""Activity exports (email, form and analytics tools) turned into interactions.

Two shapes of file are understood: one row per event (who, when, what, detail) and one row
per person with counts ("Opens", "Clicks") — each count becomes that many interactions.
Every event has a natural key (person, time, kind, detail), so importing the same file, or an
overlapping export a week later, adds no duplicates.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from hashlib import sha256
from typing import Any, NamedTuple

from leaddesk.core.activity.words import (
    COUNT_ROLES,
    PERSON_ROLES,
    EventType,
    Role,
    classify_value,
    suggest_roles,
)
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.values import (
    DateOrder,
    ValueProblem,
    cell_text,
    decide_date_order,
    email_key,
    parse_date,
    parse_email,
)


@dataclass(frozen=True)
class ActivityMapping:
    """The role of each column, what each "what" value means, and the file's constants."""

    headers: tuple[str, ...]
    roles: tuple[Role, ...]
    values: Mapping[str, EventType] = field(default_factory=dict)
    #: every row is this kind when the file has no "what" column (a form tool's entries)
    fixed_kind: InteractionKind | None = None
    fixed_offer: Offer | None = None
    #: used when the file has no date column (counts, or a form export without dates)
    fixed_time: datetime | None = None
    campaign: str = ""  # stamped when the file has no campaign column
    #: the tool's person id → email, from a second file (members, contacts)
    people: Mapping[str, str] = field(default_factory=dict, compare=False)
    date_order: DateOrder = DateOrder.AUTO

    def column(self, role: Role) -> int | None:
        return next((i for i, r in enumerate(self.roles) if r is role), None)

    def columns(self, role: Role) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r is role]

    @property
    def is_count_shaped(self) -> bool:
        return any(r in COUNT_ROLES for r in self.roles)

    def as_json(self) -> dict[str, Any]:
        return {
            "roles": dict(zip(self.headers, [r.value for r in self.roles], strict=True)),
            "values": {
                k: [v.kind.value if v.kind else None, v.offer.value if v.offer else None]
                for k, v in self.values.items()
            },
            "fixed_kind": self.fixed_kind.value if self.fixed_kind else None,
            "fixed_offer": self.fixed_offer.value if self.fixed_offer else None,
        }


class ActivityMappingError(ValueProblem):
    """A mapping that cannot work: no person column, no date, nothing to count."""


def people_index(
    headers: Sequence[str], rows: Iterator[tuple[int, Sequence[Any]]], key_column: str
) -> dict[str, str]:
    """A people file as {the tool's id: email}; ``#row`` keys by data-row ordinal (1, 2, …)."""
    roles = suggest_roles(headers, [])
    email_col = next((i for i, r in enumerate(roles) if r is Role.EMAIL), None)
    if email_col is None:
        raise ActivityMappingError("the people file has no email column")
    if key_column != "#row" and key_column not in headers:
        raise ActivityMappingError(
            f"the people file has no column {key_column!r}; its columns: {', '.join(headers)}"
        )
    key_col = None if key_column == "#row" else list(headers).index(key_column)
    index: dict[str, str] = {}
    for ordinal, (_number, cells) in enumerate(rows, start=1):
        key = (
            str(ordinal)
            if key_col is None
            else cell_text(cells[key_col] if key_col < len(cells) else "")
        )
        email = cell_text(cells[email_col]) if email_col < len(cells) else ""
        if key and email and "@" in email:
            index.setdefault(key, email)
    return index


def check_mapping(mapping: ActivityMapping) -> None:
    """Raise ActivityMappingError naming what is missing."""
    ref = mapping.column(Role.PERSON_REF)
    if ref is not None and not mapping.people:
        raise ActivityMappingError(
            f"column {mapping.headers[ref]!r} names people by the tool's own id: give the "
            "people file (members or contacts export) that says whose id it is"
        )
    if mapping.column(Role.EMAIL) is None and mapping.column(Role.LEAD_ID) is None and ref is None:
        raise ActivityMappingError(
            "no column says who did it: map a column to Email (or LeadDesk ID), or a column "
            "of the tool's person ids together with its people file"
        )
    if mapping.is_count_shaped:
        return
    if mapping.column(Role.WHAT) is None and mapping.fixed_kind is None:
        raise ActivityMappingError(
            "no column says what happened: map one to 'what', or choose the kind of every row"
        )
    if mapping.column(Role.WHEN) is None and mapping.fixed_time is None:
        raise ActivityMappingError(
            "the file has no date column: map one to 'when', or give the date these events happened"
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
    return _key_of(who, stamp, kind.value, detail, ordinal)


def _key_of(who: str, stamp: str, kind: str, detail: str, ordinal: int) -> str:
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
        key = _key_of(who, stamp, kind_value, detail or campaign, 0)
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
