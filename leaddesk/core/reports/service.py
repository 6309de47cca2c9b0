"""The reports use case: load the plain data for a filter and compute every report."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from leaddesk.core.errors import LeadDeskError
from leaddesk.core.ports import utc_now
from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.core.reports.funnel import (
    Funnel,
    GroupBy,
    GroupRow,
    LeadReach,
    ReportFilter,
    ScoreBand,
    by_fit_grade,
    funnel,
    group_funnels,
    score_deciles,
)
from leaddesk.core.reports.tables import (
    ReportTable,
    band_table,
    calls_table,
    funnel_table,
    group_table,
    reasons_table,
    slowest_table,
    timing_table,
)
from leaddesk.core.reports.timing import (
    CallRecord,
    CallsByWeek,
    Disqualification,
    OpenLead,
    ReasonsBySource,
    SlowLead,
    StageTiming,
    StageVisit,
    calls_per_week,
    reasons_by_source,
    slowest_leads,
    time_in_stage,
)

SLOWEST_LIMIT = 25


class ReportExportError(LeadDeskError):
    """A report that cannot be written to the chosen file."""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the filter bar offers."""

    owners: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    batches: tuple[tuple[int, str], ...] = ()  # id, label


class ReportSource(Protocol):
    """The plain data the reports need; storage implements it (SQL where it pays)."""

    def lead_reach(self, flt: ReportFilter) -> list[LeadReach]:
        """The cohort: one row per lead with its entered-stage mask."""
        ...

    def reach_counts(self, flt: ReportFilter, by: GroupBy) -> list[LeadReach]:
        """The cohort counted per (value of ``by``, entered mask)."""
        ...

    def stage_visits(self, flt: ReportFilter) -> Iterator[StageVisit]:
        """The cohort's stays in each stage, with their length in days (None: ongoing)."""
        ...

    def open_leads(self, flt: ReportFilter, limit: int) -> list[OpenLead]:
        """The cohort's leads in an open stage, the longest waiting first."""
        ...

    def calls(self, flt: ReportFilter) -> list[CallRecord]:
        """Qualification calls made in the period, for leads matching the filters."""
        ...

    def disqualifications(self, flt: ReportFilter) -> list[Disqualification]:
        """Moves into Disqualified made in the period, for leads matching the filters."""
        ...

    def options(self) -> ReportOptions: ...

    def batches(self) -> tuple[tuple[int, str], ...]:
        """The import batches still in place: id and a label naming the file and day."""
        ...


#: Writes titled tables to an .xlsx file, one sheet each.
WorkbookWriter = Callable[[Path, Sequence[ReportTable]], None]


@dataclass(frozen=True)
class ReportSet:
    """Every report for one filter, computed together."""

    filter: ReportFilter
    computed_at: datetime
    funnel: Funnel
    groups: dict[GroupBy, tuple[GroupRow, ...]] = field(default_factory=dict)
    timings: tuple[StageTiming, ...] = ()
    slowest: tuple[SlowLead, ...] = ()
    calls: CallsByWeek = CallsByWeek((), ())
    reasons: ReasonsBySource = ReasonsBySource((), (), ())
    deciles: tuple[ScoreBand, ...] = ()
    grades: tuple[ScoreBand, ...] = ()

    def funnel_tables(self) -> list[ReportTable]:
        return [funnel_table(self.funnel)]

    def group_tables(self, by: GroupBy) -> list[ReportTable]:
        return [group_table(self.groups.get(by, ()), by)]

    def timing_tables(self) -> list[ReportTable]:
        return [timing_table(self.timings), slowest_table(self.slowest)]

    def call_tables(self) -> list[ReportTable]:
        return [calls_table(self.calls), reasons_table(self.reasons)]

    def score_tables(self) -> list[ReportTable]:
        return [
            band_table("By score decile", "Decile", self.deciles, scores=True),
            band_table("By fit grade", "Fit grade", self.grades, scores=False),
        ]


class ReportService:
    """Computes the reports for a filter and writes them to .xlsx."""

    def __init__(
        self,
        source: ReportSource,
        writer: WorkbookWriter,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.source = source
        self.writer = writer
        self.clock = clock

    def options(self) -> ReportOptions:
        return self.source.options()

    def funnel_by(self, flt: ReportFilter, by: GroupBy) -> tuple[GroupRow, ...]:
        """The funnel split by one group (the quick path the benchmark measures)."""
        labels = dict(self.source.batches()) if by is GroupBy.BATCH else None
        return group_funnels(self.source.reach_counts(flt, by), by, labels)

    def compute(self, flt: ReportFilter, progress: Progress = NO_PROGRESS) -> ReportSet:
        """Every report for ``flt``; checks ``progress`` for cancellation between steps."""
        steps = 5
        progress.update(0, steps, "Reading the funnel…")
        reaches = self.source.lead_reach(flt)
        labels = dict(self.source.batches())
        progress.update(1, steps, "Splitting by group…")
        groups = {by: group_funnels(reaches, by, labels) for by in GroupBy}
        progress.update(2, steps, "Measuring time in stage…")
        timings = time_in_stage(self._checked(self.source.stage_visits(flt), progress))
        now = self.clock()
        slowest = slowest_leads(self.source.open_leads(flt, SLOWEST_LIMIT), now, SLOWEST_LIMIT)
        progress.update(3, steps, "Counting calls…")
        calls = calls_per_week(self.source.calls(flt))
        reasons = reasons_by_source(self.source.disqualifications(flt))
        progress.update(4, steps, "Scoring quality…")
        result = ReportSet(
            filter=flt,
            computed_at=now,
            funnel=funnel(reaches),
            groups=groups,
            timings=timings,
            slowest=slowest,
            calls=calls,
            reasons=reasons,
            deciles=score_deciles(reaches),
            grades=by_fit_grade(reaches),
        )
        progress.update(steps, steps, "")
        return result

    @staticmethod
    def _checked(visits: Iterator[StageVisit], progress: Progress) -> Iterator[StageVisit]:
        """Pass the visits through, looking for a cancel every 50,000."""
        for n, visit in enumerate(visits):
            if n % 50_000 == 0:
                progress.check()
            yield visit

    def export(self, path: Path, tables: Sequence[ReportTable]) -> None:
        """Write ``tables`` to ``path`` (.xlsx), one sheet per table."""
        self.writer(path, tables)
