"""Use cases. Each write returns a :class:`Changes` value: the UI's only refresh signal."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from leaddesk.core.changes import Changes
from leaddesk.core.edit_merge import EditMerge, merge_edits
from leaddesk.core.errors import FieldInvalid
from leaddesk.core.fields import clean_fields
from leaddesk.core.leads import (
    BoardEntry,
    CardSort,
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
from leaddesk.core.ports import LeadRepository, SettingsRepository, UnitOfWork, utc_now
from leaddesk.core.stages import LeadMovedMeanwhile, MoveVia, Stage, check_move

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """What a use case produced, and what it changed."""

    value: T
    changes: Changes


class Rescorer(Protocol):
    """Recomputes scores (and threshold moves) for leads whose data changed."""

    def rescore(self, lead_ids: Iterable[int]) -> Changes: ...


class LeadService:
    """The use cases on leads: create, edit, move, log interactions, archive."""

    def __init__(
        self,
        repo: LeadRepository,
        settings: SettingsRepository,
        *,
        actor: str = "",
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.repo = repo
        self.settings = settings
        self.actor = actor
        self.clock = clock
        self.rescorer: Rescorer | None = None
        #: A write and the rescore it causes commit together (storage sets the real one).
        self.atomic: UnitOfWork = nullcontext

    # -- reading -------------------------------------------------------------------------
    def lead(self, lead_id: int) -> Lead:
        return self.repo.get_lead(lead_id)

    def board_ids(self, flt: LeadFilter, sort: CardSort) -> dict[Stage, list[int]]:
        return self.repo.ids_by_stage(flt, sort)

    def cards(self, ids: Sequence[int]) -> list[LeadCard]:
        return self.repo.cards(ids)

    def stage_totals(self, flt: LeadFilter) -> dict[Stage, StageTotal]:
        return self.repo.stage_totals(flt)

    def board_entries(self, ids: Sequence[int] | None = None) -> list[BoardEntry]:
        """Rows for the board's in-memory search index (all unarchived leads, or ``ids``)."""
        return self.repo.board_entries(ids)

    def interactions(self, lead_id: int) -> list[Interaction]:
        return self.repo.interactions(lead_id)

    def stage_history(self, lead_id: int) -> list[StageChange]:
        return self.repo.stage_history(lead_id)

    def count_leads(self) -> int:
        return self.repo.count_leads()

    def distinct_values(self, field_name: str) -> list[str]:
        return self.repo.distinct_values(field_name)

    # -- writing -------------------------------------------------------------------------
    def create_lead(self, fields: Mapping[str, Any], stage: Stage = Stage.LEAD) -> Done[Lead]:
        cleaned = clean_fields(fields)
        if not any(cleaned.get(k) for k in ("first_name", "last_name", "email", "company")):
            raise FieldInvalid("Name", "a lead needs a name, an email or a company")
        with self.atomic():
            lead = self.repo.add_lead(cleaned, stage, self.clock(), self.actor)
            changes = Changes(added=frozenset({lead.id}), stages=frozenset({stage}))
            return Done(lead, changes | self._rescore([lead.id]))

    def edit_lead(
        self, lead_id: int, fields: Mapping[str, Any], expected_version: int | None
    ) -> Done[Lead]:
        """Save edited fields; refused with EditConflict if the lead changed meanwhile."""
        cleaned = clean_fields(fields)
        with self.atomic():
            lead = self.repo.update_lead(lead_id, cleaned, expected_version, self.clock())
            changes = Changes(leads=frozenset({lead_id}), stages=frozenset({lead.stage}))
            return Done(lead, changes | self._rescore([lead_id]))

    def merge_with_saved(self, base: Lead, fields: Mapping[str, Any]) -> EditMerge:
        """My edits (begun on ``base``) beside the lead as stored now, merged field by field.

        After a refused save: write ``merge.fields(reapply)`` with ``merge.theirs.version``.
        """
        return merge_edits(base, clean_fields(fields), self.repo.get_lead(base.id))

    def move_lead(
        self,
        lead_id: int,
        target: Stage,
        *,
        reason: str = "",
        override: bool = False,
        via: MoveVia = MoveVia.MANUAL,
        expected_version: int | None = None,
        interaction: NewInteraction | None = None,
        expected_stage: Stage | None = None,
    ) -> Done[StageChange]:
        """Move a lead to ``target`` if the lifecycle allows it; record why and by whom.

        ``expected_stage`` is where the user saw the lead (e.g. the column a card was dragged
        from): if someone else moved it meanwhile, the move is refused, naming where it is now.
        """
        lead = self.repo.get_lead(lead_id)
        if expected_stage is not None and lead.stage is not expected_stage:
            raise LeadMovedMeanwhile(
                lead_id, expected_version or 0, lead.version, lead.stage, lead.name
            )
        source = expected_stage or lead.stage
        check_move(source, target, via=via, reason=reason, override=override)
        change = NewStageChange(
            lead_id=lead_id,
            from_stage=source,
            to_stage=target,
            at=self.clock(),
            reason=reason.strip(),
            automatic=via is MoveVia.AUTOMATIC,
            actor="" if via is MoveVia.AUTOMATIC else self.actor,
            override=override and via is not MoveVia.AUTOMATIC,
            score=lead.score,
        )
        _, recorded = self.repo.move_lead(change, expected_version, interaction)
        changes = Changes(
            leads=frozenset({lead_id}),
            stages=frozenset({source, target}),
            interactions=frozenset({lead_id}),
        )
        return Done(recorded, changes)

    def undo_move(self, change: StageChange) -> Done[Lead]:
        """Take back a recorded move: the lead returns to its previous stage."""
        lead = self.repo.undo_move(change.id)
        stages = {change.to_stage} | ({change.from_stage} if change.from_stage else set())
        return Done(
            lead,
            Changes(
                leads=frozenset({lead.id}),
                stages=frozenset(stages),
                interactions=frozenset({lead.id}),
            ),
        )

    def log_interaction(
        self,
        lead_id: int,
        kind: InteractionKind,
        detail: str = "",
        *,
        offer: Offer | None = None,
        campaign: str = "",
        data: Mapping[str, Any] | None = None,
        occurred_at: datetime | None = None,
    ) -> Done[Interaction]:
        new = NewInteraction(
            lead_id=lead_id,
            kind=kind,
            occurred_at=occurred_at or self.clock(),
            detail=detail.strip(),
            offer=offer,
            campaign=campaign,
            data=dict(data or {}),
            actor=self.actor,
        )
        with self.atomic():
            interaction = self.repo.add_interaction(new)
            changes = Changes(leads=frozenset({lead_id}), interactions=frozenset({lead_id}))
            return Done(interaction, changes | self._rescore([lead_id]))

    def delete_interaction(self, interaction: Interaction) -> Changes:
        lead_id = interaction.lead_id
        with self.atomic():
            self.repo.delete_interaction(interaction.id)
            return Changes(leads=frozenset({lead_id}), interactions=frozenset({lead_id})) | (
                self._rescore([lead_id])
            )

    def archive_lead(self, lead_id: int, archived: bool = True) -> Done[Lead]:
        lead = self.repo.set_archived(lead_id, archived, self.clock())
        key = "removed" if archived else "added"
        return Done(lead, Changes(stages=frozenset({lead.stage}), **{key: frozenset({lead_id})}))

    def _rescore(self, lead_ids: Iterable[int]) -> Changes:
        if self.rescorer is None:
            return Changes()
        return self.rescorer.rescore(lead_ids)
