"""The mapping of an activity file: each column's role, each "what" value's meaning.

Checked before a dry run or import: a mapping that names no person, no date or nothing that
happened is refused with what is missing. A people file resolves a tool's own person ids.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from leaddesk.core.activity.column_roles import COUNT_ROLES, Role, suggest_roles
from leaddesk.core.activity.event_types import EventType
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.values import (
    DateOrder,
    ValueProblem,
    cell_text,
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
