"""Wires the qualification call's service onto a workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.leads import Interaction
    from leaddesk.core.qualification.record import CallDecision
    from leaddesk.core.qualification.service import QualificationService, RecordedCall


def build(db: Database, workspace: Workspace) -> QualificationService:
    """Calls over the workspace's own repositories; built when the first call is logged.

    A saved call puts its follow-up or meeting on the agenda; a missed call a call-back.
    """
    from leaddesk.core.qualification.service import QualificationService

    service = QualificationService(workspace.leads, workspace.leads.repo, workspace.settings)

    def on_call(recorded: RecordedCall, decision: CallDecision) -> None:
        from leaddesk.core.qualification.outcomes import Outcome

        meeting = recorded.extra[0].id if recorded.extra else None
        offer = decision.follow_up_offer.value if decision.follow_up_offer else ""
        note = decision.follow_up_note.strip()
        nurture = decision.outcome is Outcome.NURTURE
        workspace.agenda.schedule_from_call(
            recorded.lead_id,
            recorded.call.id,
            follow_up_on=decision.follow_up_on if nurture else None,
            content=" — ".join(p for p in (offer, note) if p),
            meeting_at=decision.meeting_at if decision.outcome is Outcome.READY else None,
            meeting_id=meeting,
        )

    def on_attempt(attempt: Interaction) -> None:
        workspace.agenda.schedule_call_back(attempt.lead_id, attempt.id)

    service.after_call.append(on_call)
    service.after_attempt.append(on_attempt)
    return service
