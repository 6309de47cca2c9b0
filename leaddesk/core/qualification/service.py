"""The qualification call's use cases: start a call, record its outcome, undo it, drafts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from leaddesk.core import history_text as text
from leaddesk.core.changes import Changes
from leaddesk.core.errors import EditConflict
from leaddesk.core.leads import (
    Interaction,
    InteractionKind,
    Lead,
    NewInteraction,
    NewStageChange,
    Offer,
    StageChange,
)
from leaddesk.core.ports import LeadRepository, SettingsRepository
from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.outcomes import Outcome
from leaddesk.core.qualification.proposal import Proposal, propose_outcome
from leaddesk.core.qualification.record import (
    CallDecision,
    call_data,
    call_detail,
    check_decision,
    prefill,
    previous_fields,
    revealed_fields,
    stage_reason,
    suggested_content,
)
from leaddesk.core.services import Done, LeadService
from leaddesk.core.stages import Stage

DRAFT_PREFIX = "qualification.draft."
RECENT_INTERACTIONS = 5


@dataclass(frozen=True, slots=True)
class CallContext:
    """What the form shows before the first question: who, and what we already know."""

    lead: Lead
    recent: tuple[Interaction, ...]
    answers: CallAnswers
    needs_override: bool
    content: Offer = Offer.WHITE_PAPER  # what would help if the lead needs nurturing


@dataclass(frozen=True, slots=True)
class RecordedCall:
    """A saved call and what it changed, enough to take it all back."""

    lead_id: int
    outcome: Outcome
    change: StageChange
    call: Interaction
    extra: tuple[Interaction, ...] = ()
    previous: Mapping[str, Any] = field(default_factory=dict)


class QualificationService:
    """Records qualification calls: the call, the fields it reveals and the move, at once."""

    def __init__(
        self, leads: LeadService, repo: LeadRepository, settings: SettingsRepository
    ) -> None:
        self.leads = leads
        self.repo = repo
        self.settings = settings
        #: Called inside the call's transaction once it is stored (the agenda lists its
        #: follow-up or meeting); ``after_attempt`` likewise for a missed call.
        self.after_call: list[Callable[[RecordedCall, CallDecision], None]] = []
        self.after_attempt: list[Callable[[Interaction], None]] = []

    def _now(self) -> datetime:
        return self.leads.clock()

    # -- before the call -----------------------------------------------------------------
    def context(self, lead_id: int) -> CallContext:
        lead = self.repo.get_lead(lead_id)
        history = self.repo.interactions(lead_id)
        return CallContext(
            lead=lead,
            recent=tuple(history[:RECENT_INTERACTIONS]),
            answers=prefill(lead, history),
            needs_override=lead.stage is not Stage.SAL,
            content=suggested_content(history),
        )

    @staticmethod
    def propose(answers: CallAnswers) -> Proposal:
        return propose_outcome(answers)

    # -- the outcome ---------------------------------------------------------------------
    def record_call(
        self, lead_id: int, decision: CallDecision, expected_version: int | None = None
    ) -> Done[RecordedCall]:
        """Store the call, the fields it reveals, the stage change (and meeting) in one go.

        ``expected_version`` is the lead's version when the call began: if someone changed the
        lead meanwhile, EditConflict is raised and nothing is written. The new score and
        any automatic move commit with it.
        """
        with self.leads.atomic():
            return self._record_call(lead_id, decision, expected_version)

    def _record_call(
        self, lead_id: int, decision: CallDecision, expected_version: int | None
    ) -> Done[RecordedCall]:
        lead = self.repo.get_lead(lead_id)
        if expected_version is not None and lead.version != expected_version:
            raise EditConflict(lead_id, expected_version, lead.version)
        proposal = check_decision(decision, lead.stage)
        now = self._now()
        fields = revealed_fields(lead, decision.answers)
        call = NewInteraction(
            lead_id=lead_id,
            kind=InteractionKind.CALL,
            occurred_at=now,
            detail=call_detail(decision, proposal),
            data=call_data(decision, proposal, lead.stage),
            actor=self.leads.actor,
        )
        change = NewStageChange(
            lead_id=lead_id,
            from_stage=lead.stage,
            to_stage=decision.outcome.stage,
            at=now,
            reason=stage_reason(decision, proposal),
            actor=self.leads.actor,
            override=bool(decision.override_reason.strip()),
            score=lead.score,
        )
        saved_lead, recorded, saved = self.repo.record_call_outcome(
            change,
            call,
            fields=fields,
            extra=self._meeting(lead_id, decision),
            expected_version=lead.version,
        )
        result = RecordedCall(
            lead_id=lead_id,
            outcome=decision.outcome,
            change=recorded,
            call=saved[0],
            extra=tuple(saved[1:]),
            previous=previous_fields(lead, fields),
        )
        changes = Changes(
            leads=frozenset({lead_id}),
            stages=frozenset({lead.stage, saved_lead.stage}),
            interactions=frozenset({lead_id}),
        )
        for hook in self.after_call:
            hook(result, decision)
        return Done(result, changes | self._rescore(lead_id))

    def _meeting(self, lead_id: int, decision: CallDecision) -> list[NewInteraction]:
        """The meeting agreed on the call. Logged now, when it was agreed (future times
        would confuse 'last interaction' and decay); the meeting's time is in its data."""
        if decision.outcome is not Outcome.READY or decision.meeting_at is None:
            return []
        at = decision.meeting_at
        return [
            NewInteraction(
                lead_id=lead_id,
                kind=InteractionKind.MEETING,
                occurred_at=self._now(),
                detail=text.MEETING_BOOKED.format(at=text.stored_minute(at)),
                data={"meeting_at": at.isoformat(), "scheduled": True},
                actor=self.leads.actor,
            )
        ]

    def undo_call(self, recorded: RecordedCall) -> Changes:
        """Put the lead back in its stage with its fields, and remove the call and meeting
        (with the rescore, in one transaction)."""
        ids = [recorded.call.id, *(i.id for i in recorded.extra)]
        with self.leads.atomic():
            lead = self.repo.undo_call_outcome(recorded.change.id, recorded.previous, ids)
            stages = {recorded.change.to_stage, lead.stage}
            changes = Changes(
                leads=frozenset({lead.id}),
                stages=frozenset(stages),
                interactions=frozenset({lead.id}),
            )
            return changes | self._rescore(lead.id)

    def record_attempt(
        self, lead_id: int, note: str = "", duration_seconds: int = 0
    ) -> Done[Interaction]:
        """'Couldn't reach them': a call attempt is logged and the lead stays where it is."""
        detail = (
            text.NOT_REACHED_NOTE.format(note=note.strip()) if note.strip() else text.NOT_REACHED
        )
        data = {"duration_seconds": duration_seconds, "reached": False}
        with self.leads.atomic():
            done = self.leads.log_interaction(
                lead_id, InteractionKind.CALL_ATTEMPT, detail, data=data
            )
            for hook in self.after_attempt:
                hook(done.value)
        return done

    def undo_attempt(self, attempt: Interaction) -> Changes:
        return self.leads.delete_interaction(attempt)

    def _rescore(self, lead_id: int) -> Changes:
        rescorer = self.leads.rescorer
        return Changes() if rescorer is None else rescorer.rescore([lead_id])

    # -- drafts: answers survive a crash, a refused save, a closed form --------------------
    def save_draft(self, lead_id: int, draft: Mapping[str, Any]) -> None:
        self.settings.set_setting(DRAFT_PREFIX + str(lead_id), dict(draft))

    def load_draft(self, lead_id: int) -> dict[str, Any] | None:
        value = self.settings.get_setting(DRAFT_PREFIX + str(lead_id))
        return dict(value) if isinstance(value, dict) and value else None

    def discard_draft(self, lead_id: int) -> None:
        self.settings.set_setting(DRAFT_PREFIX + str(lead_id), None)
