"""Checking a rule set before it is saved: problems named by rule and column."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from leaddesk.core.errors import LeadDeskError
from leaddesk.core.leads import LEAD_FIELDS
from leaddesk.core.scoring.engine import Rule, RulePart, RuleSet
from leaddesk.core.scoring.match import (
    NUMERIC_OPERATORS,
    VALUELESS_OPERATORS,
    Operator,
    parse_between,
    to_number,
)

#: Operators that make no sense without a value (equals '' means 'is empty').
NEEDS_VALUE = (
    frozenset(Operator)
    - VALUELESS_OPERATORS
    - NUMERIC_OPERATORS
    - {
        Operator.EQUALS,
        Operator.NOT_EQUALS,
    }
)


class ScoringRulesInvalid(LeadDeskError):
    """A rule set that cannot be used, with every problem found."""

    def __init__(self, problems: Sequence[RuleProblem]) -> None:
        lines = [f"rule {p.row + 1} ({p.column}): {p.message}" for p in problems]
        super().__init__("The scoring rules have problems: " + "; ".join(lines) + ".")
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """What is wrong with one rule, and in which column (for inline errors)."""

    row: int
    column: str
    message: str


def is_known_field(name: str, custom_fields: Iterable[str]) -> bool:
    if name in LEAD_FIELDS:
        return True
    return name.startswith("custom.") and name[7:] in set(custom_fields)


def validate_rule(row: int, rule: Rule, custom_fields: Iterable[str] = ()) -> list[RuleProblem]:
    """Problems with one rule; an empty list when it can be used."""
    problems: list[RuleProblem] = []
    if not rule.name.strip():
        problems.append(RuleProblem(row, "name", "a rule needs a name"))
    if not math.isfinite(rule.points):
        problems.append(RuleProblem(row, "points", "points must be a number"))
    if rule.part is RulePart.FIT:
        problems.extend(_validate_fit(row, rule, custom_fields))
    elif rule.activity is None:
        problems.append(RuleProblem(row, "target", "choose an activity"))
    for column in ("cap", "window_days", "half_life_days"):
        value = getattr(rule, column)
        if value is not None and value <= 0:
            problems.append(RuleProblem(row, column, "must be a number above zero"))
    return problems


def _validate_fit(row: int, rule: Rule, custom_fields: Iterable[str]) -> list[RuleProblem]:
    problems: list[RuleProblem] = []
    if not rule.field:
        problems.append(RuleProblem(row, "target", "choose a field"))
    elif not is_known_field(rule.field, custom_fields):
        problems.append(RuleProblem(row, "target", f"unknown field {rule.field!r}"))
    op, value = rule.operator, rule.value.strip()
    if op is Operator.BETWEEN and parse_between(value) is None:
        problems.append(RuleProblem(row, "value", "write two numbers, like 10..50"))
    elif op in (Operator.GREATER_THAN, Operator.LESS_THAN) and to_number(value) is None:
        problems.append(RuleProblem(row, "value", f"{value or 'an empty value'!r} is not a number"))
    elif op in NEEDS_VALUE and not value:
        problems.append(RuleProblem(row, "value", "a value is needed"))
    return problems


def validate_ruleset(rules: RuleSet, custom_fields: Iterable[str] = ()) -> list[RuleProblem]:
    """Every problem in a rule set (rules, then thresholds and grades as row −1)."""
    custom = list(custom_fields)
    problems = [p for n, r in enumerate(rules.rules) for p in validate_rule(n, r, custom)]
    if rules.margin < 0:
        problems.append(RuleProblem(-1, "margin", "the margin cannot be negative"))
    g = rules.grades
    if not g.a >= g.b >= g.c:
        problems.append(RuleProblem(-1, "grades", "grade boundaries must fall from A to C"))
    return problems
