"""The qualification call's questions: the answer scales, and the sections the form shows.

A question's ``key`` is the attribute of :class:`CallAnswers` that holds its answer; its
choices are (value, label) pairs in the order shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


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
