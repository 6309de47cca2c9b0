"""The agenda's values: follow-ups, the day's queue, and the marketing–sales limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from leaddesk.core.stages import Stage

LIMITS_KEY = "agenda.limits"
#: The section rows a day keeps (the totals are always complete).
SECTION_ROWS = 100


class FollowUpKind(StrEnum):
    """What a dated item on a lead is: a follow-up, a booked meeting, or a call to retry."""

    FOLLOW_UP = "follow_up"
    MEETING = "meeting"
    CALL_BACK = "call_back"


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something to do for a lead on a day (a meeting also has its time)."""

    id: int
    lead_id: int
    kind: FollowUpKind
    due_on: date
    what: str = ""
    content: str = ""
    owner: str = ""
    at: datetime | None = None  # a meeting's time (UTC)
    done_at: datetime | None = None
    done_by: str = ""
    interaction_id: int | None = None
    lead_name: str = ""
    company: str = ""

    @property
    def is_open(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True, slots=True)
class NewFollowUp:
    lead_id: int
    kind: FollowUpKind
    due_on: date
    what: str = ""
    content: str = ""
    owner: str = ""
    at: datetime | None = None
    interaction_id: int | None = None
    created_at: datetime | None = None
    actor: str = ""


@dataclass(frozen=True, slots=True)
class Limits:
    """The marketing–sales agreement: how long an MQL may wait, and a SAL lead for its call."""

    mql_to_sal_hours: int = 24
    sal_to_call_hours: int = 48

    def to_json(self) -> dict[str, int]:
        return {
            "mql_to_sal_hours": self.mql_to_sal_hours,
            "sal_to_call_hours": self.sal_to_call_hours,
        }

    @classmethod
    def from_json(cls, value: Any) -> Limits:
        if not isinstance(value, dict):
            return cls()
        default = cls()
        return cls(
            mql_to_sal_hours=_positive(value.get("mql_to_sal_hours"), default.mql_to_sal_hours),
            sal_to_call_hours=_positive(value.get("sal_to_call_hours"), default.sal_to_call_hours),
        )

    def limit_for(self, stage: Stage) -> int | None:
        """The limit (hours) a lead in ``stage`` waits against, if any."""
        if stage is Stage.MQL:
            return self.mql_to_sal_hours
        if stage is Stage.SAL:
            return self.sal_to_call_hours
        return None


def _positive(value: Any, default: int) -> int:
    return (
        value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default
    )


@dataclass(frozen=True, slots=True)
class WaitingLead:
    """A lead waiting in MQL or SAL: how long, against which limit."""

    lead_id: int
    name: str
    company: str
    owner: str
    score: int
    stage: Stage
    waited_hours: float
    limit_hours: int

    @property
    def is_late(self) -> bool:
        return self.waited_hours > self.limit_hours

    @property
    def share_of_limit(self) -> float:
        return self.waited_hours / self.limit_hours if self.limit_hours else 0.0


def call_order(lead: WaitingLead) -> tuple[bool, int, float, int]:
    """Calls to make, most urgent first: past the limit first, then higher score, then the
    longer wait. Simple on purpose: a rep can see why a lead is where it is."""
    return (not lead.is_late, -lead.score, -lead.waited_hours, lead.lead_id)


def mql_order(lead: WaitingLead) -> tuple[float, int]:
    """MQLs waiting for sales: oldest first."""
    return (-lead.waited_hours, lead.lead_id)


@dataclass(frozen=True, slots=True)
class Section:
    """One list of the day: its first rows and how many there are in all."""

    rows: tuple[Any, ...] = ()
    total: int = 0


@dataclass(frozen=True, slots=True)
class AgendaDay:
    """The day's queue for one user (``user`` empty: everyone)."""

    day: date
    user: str
    calls: Section = field(default_factory=Section)  # WaitingLead, most urgent first
    overdue: Section = field(default_factory=Section)  # FollowUp, oldest first
    today: Section = field(default_factory=Section)
    this_week: Section = field(default_factory=Section)
    mqls: Section = field(default_factory=Section)  # WaitingLead, oldest first
    meetings_today: Section = field(default_factory=Section)
    meetings_tomorrow: Section = field(default_factory=Section)
    limits: Limits = field(default_factory=Limits)


def end_of_week(day: date) -> date:
    """The Sunday of ``day``'s week: "this week" runs from tomorrow to it."""
    return day + timedelta(days=6 - day.weekday())


def next_working_day(day: date) -> date:
    """When to try a lead again after a missed call: the next day from Monday to Friday."""
    following = day + timedelta(days=1)
    while following.weekday() >= 5:
        following += timedelta(days=1)
    return following


def hours_between(start: datetime | None, end: datetime) -> float:
    if start is None:
        return 0.0
    return max(0.0, (end - start).total_seconds() / 3600)


def past_limit(entered_at: datetime | None, now: datetime, limit_hours: int | None) -> bool:
    """Has a lead waited in its stage longer than the hand-over limit (if it has one)?"""
    return limit_hours is not None and hours_between(entered_at, now) > limit_hours
