"""What the rep learnt on a qualification call: the answers, kept as plain strings too."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from leaddesk.core.qualification.questions import (
    QUESTIONS,
    BudgetRange,
    Interest,
    Timing,
    Tone,
    Urgency,
    YesNo,
)


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
