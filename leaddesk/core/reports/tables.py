"""Reports as tables: what the screen shows and what the .xlsx export writes, from one place.

Labels are in English; the UI translates them (context ``ReportColumns``) before showing or
exporting. Values stay raw (rates as fractions, days as floats) so spreadsheets get numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from leaddesk.core.reports.funnel import Funnel, GroupBy, GroupRow, ScoreBand
from leaddesk.core.reports.timing import CallsByWeek, ReasonsBySource, SlowLead, StageTiming
from leaddesk.core.stages import Stage


class ColumnKind(StrEnum):
    TEXT = "text"
    INT = "int"
    PERCENT = "percent"  # a fraction: 0.25 is 25 %
    DAYS = "days"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    kind: ColumnKind = ColumnKind.TEXT


@dataclass(frozen=True, slots=True)
class ReportTable:
    """A titled table: the title names the sheet when exported."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]

    def column(self, label: str) -> list[Any]:
        """The values of the column called ``label``."""
        index = [c.label for c in self.columns].index(label)
        return [row[index] for row in self.rows]


TEXT, INT, PCT, DAYS, DATE = (
    ColumnKind.TEXT,
    ColumnKind.INT,
    ColumnKind.PERCENT,
    ColumnKind.DAYS,
    ColumnKind.DATE,
)

GROUP_TITLES: dict[GroupBy, str] = {
    GroupBy.SOURCE: "Source channel",
    GroupBy.CAMPAIGN: "Campaign",
    GroupBy.BATCH: "Import batch",
    GroupBy.OWNER: "Owner",
}


def funnel_table(funnel: Funnel) -> ReportTable:
    """Stage, leads reached, conversion from the previous stage, share of all leads."""
    rows = tuple(
        (row.stage.label, row.reached, row.skipped, row.conversion, row.share_of_leads)
        for row in funnel.rows
    )
    rows += (
        (
            "MQL never SQL (share of MQLs)",
            funnel.mql_never_sql,
            None,
            funnel.mql_never_sql_share,
            None,
        ),
    )
    return ReportTable(
        "Funnel",
        (
            Column("Stage"),
            Column("Leads reached", INT),
            Column("Of which skipped it", INT),
            Column("Conversion from previous", PCT),
            Column("Share of all leads", PCT),
        ),
        rows,
    )


def group_table(groups: Sequence[GroupRow], by: GroupBy) -> ReportTable:
    """One row per group: the funnel counts and the conversions to SQL and Customer."""
    rows = tuple(
        (
            g.label,
            g.leads,
            g.funnel.count(Stage.MQL),
            g.funnel.count(Stage.SAL),
            g.funnel.count(Stage.SQL),
            g.funnel.count(Stage.CUSTOMER),
            g.mql_to_sql,
            g.to_sql,
            g.to_customer,
        )
        for g in groups
    )
    return ReportTable(
        f"By {GROUP_TITLES[by].lower()}",
        (
            Column(GROUP_TITLES[by]),
            Column("Leads", INT),
            Column("MQL", INT),
            Column("SAL", INT),
            Column("SQL", INT),
            Column("Customer", INT),
            Column("MQL → SQL", PCT),
            Column("To SQL", PCT),
            Column("To customer", PCT),
        ),
        rows,
    )


def timing_table(timings: Sequence[StageTiming]) -> ReportTable:
    rows = tuple(
        (t.stage.label, t.visits, t.median_days, t.p80_days, t.in_stage_now) for t in timings
    )
    return ReportTable(
        "Time in stage",
        (
            Column("Stage"),
            Column("Finished visits", INT),
            Column("Median days", DAYS),
            Column("80th percentile days", DAYS),
            Column("In stage now", INT),
        ),
        rows,
    )


def slowest_table(slow: Sequence[SlowLead]) -> ReportTable:
    rows = tuple(
        (
            s.lead.lead_id,
            s.lead.name,
            s.lead.stage.label,
            s.days,
            s.lead.owner,
            s.lead.source_channel,
        )
        for s in slow
    )
    return ReportTable(
        "Slowest leads",
        (
            Column("Lead", INT),
            Column("Name"),
            Column("Stage"),
            Column("Days in stage", DAYS),
            Column("Owner"),
            Column("Source channel"),
        ),
        rows,
    )


def calls_table(calls: CallsByWeek) -> ReportTable:
    rows = tuple((w.week_start, *w.counts, w.total) for w in calls.weeks)
    return ReportTable(
        "Calls per week",
        (
            Column("Week of", DATE),
            *(Column(outcome, INT) for outcome in calls.outcomes),
            Column("Total", INT),
        ),
        rows,
    )


def reasons_table(reasons: ReasonsBySource) -> ReportTable:
    rows = tuple(
        (reason, *counts, sum(counts))
        for reason, counts in zip(reasons.reasons, reasons.counts, strict=True)
    )
    return ReportTable(
        "Disqualification reasons",
        (
            Column("Reason"),
            *(Column(source, INT) for source in reasons.sources),
            Column("Total", INT),
        ),
        rows,
    )


def band_table(title: str, first: str, bands: Sequence[ScoreBand], scores: bool) -> ReportTable:
    """Score deciles (with their score range) or fit grades, with conversions."""
    columns = [Column(first), Column("Leads", INT)]
    if scores:
        columns += [Column("Lowest score", INT), Column("Highest score", INT)]
    columns += [
        Column("SQL", INT),
        Column("Customer", INT),
        Column("To SQL", PCT),
        Column("To customer", PCT),
    ]
    rows = tuple(
        (
            b.label,
            b.leads,
            *((b.min_score, b.max_score) if scores else ()),
            b.sql,
            b.customers,
            b.to_sql,
            b.to_customer,
        )
        for b in bands
    )
    return ReportTable(title, tuple(columns), rows)
