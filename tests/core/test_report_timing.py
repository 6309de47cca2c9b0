"""Time in stage, the slowest leads, calls per week and disqualification reasons."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from leaddesk.core.reports.timing import (
    CallRecord,
    Disqualification,
    OpenLead,
    StageEntry,
    calls_per_week,
    reasons_by_source,
    slowest_leads,
    stage_visits,
    time_in_stage,
)
from leaddesk.core.stages import Stage
from tests.reports_data import HISTORIES, START, at


def entries() -> list[StageEntry]:
    return [
        StageEntry(n, stage, at(day))
        for n, (*_, steps) in enumerate(HISTORIES.values(), start=1)
        for stage, day in steps
    ]


def test_time_in_stage_counts_finished_visits() -> None:
    timings = {t.stage: t for t in time_in_stage(stage_visits(entries()))}
    # Lead: left after 2, 1, 3, 1, 1 days (only_lead is still there).
    lead = timings[Stage.LEAD]
    assert lead.visits == 5 and lead.in_stage_now == 1
    assert lead.median_days == pytest.approx(1)
    assert lead.p80_days == pytest.approx(2.2)
    # MQL visits: 3 (won), 3 (skips_sal), 2 and 1 (back_to_nurture re-entered), 1.
    mql = timings[Stage.MQL]
    assert mql.visits == 5
    assert mql.median_days == pytest.approx(2)
    # SAL: won 1 day, lost_after_sql 1 day; back_to_nurture still in it.
    assert (timings[Stage.SAL].visits, timings[Stage.SAL].in_stage_now) == (2, 1)
    # SQL: won 10, skips_sal still there, lost_after_sql 5.
    sql = timings[Stage.SQL]
    assert sql.visits == 2 and sql.in_stage_now == 1
    assert sql.median_days == pytest.approx(7.5)
    assert sql.p80_days == pytest.approx(9.0)
    assert timings[Stage.NURTURE].median_days == pytest.approx(4)
    assert Stage.CUSTOMER not in timings


def test_no_history_has_no_timings() -> None:
    timings = time_in_stage([])
    assert all(t.visits == 0 and t.median_days is None for t in timings)


def test_slowest_leads_are_the_longest_in_an_open_stage() -> None:
    now = at(30)
    leads = [
        OpenLead(1, "Ana", Stage.MQL, at(20)),
        OpenLead(2, "Bo", Stage.SAL, at(1)),
        OpenLead(3, "Cy", Stage.CUSTOMER, at(0)),  # bought: not waiting
        OpenLead(4, "Di", Stage.NURTURE, at(10)),
    ]
    slow = slowest_leads(leads, now, limit=2)
    assert [(s.lead.name, round(s.days)) for s in slow] == [("Bo", 29), ("Di", 20)]


def test_calls_per_week_fill_empty_weeks() -> None:
    calls = [
        CallRecord(1, START, "ready"),
        CallRecord(2, START + timedelta(days=2), "suspect"),
        CallRecord(3, START + timedelta(days=3), "ready"),
        CallRecord(4, START + timedelta(days=15), "needs nurturing"),
    ]
    result = calls_per_week(calls)
    assert result.outcomes == ("ready", "needs nurturing", "suspect")
    assert [w.week_start for w in result.weeks] == [
        date(2026, 1, 5),
        date(2026, 1, 12),
        date(2026, 1, 19),
    ]
    assert [w.counts for w in result.weeks] == [(2, 0, 1), (0, 0, 0), (0, 1, 0)]
    assert [w.total for w in result.weeks] == [3, 0, 1]


def test_disqualification_reasons_by_source() -> None:
    items = [
        Disqualification(1, START, "qualification call: Competitor", "Referral"),
        Disqualification(2, START, "competitor", "Purchased list"),
        Disqualification(3, START, "Student", "Purchased list"),
        Disqualification(4, START, " Student ", "Purchased list"),
        Disqualification(5, START, "", ""),
    ]
    result = reasons_by_source(items)
    assert result.reasons == ("Competitor", "Student", "—")
    assert result.sources == ("Purchased list", "Referral", "—")
    assert result.counts == ((1, 1, 0), (2, 0, 0), (0, 0, 1))
