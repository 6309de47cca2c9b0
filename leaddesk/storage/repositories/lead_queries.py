"""The reads over many leads at once: the board's ids, cards, search entries and totals,
and the lists (every lead, distinct values, import batches)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.core.board.index import STAGE_BY_VALUE
from leaddesk.core.leads import (
    BoardEntry,
    CardSort,
    ImportBatch,
    Lead,
    LeadCard,
    LeadFilter,
    StageTotal,
    display_name,
)
from leaddesk.core.stages import Stage
from leaddesk.storage.models import ImportBatchRow, LeadRow
from leaddesk.storage.repositories.rows import (
    TEXT_SEARCH_COLUMNS,
    apply_filter,
    import_batch_from_row,
    lead_from_row,
)

SORT_ORDER = {
    CardSort.SCORE: (LeadRow.score.desc(), LeadRow.id),
    CardSort.AGE: (func.coalesce(LeadRow.last_interaction_at, LeadRow.created_at), LeadRow.id),
    CardSort.NAME: (LeadRow.last_name, LeadRow.first_name, LeadRow.id),
}


class LeadQueries:
    """The read side of :class:`SqlLeadRepository` over many leads (a mixin: same sessions)."""

    _session: sessionmaker[Session]

    def ids_by_stage(self, flt: LeadFilter, sort: CardSort) -> dict[Stage, list[int]]:
        query = apply_filter(select(LeadRow.id, LeadRow.stage), flt).order_by(*SORT_ORDER[sort])
        result: dict[Stage, list[int]] = {stage: [] for stage in Stage}
        # Core rows and a dict of appenders: 100,000 ids without ORM or enum overhead.
        append = {value: result[stage].append for value, stage in STAGE_BY_VALUE.items()}
        with self._session() as s:
            for lead_id, stage in s.connection().execute(query):
                append[stage](lead_id)
        return result

    def cards(self, ids: Sequence[int]) -> list[LeadCard]:
        if not ids:
            return []
        cols = (
            LeadRow.id,
            LeadRow.first_name,
            LeadRow.last_name,
            LeadRow.email,
            LeadRow.company,
            LeadRow.job_title,
            LeadRow.score,
            LeadRow.fit_grade,
            LeadRow.stage,
            LeadRow.stage_entered_at,
            LeadRow.last_interaction_at,
            LeadRow.budget,
        )
        found: dict[int, LeadCard] = {}
        with self._session() as s:
            conn = s.connection()  # Core rows: the board asks for cards on every keystroke
            for start in range(0, len(ids), 900):
                chunk = list(ids[start : start + 900])
                for r in conn.execute(select(*cols).where(LeadRow.id.in_(chunk))):
                    found[r.id] = LeadCard(
                        id=r.id,
                        name=display_name(r.first_name, r.last_name, r.email),
                        company=r.company,
                        job_title=r.job_title,
                        score=r.score,
                        fit_grade=r.fit_grade,
                        stage=Stage(r.stage),
                        stage_entered_at=r.stage_entered_at,
                        last_interaction_at=r.last_interaction_at,
                        budget=r.budget,
                    )
        return [found[i] for i in ids if i in found]

    def board_entries(self, ids: Sequence[int] | None = None) -> list[BoardEntry]:
        """What the board's search index needs of every unarchived lead (or of ``ids``)."""
        query = select(*BOARD_ENTRY_COLUMNS).where(LeadRow.archived.is_(False))
        entries: list[BoardEntry] = []
        shared: dict[str, str] = {}  # one string object per owner, channel…: a third less memory
        with self._session() as s:
            conn = s.connection()
            chunks = [None] if ids is None else [ids[i : i + 900] for i in range(0, len(ids), 900)]
            for chunk in chunks:
                q = query if chunk is None else query.where(LeadRow.id.in_(list(chunk)))
                entries.extend(_board_entry(row, shared) for row in conn.execute(q))
        return entries

    def stage_totals(self, flt: LeadFilter) -> dict[Stage, StageTotal]:
        query = apply_filter(
            select(LeadRow.stage, func.count(), func.coalesce(func.sum(LeadRow.budget), 0)),
            flt,
        ).group_by(LeadRow.stage)
        totals = {stage: StageTotal(0, Decimal(0)) for stage in Stage}
        with self._session() as s:
            for stage, count, budget in s.execute(query):
                totals[Stage(stage)] = StageTotal(count, Decimal(str(budget)))
        return totals

    def count_leads(self) -> int:
        with self._session() as s:
            return (
                s.scalar(
                    select(func.count()).select_from(LeadRow).where(LeadRow.archived.is_(False))
                )
                or 0
            )

    def iter_leads(self, flt: LeadFilter | None = None) -> Iterator[Lead]:
        query = apply_filter(select(LeadRow), flt or LeadFilter()).order_by(LeadRow.id)
        with self._session() as s:
            for row in s.scalars(query.execution_options(yield_per=2000)):
                yield lead_from_row(row)

    def distinct_values(self, field_name: str) -> list[str]:
        column = getattr(LeadRow, field_name)
        with self._session() as s:
            return [
                v
                for v in s.scalars(select(column).where(column != "").distinct().order_by(column))
                if v
            ]

    def import_batches(self) -> list[ImportBatch]:
        with self._session() as s:
            rows = s.scalars(select(ImportBatchRow).order_by(ImportBatchRow.id.desc()))
            return [import_batch_from_row(r) for r in rows]


def _concat_with_separator(*columns: Any) -> Any:
    separator = literal("\x1f")
    text = columns[0]
    for column in columns[1:]:
        text = text.op("||")(separator).op("||")(column)
    return type_coerce(text, String)


#: The search text is joined by the database: far cheaper than 13 Python objects a row.
BOARD_ENTRY_COLUMNS = (
    LeadRow.id,
    LeadRow.stage,
    _concat_with_separator(*TEXT_SEARCH_COLUMNS, cast(LeadRow.custom, String)),
    LeadRow.owner,
    LeadRow.source_channel,
    LeadRow.campaign,
    LeadRow.import_batch_id,
    LeadRow.fit_grade,
    LeadRow.score,
    # raw (text on SQLite, a timestamp on PostgreSQL): only compared, never shown
    type_coerce(func.coalesce(LeadRow.last_interaction_at, LeadRow.created_at), String),
    LeadRow.last_name,
    LeadRow.first_name,
    cast(func.round(func.coalesce(LeadRow.budget, 0) * 100), Integer),
)


def _readable_search_text(text: str) -> str:
    """JSON escapes non-ASCII custom values ("espa\\u00f1ol"): make them findable as typed."""
    if "\\u" not in text:
        return text
    head, _, custom = text.rpartition("\x1f")
    try:
        values = json.loads(custom)
    except ValueError:
        return text
    if not isinstance(values, dict):
        return text
    return head + "\x1f" + "\x1f".join(f"{k}\x1f{v}" for k, v in values.items())


def _board_entry(row: Any, shared: dict[str, str]) -> BoardEntry:
    lead_id, stage, text, owner, channel, campaign, batch, grade, score, age, last, first, cents = (
        row
    )
    return BoardEntry(
        lead_id,
        STAGE_BY_VALUE[stage],
        _readable_search_text(text or "").lower(),
        shared.setdefault(owner, owner),
        shared.setdefault(channel, channel),
        shared.setdefault(campaign, campaign),
        batch,
        shared.setdefault(grade, grade),
        score,
        age,
        f"{last}\x1f{first}".lower(),
        int(cents or 0),
    )
