"""SQLAlchemy implementation of ``core.ports.LeadRepository``: a session per unit of work,
dataclasses out. Writes of one lead and its history here; reads of many in lead_queries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, case, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.core.errors import EditConflict, LeadNotFound
from leaddesk.core.leads import (
    LEAD_FIELDS,
    Interaction,
    Lead,
    NewInteraction,
    NewStageChange,
    StageChange,
    display_name,
)
from leaddesk.core.stages import LeadMovedMeanwhile, Stage
from leaddesk.storage.models import FieldChangeRow, InteractionRow, LeadRow, StageChangeRow
from leaddesk.storage.repositories.lead_queries import LeadQueries
from leaddesk.storage.repositories.rows import (
    derived_keys,
    interaction_from_row,
    interaction_row,
    lead_from_row,
    stage_change_from_row,
    stage_change_row,
)


class SqlLeadRepository(LeadQueries):
    """Leads, interactions and stage history on SQLite or PostgreSQL."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session = session_factory

    # -- leads ---------------------------------------------------------------------------
    def add_lead(self, fields: Mapping[str, Any], stage: Stage, at: datetime, actor: str) -> Lead:
        with self._session.begin() as s:
            row = LeadRow(
                stage=stage.value,
                **{k: v for k, v in fields.items() if k in LEAD_FIELDS},
                **derived_keys({"email": "", "phone": "", **fields}),
                custom=dict(fields.get("custom") or {}),
                created_at=at,
                updated_at=at,
                stage_entered_at=at,
            )
            if "owner" not in fields and actor:
                row.owner = actor
            s.add(row)
            s.flush()
            s.add(
                StageChangeRow(
                    lead_id=row.id,
                    from_stage=None,
                    to_stage=stage.value,
                    at=at,
                    reason="created",
                    actor=actor,
                )
            )
            s.flush()
            return lead_from_row(row)

    def get_lead(self, lead_id: int) -> Lead:
        with self._session() as s:
            row = s.get(LeadRow, lead_id)
            if row is None:
                raise LeadNotFound(lead_id)
            return lead_from_row(row)

    def update_lead(
        self, lead_id: int, fields: Mapping[str, Any], expected_version: int | None, at: datetime
    ) -> Lead:
        values = {k: v for k, v in fields.items() if k in LEAD_FIELDS or k == "custom"}
        edited = list(values)
        values.update(derived_keys(values))
        with self._session.begin() as s:
            columns = [LeadRow.__table__.c[k] for k in edited]
            query = select(*columns).where(LeadRow.id == lead_id)
            before = s.execute(query).one_or_none() if columns else None
            self._bump(s, lead_id, expected_version, {**values, "updated_at": at})
            if before is not None:
                changed = _changed_fields(dict(zip(edited, before, strict=True)), values)
                if changed:
                    s.execute(
                        insert(FieldChangeRow),
                        [{"lead_id": lead_id, "field": f, "at": at} for f in changed],
                    )
            return lead_from_row(s.get(LeadRow, lead_id, populate_existing=True))

    def _bump(
        self,
        s: Session,
        lead_id: int,
        expected_version: int | None,
        values: Mapping[str, Any],
        *,
        expected_stage: str | None = None,
    ) -> None:
        """Update one lead's row guarded by its version (and stage): a compare-and-set.

        Every caller sets ``updated_at`` too, so others polling the shared database see it.
        """
        stmt = update(LeadRow).where(LeadRow.id == lead_id)
        if expected_version is not None:
            stmt = stmt.where(LeadRow.version == expected_version)
        if expected_stage is not None:
            stmt = stmt.where(LeadRow.stage == expected_stage)
        result = s.execute(
            stmt.values(**values, version=LeadRow.version + 1),
            execution_options={"synchronize_session": False},
        )
        if result.rowcount == 0:
            row = s.execute(
                select(LeadRow.version, LeadRow.stage, LeadRow.first_name, LeadRow.last_name).where(
                    LeadRow.id == lead_id
                )
            ).one_or_none()
            if row is None:
                raise LeadNotFound(lead_id)
            if expected_stage is not None and row.stage != expected_stage:
                name = display_name(row.first_name, row.last_name, "")
                raise LeadMovedMeanwhile(
                    lead_id, expected_version or 0, row.version, Stage(row.stage), name
                )
            raise EditConflict(lead_id, expected_version or 0, row.version)

    def move_lead(
        self,
        change: NewStageChange,
        expected_version: int | None = None,
        interaction: NewInteraction | None = None,
    ) -> tuple[Lead, StageChange]:
        with self._session.begin() as s:
            if s.scalar(select(LeadRow.id).where(LeadRow.id == change.lead_id)) is None:
                raise LeadNotFound(change.lead_id)
            interaction_id = None
            values: dict[str, Any] = {
                "stage": change.to_stage.value,
                "stage_entered_at": change.at,
                "updated_at": change.at,
            }
            if interaction is not None:
                irow = interaction_row(interaction)
                s.add(irow)
                s.flush()
                interaction_id = irow.id
                values["last_interaction_at"] = func.coalesce(
                    case(
                        (
                            LeadRow.last_interaction_at > interaction.occurred_at,
                            LeadRow.last_interaction_at,
                        ),
                        else_=interaction.occurred_at,
                    ),
                    interaction.occurred_at,
                )
            # Guarded by the stage the mover saw: someone else's move is never overwritten.
            self._bump(
                s, change.lead_id, expected_version, values, expected_stage=_seen_stage(change)
            )
            crow = stage_change_row(change, interaction_id=interaction_id or change.interaction_id)
            s.add(crow)
            s.flush()
            lead = lead_from_row(s.get(LeadRow, change.lead_id, populate_existing=True))
            return lead, stage_change_from_row(crow)

    def undo_move(self, change_id: int) -> Lead:
        with self._session.begin() as s:
            crow = s.get(StageChangeRow, change_id)
            if crow is None or crow.from_stage is None:
                raise LeadNotFound(crow.lead_id if crow else 0)
            previous = s.scalar(
                select(StageChangeRow.at)
                .where(StageChangeRow.lead_id == crow.lead_id, StageChangeRow.id < crow.id)
                .order_by(StageChangeRow.id.desc())
                .limit(1)
            )
            # Only if nobody moved it since: undo never overwrites another user's move.
            self._bump(
                s,
                crow.lead_id,
                None,
                {
                    "stage": crow.from_stage,
                    "stage_entered_at": previous or crow.at,
                    "updated_at": datetime.now(UTC),
                },
                expected_stage=crow.to_stage,
            )
            if crow.interaction_id is not None:
                s.execute(delete(InteractionRow).where(InteractionRow.id == crow.interaction_id))
            s.delete(crow)
            s.flush()
            return lead_from_row(s.get(LeadRow, crow.lead_id, populate_existing=True))

    def record_call_outcome(
        self,
        change: NewStageChange,
        call: NewInteraction,
        *,
        fields: Mapping[str, Any],
        extra: Sequence[NewInteraction] = (),
        expected_version: int | None = None,
    ) -> tuple[Lead, StageChange, list[Interaction]]:
        """A call's outcome at once: fields, call (+ meeting), stage change linked to the call."""
        with self._session.begin() as s:
            if s.scalar(select(LeadRow.id).where(LeadRow.id == change.lead_id)) is None:
                raise LeadNotFound(change.lead_id)
            rows = [interaction_row(i) for i in (call, *extra)]
            s.add_all(rows)
            s.flush()
            values = {k: v for k, v in fields.items() if k in LEAD_FIELDS or k == "custom"}
            values.update(derived_keys(values))
            values.update(
                stage=change.to_stage.value,
                stage_entered_at=change.at,
                updated_at=change.at,
                last_interaction_at=_latest(s, change.lead_id),
            )
            self._bump(
                s, change.lead_id, expected_version, values, expected_stage=_seen_stage(change)
            )
            crow = stage_change_row(change, interaction_id=rows[0].id)
            s.add(crow)
            s.flush()
            lead = lead_from_row(s.get(LeadRow, change.lead_id, populate_existing=True))
            return lead, stage_change_from_row(crow), [interaction_from_row(r) for r in rows]

    def undo_call_outcome(
        self, change_id: int, fields: Mapping[str, Any], interaction_ids: Sequence[int]
    ) -> Lead:
        """Take a call's outcome back: stage, fields, and its interactions, at once."""
        with self._session.begin() as s:
            crow = s.get(StageChangeRow, change_id)
            if crow is None or crow.from_stage is None:
                raise LeadNotFound(crow.lead_id if crow else 0)
            lead_id = crow.lead_id
            previous = s.scalar(
                select(StageChangeRow.at)
                .where(StageChangeRow.lead_id == lead_id, StageChangeRow.id < crow.id)
                .order_by(StageChangeRow.id.desc())
                .limit(1)
            )
            s.delete(crow)
            if interaction_ids:
                s.execute(
                    delete(InteractionRow).where(
                        InteractionRow.id.in_(list(interaction_ids)),
                        InteractionRow.lead_id == lead_id,
                    )
                )
            s.flush()
            values = {k: v for k, v in fields.items() if k in LEAD_FIELDS or k == "custom"}
            values.update(derived_keys(values))
            values.update(
                stage=crow.from_stage,
                stage_entered_at=previous or crow.at,
                last_interaction_at=_latest(s, lead_id),
                updated_at=datetime.now(UTC),
            )
            self._bump(s, lead_id, None, values, expected_stage=crow.to_stage)
            return lead_from_row(s.get(LeadRow, lead_id, populate_existing=True))

    def set_archived(self, lead_id: int, archived: bool, at: datetime) -> Lead:
        with self._session.begin() as s:
            self._bump(s, lead_id, None, {"archived": archived, "updated_at": at})
            return lead_from_row(s.get(LeadRow, lead_id, populate_existing=True))

    # -- interactions --------------------------------------------------------------------
    def add_interaction(self, interaction: NewInteraction) -> Interaction:
        with self._session.begin() as s:
            if s.get(LeadRow, interaction.lead_id) is None:
                raise LeadNotFound(interaction.lead_id)
            row = interaction_row(interaction)
            s.add(row)
            s.flush()
            s.execute(
                update(LeadRow)
                .where(
                    LeadRow.id == interaction.lead_id,
                    or_(
                        LeadRow.last_interaction_at.is_(None),
                        LeadRow.last_interaction_at < interaction.occurred_at,
                    ),
                )
                .values(last_interaction_at=interaction.occurred_at),
                execution_options={"synchronize_session": False},
            )
            _touch(s, interaction.lead_id)
            return interaction_from_row(row)

    def delete_interaction(self, interaction_id: int) -> None:
        with self._session.begin() as s:
            row = s.get(InteractionRow, interaction_id)
            if row is None:
                return
            lead_id = row.lead_id
            s.delete(row)
            s.flush()
            latest = s.scalar(
                select(func.max(InteractionRow.occurred_at)).where(
                    InteractionRow.lead_id == lead_id
                )
            )
            s.execute(
                update(LeadRow)
                .where(LeadRow.id == lead_id)
                .values(last_interaction_at=latest, updated_at=datetime.now(UTC)),
                execution_options={"synchronize_session": False},
            )

    def interactions(self, lead_id: int) -> list[Interaction]:
        with self._session() as s:
            rows = s.scalars(
                select(InteractionRow)
                .where(InteractionRow.lead_id == lead_id)
                .order_by(InteractionRow.occurred_at.desc(), InteractionRow.id.desc())
            )
            return [interaction_from_row(r) for r in rows]

    def stage_history(self, lead_id: int) -> list[StageChange]:
        with self._session() as s:
            rows = s.scalars(
                select(StageChangeRow)
                .where(StageChangeRow.lead_id == lead_id)
                .order_by(StageChangeRow.at, StageChangeRow.id)
            )
            return [stage_change_from_row(r) for r in rows]

    def save_scores(self, scores: Iterable[tuple[int, int, int, int, str]]) -> None:
        params = [
            {"b_id": i, "b_score": t, "b_fit": f, "b_eng": e, "b_grade": g}
            for i, t, f, e, g in scores
        ]
        if not params:
            return
        stmt = (
            update(LeadRow.__table__)
            .where(LeadRow.__table__.c.id == bindparam("b_id"))
            .values(
                score=bindparam("b_score"),
                fit_score=bindparam("b_fit"),
                engagement_score=bindparam("b_eng"),
                fit_grade=bindparam("b_grade"),
            )
        )
        with self._session.begin() as s:
            s.connection().execute(stmt, params)


def _seen_stage(change: NewStageChange) -> str | None:
    return change.from_stage.value if change.from_stage else None


def _touch(s: Session, lead_id: int) -> None:
    """Mark a lead as changed (new history) without bumping its version: others' polls see it,
    while an edit form opened before stays valid."""
    s.execute(
        update(LeadRow).where(LeadRow.id == lead_id).values(updated_at=datetime.now(UTC)),
        execution_options={"synchronize_session": False},
    )


def _latest(s: Session, lead_id: int) -> datetime | None:
    """The newest interaction's time, after the session's pending writes are flushed."""
    return s.scalar(
        select(func.max(InteractionRow.occurred_at)).where(InteractionRow.lead_id == lead_id)
    )


def _changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """The fields (``custom.<name>`` for custom ones) an edit gives a new value: history."""
    changed = [k for k in before if k != "custom" and before[k] != after[k]]
    if "custom" in before:
        old, new = dict(before["custom"] or {}), dict(after["custom"] or {})
        changed += [
            f"custom.{k}" for k in sorted(old.keys() | new.keys()) if old.get(k) != new.get(k)
        ]
    return changed
