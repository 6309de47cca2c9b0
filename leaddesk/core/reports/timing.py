"""Reports over time: days in each stage, the slowest leads now, calls per week and
disqualification reasons. Pure functions over plain data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from leaddesk.core.reports.funnel import BLANK, percentile
from leaddesk.core.stages import BOARD_ORDER, Stage

SECONDS_PER_DAY = 86_400
#: Stages a lead can be stuck in; Customer and Disqualified are where a lead ends.
OPEN_STAGES: tuple[Stage, ...] = (Stage.LEAD, Stage.MQL, Stage.SAL, Stage.SQL, Stage.NURTURE)


@dataclass(frozen=True, slots=True)
class StageEntry:
    """A lead entering a stage (one row of the stage history)."""

    lead_id: int
    stage: Stage
    at: datetime


@dataclass(frozen=True, slots=True)
class StageTiming:
    """Days spent in a stage per visit that ended; ``in_stage_now`` visits are still open."""

    stage: Stage
    visits: int
    median_days: float | None
    p80_days: float | None
    in_stage_now: int


#: A stay in a stage: the stage and its length in days (None: the lead is still there).
StageVisit = tuple[Stage, float | None]


def stage_visits(entries: Iterable[StageEntry]) -> Iterator[StageVisit]:
    """The visits in a stage history.

    ``entries`` must come grouped by lead and in time order within a lead. A visit ends when
    the lead enters another stage; re-entering a stage starts a new visit.
    """
    current: StageEntry | None = None
    for entry in entries:
        if current is not None and current.lead_id == entry.lead_id:
            if entry.stage is not current.stage:
                yield current.stage, (entry.at - current.at).total_seconds() / SECONDS_PER_DAY
                current = entry
            continue
        if current is not None:
            yield current.stage, None
        current = entry
    if current is not None:
        yield current.stage, None


def time_in_stage(visits: Iterable[StageVisit]) -> tuple[StageTiming, ...]:
    """Median and 80th percentile days per stage, over the visits that ended."""
    days: dict[Stage, list[float]] = {stage: [] for stage in BOARD_ORDER}
    open_now: Counter[Stage] = Counter()
    for stage, length in visits:
        if length is None:
            open_now[stage] += 1
        else:
            days[stage].append(length)
    return tuple(
        StageTiming(
            stage=stage,
            visits=len(days[stage]),
            median_days=percentile(days[stage], 50),
            p80_days=percentile(days[stage], 80),
            in_stage_now=open_now[stage],
        )
        for stage in BOARD_ORDER
        if stage is not Stage.CUSTOMER and stage is not Stage.DISQUALIFIED
    )


@dataclass(frozen=True, slots=True)
class OpenLead:
    """A lead in the stage it is in now."""

    lead_id: int
    name: str
    stage: Stage
    entered_at: datetime
    owner: str = ""
    source_channel: str = ""


@dataclass(frozen=True, slots=True)
class SlowLead:
    lead: OpenLead
    days: float


def slowest_leads(
    leads: Iterable[OpenLead], now: datetime, limit: int = 20
) -> tuple[SlowLead, ...]:
    """The leads longest in their current stage (Customer and Disqualified left out)."""
    waiting = [
        SlowLead(lead, (now - lead.entered_at).total_seconds() / SECONDS_PER_DAY)
        for lead in leads
        if lead.stage in OPEN_STAGES
    ]
    waiting.sort(key=lambda slow: (-slow.days, slow.lead.lead_id))
    return tuple(waiting[:limit])


# -- qualification calls -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CallRecord:
    """A qualification call: when, with which outcome, for a lead from which source."""

    lead_id: int
    at: datetime
    outcome: str
    source_channel: str = ""


@dataclass(frozen=True, slots=True)
class CallWeek:
    week_start: date  # the Monday
    counts: tuple[int, ...]  # one per outcome, in CallsByWeek.outcomes order

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class CallsByWeek:
    outcomes: tuple[str, ...]
    weeks: tuple[CallWeek, ...]


def week_start(at: datetime) -> date:
    """The Monday of ``at``'s ISO week (in ``at``'s own time zone)."""
    day = at.date()
    return day - timedelta(days=day.weekday())


def calls_per_week(calls: Iterable[CallRecord]) -> CallsByWeek:
    """Outcomes per week, the commonest outcome first; weeks without calls are shown as 0."""
    counts: Counter[tuple[date, str]] = Counter(
        (week_start(c.at), c.outcome.strip() or BLANK) for c in calls
    )
    if not counts:
        return CallsByWeek((), ())
    per_outcome: Counter[str] = Counter()
    for (_, outcome), n in counts.items():
        per_outcome[outcome] += n
    outcomes = tuple(sorted(per_outcome, key=lambda o: (-per_outcome[o], o)))
    first = min(week for week, _ in counts)
    last = max(week for week, _ in counts)
    weeks = []
    week = first
    while week <= last:
        weeks.append(CallWeek(week, tuple(counts[(week, o)] for o in outcomes)))
        week += timedelta(days=7)
    return CallsByWeek(outcomes, tuple(weeks))


# -- disqualification reasons ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Disqualification:
    """A move into Disqualified, with its reason and the lead's source."""

    lead_id: int
    at: datetime
    reason: str
    source_channel: str = ""


@dataclass(frozen=True, slots=True)
class ReasonsBySource:
    sources: tuple[str, ...]
    reasons: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]  # [reason][source]


CALL_PREFIX = "qualification call:"


def normalise_reason(reason: str) -> str:
    """A reason as grouped: without the call prefix, trimmed; blank as a dash."""
    text = reason.strip()
    if text.casefold().startswith(CALL_PREFIX):
        text = text[len(CALL_PREFIX) :].strip()
    return text or BLANK


def reasons_by_source(items: Iterable[Disqualification]) -> ReasonsBySource:
    """How often each reason was given, per source; reasons differing only in case are one."""
    spelling: dict[str, str] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for item in items:
        reason = normalise_reason(item.reason)
        key = spelling.setdefault(reason.casefold(), reason)
        counts[(key, item.source_channel or BLANK)] += 1
    per_reason: Counter[str] = Counter()
    per_source: Counter[str] = Counter()
    for (reason, source), n in counts.items():
        per_reason[reason] += n
        per_source[source] += n
    reasons = tuple(sorted(per_reason, key=lambda r: (-per_reason[r], r.casefold())))
    sources = tuple(sorted(per_source, key=lambda s: (-per_source[s], s.casefold())))
    table = tuple(tuple(counts[(r, s)] for s in sources) for r in reasons)
    return ReasonsBySource(sources, reasons, table)
