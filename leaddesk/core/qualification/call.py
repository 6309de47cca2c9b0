"""The qualification call: its questions, the answers, the proposed outcome, the move rules.

The call is "the missing link between MQL and SQL": not a sales call, a short call that
decides whether a lead in SAL is ready for sales (SQL), needs nurturing (Nurture) or is a
suspect (Disqualified). Pure Python: the form and the service both read these tables.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from leaddesk.core.stages import MoveVia, Stage, check_move


class YesNo(StrEnum):
    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"


class Urgency(StrEnum):
    UNKNOWN = "unknown"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Interest(StrEnum):
    UNKNOWN = "unknown"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"


class BudgetRange(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    UNDER_5K = "under_5k"
    FROM_5K = "5k_20k"
    FROM_20K = "20k_100k"
    OVER_100K = "over_100k"


class Timing(StrEnum):
    UNKNOWN = "unknown"
    MONTH = "within_1_month"
    QUARTER = "within_3_months"
    HALF_YEAR = "within_6_months"
    YEAR = "within_12_months"
    NO_PLAN = "no_plan"


class Tone(StrEnum):
    UNKNOWN = "unknown"
    COLD = "cold"
    COOL = "cool"
    NEUTRAL = "neutral"
    FRIENDLY = "friendly"
    WARM = "warm"


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


class AnswerKind(StrEnum):
    CHOICE = "choice"  # a closed set: yes/no/unknown, a scale
    TEXT = "text"  # a short text in the lead's words
    AMOUNT = "amount"  # money


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the call: ``key`` is the attribute of :class:`CallAnswers`."""

    key: str
    text: str
    kind: AnswerKind
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) in the order shown
    short: str = ""  # how the call's summary names the answer ("urgency: High")


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    questions: tuple[Question, ...]


def _choices(labels: dict[Any, str]) -> tuple[tuple[str, str], ...]:
    return tuple((str(value), label) for value, label in labels.items())


YES_NO = _choices({YesNo.UNKNOWN: "Unknown", YesNo.YES: "Yes", YesNo.NO: "No"})
URGENCY = _choices(
    {Urgency.UNKNOWN: "Unknown", Urgency.HIGH: "High", Urgency.MEDIUM: "Medium", Urgency.LOW: "Low"}
)
INTEREST = _choices(
    {
        Interest.UNKNOWN: "Unknown",
        Interest.HIGH: "High",
        Interest.MEDIUM: "Medium",
        Interest.LOW: "Low",
        Interest.NONE: "None",
    }
)
BUDGET_RANGES = _choices(
    {
        BudgetRange.UNKNOWN: "Unknown",
        BudgetRange.NONE: "No budget",
        BudgetRange.UNDER_5K: "Under 5,000",
        BudgetRange.FROM_5K: "5,000 to 20,000",
        BudgetRange.FROM_20K: "20,000 to 100,000",
        BudgetRange.OVER_100K: "Over 100,000",
    }
)
TIMINGS = _choices(
    {
        Timing.UNKNOWN: "Unknown",
        Timing.MONTH: "Within a month",
        Timing.QUARTER: "Within 3 months",
        Timing.HALF_YEAR: "Within 6 months",
        Timing.YEAR: "Within a year",
        Timing.NO_PLAN: "No plan to buy",
    }
)
TONES = _choices(
    {
        Tone.UNKNOWN: "Unknown",
        Tone.COLD: "Cold",
        Tone.COOL: "Cool",
        Tone.NEUTRAL: "Neutral",
        Tone.FRIENDLY: "Friendly",
        Tone.WARM: "Warm",
    }
)

SECTIONS: tuple[Section, ...] = (
    Section(
        "need",
        "Need",
        (
            Question(
                "need",
                "Is there an identified need?",
                AnswerKind.CHOICE,
                YES_NO,
                short="identified",
            ),
            Question("urgency", "How urgent is it?", AnswerKind.CHOICE, URGENCY, short="urgency"),
            Question("problem", "The problem in their words", AnswerKind.TEXT, short="problem"),
        ),
    ),
    Section(
        "interest",
        "Interest",
        (
            Question("interest", "How interested in our solution?", AnswerKind.CHOICE, INTEREST),
            Question(
                "asked_for", "What they downloaded or asked for", AnswerKind.TEXT, short="asked for"
            ),
        ),
    ),
    Section(
        "resources",
        "Resources",
        (
            Question(
                "budget_range", "Budget range", AnswerKind.CHOICE, BUDGET_RANGES, short="range"
            ),
            Question("budget_amount", "Budget amount", AnswerKind.AMOUNT, short="amount"),
            Question(
                "money_available",
                "Money available this period?",
                AnswerKind.CHOICE,
                YES_NO,
                short="money this period",
            ),
        ),
    ),
    Section(
        "authority",
        "Authority",
        (
            Question(
                "decision_maker",
                "Is this the decision maker?",
                AnswerKind.CHOICE,
                YES_NO,
                short="decision maker",
            ),
            Question("other_deciders", "Who else decides?", AnswerKind.TEXT, short="also decides"),
        ),
    ),
    Section(
        "timing",
        "Timing",
        (Question("timing", "When would they decide or buy?", AnswerKind.CHOICE, TIMINGS),),
    ),
    Section(
        "tone",
        "Tone",
        (Question("tone", "How did the conversation feel?", AnswerKind.CHOICE, TONES),),
    ),
    Section("notes", "Notes", (Question("notes", "Notes", AnswerKind.TEXT),)),
)

QUESTIONS: dict[str, Question] = {q.key: q for s in SECTIONS for q in s.questions}


@dataclass(frozen=True, slots=True)
class CallAnswers:
    """Everything the rep learnt on the call. Unknown is a legitimate answer."""

    need: YesNo = YesNo.UNKNOWN
    urgency: Urgency = Urgency.UNKNOWN
    problem: str = ""
    interest: Interest = Interest.UNKNOWN
    asked_for: str = ""
    budget_range: BudgetRange = BudgetRange.UNKNOWN
    budget_amount: Decimal | None = None
    money_available: YesNo = YesNo.UNKNOWN
    decision_maker: YesNo = YesNo.UNKNOWN
    other_deciders: str = ""
    timing: Timing = Timing.UNKNOWN
    tone: Tone = Tone.UNKNOWN
    notes: str = ""

    def to_json(self) -> dict[str, str]:
        """Plain strings, for the interaction's data and the draft."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = "" if value is None else str(value)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallAnswers:
        """Read answers back; values no longer known fall back to their default."""
        answers = cls()
        for f in fields(cls):
            raw = data.get(f.name)
            if raw is None:
                continue
            default = getattr(answers, f.name)
            try:
                if isinstance(default, StrEnum):
                    value: Any = type(default)(raw)
                elif f.name == "budget_amount":
                    value = Decimal(str(raw)) if str(raw).strip() else None
                else:
                    value = str(raw)
            except (ValueError, ArithmeticError):
                continue
            answers = replace(answers, **{f.name: value})
        return answers

    def label(self, key: str) -> str:
        """The answer to ``key`` as the form shows it ("Yes", "Within 3 months", the text)."""
        value = getattr(self, key)
        question = QUESTIONS[key]
        if question.choices:
            return dict(question.choices)[str(value)]
        return "" if value is None else f"{value:,}" if isinstance(value, Decimal) else value


def budget_range_of(amount: Decimal | None) -> BudgetRange:
    """The range an amount falls in (the lead's stored budget prefills the range)."""
    if amount is None:
        return BudgetRange.UNKNOWN
    if amount <= 0:
        return BudgetRange.NONE
    if amount < 5000:
        return BudgetRange.UNDER_5K
    if amount < 20000:
        return BudgetRange.FROM_5K
    if amount <= 100000:
        return BudgetRange.FROM_20K
    return BudgetRange.OVER_100K


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
