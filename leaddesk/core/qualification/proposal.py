"""The outcome a call's answers point to — ready, nurture or suspect — and why, in words."""

from __future__ import annotations

from dataclasses import dataclass

from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.outcomes import DisqualifyReason, Outcome
from leaddesk.core.qualification.questions import (
    BudgetRange,
    Interest,
    Timing,
    Tone,
    YesNo,
)


@dataclass(frozen=True, slots=True)
class Proposal:
    """The outcome the answers point to, and why, in words."""

    outcome: Outcome
    reason_text: str
    disqualify_reason: DisqualifyReason | None = None


SOON = frozenset({Timing.MONTH, Timing.QUARTER})
TIMING_WORDS: dict[Timing, str] = {
    Timing.MONTH: "decides within a month",
    Timing.QUARTER: "decides within 3 months",
    Timing.HALF_YEAR: "decides in 6 months at the earliest",
    Timing.YEAR: "decides within a year at the earliest",
    Timing.NO_PLAN: "no plan to buy",
    Timing.UNKNOWN: "timing unknown",
}


def propose_outcome(answers: CallAnswers) -> Proposal:
    """Ready, nurture or suspect from the answers, with the reason in words."""
    suspect = _suspect(answers)
    if suspect is not None:
        return suspect
    facts, gaps = _ready_facts(answers)
    if not gaps:
        return Proposal(Outcome.READY, f"{_join(facts)} → ready")
    said = f"{_join(facts)}; " if facts else ""
    return Proposal(Outcome.NURTURE, f"{said}{_join(gaps)} → needs nurturing")


def _suspect(a: CallAnswers) -> Proposal | None:
    """The signs of a suspect: no interest at all, or no need with nothing else going on."""
    if a.interest is Interest.NONE:
        reason = DisqualifyReason.NO_NEED if a.need is YesNo.NO else DisqualifyReason.OTHER
        return Proposal(Outcome.SUSPECT, "no interest in our solution → suspect", reason)
    if a.need is not YesNo.NO:
        return None
    if a.money_available is YesNo.NO or a.budget_range is BudgetRange.NONE:
        return Proposal(
            Outcome.SUSPECT, "no need and no budget → suspect", DisqualifyReason.NO_NEED
        )
    if a.interest is Interest.LOW or a.timing is Timing.NO_PLAN:
        why = "little interest" if a.interest is Interest.LOW else "no plan to buy"
        return Proposal(Outcome.SUSPECT, f"no need, {why} → suspect", DisqualifyReason.NO_NEED)
    return None


def _ready_facts(a: CallAnswers) -> tuple[list[str], list[str]]:
    """What the call confirmed for 'ready', and what is still missing."""
    facts: list[str] = []
    gaps: list[str] = []
    budget = a.money_available is YesNo.YES
    if a.need is YesNo.YES and budget:
        facts.append("need and budget confirmed")
    else:
        (facts if a.need is YesNo.YES else gaps).append(
            "need confirmed" if a.need is YesNo.YES else _missing("need", a.need)
        )
        (facts if budget else gaps).append("budget confirmed" if budget else _budget_gap(a))
    if a.decision_maker is YesNo.YES:
        facts.append("talking to the decision maker")
    elif a.other_deciders.strip():
        facts.append(f"decided with {a.other_deciders.strip()}")
    else:
        gaps.append("decision maker unknown")
    (facts if a.timing in SOON else gaps).append(TIMING_WORDS[a.timing])
    if a.interest is Interest.LOW:
        gaps.append("little interest")
    if a.tone is Tone.COLD:
        # The seeds' advice: listen to the tone, not only to the answers.
        gaps.append("the conversation felt cold")
    return facts, gaps


def _missing(what: str, answer: YesNo) -> str:
    return f"no {what} identified yet" if answer is YesNo.NO else f"{what} not confirmed"


def _budget_gap(a: CallAnswers) -> str:
    if a.money_available is YesNo.NO or a.budget_range is BudgetRange.NONE:
        return "no money this period"
    return "budget not confirmed"


def _join(parts: list[str]) -> str:
    return ", ".join(parts)
