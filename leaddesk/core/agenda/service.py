"""The agenda's use cases: set, finish and move follow-ups; the day's queue; the limits."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from leaddesk.core import history_text as text
from leaddesk.core.agenda.handover import HandOver, hand_over
from leaddesk.core.agenda.ports import AgendaRepository
from leaddesk.core.agenda.values import (
    LIMITS_KEY,
    SECTION_ROWS,
    AgendaDay,
    FollowUp,
    FollowUpKind,
    Limits,
    NewFollowUp,
    Section,
    call_order,
    end_of_week,
    mql_order,
    next_working_day,
)
from leaddesk.core.changes import Changes
from leaddesk.core.errors import LeadDeskError
from leaddesk.core.leads import InteractionKind, NewInteraction
from leaddesk.core.ports import LeadRepository, SettingsRepository
from leaddesk.core.services import Done, LeadService
from leaddesk.core.stages import Stage

CALENDAR_ID_KEY = "agenda.calendar_id"
#: Writes (path, items, calendar id, now) as an .ics file and returns how many events.
CalendarWriter = Callable[[Path, Sequence[FollowUp], str, datetime], int]
TASKS = (FollowUpKind.FOLLOW_UP,)
MEETINGS = (FollowUpKind.MEETING,)


class FollowUpInvalid(LeadDeskError):
    """A follow-up needs something to do."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Reminder:
    """What the status bar says at start: what is due and how many calls wait."""

    overdue: int
    due_today: int
    calls: int
    meetings_today: int

    def __bool__(self) -> bool:
        return bool(self.overdue or self.due_today or self.calls or self.meetings_today)


class AgendaService:
    """Follow-ups and meetings as first-class items, and the rep's day built from them."""

    def __init__(
        self,
        leads: LeadService,
        repo: AgendaRepository,
        lead_repo: LeadRepository,
        settings: SettingsRepository,
        write_calendar: CalendarWriter | None = None,
    ) -> None:
        self.leads = leads
        self.repo = repo
        self.lead_repo = lead_repo
        self.settings = settings
        self.write_calendar = write_calendar

    def now(self) -> datetime:
        return self.leads.clock()

    def today(self) -> date:
        """The user's calendar day (the clock is UTC; the day is local)."""
        return self.now().astimezone().date()

    # -- limits --------------------------------------------------------------------------
    def limits(self) -> Limits:
        return Limits.from_json(self.settings.get_setting(LIMITS_KEY))

    def set_limits(self, limits: Limits) -> Changes:
        self.settings.set_setting(LIMITS_KEY, limits.to_json())
        return Changes(everything=True)  # the board's late marks and the day's waits

    # -- follow-ups ----------------------------------------------------------------------
    def set_follow_up(
        self, lead_id: int, due_on: date, what: str, content: str = "", owner: str | None = None
    ) -> Done[FollowUp]:
        """A follow-up on a lead, logged in its timeline; the owner defaults to the lead's."""
        what = what.strip()
        if not what:
            raise FollowUpInvalid("a follow-up needs something to do")
        with self.leads.atomic():
            lead = self.lead_repo.get_lead(lead_id)
            day, extra = text.stored_date(due_on), content.strip()
            template = text.FOLLOW_UP_SET_CONTENT if extra else text.FOLLOW_UP_SET
            detail = template.format(date=day, what=what, content=extra)
            logged = self.lead_repo.add_interaction(
                NewInteraction(
                    lead_id=lead_id,
                    kind=InteractionKind.FOLLOW_UP,
                    occurred_at=self.now(),
                    detail=detail,
                    data={"due_on": due_on.isoformat(), "what": what, "content": content.strip()},
                    actor=self.leads.actor,
                )
            )
            item = self.repo.add_follow_up(
                NewFollowUp(
                    lead_id=lead_id,
                    kind=FollowUpKind.FOLLOW_UP,
                    due_on=due_on,
                    what=what,
                    content=content.strip(),
                    owner=(lead.owner or self.leads.actor) if owner is None else owner,
                    interaction_id=logged.id,
                    created_at=self.now(),
                    actor=self.leads.actor,
                )
            )
        return Done(item, _touched(lead_id))

    def remove(self, item: FollowUp) -> Changes:
        """Take back a follow-up set by hand (its timeline entry goes with it)."""
        if item.interaction_id is None:
            return Changes()
        with self.leads.atomic():
            self.lead_repo.delete_interaction(item.interaction_id)
        return _touched(item.lead_id)

    def complete(self, follow_up_id: int) -> Done[FollowUp]:
        """Done: for everyone, at once (and at other users' next poll)."""
        item = self.repo.set_done(follow_up_id, self.now(), self.leads.actor)
        return Done(item, _touched(item.lead_id))

    def reopen(self, follow_up_id: int) -> Done[FollowUp]:
        item = self.repo.set_done(follow_up_id, None, "")
        return Done(item, _touched(item.lead_id))

    def reschedule(self, follow_up_id: int, due_on: date) -> Done[FollowUp]:
        """Move it to ``due_on``; a meeting keeps its hour on the new day."""
        item = self.repo.get_follow_up(follow_up_id)
        at = item.at + (due_on - item.due_on) if item.at is not None else None
        moved = self.repo.reschedule(follow_up_id, due_on, at)
        return Done(moved, _touched(moved.lead_id))

    def postpone(self, follow_up_id: int, days: int = 1) -> Done[FollowUp]:
        """One keystroke: move it ``days`` after today (or after its day, if that is later)."""
        item = self.repo.get_follow_up(follow_up_id)
        base = max(self.today(), item.due_on)
        return self.reschedule(follow_up_id, base + timedelta(days=days))

    def follow_ups_of(self, lead_id: int, *, include_done: bool = False) -> list[FollowUp]:
        return self.repo.lead_follow_ups(lead_id, include_done=include_done)

    # -- from the qualification call -----------------------------------------------------
    def schedule_call_back(self, lead_id: int, interaction_id: int | None = None) -> FollowUp:
        """'Couldn't reach them': try again on the next working day (the lead leaves today's
        calls until then)."""
        lead = self.lead_repo.get_lead(lead_id)
        self.repo.complete_open(lead_id, (FollowUpKind.CALL_BACK,), self.now(), self.leads.actor)
        return self.repo.add_follow_up(
            NewFollowUp(
                lead_id=lead_id,
                kind=FollowUpKind.CALL_BACK,
                due_on=next_working_day(self.today()),
                what=text.CALL_AGAIN,
                owner=lead.owner or self.leads.actor,
                interaction_id=interaction_id,
                created_at=self.now(),
                actor=self.leads.actor,
            )
        )

    def schedule_from_call(
        self,
        lead_id: int,
        call_id: int,
        *,
        follow_up_on: date | None = None,
        content: str = "",
        meeting_at: datetime | None = None,
        meeting_id: int | None = None,
    ) -> None:
        """What a saved qualification call leaves on the agenda: its call-backs are done, a
        "needs nurturing" follow-up or a "ready" meeting is listed. Removed with the call."""
        now, actor = self.now(), self.leads.actor
        self.repo.complete_open(lead_id, (FollowUpKind.CALL_BACK,), now, actor)
        owner = self.lead_repo.get_lead(lead_id).owner or actor
        if follow_up_on is not None:
            self.repo.add_follow_up(
                NewFollowUp(
                    lead_id=lead_id,
                    kind=FollowUpKind.FOLLOW_UP,
                    due_on=follow_up_on,
                    what=text.FOLLOW_UP_AFTER_NURTURING,
                    content=content,
                    owner=owner,
                    interaction_id=call_id,
                    created_at=now,
                    actor=actor,
                )
            )
        if meeting_at is not None:
            self.repo.add_follow_up(
                NewFollowUp(
                    lead_id=lead_id,
                    kind=FollowUpKind.MEETING,
                    due_on=meeting_at.astimezone().date(),
                    what=text.DEMO_CALL,
                    owner=owner,
                    at=meeting_at,
                    interaction_id=meeting_id if meeting_id is not None else call_id,
                    created_at=now,
                    actor=actor,
                )
            )

    # -- the day -------------------------------------------------------------------------
    def day(self, user: str = "", on: date | None = None) -> AgendaDay:
        """The queue of ``on`` (default today) for ``user`` (empty: everyone)."""
        day = on or self.today()
        now, limits = self.now(), self.limits()
        calls, calls_total = self.repo.waiting(
            Stage.SAL, user, now, limits.sal_to_call_hours, day, SECTION_ROWS
        )
        mqls, mqls_total = self.repo.waiting(
            Stage.MQL, user, now, limits.mql_to_sal_hours, None, SECTION_ROWS
        )
        tomorrow = day + timedelta(days=1)
        return AgendaDay(
            day=day,
            user=user,
            calls=Section(tuple(sorted(calls, key=call_order)), calls_total),
            overdue=self._due(user, TASKS, None, day),
            today=self._due(user, TASKS, day, tomorrow),
            this_week=self._due(user, TASKS, tomorrow, end_of_week(day) + timedelta(days=1)),
            mqls=Section(tuple(sorted(mqls, key=mql_order)), mqls_total),
            meetings_today=self._due(user, MEETINGS, day, tomorrow),
            meetings_tomorrow=self._due(user, MEETINGS, tomorrow, tomorrow + timedelta(days=1)),
            limits=limits,
        )

    def _due(self, user: str, kinds: tuple[FollowUpKind, ...], start: date | None, end: date):
        rows, total = self.repo.due(user, kinds, start, end, SECTION_ROWS)
        return Section(tuple(rows), total)

    # -- the hand-over report -----------------------------------------------------------
    def hand_over(self, since: datetime | None = None) -> HandOver:
        """Median waits MQL → SAL and SAL → call, and the share within the limits, by owner
        and by month (acceptances since ``since``)."""
        accepted, entries, calls = self.repo.hand_over_data(since)
        return hand_over(accepted, entries, calls, self.limits())

    # -- calendars -----------------------------------------------------------------------
    def calendar_id(self) -> str:
        """This database's own id in event UIDs (made once): re-exports update, not add."""
        found = self.settings.get_setting(CALENDAR_ID_KEY)
        if isinstance(found, str) and found:
            return found
        made = uuid.uuid4().hex
        self.settings.set_setting(CALENDAR_ID_KEY, made)
        return made

    def calendar_items(self, user: str = "") -> list[FollowUp]:
        """Every open follow-up and meeting of ``user`` (empty: everyone), earliest first."""
        kinds = (FollowUpKind.FOLLOW_UP, FollowUpKind.MEETING)
        rows, _total = self.repo.due(user, kinds, None, date(9999, 12, 31), 1_000_000)
        return rows

    def export_calendar(self, path: Path, user: str = "") -> int:
        """Follow-ups and meetings to an .ics file, one event each; returns how many."""
        if self.write_calendar is None:
            raise RuntimeError("no calendar writer wired")
        items = self.calendar_items(user)
        return self.write_calendar(path, items, self.calendar_id(), self.now())

    def reminder(self, user: str = "", on: date | None = None) -> Reminder:
        day = self.day(user, on)
        return Reminder(
            overdue=day.overdue.total,
            due_today=day.today.total,
            calls=day.calls.total,
            meetings_today=day.meetings_today.total,
        )


def _touched(lead_id: int) -> Changes:
    return Changes(leads=frozenset({lead_id}), interactions=frozenset({lead_id}))
