"""The Protocols that storage implements. Services see only these."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, Protocol

from leaddesk.core.leads import (
    BoardEntry,
    CardSort,
    ImportBatch,
    Interaction,
    Lead,
    LeadCard,
    LeadFilter,
    NewInteraction,
    NewStageChange,
    StageChange,
    StageTotal,
)
from leaddesk.core.stages import Stage


class LeadRepository(Protocol):
    """Leads, their interactions and stage history. Each write is one transaction."""

    def add_lead(
        self, fields: Mapping[str, Any], stage: Stage, at: datetime, actor: str
    ) -> Lead: ...

    def get_lead(self, lead_id: int) -> Lead: ...

    def update_lead(
        self, lead_id: int, fields: Mapping[str, Any], expected_version: int | None, at: datetime
    ) -> Lead:
        """Write ``fields``; raise EditConflict when the stored version is not the expected."""
        ...

    def move_lead(
        self,
        change: NewStageChange,
        expected_version: int | None = None,
        interaction: NewInteraction | None = None,
    ) -> tuple[Lead, StageChange]:
        """Set the stage and record the change (and an interaction, e.g. the call) at once."""
        ...

    def undo_move(self, change_id: int) -> Lead:
        """Put the lead back where it was before ``change_id`` and delete that record."""
        ...

    def record_call_outcome(
        self,
        change: NewStageChange,
        call: NewInteraction,
        *,
        fields: Mapping[str, Any],
        extra: Sequence[NewInteraction] = (),
        expected_version: int | None = None,
    ) -> tuple[Lead, StageChange, list[Interaction]]:
        """In one transaction: write ``fields``, add the call (linked from the stage change)
        and ``extra`` interactions, move the lead. Returns the call first, then ``extra``."""
        ...

    def undo_call_outcome(
        self, change_id: int, fields: Mapping[str, Any], interaction_ids: Sequence[int]
    ) -> Lead:
        """In one transaction: undo the move, write ``fields`` back, delete the interactions."""
        ...

    def set_archived(self, lead_id: int, archived: bool, at: datetime) -> Lead: ...

    def add_interaction(self, interaction: NewInteraction) -> Interaction: ...

    def delete_interaction(self, interaction_id: int) -> None: ...

    def interactions(self, lead_id: int) -> list[Interaction]:
        """Newest first."""
        ...

    def stage_history(self, lead_id: int) -> list[StageChange]:
        """Oldest first."""
        ...

    def ids_by_stage(self, flt: LeadFilter, sort: CardSort) -> dict[Stage, list[int]]: ...

    def cards(self, ids: Sequence[int]) -> list[LeadCard]: ...

    def stage_totals(self, flt: LeadFilter) -> dict[Stage, StageTotal]: ...

    def board_entries(self, ids: Sequence[int] | None = None) -> list[BoardEntry]:
        """The board's search index rows of unarchived leads (all, or only ``ids``)."""
        ...

    def count_leads(self) -> int: ...

    def iter_leads(self, flt: LeadFilter | None = None) -> Iterator[Lead]: ...

    def distinct_values(self, field_name: str) -> list[str]: ...

    def import_batches(self) -> list[ImportBatch]: ...

    def save_scores(self, scores: Iterable[tuple[int, int, int, int, str]]) -> None:
        """Store (lead_id, score, fit, engagement, grade) for many leads in one transaction."""
        ...


class SettingsRepository(Protocol):
    """Small JSON documents kept in the database (scoring rules, mappings, drafts)."""

    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...


class UnitOfWork(Protocol):
    """One transaction around a whole use case (its writes, scores and moves)."""

    def __call__(self) -> AbstractContextManager[None]:
        """Enter to start; everything written inside commits at the end, or nothing does.
        Nested units join the outermost one."""
        ...


class Clock(Protocol):
    def __call__(self) -> datetime: ...


def utc_now() -> datetime:
    """The services' clock: now, in UTC."""
    return datetime.now(UTC)
