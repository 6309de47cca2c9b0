"""The agenda's storage: follow-ups, meetings and call-backs, and the leads waiting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, exists, false, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.core.agenda.handover import Acceptance
from leaddesk.core.agenda.values import (
    FollowUp,
    FollowUpKind,
    NewFollowUp,
    WaitingLead,
    hours_between,
)
from leaddesk.core.errors import LeadNotFound
from leaddesk.core.leads import display_name
from leaddesk.core.stages import Stage
from leaddesk.storage.models import FollowUpRow, InteractionRow, LeadRow, StageChangeRow


class FollowUpNotFound(LeadNotFound):
    """The follow-up is gone (its call was undone, or another user removed it)."""


#: The columns of a follow-up, read as plain rows (no ORM objects: the day reads hundreds).
FOLLOW_UP_COLUMNS = tuple(FollowUpRow.__table__.c)


def _follow_up(row: Any, lead: Any = None) -> FollowUp:
    name = ""
    company = ""
    if lead is not None:
        name = display_name(lead.first_name, lead.last_name, lead.email)
        company = lead.company
    return FollowUp(
        id=row.id,
        lead_id=row.lead_id,
        kind=FollowUpKind(row.kind),
        due_on=row.due_on,
        what=row.what,
        content=row.content,
        owner=row.owner,
        at=row.at,
        done_at=row.done_at,
        done_by=row.done_by,
        interaction_id=row.interaction_id,
        lead_name=name,
        company=company,
    )


def _touch(s: Session, lead_id: int) -> None:
    """Others' copies poll ``leads.updated_at``: a follow-up done here is done there too."""
    s.execute(
        update(LeadRow).where(LeadRow.id == lead_id).values(updated_at=datetime.now(UTC)),
        execution_options={"synchronize_session": False},
    )


class SqlAgendaRepository:
    """:class:`~leaddesk.core.agenda.ports.AgendaRepository` on SQLite or PostgreSQL."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session = session_factory

    # -- writes --------------------------------------------------------------------------
    def add_follow_up(self, item: NewFollowUp) -> FollowUp:
        with self._session.begin() as s:
            if s.get(LeadRow, item.lead_id) is None:
                raise LeadNotFound(item.lead_id)
            row = FollowUpRow(
                lead_id=item.lead_id,
                kind=item.kind.value,
                due_on=item.due_on,
                at=item.at,
                what=item.what,
                content=item.content,
                owner=item.owner,
                created_at=item.created_at or datetime.now(UTC),
                actor=item.actor,
                done_by="",
                interaction_id=item.interaction_id,
            )
            s.add(row)
            s.flush()
            _touch(s, item.lead_id)
            return _follow_up(row)

    def _row(self, s: Session, follow_up_id: int) -> FollowUpRow:
        row = s.get(FollowUpRow, follow_up_id)
        if row is None:
            raise FollowUpNotFound(follow_up_id)
        return row

    def get_follow_up(self, follow_up_id: int) -> FollowUp:
        with self._session() as s:
            return _follow_up(self._row(s, follow_up_id))

    def set_done(self, follow_up_id: int, at: datetime | None, by: str) -> FollowUp:
        with self._session.begin() as s:
            row = self._row(s, follow_up_id)
            row.done_at, row.done_by = at, by if at is not None else ""
            s.flush()
            _touch(s, row.lead_id)
            return _follow_up(row)

    def reschedule(self, follow_up_id: int, due_on: date, at: datetime | None) -> FollowUp:
        with self._session.begin() as s:
            row = self._row(s, follow_up_id)
            row.due_on, row.at = due_on, at
            s.flush()
            _touch(s, row.lead_id)
            return _follow_up(row)

    def complete_open(
        self, lead_id: int, kinds: Sequence[FollowUpKind], at: datetime, by: str
    ) -> list[int]:
        with self._session.begin() as s:
            ids = list(
                s.scalars(
                    select(FollowUpRow.id).where(
                        FollowUpRow.lead_id == lead_id,
                        FollowUpRow.done_at.is_(None),
                        FollowUpRow.kind.in_([k.value for k in kinds]),
                    )
                )
            )
            if ids:
                s.execute(
                    update(FollowUpRow)
                    .where(FollowUpRow.id.in_(ids))
                    .values(done_at=at, done_by=by),
                    execution_options={"synchronize_session": False},
                )
                _touch(s, lead_id)
            return ids

    # -- reads ---------------------------------------------------------------------------
    def lead_follow_ups(self, lead_id: int, *, include_done: bool = False) -> list[FollowUp]:
        query = select(FollowUpRow).where(FollowUpRow.lead_id == lead_id)
        if not include_done:
            query = query.where(FollowUpRow.done_at.is_(None))
        with self._session() as s:
            rows = s.scalars(query.order_by(FollowUpRow.due_on, FollowUpRow.id))
            return [_follow_up(r) for r in rows]

    def due(
        self,
        user: str,
        kinds: Sequence[FollowUpKind],
        start: date | None,
        end: date,
        limit: int,
    ) -> tuple[list[FollowUp], int]:
        where = [
            FollowUpRow.done_at.is_(None),
            FollowUpRow.kind.in_([k.value for k in kinds]),
            FollowUpRow.due_on < end,
            LeadRow.archived.is_not(True),
        ]
        if start is not None:
            where.append(FollowUpRow.due_on >= start)
        if user:
            where.append(FollowUpRow.owner == user)
        joined = and_(*where)
        lead_cols = (LeadRow.first_name, LeadRow.last_name, LeadRow.email, LeadRow.company)
        query: Select[Any] = (
            select(*FOLLOW_UP_COLUMNS, *lead_cols)
            .join(LeadRow, LeadRow.id == FollowUpRow.lead_id)
            .where(joined)
            .order_by(FollowUpRow.due_on, FollowUpRow.at, FollowUpRow.id)
            .limit(limit)
        )
        # Counted apart, and only when the page is full: the rows come in index order and
        # stop at the limit, the count reads no more than it must.
        count = (
            select(func.count())
            .select_from(FollowUpRow)
            .join(LeadRow, LeadRow.id == FollowUpRow.lead_id)
            .where(joined)
        )
        with self._session() as s:
            rows = [_follow_up(r, r) for r in s.execute(query)]
            return rows, (len(rows) if len(rows) < limit else int(s.scalar(count) or 0))

    def waiting(
        self,
        stage: Stage,
        user: str,
        now: datetime,
        limit_hours: int,
        skip_after: date | None,
        limit: int,
    ) -> tuple[list[WaitingLead], int]:
        # "archived = false", an equality: the (stage, archived, stage_entered_at) index then
        # gives the MQLs in waiting order and counts them without reading the rows.
        where: list[Any] = [LeadRow.stage == stage.value, LeadRow.archived == false()]
        if user:
            where.append(LeadRow.owner.in_((user, "")))
        if skip_after is not None:
            later = exists().where(
                FollowUpRow.lead_id == LeadRow.id,
                FollowUpRow.done_at.is_(None),
                FollowUpRow.kind == FollowUpKind.CALL_BACK.value,
                FollowUpRow.due_on > skip_after,
            )
            where.append(~later)
        cutoff = now - timedelta(hours=limit_hours)
        if stage is Stage.SAL:  # the order of ``call_order``, done by the database
            late_first = case((LeadRow.stage_entered_at < cutoff, 0), else_=1)
            order: tuple[Any, ...] = (late_first, LeadRow.score.desc(), LeadRow.stage_entered_at)
        else:  # ``mql_order``: the longest wait first
            order = (LeadRow.stage_entered_at,)
        query = (
            select(
                LeadRow.id,
                LeadRow.first_name,
                LeadRow.last_name,
                LeadRow.email,
                LeadRow.company,
                LeadRow.owner,
                LeadRow.score,
                LeadRow.stage_entered_at,
            )
            .where(*where)
            .order_by(*order, LeadRow.id)
            .limit(limit)
        )
        count = select(func.count()).select_from(LeadRow).where(*where)
        with self._session() as s:
            found = list(s.execute(query))
            rows = [
                WaitingLead(
                    lead_id=r.id,
                    name=display_name(r.first_name, r.last_name, r.email),
                    company=r.company,
                    owner=r.owner,
                    score=r.score,
                    stage=stage,
                    waited_hours=hours_between(r.stage_entered_at, now),
                    limit_hours=limit_hours,
                )
                for r in found
            ]
            return rows, (len(rows) if len(rows) < limit else int(s.scalar(count) or 0))

    # -- the hand-over report ------------------------------------------------------------
    def hand_over_data(
        self, since: datetime | None = None
    ) -> tuple[list[Acceptance], dict[int, list[datetime]], dict[int, list[datetime]]]:
        """SAL entries (since ``since``) with the lead's owner, and each lead's MQL entries
        and calls (or attempts), sorted: what :func:`hand_over` needs."""
        sal = (
            select(StageChangeRow.lead_id, StageChangeRow.at, LeadRow.owner)
            .join(LeadRow, LeadRow.id == StageChangeRow.lead_id)
            .where(StageChangeRow.to_stage == Stage.SAL.value, LeadRow.archived.is_not(True))
        )
        if since is not None:
            sal = sal.where(StageChangeRow.at >= since)
        mql = select(StageChangeRow.lead_id, StageChangeRow.at).where(
            StageChangeRow.to_stage == Stage.MQL.value
        )
        calls = select(InteractionRow.lead_id, InteractionRow.occurred_at).where(
            InteractionRow.kind.in_(("call", "call_attempt"))
        )
        with self._session() as s:
            accepted = [Acceptance(r.lead_id, r.at, r.owner) for r in s.execute(sal)]
            wanted = {a.lead_id for a in accepted}
            entries: dict[int, list[datetime]] = {}
            for lead_id, at in s.execute(mql):
                if lead_id in wanted:
                    entries.setdefault(lead_id, []).append(at)
            called: dict[int, list[datetime]] = {}
            for lead_id, at in s.execute(calls):
                if lead_id in wanted:
                    called.setdefault(lead_id, []).append(at)
        for times in (*entries.values(), *called.values()):
            times.sort()
        return accepted, entries, called
