"""Typed ORM classes. Times are UTC; money is Numeric; ``version`` guards concurrent edits."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC everywhere; always read back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class ImportBatchRow(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20), default="leads")
    created_at: Mapped[datetime]
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone_at: Mapped[datetime | None]
    actor: Mapped[str] = mapped_column(String(100), default="")


class LeadRow(Base):
    __tablename__ = "leads"

    id: Mapped[int] = mapped_column(primary_key=True)
    stage: Mapped[str] = mapped_column(String(20), index=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    #: lower-cased, trimmed email: the first duplicate key
    email_key: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(100), default="")
    #: digits only: the second duplicate key
    phone_key: Mapped[str] = mapped_column(String(40), default="", index=True)
    company: Mapped[str] = mapped_column(String(300), default="")
    job_title: Mapped[str] = mapped_column(String(300), default="")
    company_size: Mapped[int | None] = mapped_column(Integer)
    industry: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    source_channel: Mapped[str] = mapped_column(String(200), default="", index=True)
    campaign: Mapped[str] = mapped_column(String(200), default="", index=True)
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    owner: Mapped[str] = mapped_column(String(100), default="", index=True)
    email_status: Mapped[str] = mapped_column(String(50), default="")
    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)
    score: Mapped[int] = mapped_column(Integer, default=0)
    fit_score: Mapped[int] = mapped_column(Integer, default=0)
    engagement_score: Mapped[int] = mapped_column(Integer, default=0)
    fit_grade: Mapped[str] = mapped_column(String(1), default="D")
    stage_entered_at: Mapped[datetime | None]
    last_interaction_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    #: indexed: other users' copies poll for what changed since they last looked
    updated_at: Mapped[datetime] = mapped_column(index=True)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_leads_board", "archived", "stage", "score"),
        Index("ix_leads_name_key", "last_name", "first_name"),
        # My day: the MQLs waiting longest, first.
        Index("ix_leads_stage_entered", "stage", "archived", "stage_entered_at"),
    )


class InteractionRow(Base):
    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[datetime]
    detail: Mapped[str] = mapped_column(Text, default="")
    offer: Mapped[str | None] = mapped_column(String(30))
    campaign: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    actor: Mapped[str] = mapped_column(String(100), default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    #: person + time + kind + detail, for imported events: re-importing adds no duplicates
    natural_key: Mapped[str | None] = mapped_column(String(64), unique=True)

    __table_args__ = (
        Index("ix_interactions_lead_time", "lead_id", "occurred_at"),
        Index("ix_interactions_kind", "kind"),
    )


class StageChangeRow(Base):
    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    from_stage: Mapped[str | None] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text, default="")
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    actor: Mapped[str] = mapped_column(String(100), default="")
    override: Mapped[bool] = mapped_column(Boolean, default=False)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )
    score: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_stage_changes_lead_at", "lead_id", "at"),
        Index("ix_stage_changes_to_at", "to_stage", "at"),
        # Covers the reports' per-lead "which funnel stages were entered" probe.
        Index("ix_stage_changes_lead_stage", "lead_id", "to_stage"),
    )


class FieldChangeRow(Base):
    """When a lead's field was given a new value by an edit: the field's history.

    Scoring reads it to flag fields filled after the outcome (a leak, not a trait).
    """

    __tablename__ = "field_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    #: a standard field's name, or ``custom.<name>``
    field: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime]

    __table_args__ = (Index("ix_field_changes_lead_field", "lead_id", "field", "at"),)


class FollowUpRow(Base):
    """A dated item on a lead: a follow-up, a booked meeting or a call to retry.

    Linked to the interaction that set it (a hand-set follow-up, the call, the meeting, the
    missed call): removing that interaction (an undo) removes the item with it.
    """

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    #: the user's calendar day it is due (a meeting's local day)
    due_on: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime | None]  # a meeting's time
    what: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100), default="")
    done_at: Mapped[datetime | None]
    done_by: Mapped[str] = mapped_column(String(100), default="")
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (
        # The day's lists: open items (done_at NULL) of a kind by due day.
        Index("ix_follow_ups_open", "done_at", "kind", "due_on"),
    )


class ImportUndoRow(Base):
    """What an import did to one lead, so that the import can be taken back."""

    __tablename__ = "import_undo"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(10))  # "created" or "updated"
    old_values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    version_after: Mapped[int] = mapped_column(Integer)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[dict[str, Any] | list[Any] | str | int | float | bool | None] = mapped_column(
        JSON
    )
