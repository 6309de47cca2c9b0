"""The outcomes of a qualification call, the stage each leads to, and when a call may move.

The call is "the missing link between MQL and SQL": not a sales call, a short call that
decides whether a lead in SAL is ready for sales (SQL), needs nurturing (Nurture) or is a
suspect (Disqualified).
"""

from __future__ import annotations

from enum import StrEnum

from leaddesk.core.stages import MoveVia, Stage, check_move


class Outcome(StrEnum):
    READY = "ready"
    NURTURE = "nurture"
    SUSPECT = "suspect"

    @property
    def stage(self) -> Stage:
        return OUTCOME_STAGE[self]

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_STAGE: dict[Outcome, Stage] = {
    Outcome.READY: Stage.SQL,
    Outcome.NURTURE: Stage.NURTURE,
    Outcome.SUSPECT: Stage.DISQUALIFIED,
}
STAGE_OUTCOME: dict[Stage, Outcome] = {stage: o for o, stage in OUTCOME_STAGE.items()}
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.READY: "ready for a demo / sales call",
    Outcome.NURTURE: "needs nurturing",
    Outcome.SUSPECT: "suspect",
}


class DisqualifyReason(StrEnum):
    NO_NEED = "no_need"
    NO_BUDGET = "no_budget"
    STUDENT = "student_researcher"
    COMPETITOR = "competitor"
    WRONG_CONTACT = "wrong_contact_data"
    ONLY_DOWNLOAD = "only_download"
    OTHER = "other"

    @property
    def label(self) -> str:
        return DISQUALIFY_LABELS[self]


DISQUALIFY_LABELS: dict[DisqualifyReason, str] = {
    DisqualifyReason.NO_NEED: "No need",
    DisqualifyReason.NO_BUDGET: "No budget",
    DisqualifyReason.STUDENT: "Student or researcher",
    DisqualifyReason.COMPETITOR: "Competitor",
    DisqualifyReason.WRONG_CONTACT: "Wrong contact data",
    DisqualifyReason.ONLY_DOWNLOAD: "Only wanted the download",
    DisqualifyReason.OTHER: "Other",
}


def check_call_move(current: Stage, outcome: Outcome, *, override_reason: str = "") -> None:
    """Raise StageMoveRefused unless a call may move a lead in ``current`` to the outcome.

    A call decides for leads in SAL; for a lead elsewhere the rep must confirm an override
    with a written reason, and the stage change is recorded as an override.
    """
    override = bool(override_reason.strip())
    if current is not Stage.SAL and not override:
        check_move(current, outcome.stage, via=MoveVia.CALL)  # raises, needs="override"
    # The outcome itself is the reason a call gives; Disqualified needs one, and has it.
    reason = override_reason.strip() or outcome.label
    check_move(current, outcome.stage, via=MoveVia.CALL, reason=reason, override=override)


def needs_override(current: Stage) -> bool:
    """True when a call on a lead in ``current`` must be confirmed as an override."""
    return current is not Stage.SAL
