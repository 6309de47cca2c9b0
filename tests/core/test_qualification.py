"""The call's rules: answers → proposed outcome and reason; which moves a call may make."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from leaddesk.core.errors import StageMoveRefused
from leaddesk.core.leads import Interaction, InteractionKind, Lead, Offer
from leaddesk.core.qualification.answers import CallAnswers, budget_range_of
from leaddesk.core.qualification.outcomes import DisqualifyReason, Outcome, check_call_move
from leaddesk.core.qualification.proposal import propose_outcome
from leaddesk.core.qualification.questions import (
    SECTIONS,
    BudgetRange,
    Interest,
    Timing,
    Tone,
    YesNo,
)
from leaddesk.core.qualification.record import (
    CallDecision,
    CallIncomplete,
    call_detail,
    check_decision,
    prefill,
    revealed_fields,
    stage_reason,
)
from leaddesk.core.stages import Stage

Y, N, U = YesNo.YES, YesNo.NO, YesNo.UNKNOWN
READY_ANSWERS = CallAnswers(
    need=Y, money_available=Y, decision_maker=Y, timing=Timing.QUARTER, interest=Interest.HIGH
)

PROPOSALS_READY_REASON = (
    "need and budget confirmed, talking to the decision maker, decides within 3 months → ready"
)
PROPOSALS = [
    # (answers, outcome, reason)
    (
        READY_ANSWERS,
        Outcome.READY,
        "need and budget confirmed, talking to the decision maker, decides within 3 months → ready",
    ),
    (
        replace(READY_ANSWERS, decision_maker=N, other_deciders="the CFO", timing=Timing.MONTH),
        Outcome.READY,
        "need and budget confirmed, decided with the CFO, decides within a month → ready",
    ),
    (
        replace(READY_ANSWERS, timing=Timing.HALF_YEAR),
        Outcome.NURTURE,
        "need and budget confirmed, talking to the decision maker; "
        "decides in 6 months at the earliest → needs nurturing",
    ),
    (
        replace(READY_ANSWERS, money_available=U),
        Outcome.NURTURE,
        "need confirmed, talking to the decision maker, decides within 3 months; "
        "budget not confirmed → needs nurturing",
    ),
    (
        replace(READY_ANSWERS, money_available=N),
        Outcome.NURTURE,
        "need confirmed, talking to the decision maker, decides within 3 months; "
        "no money this period → needs nurturing",
    ),
    (
        replace(READY_ANSWERS, decision_maker=U),
        Outcome.NURTURE,
        "need and budget confirmed, decides within 3 months; decision maker unknown "
        "→ needs nurturing",
    ),
    (
        replace(READY_ANSWERS, interest=Interest.LOW),
        Outcome.NURTURE,
        "need and budget confirmed, talking to the decision maker, decides within 3 months; "
        "little interest → needs nurturing",
    ),
    (
        replace(READY_ANSWERS, tone=Tone.COLD),
        Outcome.NURTURE,
        "need and budget confirmed, talking to the decision maker, decides within 3 months; "
        "the conversation felt cold → needs nurturing",
    ),
    (replace(READY_ANSWERS, tone=Tone.COOL), Outcome.READY, PROPOSALS_READY_REASON),
    (
        CallAnswers(),
        Outcome.NURTURE,
        "need not confirmed, budget not confirmed, decision maker unknown, timing unknown "
        "→ needs nurturing",
    ),
    (
        CallAnswers(need=N, interest=Interest.MEDIUM),
        Outcome.NURTURE,
        "no need identified yet, budget not confirmed, decision maker unknown, timing unknown "
        "→ needs nurturing",
    ),
    (
        replace(READY_ANSWERS, interest=Interest.NONE),
        Outcome.SUSPECT,
        "no interest in our solution → suspect",
    ),
    (CallAnswers(need=N, money_available=N), Outcome.SUSPECT, "no need and no budget → suspect"),
    (
        CallAnswers(need=N, budget_range=BudgetRange.NONE),
        Outcome.SUSPECT,
        "no need and no budget → suspect",
    ),
    (
        CallAnswers(need=N, interest=Interest.LOW),
        Outcome.SUSPECT,
        "no need, little interest → suspect",
    ),
    (
        CallAnswers(need=N, timing=Timing.NO_PLAN),
        Outcome.SUSPECT,
        "no need, no plan to buy → suspect",
    ),
]


@pytest.mark.parametrize(("answers", "outcome", "reason"), PROPOSALS)
def test_answers_propose_an_outcome_with_its_reason(answers, outcome, reason) -> None:
    proposal = propose_outcome(answers)
    assert (proposal.outcome, proposal.reason_text) == (outcome, reason)


def test_a_suspect_proposal_suggests_the_disqualify_reason() -> None:
    assert propose_outcome(CallAnswers(need=N, money_available=N)).disqualify_reason is (
        DisqualifyReason.NO_NEED
    )


@pytest.mark.parametrize(
    ("outcome", "stage"),
    [
        (Outcome.READY, Stage.SQL),
        (Outcome.NURTURE, Stage.NURTURE),
        (Outcome.SUSPECT, Stage.DISQUALIFIED),
    ],
)
def test_each_outcome_leads_to_its_stage(outcome: Outcome, stage: Stage) -> None:
    assert outcome.stage is stage
    check_call_move(Stage.SAL, outcome)  # allowed from SAL without more


@pytest.mark.parametrize("current", [Stage.LEAD, Stage.MQL, Stage.NURTURE])
def test_a_call_on_a_lead_not_in_sal_needs_an_override(current: Stage) -> None:
    with pytest.raises(StageMoveRefused) as err:
        check_call_move(current, Outcome.READY)
    assert err.value.needs == "override"
    with pytest.raises(StageMoveRefused):
        check_call_move(current, Outcome.READY, override_reason="   ")


def test_an_override_with_a_reason_allows_the_call() -> None:
    check_call_move(Stage.MQL, Outcome.READY, override_reason="called us back directly")


def test_a_call_cannot_move_a_lead_to_the_stage_it_is_in() -> None:
    with pytest.raises(StageMoveRefused):
        check_call_move(Stage.SQL, Outcome.READY, override_reason="again")


def test_answers_survive_json_and_unknown_values_fall_back() -> None:
    answers = replace(READY_ANSWERS, budget_amount=Decimal("12500.50"), problem="Slow quotes")
    assert CallAnswers.from_json(answers.to_json()) == answers
    assert CallAnswers.from_json({"need": "perhaps", "timing": "within_1_month"}) == CallAnswers(
        timing=Timing.MONTH
    )


def test_every_question_is_an_answer_field() -> None:
    keys = [q.key for s in SECTIONS for q in s.questions]
    assert keys == list(CallAnswers().to_json())
    assert [s.key for s in SECTIONS] == [
        "need",
        "interest",
        "resources",
        "authority",
        "timing",
        "tone",
        "notes",
    ]


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (None, BudgetRange.UNKNOWN),
        (Decimal(0), BudgetRange.NONE),
        (Decimal(4999), BudgetRange.UNDER_5K),
        (Decimal(5000), BudgetRange.FROM_5K),
        (Decimal(100000), BudgetRange.FROM_20K),
        (Decimal(100001), BudgetRange.OVER_100K),
    ],
)
def test_budget_range_of_an_amount(amount, expected) -> None:
    assert budget_range_of(amount) is expected


def _conversion(offer: Offer, day: int) -> Interaction:
    at = datetime(2026, 2, day, tzinfo=UTC)
    return Interaction(1, 7, InteractionKind.FORM_CONVERSION, at, offer=offer)


def test_prefill_uses_budget_job_title_and_last_conversions() -> None:
    lead = Lead(id=7, stage=Stage.SAL, job_title="Managing Director", budget=Decimal(30000))
    history = [_conversion(Offer.DEMO_REQUEST, 20), _conversion(Offer.WHITE_PAPER, 3)]
    answers = prefill(lead, history)
    assert answers.budget_amount == Decimal(30000)
    assert answers.budget_range is BudgetRange.FROM_20K
    assert answers.decision_maker is YesNo.YES
    assert answers.asked_for == "Demo request, White paper"
    assert answers.interest is Interest.HIGH


def test_prefill_reads_what_an_earlier_call_stored() -> None:
    lead = Lead(
        id=7,
        stage=Stage.SAL,
        job_title="Analyst",
        custom={
            "decision_maker": "No",
            "other_deciders": "Ops board",
            "purchase_timing": "Within 6 months",
        },
    )
    answers = prefill(lead, [])
    assert (answers.decision_maker, answers.other_deciders, answers.timing) == (
        YesNo.NO,
        "Ops board",
        Timing.HALF_YEAR,
    )
    assert answers.interest is Interest.UNKNOWN and answers.asked_for == ""


def test_revealed_fields_set_budget_and_custom_fields_only_when_known() -> None:
    lead = Lead(id=7, stage=Stage.SAL, budget=Decimal(1000), custom={"Region": "North"})
    answers = replace(READY_ANSWERS, budget_amount=Decimal(20000), other_deciders="CFO")
    fields = revealed_fields(lead, answers)
    assert fields["budget"] == Decimal(20000)
    assert fields["custom"] == {
        "Region": "North",
        "budget_this_period": "Yes",
        "decision_maker": "Yes",
        "other_deciders": "CFO",
        "purchase_timing": "Within 3 months",
    }
    assert revealed_fields(lead, CallAnswers(budget_amount=Decimal(1000))) == {}


MEETING = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("decision", "field"),
    [
        (CallDecision(READY_ANSWERS, Outcome.READY), "Meeting"),
        (CallDecision(READY_ANSWERS, Outcome.NURTURE), "Reason for your choice"),
        (
            CallDecision(replace(READY_ANSWERS, timing=Timing.YEAR), Outcome.NURTURE),
            "Follow-up",
        ),
        (
            CallDecision(
                replace(READY_ANSWERS, timing=Timing.YEAR),
                Outcome.NURTURE,
                follow_up_on=date(2026, 4, 1),
            ),
            "Content",
        ),
        (CallDecision(CallAnswers(need=N, money_available=N), Outcome.SUSPECT), "Reason"),
        (
            CallDecision(
                CallAnswers(need=N, money_available=N),
                Outcome.SUSPECT,
                disqualify_reason=DisqualifyReason.OTHER,
            ),
            "Reason",
        ),
    ],
)
def test_an_incomplete_decision_names_what_is_missing(decision, field) -> None:
    with pytest.raises(CallIncomplete) as err:
        check_decision(decision, Stage.SAL)
    assert err.value.field == field


def test_a_complete_decision_gives_reason_and_readable_detail() -> None:
    answers = replace(READY_ANSWERS, problem="Quotes take a week", notes="Call back after 3pm")
    decision = CallDecision(answers, Outcome.READY, meeting_at=MEETING, duration_seconds=75)
    proposal = check_decision(decision, Stage.SAL)
    assert stage_reason(decision, proposal) == "qualification call: ready for a demo / sales call"
    detail = call_detail(decision, proposal)
    assert detail.splitlines()[0] == "Qualification call — ready for a demo / sales call (SQL)"
    assert "Need: identified: Yes · problem: Quotes take a week" in detail
    assert "Notes: Call back after 3pm" in detail
    assert "Meeting: 2026-03-05 10:00" in detail
    assert detail.endswith("Duration: 1:15")


def test_the_reason_records_a_choice_against_the_proposal_and_an_override() -> None:
    decision = CallDecision(
        READY_ANSWERS,
        Outcome.SUSPECT,
        choice_reason="works for a competitor",
        disqualify_reason=DisqualifyReason.COMPETITOR,
        override_reason="was still in MQL",
    )
    proposal = check_decision(decision, Stage.MQL)
    assert stage_reason(decision, proposal) == (
        "qualification call: suspect — Competitor; against the proposal (ready for a demo / "
        "sales call): works for a competitor; override: was still in MQL"
    )


@pytest.mark.parametrize(
    ("offers", "expected"),
    [
        ([], Offer.WHITE_PAPER),
        ([Offer.WHITE_PAPER], Offer.WEBINAR),
        ([Offer.WEBINAR, Offer.PRICING_PAGE], Offer.FREE_TRIAL),
        ([Offer.DEMO_REQUEST], Offer.DEMO_REQUEST),
    ],
)
def test_nurturing_suggests_the_next_offer_up(offers, expected) -> None:
    from leaddesk.core.qualification.record import suggested_content

    assert suggested_content([_conversion(o, 1 + n) for n, o in enumerate(offers)]) is expected


def test_demo_calls_carry_the_same_outcome_data_as_recorded_calls() -> None:
    from leaddesk.core.demo import generate_demo

    calls = [
        item
        for lead in generate_demo(datetime(2026, 3, 2, tzinfo=UTC), count=300)
        for item in lead.interactions
        if item["kind"] is InteractionKind.CALL
    ]
    assert calls
    outcomes = {item["data"]["outcome"] for item in calls}
    assert outcomes <= {o.value for o in Outcome} and len(outcomes) == 3
    reasons = {item["data"]["disqualify_reason"] for item in calls} - {None}
    assert reasons and reasons <= {r.value for r in DisqualifyReason}
