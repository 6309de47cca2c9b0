"""Rows to domain values and back for leads, interactions, stage changes and import batches;
the duplicate keys stored beside a lead, and the board filter as a query."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, String, cast, or_

from leaddesk.core.leads import (
    LEAD_FIELDS,
    ImportBatch,
    Interaction,
    InteractionKind,
    Lead,
    LeadFilter,
    NewInteraction,
    NewStageChange,
    Offer,
    StageChange,
)
from leaddesk.core.stages import Stage
from leaddesk.storage.models import InteractionRow, LeadRow, StageChangeRow

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


def stage_change_row(change: NewStageChange, *, interaction_id: int | None) -> StageChangeRow:
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


def interaction_row(interaction: NewInteraction) -> InteractionRow:
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
