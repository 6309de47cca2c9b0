"""SQLAlchemy implementations of ``core.ports``: a session per unit of work, dataclasses out."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    case,
    cast,
    delete,
    func,
    literal,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.core.board.index import STAGE_BY_VALUE
from leaddesk.core.errors import EditConflict, LeadNotFound
from leaddesk.core.leads import (
    LEAD_FIELDS,
    BoardEntry,
    CardSort,
    ImportBatch,
    Interaction,
    InteractionKind,
    Lead,
    LeadCard,
    LeadFilter,
    NewInteraction,
    NewStageChange,
    Offer,
    StageChange,
    StageTotal,
)
from leaddesk.core.stages import LeadMovedMeanwhile, Stage
from leaddesk.storage.models import (
    ImportBatchRow,
    InteractionRow,
    LeadRow,
    SettingRow,
    StageChangeRow,
)

NON_DIGITS = re.compile(r"\D+")
TEXT_SEARCH_COLUMNS = (
    LeadRow.first_name,
    LeadRow.last_name,
    LeadRow.email,
    LeadRow.company,
    LeadRow.job_title,
    LeadRow.phone,
    LeadRow.city,
    LeadRow.country,
    LeadRow.industry,
    LeadRow.source_channel,
    LeadRow.campaign,
    LeadRow.owner,
)


def email_key(email: str) -> str:
    return email.strip().lower()


def phone_key(phone: str) -> str:
    return NON_DIGITS.sub("", phone)[-15:]


def derived_keys(fields: Mapping[str, Any]) -> dict[str, str]:
    """The duplicate keys stored beside the fields they come from."""
    keys: dict[str, str] = {}
    if "email" in fields:
        keys["email_key"] = email_key(fields["email"] or "")
    if "phone" in fields:
        keys["phone_key"] = phone_key(fields["phone"] or "")
    return keys


def lead_from_row(row: LeadRow) -> Lead:
    return Lead(
        id=row.id,
        stage=Stage(row.stage),
        **{name: getattr(row, name) for name in LEAD_FIELDS},
        custom=dict(row.custom or {}),
        score=row.score,
        fit_score=row.fit_score,
        engagement_score=row.engagement_score,
        fit_grade=row.fit_grade,
        stage_entered_at=row.stage_entered_at,
        last_interaction_at=row.last_interaction_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        import_batch_id=row.import_batch_id,
        archived=row.archived,
        version=row.version,
    )


def interaction_from_row(row: InteractionRow) -> Interaction:
    return Interaction(
        id=row.id,
        lead_id=row.lead_id,
        kind=InteractionKind(row.kind),
        occurred_at=row.occurred_at,
        detail=row.detail,
        offer=Offer(row.offer) if row.offer else None,
        campaign=row.campaign,
        data=dict(row.data or {}),
        actor=row.actor,
        import_batch_id=row.import_batch_id,
    )


def stage_change_from_row(row: StageChangeRow) -> StageChange:
    return StageChange(
        id=row.id,
        lead_id=row.lead_id,
        from_stage=Stage(row.from_stage) if row.from_stage else None,
        to_stage=Stage(row.to_stage),
        at=row.at,
        reason=row.reason,
        automatic=row.automatic,
        actor=row.actor,
        override=row.override,
        interaction_id=row.interaction_id,
        score=row.score,
    )


def import_batch_from_row(row: Any) -> ImportBatch:
    """An import batch from its ORM row or a Core result row (same column names)."""
    return ImportBatch(
        id=row.id,
        file_name=row.file_name,
        kind=row.kind,
        created_at=row.created_at,
        counts=dict(row.counts or {}),
        mapping=dict(row.mapping or {}),
        undone_at=row.undone_at,
        actor=row.actor,
    )


def apply_filter(query: Select[Any], flt: LeadFilter) -> Select[Any]:
    """Narrow a query on ``leads`` to what the board filter asks for."""
    if not flt.include_archived:
        query = query.where(LeadRow.archived.is_(False))
    text = flt.text.strip()
    if text:
        for word in text.split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{escaped}%"
            query = query.where(
                or_(
                    *(col.ilike(pattern, escape="\\") for col in TEXT_SEARCH_COLUMNS),
                    cast(LeadRow.custom, String).ilike(pattern, escape="\\"),
                )
            )
    for name in ("owner", "source_channel", "campaign", "fit_grade"):
        value = getattr(flt, name)
        if value:
            query = query.where(getattr(LeadRow, name) == value)
    if flt.import_batch_id is not None:
        query = query.where(LeadRow.import_batch_id == flt.import_batch_id)
    return query


SORT_ORDER = {
    CardSort.SCORE: (LeadRow.score.desc(), LeadRow.id),
    CardSort.AGE: (func.coalesce(LeadRow.last_interaction_at, LeadRow.created_at), LeadRow.id),
    CardSort.NAME: (LeadRow.last_name, LeadRow.first_name, LeadRow.id),
}


class SqlLeadRepository:
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
        values.update(derived_keys(values))
        with self._session.begin() as s:
            self._bump(s, lead_id, expected_version, {**values, "updated_at": at})
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
                name = " ".join(p for p in (row.first_name, row.last_name) if p)
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
                irow = _interaction_row(interaction)
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
            crow = _stage_change_row(change, interaction_id=interaction_id or change.interaction_id)
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
            rows = [_interaction_row(i) for i in (call, *extra)]
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
            crow = _stage_change_row(change, interaction_id=rows[0].id)
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
            row = _interaction_row(interaction)
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

    # -- the board -----------------------------------------------------------------------
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
                    name = " ".join(p for p in (r.first_name, r.last_name) if p) or r.email
                    found[r.id] = LeadCard(
                        id=r.id,
                        name=name,
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

    def save_scores(self, scores: Iterable[tuple[int, int, int, int, str]]) -> None:
        params = [
            {"b_id": i, "b_score": t, "b_fit": f, "b_eng": e, "b_grade": g}
            for i, t, f, e, g in scores
        ]
        if not params:
            return
        from sqlalchemy import bindparam

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


def _stage_change_row(change: NewStageChange, *, interaction_id: int | None) -> StageChangeRow:
    return StageChangeRow(
        lead_id=change.lead_id,
        from_stage=change.from_stage.value if change.from_stage else None,
        to_stage=change.to_stage.value,
        at=change.at,
        reason=change.reason,
        automatic=change.automatic,
        actor=change.actor,
        override=change.override,
        interaction_id=interaction_id,
        score=change.score,
    )


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


def _interaction_row(interaction: NewInteraction) -> InteractionRow:
    return InteractionRow(
        lead_id=interaction.lead_id,
        kind=interaction.kind.value,
        occurred_at=interaction.occurred_at,
        detail=interaction.detail,
        offer=interaction.offer.value if interaction.offer else None,
        campaign=interaction.campaign,
        data=dict(interaction.data),
        actor=interaction.actor,
        import_batch_id=interaction.import_batch_id,
    )


class SqlSettingsRepository:
    """Small JSON documents in the ``settings`` table."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session = session_factory

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._session() as s:
            row = s.get(SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self._session.begin() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value
