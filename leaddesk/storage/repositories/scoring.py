"""Columns for bulk scoring, read and written with SQLAlchemy Core (fast, one transaction)."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, Float, case, cast, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.core.leads import LEAD_FIELDS, InteractionKind
from leaddesk.core.scoring.batch import (
    KIND_CODES,
    NO_OFFER,
    OFFER_CODES,
    InteractionColumns,
    LeadBatch,
    build_interactions,
)
from leaddesk.core.scoring.engine import ThresholdMove
from leaddesk.core.scoring.leaks import FieldSet
from leaddesk.core.stages import Stage
from leaddesk.storage.models import FieldChangeRow, InteractionRow, LeadRow, StageChangeRow

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
    ) -> LeadBatch:
        """Leads (all non-archived ones when ``lead_ids`` is None, or those with ids in
        ``id_range``, both ends included) with their interactions.

        ``fields`` limits which standard fields are read (None: all); custom fields are
        read when any ``custom.`` field is asked for, or when ``fields`` is None. The
        detail text is read only for interactions of ``detail_kinds``.
        """
        wanted = list(LEAD_FIELDS) if fields is None else [f for f in fields if f in LEAD_FIELDS]
        need_custom = fields is None or any(f not in LEAD_FIELDS for f in fields)
        cols = [LEADS.c.id, LEADS.c.stage, LEADS.c.score, LEADS.c.fit_score]
        cols += [LEADS.c.engagement_score, LEADS.c.fit_grade]
        cols += [LEADS.c[f] for f in wanted]
        if need_custom:
            cols.append(LEADS.c.custom)
        with self._session() as s:
            conn = s.connection()
            if lead_ids is None:
                query = select(*cols).where(LEADS.c.archived.is_(False), *_in_range(id_range))
                rows = _fetch(conn, query.order_by(LEADS.c.id))
            everyone = id_range or (0, 0) if lead_ids is None else None
            if lead_ids is not None:
                wanted_ids = set(lead_ids)
                if _most_of(conn, len(wanted_ids)):
                    # Most leads (an import that touched them): one pass over each table
                    # is quicker than an index look-up per lead and per interaction.
                    everyone = (0, 0)
                    every = _fetch(conn, select(*cols).order_by(LEADS.c.id))
                    rows = [r for r in every if r[0] in wanted_ids]
                else:
                    rows = []
                    for chunk in _chunks(sorted(wanted_ids)):
                        rows += _fetch(conn, select(*cols).where(LEADS.c.id.in_(chunk)))
                    rows.sort(key=lambda r: r[0])
            ids = np.array([r[0] for r in rows], dtype=np.int64)
            interactions = self._interactions(conn, ids, everyone, now, detail_kinds)
        base = 6
        standard = {f: [r[base + n] for r in rows] for n, f in enumerate(wanted)}
        if "budget" in standard:  # the raw driver may hand back floats for Numeric
            standard["budget"] = [
                None if b is None else Decimal(str(b)) for b in standard["budget"]
            ]
        return LeadBatch(
            ids=ids,
            stages=[KNOWN_STAGES.get(r[1]) for r in rows],
            old_scores=[r[2] for r in rows],
            standard=standard,
            custom=[_json(r[-1]) for r in rows] if need_custom else None,
            interactions=interactions,
            stored=[(r[3], r[4], r[5]) for r in rows],
        )

    def _interactions(
        self,
        conn: Any,
        ids: np.ndarray,
        everyone: tuple[int, int] | None,
        now: datetime,
        detail_kinds: Collection[InteractionKind],
    ) -> InteractionColumns:
        epoch = _epoch_seconds(conn.dialect.name, INTERACTIONS.c.occurred_at)
        kind = case(
            {k.value: code for k, code in KIND_CODES.items()}, value=INTERACTIONS.c.kind, else_=-1
        )
        offer = case(
            {o.value: code for o, code in OFFER_CODES.items()},
            value=INTERACTIONS.c.offer,
            else_=NO_OFFER,
        )
        columns = [INTERACTIONS.c.id, INTERACTIONS.c.lead_id, kind, offer, epoch]
        kinds = [k.value for k in detail_kinds]
        if kinds:
            # The detail in the same pass, only where a rule looks at it: a query of its own
            # (kind IN … AND lead_id IN …) lets SQLite pick the index on kind and read every
            # interaction of that kind once per part of the leads.
            columns.append(case((INTERACTIONS.c.kind.in_(kinds), INTERACTIONS.c.detail), else_=""))
        numbers = select(*columns)
        rows: list[Any] = []
        for where in _lead_filters(ids, everyone):
            rows += _fetch(conn, numbers.where(*where))
        texts: list[Any] = []
        if kinds:
            # One text per row read, so that the rows kept below keep their own text: the
            # rows of leads not asked for (a whole-table read) are dropped from both alike.
            texts = [r[5] for r in rows]
            rows = [r[:5] for r in rows]
        table = np.array(rows, dtype=np.float64).reshape(len(rows), 5)
        lead_ids = table[:, 1].astype(np.int64)
        pos = np.searchsorted(ids, lead_ids)
        known = (pos < len(ids)) & (ids[np.minimum(pos, max(len(ids) - 1, 0))] == lead_ids)
        keep = np.flatnonzero(known)  # interactions of archived leads are left out
        interaction_ids = table[keep, 0].astype(np.int64)
        return build_interactions(
            lead_pos=pos[keep],
            kind=table[keep, 2].astype(np.int64),
            offer=table[keep, 3].astype(np.int64),
            occurred_epoch=table[keep, 4],
            ids=interaction_ids,
            now_epoch=now.timestamp(),
            detail=[texts[k] or "" for k in keep.tolist()] if kinds else None,
        )

    def id_ranges(self, size: int) -> list[tuple[int, int]]:
        """The active leads' ids cut into ranges of about ``size`` leads, in id order."""
        query = select(LEADS.c.id).where(LEADS.c.archived.is_(False)).order_by(LEADS.c.id)
        with self._session() as s:
            ids = [r[0] for r in _fetch(s.connection(), query)]
        return [
            (part[0], part[-1]) for part in (ids[i : i + size] for i in range(0, len(ids), size))
        ]

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
        params = [(t, f, e, g, i) for i, t, f, e, g in scores]
        moved: list[int] = []
        with self._session.begin() as s:
            conn = s.connection()
            if params:
                _update_scores(conn, params, at)
            for move in moves:
                result = conn.execute(
                    update(LEADS)
                    .where(LEADS.c.id == move.lead_id, LEADS.c.stage == move.from_stage.value)
                    .values(
                        stage=move.to_stage.value,
                        stage_entered_at=at,
                        version=LEADS.c.version + 1,
                        updated_at=at,
                    )
                )
                if result.rowcount:
                    moved.append(move.lead_id)
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


def _update_scores(conn: Any, params: list[tuple[int, int, int, str, int]], at: datetime) -> None:
    """One prepared UPDATE run for every changed lead, straight through the driver.

    ``updated_at`` is stamped (the version is not: an edit form opened before stays valid),
    so that other users' copies of a shared database see the new scores at their next poll.
    """
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    stamp = LEADS.c.updated_at.type._cached_bind_processor(conn.dialect)
    when = stamp(at) if stamp is not None else at.astimezone(UTC).replace(tzinfo=None)
    conn.exec_driver_sql(
        f"UPDATE leads SET score = {mark}, fit_score = {mark}, engagement_score = {mark}, "
        f"fit_grade = {mark}, updated_at = {mark} WHERE id = {mark}",
        [(t, f, e, g, when, i) for t, f, e, g, i in params],
    )


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


def _epoch_seconds(dialect: str, column: Any) -> ColumnElement[Any]:
    """UTC seconds since 1970 computed by the database: no datetime objects per row."""
    if dialect == "sqlite":
        return (func.julianday(column) - 2440587.5) * 86400.0
    return cast(func.extract("epoch", column), Float)


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


def _lead_filters(ids: np.ndarray, everyone: tuple[int, int] | None) -> Iterable[tuple[Any, ...]]:
    """WHERE clauses for the interactions of the leads read: a range of ids ((0, 0): all),
    or, for a few chosen leads, their ids in lists the database accepts."""
    if everyone is not None:
        yield tuple(_in_range(None if everyone == (0, 0) else everyone, INTERACTIONS.c.lead_id))
        return
    for chunk in _chunks(ids.tolist()):
        yield (INTERACTIONS.c.lead_id.in_(chunk),)


def _in_range(id_range: tuple[int, int] | None, column: Any = LEADS.c.id) -> list[Any]:
    return [] if id_range is None else [column.between(*id_range)]


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])
