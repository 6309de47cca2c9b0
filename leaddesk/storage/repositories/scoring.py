"""Columns for bulk scoring, read and written with SQLAlchemy Core (fast, one transaction)."""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import SingletonThreadPool, StaticPool

from leaddesk.core.leads import LEAD_FIELDS, InteractionKind
from leaddesk.core.scoring.batch import LeadBatch
from leaddesk.core.scoring.engine import ThresholdMove
from leaddesk.core.scoring.leaks import FieldSet
from leaddesk.core.stages import Stage
from leaddesk.storage.models import FieldChangeRow, InteractionRow, LeadRow, StageChangeRow
from leaddesk.storage.repositories.interaction_columns import (
    Connections,
    OtherConnections,
    Reach,
    SameConnection,
    finish_interactions,
    lead_filters,
    start_interactions,
)
from leaddesk.storage.repositories.packed import joined_numbers
from leaddesk.storage.unit import unit_connection

LEADS = LeadRow.__table__
INTERACTIONS = InteractionRow.__table__
STAGE_CHANGES = StageChangeRow.__table__
FIELDS = FieldChangeRow.__table__
CHUNK = 900
#: A damaged row's unknown stage is scored but never moved (Check database repairs it).
KNOWN_STAGES = {stage.value: stage for stage in Stage}  # below SQLite's bound-parameter limit
#: asked for more than this share of all leads (and at least SCAN_FROM of them), rescoring
#: reads the leads and interactions tables through instead of looking each lead up
SCAN_SHARE = 0.5
SCAN_FROM = 2_000
#: leads written by one UPDATE on SQLite (5 bound values each, under its limit of 32,766)
VALUES_PART = 6_000


class SqlScoringStore:
    """Reads leads and interactions as columns; writes scores and automatic moves."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session = session_factory

    def load_batch(
        self,
        lead_ids: Sequence[int] | None,
        now: datetime,
        *,
        fields: Iterable[str] | None = None,
        detail_kinds: Collection[InteractionKind] = (),
        id_range: tuple[int, int] | None = None,
        kinds: Collection[InteractionKind] | None = None,
    ) -> LeadBatch:
        """Leads (all non-archived ones when ``lead_ids`` is None, or those with ids in
        ``id_range``, both ends included) with their interactions.

        ``fields`` limits which standard fields are read (None: all); custom fields are
        read when any ``custom.`` field is asked for, or when ``fields`` is None. The
        detail text is read only for interactions of ``detail_kinds``; ``kinds`` limits the
        interactions read to those kinds (None: all).
        """
        wanted = list(LEAD_FIELDS) if fields is None else [f for f in fields if f in LEAD_FIELDS]
        need_custom = fields is None or any(f not in LEAD_FIELDS for f in fields)
        cols = [LEADS.c.id, LEADS.c.stage, LEADS.c.score, LEADS.c.fit_score]
        cols += [LEADS.c.engagement_score, LEADS.c.fit_grade]
        cols += [LEADS.c[f] for f in wanted]
        if need_custom:
            cols.append(LEADS.c.custom)
        with self._session() as s, ThreadPoolExecutor(2, "leaddesk-read") as workers:
            conn = s.connection()
            # A few leads (after an edit) are read on this connection: threads and other
            # connections would cost more than they save.
            few = lead_ids is not None and len(lead_ids) < SCAN_FROM
            connections = SameConnection(conn) if few else _connections(conn, workers)
            split = isinstance(connections, OtherConnections)
            wanted_ids: set[int] = set()
            if lead_ids is None:
                # Every lead (of the range): whole tables when that is most leads.
                span = None if id_range is None else id_range[1] - id_range[0] + 1
                reach: Reach = "table" if span is None or _most_of(conn, span) else "ranges"
                wheres = lead_filters(conn, reach, id_range=id_range, split=split)
            else:
                wanted_ids = set(lead_ids)
                # Most leads (an import that touched them): one pass over each table is
                # quicker than an index look-up per lead and per interaction.
                reach = "table" if _most_of(conn, len(wanted_ids)) else "ids"
                wheres = lead_filters(conn, reach, sorted(wanted_ids), split=split)
            # The interactions are read on other connections while this one reads the leads.
            pending = start_interactions(conn, connections, wheres, detail_kinds, kinds)
            if lead_ids is None:
                query = select(*cols).where(LEADS.c.archived.is_(False), *_in_range(id_range))
                values = _fetch_columns(conn, query.order_by(LEADS.c.id), len(cols))
            elif reach == "table":
                every = _fetch_columns(conn, select(*cols).order_by(LEADS.c.id), len(cols))
                keep = [n for n, i in enumerate(every[0]) if i in wanted_ids]
                values = [list(map(column.__getitem__, keep)) for column in every]
            else:
                rows = []
                for chunk in _chunks(sorted(wanted_ids)):
                    rows += _fetch(conn, select(*cols).where(LEADS.c.id.in_(chunk)))
                rows.sort(key=lambda r: r[0])
                values = _columns_of(rows, len(cols))
            ids = np.array(values[0], dtype=np.int64)
            interactions = finish_interactions(pending, ids, now, detail_kinds, kinds)
        standard = {f: list(values[6 + n]) for n, f in enumerate(wanted)}
        if "budget" in standard:  # the raw driver may hand back floats for Numeric
            standard["budget"] = _decimals(standard["budget"])
        return LeadBatch(
            ids=ids,
            stages=list(map(KNOWN_STAGES.get, values[1])),
            old_scores=values[2],
            standard=standard,
            custom=list(map(_json, values[-1])) if need_custom else None,
            interactions=interactions,
            stored=list(zip(values[3], values[4], values[5], strict=True)),
        )

    def id_ranges(self, size: int) -> list[tuple[int, int]]:
        """The active leads' ids cut into ranges of about ``size`` leads, in id order."""
        with self._session() as s:
            active = [LEADS.c.archived.is_(False)]
            ids = np.sort(joined_numbers(s.connection(), [LEADS.c.id], active)[0])
        starts = range(0, len(ids), size)
        return [(int(ids[i]), int(ids[min(i + size, len(ids)) - 1])) for i in starts]

    def outcomes(self) -> dict[int, bool]:
        """Decided leads: True if it ever reached SQL or Customer, False if disqualified."""
        won = (Stage.SQL.value, Stage.CUSTOMER.value)
        decided = (*won, Stage.DISQUALIFIED.value)
        query = (
            select(STAGE_CHANGES.c.lead_id, STAGE_CHANGES.c.to_stage)
            .where(STAGE_CHANGES.c.to_stage.in_(decided))
            .distinct()
        )
        result: dict[int, bool] = {}
        with self._session() as s:
            for lead_id, stage in s.connection().execute(query):
                result[lead_id] = result.get(lead_id, False) or stage in won
        return result

    def field_history(self) -> list[FieldSet]:
        """When each lead's fields were last given a value by an edit."""
        query = select(FIELDS.c.lead_id, FIELDS.c.field, func.max(FIELDS.c.at)).group_by(
            FIELDS.c.lead_id, FIELDS.c.field
        )
        with self._session() as s:
            return [FieldSet(i, f, at) for i, f, at in s.connection().execute(query)]

    def last_moves(self) -> dict[int, datetime]:
        """Each lead's last stage change."""
        query = select(STAGE_CHANGES.c.lead_id, func.max(STAGE_CHANGES.c.at)).group_by(
            STAGE_CHANGES.c.lead_id
        )
        with self._session() as s:
            return {i: at for i, at in s.connection().execute(query)}

    def save(
        self,
        scores: Iterable[tuple[int, int, int, int, str]],
        moves: Sequence[ThresholdMove],
        at: datetime,
    ) -> list[int]:
        """Store scores and the automatic moves in one transaction; returns the ids moved.

        A move is guarded by the stage it was computed from: a lead someone moved
        meanwhile is left where it is.
        """
        params = list(scores)
        with self._session.begin() as s:
            conn = s.connection()
            if params:
                _update_scores(conn, params, at)
            moved = _move_leads(conn, moves, at) if moves else []
            by_id = {m.lead_id: m for m in moves}
            if moved:
                conn.execute(insert(STAGE_CHANGES), [_change_row(by_id[i], at) for i in moved])
        return moved

    def custom_field_names(self) -> list[str]:
        """Every custom field name in use, listed by the database's own JSON functions."""
        with self._session() as s:
            conn = s.connection()
            if conn.dialect.name == "sqlite":
                sql = "SELECT DISTINCT j.key FROM leads, json_each(leads.custom) AS j"
            else:
                sql = "SELECT DISTINCT jsonb_object_keys(custom::jsonb) FROM leads"
            return sorted(str(name) for name in conn.exec_driver_sql(sql).scalars())


def _update_scores(conn: Any, params: list[tuple[int, int, int, int, str]], at: datetime) -> None:
    """Every changed lead's score (id, total, fit, engagement, grade) straight through the
    driver: on SQLite a few UPDATE … FROM (VALUES …) of thousands of leads each, elsewhere
    one prepared UPDATE run for every lead.

    ``updated_at`` is stamped (the version is not: an edit form opened before stays valid),
    so that other users' copies of a shared database see the new scores at their next poll.
    """
    stamp = LEADS.c.updated_at.type._cached_bind_processor(conn.dialect)
    when = stamp(at) if stamp is not None else at.astimezone(UTC).replace(tzinfo=None)
    if conn.dialect.name != "sqlite":
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(
            f"UPDATE leads SET score = {mark}, fit_score = {mark}, engagement_score = {mark}, "
            f"fit_grade = {mark}, updated_at = {mark} WHERE id = {mark}",
            [(t, f, e, g, when, i) for i, t, f, e, g in params],
        )
        return
    for start in range(0, len(params), VALUES_PART):
        part = params[start : start + VALUES_PART]
        rows = ", ".join(["(?, ?, ?, ?, ?)"] * len(part))
        conn.exec_driver_sql(
            f"WITH new (id, score, fit, engagement, grade) AS (VALUES {rows}) "
            "UPDATE leads SET score = new.score, fit_score = new.fit, "
            "engagement_score = new.engagement, fit_grade = new.grade, updated_at = ? "
            "FROM new WHERE leads.id = new.id",
            (*itertools.chain.from_iterable(part), when),
        )


def _move_leads(conn: Any, moves: Sequence[ThresholdMove], at: datetime) -> list[int]:
    """The automatic moves, one UPDATE for each pair of stages and list of ids; returns the
    ids moved, in the order of ``moves``. A lead someone moved meanwhile is no longer in the
    stage its move was computed from, and stays where it is."""
    by_stages: dict[tuple[Stage, Stage], list[int]] = {}
    for move in moves:
        by_stages.setdefault((move.from_stage, move.to_stage), []).append(move.lead_id)
    done: set[int] = set()
    for (source, target), ids in by_stages.items():
        for chunk in _chunks(ids):
            statement = (
                update(LEADS)
                .where(LEADS.c.id.in_(chunk), LEADS.c.stage == source.value)
                .values(
                    stage=target.value,
                    stage_entered_at=at,
                    version=LEADS.c.version + 1,
                    updated_at=at,
                )
                .returning(LEADS.c.id)
            )
            done.update(conn.execute(statement).scalars())
    return [move.lead_id for move in moves if move.lead_id in done]


def _change_row(move: ThresholdMove, at: datetime) -> dict[str, Any]:
    return {
        "lead_id": move.lead_id,
        "from_stage": move.from_stage.value,
        "to_stage": move.to_stage.value,
        "at": at,
        "reason": move.reason,
        "automatic": True,
        "actor": "",
        "override": False,
        "interaction_id": None,
        "score": move.score,
    }


def _most_of(conn: Any, asked: int) -> bool:
    """Whether ``asked`` leads are more than SCAN_SHARE of all (then whole tables are read)."""
    if asked < SCAN_FROM:
        return False
    total = conn.execute(select(func.count()).select_from(LEADS)).scalar_one()
    return bool(asked > SCAN_SHARE * total)


def _connections(conn: Any, workers: Executor) -> Connections:
    """Where a batch's interactions are read: on other connections, in parallel, unless a
    unit is open (its own writes are only visible on its connection) or the engine has
    only the one connection (an in-memory database)."""
    engine = conn.engine
    if unit_connection(engine) is not None or isinstance(
        engine.pool, (StaticPool, SingletonThreadPool)
    ):
        return SameConnection(conn)
    return OtherConnections(engine, workers)


def _fetch_columns(conn: Any, query: Any, width: int) -> list[list[Any]]:
    """The rows of ``query`` as ``width`` columns of values.

    On SQLite the database writes each column as one JSON array, which Python reads at C
    speed: the database's part runs outside Python's lock (in parallel with the other
    reads) and no tuple is made per row. A value JSON cannot hold (a BLOB in a damaged
    row) falls back to reading rows.
    """
    if conn.dialect.name == "sqlite":
        sub = query.subquery()
        arrays = select(*(func.json_group_array(c) for c in sub.c))
        try:
            row = _fetch(conn, arrays)[0]
        except sqlite3.OperationalError:
            pass
        else:
            return [json.loads(text) for text in row]
    return _columns_of(_fetch(conn, query), width)


def _columns_of(rows: Sequence[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows turned into ``width`` columns at C speed (zip), not by a loop per lead."""
    return [list(c) for c in zip(*rows, strict=True)] or [[] for _ in range(width)]


def _fetch(conn: Any, query: Any) -> list[tuple[Any, ...]]:
    """Rows through the driver's own cursor: for hundreds of thousands of plain values the
    result layer's per-row processing costs more than the query."""
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _json(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    return json.loads(value) if value else {}


def _in_range(id_range: tuple[int, int] | None) -> list[Any]:
    return [] if id_range is None else [LEADS.c.id.between(*id_range)]


def _decimals(values: Sequence[Any]) -> list[Decimal | None]:
    """Numbers as Decimal, each distinct number converted once."""
    distinct = {v: None if v is None else Decimal(str(v)) for v in set(values)}
    return list(map(distinct.__getitem__, values))


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])
