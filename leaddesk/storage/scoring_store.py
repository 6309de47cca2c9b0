"""Columns for bulk scoring, read and written with SQLAlchemy Core (fast, one transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, Float, bindparam, case, cast, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.core.leads import LEAD_FIELDS
from leaddesk.core.scoring import ThresholdMove
from leaddesk.core.scoring_batch import (
    KIND_CODES,
    NO_OFFER,
    OFFER_CODES,
    LeadBatch,
    build_interactions,
)
from leaddesk.core.stages import Stage
from leaddesk.storage.models import InteractionRow, LeadRow, StageChangeRow

LEADS = LeadRow.__table__
INTERACTIONS = InteractionRow.__table__
STAGE_CHANGES = StageChangeRow.__table__
CHUNK = 900  # below SQLite's bound-parameter limit


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
        with_detail: bool = False,
    ) -> LeadBatch:
        """Leads (all non-archived ones when ``lead_ids`` is None) with their interactions.

        ``fields`` limits which standard fields are read (None: all); custom fields are
        read when any ``custom.`` field is asked for, or when ``fields`` is None.
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
                query = select(*cols).where(LEADS.c.archived.is_(False)).order_by(LEADS.c.id)
                rows = conn.execute(query).all()
            else:
                rows = []
                for chunk in _chunks(sorted(set(lead_ids))):
                    rows += conn.execute(select(*cols).where(LEADS.c.id.in_(chunk))).all()
            ids = [r[0] for r in rows]
            interactions = self._interactions(conn, ids, lead_ids is None, now, with_detail)
        base = 6
        standard = {f: [r[base + n] for r in rows] for n, f in enumerate(wanted)}
        return LeadBatch(
            ids=ids,
            stages=[Stage(r[1]) for r in rows],
            old_scores=[r[2] for r in rows],
            standard=standard,
            custom=[r[-1] or {} for r in rows] if need_custom else None,
            interactions=interactions,
            stored=[(r[3], r[4], r[5]) for r in rows],
        )

    def _interactions(
        self, conn: Any, ids: list[int], everyone: bool, now: datetime, with_detail: bool
    ) -> Any:
        epoch = _epoch_seconds(conn.dialect.name, INTERACTIONS.c.occurred_at)
        kind = case(
            {k.value: code for k, code in KIND_CODES.items()}, value=INTERACTIONS.c.kind, else_=-1
        )
        offer = case(
            {o.value: code for o, code in OFFER_CODES.items()},
            value=INTERACTIONS.c.offer,
            else_=NO_OFFER,
        )
        cols = [INTERACTIONS.c.id, INTERACTIONS.c.lead_id, kind, offer, epoch]
        if with_detail:
            cols.append(INTERACTIONS.c.detail)
        rows: list[Any] = []
        if everyone:
            rows = conn.execute(select(*cols)).all()
        else:
            for chunk in _chunks(ids):
                rows += conn.execute(select(*cols).where(INTERACTIONS.c.lead_id.in_(chunk))).all()
        position = {lead_id: n for n, lead_id in enumerate(ids)}
        kept = [r for r in rows if r[1] in position]
        count = len(kept)
        return build_interactions(
            lead_pos=np.fromiter((position[r[1]] for r in kept), np.int64, count),
            kind=np.fromiter((r[2] for r in kept), np.int64, count),
            offer=np.fromiter((r[3] for r in kept), np.int64, count),
            occurred_epoch=np.fromiter((r[4] for r in kept), np.float64, count),
            ids=np.fromiter((r[0] for r in kept), np.int64, count),
            now_epoch=now.timestamp(),
            detail=[r[5] or "" for r in kept] if with_detail else None,
        )

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
        params = [
            {"b_id": i, "b_score": t, "b_fit": f, "b_eng": e, "b_grade": g}
            for i, t, f, e, g in scores
        ]
        moved: list[int] = []
        with self._session.begin() as s:
            conn = s.connection()
            if params:
                conn.execute(_SCORE_UPDATE, params)
            for move in moves:
                result = conn.execute(
                    update(LEADS)
                    .where(LEADS.c.id == move.lead_id, LEADS.c.stage == move.from_stage.value)
                    .values(
                        stage=move.to_stage.value,
                        stage_entered_at=at,
                        version=LEADS.c.version + 1,
                    )
                )
                if result.rowcount:
                    moved.append(move.lead_id)
            by_id = {m.lead_id: m for m in moves}
            if moved:
                conn.execute(insert(STAGE_CHANGES), [_change_row(by_id[i], at) for i in moved])
        return moved

    def custom_field_names(self) -> list[str]:
        names: set[str] = set()
        with self._session() as s:
            for custom in s.connection().execute(select(LEADS.c.custom)).scalars():
                names.update(custom or {})
        return sorted(names)


_SCORE_UPDATE = (
    update(LEADS)
    .where(LEADS.c.id == bindparam("b_id"))
    .values(
        score=bindparam("b_score"),
        fit_score=bindparam("b_fit"),
        engagement_score=bindparam("b_eng"),
        fit_grade=bindparam("b_grade"),
    )
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


def _epoch_seconds(dialect: str, column: Any) -> ColumnElement[Any]:
    """UTC seconds since 1970 computed by the database: no datetime objects per row."""
    if dialect == "sqlite":
        return (func.julianday(column) - 2440587.5) * 86400.0
    return cast(func.extract("epoch", column), Float)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])
