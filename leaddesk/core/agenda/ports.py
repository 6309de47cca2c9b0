"""What storage implements for the agenda."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from leaddesk.core.agenda.handover import Acceptance
from leaddesk.core.agenda.values import FollowUp, FollowUpKind, NewFollowUp, WaitingLead
from leaddesk.core.stages import Stage


class AgendaRepository(Protocol):
    """Follow-ups and meetings, and the leads waiting in MQL and SAL. Each write is one
    transaction and touches the lead, so other users' copies see it at their next poll."""

    def add_follow_up(self, item: NewFollowUp) -> FollowUp: ...

    def get_follow_up(self, follow_up_id: int) -> FollowUp: ...

    def set_done(self, follow_up_id: int, at: datetime | None, by: str) -> FollowUp:
        """Mark done (``at`` None: open again)."""
        ...

    def reschedule(self, follow_up_id: int, due_on: date, at: datetime | None) -> FollowUp:
        """Move it to ``due_on`` (a meeting also to its new time ``at``)."""
        ...

    def complete_open(
        self, lead_id: int, kinds: Sequence[FollowUpKind], at: datetime, by: str
    ) -> list[int]:
        """Mark the lead's open items of ``kinds`` done; returns their ids."""
        ...

    def lead_follow_ups(self, lead_id: int, *, include_done: bool = False) -> list[FollowUp]: ...

    def due(
        self,
        user: str,
        kinds: Sequence[FollowUpKind],
        start: date | None,
        end: date,
        limit: int,
    ) -> tuple[list[FollowUp], int]:
        """Open items of ``kinds`` due in [start, end) (start None: everything before end),
        earliest first, for ``user`` (empty: everyone); the first ``limit`` and the total."""
        ...

    def waiting(
        self,
        stage: Stage,
        user: str,
        now: datetime,
        limit_hours: int,
        skip_after: date | None,
        limit: int,
    ) -> tuple[list[WaitingLead], int]:
        """Unarchived leads in ``stage`` owned by ``user`` or by nobody (empty: everyone):
        the first ``limit`` in ``call_order`` (SAL) or ``mql_order`` (MQL), and the total.
        ``skip_after``: leave out leads with an open call-back due after that day."""
        ...

    def hand_over_data(
        self, since: datetime | None = None
    ) -> tuple[list[Acceptance], dict[int, list[datetime]], dict[int, list[datetime]]]:
        """SAL entries with owners, and each lead's sorted MQL entries and call times."""
        ...
