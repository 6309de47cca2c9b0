"""Lead scoring: rules → fit, engagement, grade and an explanation; decay; thresholds.

A score is fit (who the lead is, from its fields) plus engagement (what it did, from its
interactions). Every rule's contribution is rounded to whole points on its own, so the
explanation always adds up to the total shown on the card.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from leaddesk.core import history_text as text
from leaddesk.core.leads import Interaction, InteractionKind, Lead, Offer
from leaddesk.core.scoring.match import Operator, fit_predicate, fold
from leaddesk.core.stages import Stage

RULESET_SETTING = "scoring.ruleset"
SECONDS_PER_DAY = 86_400.0


class RulePart(StrEnum):
    FIT = "fit"
    ENGAGEMENT = "engagement"


class Activity(StrEnum):
    """What an engagement rule counts: an interaction kind, or a visit split first/repeat."""

    VISIT = "visit"
    FIRST_VISIT = "first_visit"
    REPEAT_VISIT = "repeat_visit"
    FORM_CONVERSION = "form_conversion"
    EMAIL_OPEN = "email_open"
    EMAIL_CLICK = "email_click"
    SOCIAL = "social"
    CONTACT_REQUEST = "contact_request"
    CALL = "call"
    CALL_ATTEMPT = "call_attempt"
    MEETING = "meeting"

    @property
    def kind(self) -> InteractionKind:
        if self in (Activity.FIRST_VISIT, Activity.REPEAT_VISIT):
            return InteractionKind.VISIT
        return InteractionKind(self.value)


ACTIVITY_LABELS: dict[Activity, str] = {
    Activity.VISIT: "any visit",
    Activity.FIRST_VISIT: "first visit",
    Activity.REPEAT_VISIT: "repeat visit",
    Activity.FORM_CONVERSION: "form conversion",
    Activity.EMAIL_OPEN: "email opened",
    Activity.EMAIL_CLICK: "email clicked",
    Activity.SOCIAL: "social engagement",
    Activity.CONTACT_REQUEST: "contact request",
    Activity.CALL: "call",
    Activity.CALL_ATTEMPT: "call attempt",
    Activity.MEETING: "meeting",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """One scoring rule. Fit rules use field/operator/value; engagement rules use activity."""

    name: str
    part: RulePart
    points: float
    enabled: bool = True
    field: str = ""
    operator: Operator = Operator.EQUALS
    value: str = ""
    activity: Activity | None = None
    offer: Offer | None = None
    detail_contains: str = ""
    cap: float | None = None
    window_days: float | None = None
    half_life_days: float | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "part": self.part.value}
        data["points"] = self.points
        data["enabled"] = self.enabled
        if self.part is RulePart.FIT:
            data.update(field=self.field, operator=self.operator.value, value=self.value)
        else:
            data["activity"] = self.activity.value if self.activity else ""
            for key in ("offer", "detail_contains", "cap", "window_days", "half_life_days"):
                raw = getattr(self, key)
                if raw not in (None, ""):
                    data[key] = raw.value if isinstance(raw, Offer) else raw
        return data

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Rule:
        part = RulePart(data.get("part", "fit"))
        activity = data.get("activity") or None
        offer = data.get("offer") or None
        return Rule(
            name=str(data.get("name", "")),
            part=part,
            points=float(data.get("points", 0)),
            enabled=bool(data.get("enabled", True)),
            field=str(data.get("field", "")),
            operator=Operator(data.get("operator", "equals")),
            value=str(data.get("value", "")),
            activity=Activity(activity) if activity else None,
            offer=Offer(offer) if offer else None,
            detail_contains=str(data.get("detail_contains", "")),
            cap=_optional_float(data.get("cap")),
            window_days=_optional_float(data.get("window_days")),
            half_life_days=_optional_float(data.get("half_life_days")),
        )


def _optional_float(value: Any) -> float | None:
    return None if value in (None, "") else float(value)


@dataclass(frozen=True, slots=True)
class GradeBoundaries:
    """The least fit points for grades A, B and C; anything lower is D."""

    a: float = 30
    b: float = 20
    c: float = 10

    def grade(self, fit: float) -> str:
        if fit >= self.a:
            return "A"
        if fit >= self.b:
            return "B"
        if fit >= self.c:
            return "C"
        return "D"


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules plus the lines that act on the score: MQL threshold, margin, grades."""

    rules: tuple[Rule, ...] = ()
    mql_threshold: float = 60
    margin: float = 5
    recycle: bool = True
    grades: GradeBoundaries = field(default_factory=GradeBoundaries)

    @property
    def active(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.enabled)

    def fields_used(self) -> frozenset[str]:
        return frozenset(r.field for r in self.active if r.part is RulePart.FIT)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "mql_threshold": self.mql_threshold,
            "margin": self.margin,
            "recycle": self.recycle,
            "grades": {"a": self.grades.a, "b": self.grades.b, "c": self.grades.c},
            "rules": [r.to_json() for r in self.rules],
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> RuleSet:
        grades = data.get("grades") or {}
        return RuleSet(
            rules=tuple(Rule.from_json(r) for r in data.get("rules", ())),
            mql_threshold=float(data.get("mql_threshold", 60)),
            margin=float(data.get("margin", 5)),
            recycle=bool(data.get("recycle", True)),
            grades=GradeBoundaries(
                a=float(grades.get("a", 30)),
                b=float(grades.get("b", 20)),
                c=float(grades.get("c", 10)),
            ),
        )

    def with_rules(self, rules: Iterable[Rule]) -> RuleSet:
        return replace(self, rules=tuple(rules))


# -- engagement ---------------------------------------------------------------------------
def age_days(now: datetime, occurred_at: datetime) -> float:
    """How old an activity is, in days; activity in the future counts as today's."""
    return max(0.0, (now - occurred_at).total_seconds() / SECONDS_PER_DAY)


def decay_factor(age: float, half_life_days: float | None) -> float:
    """How much of its points an activity keeps at ``age`` days: halves every half-life."""
    if not half_life_days or half_life_days <= 0:
        return 1.0
    return math.exp2(-age / half_life_days)


def round_points(points: float) -> int:
    """Half away from zero, the same way in the per-lead and the bulk path."""
    return int(math.copysign(math.floor(abs(points) + 0.5), points))


def apply_cap(points: float, cap: float | None) -> float:
    """A cap limits a rule's total either way: +cap for rewards, −cap for penalties."""
    if cap is None or cap < 0:
        return points
    return max(-cap, min(cap, points))


def engagement_matches(rule: Rule, interaction: Interaction, is_first_visit: bool) -> bool:
    """Whether one interaction counts for an engagement rule (before window and decay)."""
    activity = rule.activity
    if activity is None or interaction.kind is not activity.kind:
        return False
    if activity is Activity.FIRST_VISIT and not is_first_visit:
        return False
    if activity is Activity.REPEAT_VISIT and is_first_visit:
        return False
    if rule.offer is not None and interaction.offer is not rule.offer:
        return False
    return not rule.detail_contains or fold(rule.detail_contains) in fold(interaction.detail)


def first_visit_id(interactions: Iterable[Interaction]) -> int | None:
    """The id of a lead's first visit: the earliest, and of equal times the first recorded."""
    visits = [i for i in interactions if i.kind is InteractionKind.VISIT]
    if not visits:
        return None
    return min(visits, key=lambda i: (i.occurred_at, i.id)).id


# -- scoring one lead ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ScoreItem:
    """One matched rule and what it gave (after decay and cap, rounded)."""

    rule_name: str
    part: str
    points: int
    occurrences: int = 1
    raw_points: float = 0.0


@dataclass(frozen=True, slots=True)
class Score:
    """A lead's score with its explanation; the items add up to fit and engagement."""

    fit: int
    engagement: int
    grade: str
    items: tuple[ScoreItem, ...] = ()

    @property
    def total(self) -> int:
        return self.fit + self.engagement


def score_lead(
    rules: RuleSet, lead: Lead, interactions: Sequence[Interaction], now: datetime
) -> Score:
    """Score one lead and explain it: the reference the bulk path must agree with."""
    items: list[ScoreItem] = []
    for rule in rules.active:
        if rule.part is RulePart.FIT:
            if fit_predicate(rule.operator, rule.value)(lead.value(rule.field)):
                items.append(ScoreItem(rule.name, "fit", round_points(rule.points), 1, rule.points))
            continue
        item = _engagement_item(rule, interactions, now)
        if item is not None:
            items.append(item)
    return _assemble(rules, items)


def _engagement_item(
    rule: Rule, interactions: Sequence[Interaction], now: datetime
) -> ScoreItem | None:
    first = first_visit_id(interactions) if rule.activity in _VISIT_SPLIT else None
    total, count = 0.0, 0
    for interaction in sorted(interactions, key=lambda i: (i.occurred_at, i.id)):
        if not engagement_matches(rule, interaction, interaction.id == first):
            continue
        age = age_days(now, interaction.occurred_at)
        if rule.window_days is not None and age > rule.window_days:
            continue
        total += rule.points * decay_factor(age, rule.half_life_days)
        count += 1
    if count == 0:
        return None
    capped = apply_cap(total, rule.cap)
    return ScoreItem(rule.name, "engagement", round_points(capped), count, capped)


_VISIT_SPLIT = (Activity.FIRST_VISIT, Activity.REPEAT_VISIT)


def _assemble(rules: RuleSet, items: list[ScoreItem]) -> Score:
    fit = sum(i.points for i in items if i.part == "fit")
    engagement = sum(i.points for i in items if i.part == "engagement")
    return Score(fit, engagement, rules.grades.grade(fit), tuple(items))


# -- thresholds ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ThresholdMove:
    """An automatic stage change the score asks for, with the score that triggered it."""

    lead_id: int
    from_stage: Stage
    to_stage: Stage
    score: int
    reason: str


def threshold_move(
    stage: Stage,
    old_score: float,
    new_score: float,
    old_rules: RuleSet,
    new_rules: RuleSet,
) -> Stage | None:
    """Where the thresholds send a lead, or None. Moves happen only when a line is *crossed*.

    Into MQL from Lead or Nurture when the score rises over the MQL threshold; back to
    Nurture (if recycling is on) when an MQL's score falls below threshold − margin. The
    band between the two lines is the hysteresis: a lead at the line does not flap. A lead
    a rep moved by hand stays where the rep put it until its score crosses a line again.
    """
    if stage in (Stage.LEAD, Stage.NURTURE):
        was_over = old_score >= old_rules.mql_threshold
        if not was_over and new_score >= new_rules.mql_threshold:
            return Stage.MQL
        return None
    if stage is Stage.MQL and new_rules.recycle:
        was_under = old_score < old_rules.mql_threshold - old_rules.margin
        if not was_under and new_score < new_rules.mql_threshold - new_rules.margin:
            return Stage.NURTURE
    return None


def move_reason(target: Stage, score: int, rules: RuleSet) -> str:
    """The sentence recorded with an automatic move."""
    if target is Stage.MQL:
        return text.SCORE_REACHED.format(score=score, threshold=f"{rules.mql_threshold:g}")
    line = rules.mql_threshold - rules.margin
    return text.SCORE_BELOW_MARGIN.format(score=score, line=f"{line:g}")
