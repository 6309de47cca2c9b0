"""Follow-ups, meetings and the day's queue against a real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from leaddesk.core.agenda.service import FollowUpInvalid
from leaddesk.core.agenda.values import FollowUpKind, Limits, end_of_week, next_working_day
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.outcomes import Outcome
from leaddesk.core.qualification.questions import Interest, Timing, YesNo
from leaddesk.core.qualification.record import CallDecision
from leaddesk.core.stages import Stage

MONDAY = date(2026, 3, 2)  # the clock fixture's day
READY = CallAnswers(
    need=YesNo.YES,
    money_available=YesNo.YES,
    decision_maker=YesNo.YES,
    timing=Timing.QUARTER,
    interest=Interest.HIGH,
    budget_amount=Decimal(25000),
)


def lead_in(ws, stage: Stage, name: str, owner: str = "ana", score_fields=None):
    lead = ws.leads.create_lead(
        {"first_name": name, "email": f"{name.lower()}@example.com", "owner": owner}
    ).value
    for step in (Stage.MQL, Stage.SAL):
        if ws.leads.lead(lead.id).stage is stage:
            break
        ws.leads.move_lead(lead.id, step)
    return ws.leads.lead(lead.id)


def test_follow_up_set_by_hand_is_in_the_timeline_and_due_today(workspace) -> None:
    lead = lead_in(workspace, Stage.LEAD, "Marta")
    done = workspace.agenda.set_follow_up(lead.id, MONDAY, "Send the price list", "pricing PDF")
    assert done.value.owner == "ana" and lead.id in done.changes.interactions
    logged = workspace.leads.interactions(lead.id)[0]
    assert logged.kind is InteractionKind.FOLLOW_UP
    assert "Send the price list" in logged.detail and "pricing PDF" in logged.detail
    day = workspace.agenda.day("ana", MONDAY)
    assert [f.what for f in day.today.rows] == ["Send the price list"]
    assert day.today.rows[0].lead_name == "Marta"
    assert workspace.agenda.day("bob", MONDAY).today.total == 0
    assert workspace.agenda.day("", MONDAY).today.total == 1


def test_follow_up_without_anything_to_do_is_refused(workspace) -> None:
    lead = lead_in(workspace, Stage.LEAD, "Marta")
    with pytest.raises(FollowUpInvalid):
        workspace.agenda.set_follow_up(lead.id, MONDAY, "   ")


def test_follow_ups_fall_into_overdue_today_and_this_week(workspace) -> None:
    lead = lead_in(workspace, Stage.LEAD, "Marta")
    agenda = workspace.agenda
    for days, what in ((-3, "late"), (0, "today"), (4, "friday"), (6, "sunday"), (7, "next")):
        agenda.set_follow_up(lead.id, MONDAY + timedelta(days=days), what)
    day = agenda.day("", MONDAY)
    assert [f.what for f in day.overdue.rows] == ["late"]
    assert [f.what for f in day.today.rows] == ["today"]
    assert [f.what for f in day.this_week.rows] == ["friday", "sunday"]


def test_done_and_postponed_follow_ups_leave_the_day(workspace) -> None:
    lead = lead_in(workspace, Stage.LEAD, "Marta")
    agenda = workspace.agenda
    first = agenda.set_follow_up(lead.id, MONDAY, "call back").value
    second = agenda.set_follow_up(lead.id, MONDAY - timedelta(days=2), "email").value
    done = agenda.complete(first.id)
    assert done.value.done_at is not None and done.value.done_by == "tester"
    moved = agenda.postpone(second.id).value
    assert moved.due_on == MONDAY + timedelta(days=1)
    day = agenda.day("", MONDAY)
    assert day.today.total == 0 and day.overdue.total == 0
    assert [f.what for f in day.this_week.rows] == ["email"]
    assert agenda.reopen(first.id).value.is_open


def test_removing_a_follow_up_removes_its_timeline_entry(workspace) -> None:
    lead = lead_in(workspace, Stage.LEAD, "Marta")
    item = workspace.agenda.set_follow_up(lead.id, MONDAY, "call back").value
    workspace.agenda.remove(item)
    assert workspace.agenda.follow_ups_of(lead.id) == []
    assert not [i for i in workspace.leads.interactions(lead.id) if i.kind == "follow_up"]


def test_calls_to_make_put_late_leads_first_then_by_score(workspace, clock) -> None:
    old = lead_in(workspace, Stage.SAL, "Old")
    clock.advance(hours=50)  # Old is past the 48 h limit
    low = lead_in(workspace, Stage.SAL, "Low")
    high = lead_in(workspace, Stage.SAL, "High")
    workspace.leads.repo.save_scores([(low.id, 10, 10, 0, "C"), (high.id, 70, 40, 30, "A")])
    workspace.leads.repo.save_scores([(old.id, 5, 5, 0, "D")])
    day = workspace.agenda.day("ana", clock().date())
    assert [c.name for c in day.calls.rows] == ["Old", "High", "Low"]
    first = day.calls.rows[0]
    assert first.is_late and first.waited_hours == pytest.approx(50)
    assert first.limit_hours == 48


def test_mqls_wait_oldest_first_against_their_limit(workspace, clock) -> None:
    lead_in(workspace, Stage.MQL, "First")
    clock.advance(hours=30)
    lead_in(workspace, Stage.MQL, "Second", owner="")
    lead_in(workspace, Stage.MQL, "Others", owner="bob")
    day = workspace.agenda.day("ana", clock().date())
    assert [m.name for m in day.mqls.rows] == ["First", "Second"]  # own and unassigned
    assert day.mqls.rows[0].is_late and not day.mqls.rows[1].is_late


def test_limits_have_defaults_and_are_kept(workspace) -> None:
    assert workspace.agenda.limits() == Limits(24, 48)
    workspace.agenda.set_limits(Limits(mql_to_sal_hours=8, sal_to_call_hours=4))
    assert workspace.agenda.limits() == Limits(8, 4)
    assert Limits.from_json({"mql_to_sal_hours": -1, "sal_to_call_hours": "x"}) == Limits()


def test_nurture_call_lists_its_follow_up_and_undo_removes_it(workspace) -> None:
    lead = lead_in(workspace, Stage.SAL, "Nina")
    follow = MONDAY + timedelta(days=30)
    decision = CallDecision(
        replace(READY, timing=Timing.YEAR),
        Outcome.NURTURE,
        follow_up_on=follow,
        follow_up_offer=Offer.WEBINAR,
        follow_up_note="spring webinar",
    )
    done = workspace.qualification.record_call(lead.id, decision)
    (item,) = workspace.agenda.follow_ups_of(lead.id)
    assert (item.kind, item.due_on) == (FollowUpKind.FOLLOW_UP, follow)
    assert "webinar" in item.content and "spring webinar" in item.content
    workspace.qualification.undo_call(done.value)
    assert workspace.agenda.follow_ups_of(lead.id) == []


def test_ready_call_lists_its_meeting_today_or_tomorrow(workspace) -> None:
    lead = lead_in(workspace, Stage.SAL, "Rita")
    meeting = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
    workspace.qualification.record_call(
        lead.id, CallDecision(READY, Outcome.READY, meeting_at=meeting)
    )
    day = workspace.agenda.day("ana", MONDAY)
    assert [m.at for m in day.meetings_tomorrow.rows] == [meeting]
    assert day.meetings_today.total == 0
    assert workspace.agenda.day("ana", MONDAY + timedelta(days=1)).meetings_today.total == 1
    assert day.calls.total == 0  # called: no longer to call


def test_missed_call_moves_the_lead_to_the_next_working_day(workspace) -> None:
    lead = lead_in(workspace, Stage.SAL, "Paolo")
    assert workspace.agenda.day("ana", MONDAY).calls.total == 1
    attempt = workspace.qualification.record_attempt(lead.id).value
    assert workspace.agenda.day("ana", MONDAY).calls.total == 0
    assert workspace.agenda.day("ana", MONDAY + timedelta(days=1)).calls.total == 1
    workspace.qualification.undo_attempt(attempt)
    assert workspace.agenda.day("ana", MONDAY).calls.total == 1


def test_reminder_counts_what_is_due(workspace) -> None:
    lead = lead_in(workspace, Stage.SAL, "Paolo")
    workspace.agenda.set_follow_up(lead.id, MONDAY, "a")
    workspace.agenda.set_follow_up(lead.id, MONDAY - timedelta(days=1), "b")
    reminder = workspace.agenda.reminder("ana", MONDAY)
    assert (reminder.overdue, reminder.due_today, reminder.calls) == (1, 1, 1)


def test_week_and_working_day_rules() -> None:
    assert end_of_week(MONDAY) == date(2026, 3, 8)
    assert next_working_day(date(2026, 3, 6)) == date(2026, 3, 9)  # Friday → Monday


def test_hand_over_gives_medians_and_shares_within_the_limits(workspace, clock) -> None:
    fast = lead_in(workspace, Stage.MQL, "Fast")
    slow = lead_in(workspace, Stage.MQL, "Slow", owner="bob")
    clock.advance(hours=10)
    workspace.leads.move_lead(fast.id, Stage.SAL)  # 10 h after MQL
    clock.advance(hours=30)
    workspace.leads.move_lead(slow.id, Stage.SAL)  # 40 h after MQL: past the 24 h limit
    clock.advance(hours=2)
    workspace.qualification.record_attempt(fast.id)  # called 32 h after acceptance
    report = workspace.agenda.hand_over()
    by_owner = {row.group: row for row in report.by_owner}
    assert by_owner["ana"].median_mql_to_sal == pytest.approx(10)
    assert by_owner["ana"].within_mql_to_sal == 1.0
    assert by_owner["ana"].median_sal_to_call == pytest.approx(32)
    assert by_owner["bob"].within_mql_to_sal == 0.0 and by_owner["bob"].called == 0
    (month,) = report.by_month
    assert (month.group, month.accepted, month.called) == ("2026-03", 2, 1)
    assert month.median_mql_to_sal == pytest.approx(25)


def test_a_moved_meeting_keeps_its_hour_on_the_new_day(workspace) -> None:
    from leaddesk.core.agenda.values import NewFollowUp

    lead = lead_in(workspace, Stage.LEAD, "Rita")
    at = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    item = workspace.agenda.repo.add_follow_up(
        NewFollowUp(lead.id, FollowUpKind.MEETING, MONDAY, "Demo / sales call", at=at)
    )
    moved = workspace.agenda.postpone(item.id, 7).value
    assert (moved.due_on, moved.at) == (MONDAY + timedelta(days=7), at + timedelta(days=7))
