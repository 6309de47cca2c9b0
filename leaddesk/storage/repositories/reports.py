"""The reports' data: Core selects, streamed, aggregated in SQL where it pays.

The funnel's per-lead "entered" mask (one bit per funnel stage entered) is computed by the
database, and for a split by one group the leads are counted per (group, mask) there too,
so only a few dozen rows cross over instead of the whole stage history.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, Float, Select, case, cast, func, literal, select

from leaddesk.core.leads import display_name
from leaddesk.core.placeholders import is_placeholder
from leaddesk.core.reports.funnel import STAGE_BIT, GroupBy, LeadReach, ReportFilter
from leaddesk.core.reports.service import ReportOptions
from leaddesk.core.reports.timing import (
    OPEN_STAGES,
    SECONDS_PER_DAY,
    CallRecord,
    Disqualification,
    OpenLead,
    StageEntry,
    StageVisit,
)
from leaddesk.core.stages import Stage
from leaddesk.storage.models import ImportBatchRow, InteractionRow, LeadRow, StageChangeRow

STAGES = {stage.value: stage for stage in Stage}
BIT_BY_VALUE = {stage.value: bit for stage, bit in STAGE_BIT.items()}
STREAM_ROWS = 5_000


def _lead_filters(query: Select[Any], flt: ReportFilter, *, cohort: bool) -> Select[Any]:
    """Narrow a query joined to ``leads``; ``cohort`` adds the period on creation time."""
    # "IS NOT true" rather than "= false": nearly every lead is unarchived, and SQLite would
    # otherwise walk the board index and fetch each row out of order (2-4x slower here).
    query = query.where(LeadRow.archived.is_not(True))
    if cohort and flt.start is not None:
        query = query.where(LeadRow.created_at >= flt.start)
    if cohort and flt.end is not None:
        query = query.where(LeadRow.created_at < flt.end)
    for name in ("owner", "source_channel", "campaign"):
        value = getattr(flt, name)
        if value:
            query = query.where(getattr(LeadRow, name) == value)
    if flt.import_batch_id is not None:
        query = query.where(LeadRow.import_batch_id == flt.import_batch_id)
    return query


def _in_period(query: Select[Any], column: Any, flt: ReportFilter) -> Select[Any]:
    if flt.start is not None:
        query = query.where(column >= flt.start)
    if flt.end is not None:
        query = query.where(column < flt.end)
    return query


def _reach_per_lead(flt: ReportFilter, *columns: Any, join: bool = False) -> Select[Any]:
    """One row per lead of the cohort: its entered mask, then ``columns``.

    The mask ORs one bit per funnel stage in the history (MAX per stage, which needs no
    DISTINCT sort) with the bit of the lead's current stage. SQLite answers fastest with a
    scalar subquery per lead over the covering (lead_id, to_stage) index; PostgreSQL with
    a join grouped by lead (hash join and aggregate): ``join`` picks that form.
    """
    history: Any = sum(
        (
            func.max(case((StageChangeRow.to_stage == value, 1), else_=0)) * bit
            for value, bit in BIT_BY_VALUE.items()
        ),
        start=literal(0),
    )
    current = case(*((LeadRow.stage == value, bit) for value, bit in BIT_BY_VALUE.items()), else_=0)
    if join:
        mask = history.op("|")(current).label("mask")
        query = (
            select(mask, *columns)
            .select_from(LeadRow)
            .outerjoin(StageChangeRow, StageChangeRow.lead_id == LeadRow.id)
            .group_by(LeadRow.id)
        )
    else:
        per_lead = select(history).where(StageChangeRow.lead_id == LeadRow.id).scalar_subquery()
        mask = func.coalesce(per_lead, 0).op("|")(current).label("mask")
        query = select(mask, *columns).select_from(LeadRow)
    return _lead_filters(query, flt, cohort=True)


class SqlReportQueries:
    """Implements ``core.report_service.ReportSource`` on SQLite and PostgreSQL."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._join = engine.dialect.name != "sqlite"

    def lead_reach(self, flt: ReportFilter) -> list[LeadReach]:
        query = _reach_per_lead(
            flt,
            LeadRow.source_channel,
            LeadRow.campaign,
            LeadRow.import_batch_id,
            LeadRow.owner,
            LeadRow.score,
            LeadRow.fit_grade,
            join=self._join,
        )
        with self._engine.connect() as conn:
            return [LeadReach(int(mask), 1, *rest) for mask, *rest in conn.execute(query)]

    def reach_counts(self, flt: ReportFilter, by: GroupBy) -> list[LeadReach]:
        key = getattr(LeadRow, by.value).label("key")
        per_lead = _reach_per_lead(flt, key, join=self._join).subquery()
        query = select(per_lead.c.key, per_lead.c.mask, func.count()).group_by(
            per_lead.c.key, per_lead.c.mask
        )
        with self._engine.connect() as conn:
            return [
                LeadReach(int(mask), count, **{by.value: key})
                for key, mask, count in conn.execute(query)
            ]

    def stage_entries(self, flt: ReportFilter) -> Iterator[StageEntry]:
        query = _lead_filters(
            select(StageChangeRow.lead_id, StageChangeRow.to_stage, StageChangeRow.at).join(
                LeadRow, LeadRow.id == StageChangeRow.lead_id
            ),
            flt,
            cohort=True,
        ).order_by(StageChangeRow.lead_id, StageChangeRow.at, StageChangeRow.id)
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=STREAM_ROWS).execute(query)
            for lead_id, stage, at in result:
                yield StageEntry(lead_id, STAGES[stage], at)

    def stage_visits(self, flt: ReportFilter) -> Iterator[StageVisit]:
        # The next change's time by a window function: the database measures each stay, so
        # only (stage, days) pairs cross over instead of parsing 400,000 timestamps here.
        ended = func.lead(StageChangeRow.at).over(
            partition_by=StageChangeRow.lead_id, order_by=(StageChangeRow.at, StageChangeRow.id)
        )
        if self._engine.dialect.name == "sqlite":
            days: Any = func.julianday(ended) - func.julianday(StageChangeRow.at)
        else:
            days = func.extract("epoch", ended - StageChangeRow.at) / SECONDS_PER_DAY
        query = _lead_filters(
            select(StageChangeRow.to_stage, cast(days, Float)).join(
                LeadRow, LeadRow.id == StageChangeRow.lead_id
            ),
            flt,
            cohort=True,
        )
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=STREAM_ROWS).execute(query)
            for stage, length in result:
                yield STAGES[stage], length

    def open_leads(self, flt: ReportFilter, limit: int) -> list[OpenLead]:
        query = _lead_filters(
            select(
                LeadRow.id,
                LeadRow.first_name,
                LeadRow.last_name,
                LeadRow.email,
                LeadRow.stage,
                func.coalesce(LeadRow.stage_entered_at, LeadRow.created_at),
                LeadRow.owner,
                LeadRow.source_channel,
            ).where(LeadRow.stage.in_([s.value for s in OPEN_STAGES])),
            flt,
            cohort=True,
        )
        query = query.order_by(
            func.coalesce(LeadRow.stage_entered_at, LeadRow.created_at), LeadRow.id
        ).limit(limit)
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            OpenLead(lead_id, display_name(first, last, email), STAGES[stage], at, owner, src)
            for lead_id, first, last, email, stage, at, owner, src in rows
        ]

    def calls(self, flt: ReportFilter) -> list[CallRecord]:
        query = select(
            InteractionRow.lead_id,
            InteractionRow.occurred_at,
            InteractionRow.data,
            LeadRow.source_channel,
        ).join(LeadRow, LeadRow.id == InteractionRow.lead_id)
        query = _lead_filters(query, flt, cohort=False).where(InteractionRow.kind == "call")
        query = _in_period(query, InteractionRow.occurred_at, flt)
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            CallRecord(lead_id, at, str((data or {}).get("outcome") or ""), source)
            for lead_id, at, data, source in rows
        ]

    def disqualifications(self, flt: ReportFilter) -> list[Disqualification]:
        query = select(
            StageChangeRow.lead_id, StageChangeRow.at, StageChangeRow.reason, LeadRow.source_channel
        ).join(LeadRow, LeadRow.id == StageChangeRow.lead_id)
        query = _lead_filters(query, flt, cohort=False).where(
            StageChangeRow.to_stage == Stage.DISQUALIFIED.value
        )
        query = _in_period(query, StageChangeRow.at, flt)
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return [Disqualification(*row) for row in rows]

    def options(self) -> ReportOptions:
        def values(column: Any) -> tuple[str, ...]:
            # No archived filter: the column's own index answers alone, and a value only
            # archived leads have is harmless in a filter list.
            query = select(column).where(column != "").distinct().order_by(column)
            return tuple(v for v in conn.scalars(query) if v and not is_placeholder(v))

        with self._engine.connect() as conn:
            owners = values(LeadRow.owner)
            sources = values(LeadRow.source_channel)
            campaigns = values(LeadRow.campaign)
        return ReportOptions(owners, sources, campaigns, self.batches())

    def batches(self) -> tuple[tuple[int, str], ...]:
        query = (
            select(ImportBatchRow.id, ImportBatchRow.file_name, ImportBatchRow.created_at)
            .where(ImportBatchRow.undone_at.is_(None), ImportBatchRow.kind == "leads")
            .order_by(ImportBatchRow.id.desc())
        )
        with self._engine.connect() as conn:
            return tuple(
                (batch_id, f"{name} ({created:%Y-%m-%d})")
                for batch_id, name, created in conn.execute(query)
            )
