"""What a qualification call leaves behind: prefilled answers, the decision, the record.

Pure functions from the lead and the call to the values the service stores: the fields the
answers reveal, the readable text of the call, and the reason on the stage change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from leaddesk.core import history_text as text
from leaddesk.core.errors import FieldInvalid
from leaddesk.core.leads import Interaction, InteractionKind, Lead, Offer
from leaddesk.core.qualification.answers import CallAnswers, budget_range_of
from leaddesk.core.qualification.outcomes import DisqualifyReason, Outcome, check_call_move
from leaddesk.core.qualification.proposal import Proposal, propose_outcome
from leaddesk.core.qualification.questions import SECTIONS, BudgetRange, Interest, Timing, YesNo
from leaddesk.core.stages import Stage


class CallIncomplete(FieldInvalid):
    """The call cannot be saved yet: an outcome's input or a reason is missing."""


OFFER_LABELS: dict[Offer, str] = {
    Offer.WHITE_PAPER: "White paper",
    Offer.WEBINAR: "Webinar",
    Offer.PRICING_PAGE: "Pricing page",
    Offer.FREE_TRIAL: "Free trial",
    Offer.DEMO_REQUEST: "Demo request",
    Offer.OTHER: "Other content",
}

#: answer key → custom field that keeps it on the lead (no standard field exists for these)
CUSTOM_FIELDS: dict[str, str] = {
    "budget_range": "budget_range",
    "money_available": "budget_this_period",
    "decision_maker": "decision_maker",
    "other_deciders": "other_deciders",
    "timing": "purchase_timing",
}

#: words in a job title that usually mean the person decides (en, es, it, cs)
DECIDER_WORDS: tuple[str, ...] = (
    "ceo",
    "owner",
    "founder",
    "president",
    "managing director",
    "chief",
    "head of",
    "director",
    "gerente",
    "dueño",
    "propietari",
    "fundador",
    "titolare",
    "amministratore",
    "fondatore",
    "jednatel",
    "ředitel",
    "majitel",
)

STRONG_OFFERS = frozenset({Offer.DEMO_REQUEST, Offer.FREE_TRIAL})
MEDIUM_OFFERS = frozenset({Offer.PRICING_PAGE, Offer.WEBINAR})


@dataclass(frozen=True, slots=True)
class CallDecision:
    """The rep's decision at the end of the call, with what each outcome asks for."""

    answers: CallAnswers
    outcome: Outcome
    choice_reason: str = ""  # why, when the rep chose against the proposal
    meeting_at: datetime | None = None
    follow_up_on: date | None = None
    follow_up_offer: Offer | None = None
    follow_up_note: str = ""
    disqualify_reason: DisqualifyReason | None = None
    disqualify_note: str = ""
    override_reason: str = ""  # set when the lead is not in SAL
    duration_seconds: int = 0


def prefill(lead: Lead, interactions: Iterable[Interaction]) -> CallAnswers:
    """Answers the lead already gives: budget, role, earlier calls' fields, what they asked for."""
    answers = CallAnswers(
        budget_amount=lead.budget,
        budget_range=budget_range_of(lead.budget),
    )
    answers = _from_custom(answers, lead.custom)
    if answers.decision_maker is YesNo.UNKNOWN and _is_decider(lead.job_title):
        answers = replace(answers, decision_maker=YesNo.YES)
    asked, interest = _asked_for(interactions)
    return replace(answers, asked_for=asked, interest=interest)


#: from the weakest offer to the strongest: nurturing offers the next step up
OFFER_LADDER: tuple[Offer, ...] = (
    Offer.WHITE_PAPER,
    Offer.WEBINAR,
    Offer.PRICING_PAGE,
    Offer.FREE_TRIAL,
    Offer.DEMO_REQUEST,
)


def suggested_content(interactions: Iterable[Interaction]) -> Offer:
    """What would help a lead to nurture: one step above the strongest offer it took."""
    taken = [
        OFFER_LADDER.index(i.offer)
        for i in interactions
        if i.kind is InteractionKind.FORM_CONVERSION and i.offer in OFFER_LADDER
    ]
    if not taken:
        return Offer.WHITE_PAPER
    return OFFER_LADDER[min(max(taken) + 1, len(OFFER_LADDER) - 1)]


def _from_custom(answers: CallAnswers, custom: Mapping[str, str]) -> CallAnswers:
    """Answers an earlier call stored in custom fields (stored as their labels)."""
    json = answers.to_json()
    for key, name in CUSTOM_FIELDS.items():
        stored = str(custom.get(name, "")).strip()
        if not stored:
            continue
        question = next(q for s in SECTIONS for q in s.questions if q.key == key)
        by_label = {label.lower(): value for value, label in question.choices}
        json[key] = by_label.get(stored.lower(), stored) if question.choices else stored
    if answers.budget_amount is not None:
        json["budget_range"] = str(answers.budget_range)
    return CallAnswers.from_json(json)


def _is_decider(job_title: str) -> bool:
    title = job_title.lower()
    return any(word in title for word in DECIDER_WORDS)


def _asked_for(interactions: Iterable[Interaction]) -> tuple[str, Interest]:
    """The last form conversions and contact requests, and the interest they suggest."""
    asked: list[str] = []
    interest = Interest.UNKNOWN
    for item in interactions:  # newest first
        if item.kind is InteractionKind.CONTACT_REQUEST:
            asked.append("Contact request")
            interest = Interest.HIGH
        elif item.kind is InteractionKind.FORM_CONVERSION and item.offer is not None:
            label = OFFER_LABELS[item.offer]
            if label not in asked:
                asked.append(label)
            if item.offer in STRONG_OFFERS:
                interest = Interest.HIGH
            elif item.offer in MEDIUM_OFFERS and interest is Interest.UNKNOWN:
                interest = Interest.MEDIUM
        if len(asked) == 3:
            break
    return ", ".join(asked), interest


def check_decision(decision: CallDecision, current: Stage) -> Proposal:
    """Raise CallIncomplete (or StageMoveRefused) unless the decision can be saved."""
    proposal = propose_outcome(decision.answers)
    if decision.outcome is not proposal.outcome and not decision.choice_reason.strip():
        raise CallIncomplete(
            "Reason for your choice",
            f"the answers point to '{proposal.outcome.label}'; say in one line why you chose "
            f"'{decision.outcome.label}'",
        )
    if decision.outcome is Outcome.READY and decision.meeting_at is None:
        raise CallIncomplete("Meeting", "a lead ready for sales needs the meeting date and time")
    if decision.meeting_at is not None and decision.meeting_at.tzinfo is None:
        raise CallIncomplete("Meeting", "the meeting time has no time zone")
    if decision.outcome is Outcome.NURTURE:
        if decision.follow_up_on is None:
            raise CallIncomplete("Follow-up", "nurturing needs a follow-up date")
        if decision.follow_up_offer is None:
            raise CallIncomplete("Content", "say what content would help")
    if decision.outcome is Outcome.SUSPECT:
        if decision.disqualify_reason is None:
            raise CallIncomplete("Reason", "a suspect needs a reason from the list")
        other = decision.disqualify_reason is DisqualifyReason.OTHER
        if other and not decision.disqualify_note.strip():
            raise CallIncomplete("Reason", "say in a few words what the other reason is")
    check_call_move(current, decision.outcome, override_reason=decision.override_reason)
    return proposal


def revealed_fields(lead: Lead, answers: CallAnswers) -> dict[str, Any]:
    """The lead's fields the answers reveal and change: budget, and custom fields."""
    changed: dict[str, Any] = {}
    if answers.budget_amount is not None and answers.budget_amount != lead.budget:
        changed["budget"] = answers.budget_amount
    custom = dict(lead.custom)
    for key, name in CUSTOM_FIELDS.items():
        value = getattr(answers, key)
        if value in (YesNo.UNKNOWN, BudgetRange.UNKNOWN, Timing.UNKNOWN, ""):
            continue
        custom[name] = answers.label(key).strip()
    if custom != dict(lead.custom):
        changed["custom"] = custom
    return changed


def previous_fields(lead: Lead, changed: Mapping[str, Any]) -> dict[str, Any]:
    """The values ``changed`` overwrites, so that undo can write them back."""
    return {k: dict(lead.custom) if k == "custom" else getattr(lead, k) for k in changed}


def stage_reason(decision: CallDecision, proposal: Proposal) -> str:
    """The 'why' on the stage change: the outcome, its reason, any override or disagreement."""
    outcome = decision.outcome.label
    parts = [text.CALL_REASON.format(outcome=outcome)]
    if decision.outcome is Outcome.SUSPECT and decision.disqualify_reason is not None:
        note, why = decision.disqualify_note.strip(), decision.disqualify_reason.label
        template = text.CALL_REASON_WHY_NOTE if note else text.CALL_REASON_WHY
        parts[0] = template.format(outcome=outcome, reason=why, note=note)
    if decision.outcome is not proposal.outcome:
        parts.append(
            text.AGAINST_PROPOSAL.format(
                proposed=proposal.outcome.label, why=decision.choice_reason.strip()
            )
        )
    if decision.override_reason.strip():
        parts.append(text.OVERRIDE.format(why=decision.override_reason.strip()))
    return "; ".join(parts)


def call_detail(decision: CallDecision, proposal: Proposal) -> str:
    """The call as the timeline shows it: outcome first, then every section's answers."""
    a = decision.answers
    outcome, stage = decision.outcome.label, decision.outcome.stage.label
    lines = [text.CALL_TITLE.format(outcome=outcome, stage=stage)]
    lines.append(text.CALL_PROPOSED.format(reason=proposal.reason_text))
    for section in SECTIONS:
        said = [
            text.ANSWER.format(label=q.short, value=a.label(q.key)) if q.short else a.label(q.key)
            for q in section.questions
            if _answered(a, q.key)
        ]
        if said:
            lines.append(text.ANSWER.format(label=section.title, value=" · ".join(said)))
    lines.extend(_outcome_lines(decision))
    return "\n".join(lines)


def _answered(answers: CallAnswers, key: str) -> bool:
    value = getattr(answers, key)
    return value is not None and str(value) not in ("", "unknown")


def _outcome_lines(d: CallDecision) -> list[str]:
    lines: list[str] = []
    if d.choice_reason.strip():
        lines.append(text.CALL_CHOSEN_AGAINST.format(why=d.choice_reason.strip()))
    if d.outcome is Outcome.READY and d.meeting_at is not None:
        lines.append(text.CALL_MEETING.format(at=text.stored_minute(d.meeting_at)))
    if d.outcome is Outcome.NURTURE and d.follow_up_on is not None:
        offer = OFFER_LABELS[d.follow_up_offer] if d.follow_up_offer else ""
        note = d.follow_up_note.strip()
        template = text.CALL_FOLLOW_UP_NOTE if note else text.CALL_FOLLOW_UP
        day = text.stored_date(d.follow_up_on)
        lines.append(template.format(date=day, offer=offer, note=note))
    if d.outcome is Outcome.SUSPECT and d.disqualify_reason is not None:
        note = d.disqualify_note.strip()
        template = text.CALL_DISQUALIFY_NOTE if note else text.CALL_DISQUALIFY
        lines.append(template.format(reason=d.disqualify_reason.label, note=note))
    if d.override_reason.strip():
        lines.append(text.CALL_OVERRIDE.format(why=d.override_reason.strip()))
    if d.duration_seconds > 0:
        minutes, seconds = divmod(d.duration_seconds, 60)
        lines.append(text.CALL_DURATION.format(time=f"{minutes}:{seconds:02d}"))
    return lines


def call_data(decision: CallDecision, proposal: Proposal, from_stage: Stage) -> dict[str, Any]:
    """Everything about the call, as JSON: the closed loop and the reports read this."""
    d = decision
    return {
        "answers": d.answers.to_json(),
        "outcome": d.outcome.value,
        "proposal": {"outcome": proposal.outcome.value, "reason": proposal.reason_text},
        "followed_proposal": d.outcome is proposal.outcome,
        "choice_reason": d.choice_reason.strip(),
        "duration_seconds": d.duration_seconds,
        "meeting_at": d.meeting_at.isoformat() if d.meeting_at else None,
        "follow_up_on": d.follow_up_on.isoformat() if d.follow_up_on else None,
        "follow_up_offer": d.follow_up_offer.value if d.follow_up_offer else None,
        "follow_up_note": d.follow_up_note.strip(),
        "disqualify_reason": d.disqualify_reason.value if d.disqualify_reason else None,
        "disqualify_note": d.disqualify_note.strip(),
        "override": bool(d.override_reason.strip()),
        "override_reason": d.override_reason.strip(),
        "from_stage": from_stage.value,
    }
