"""The closed loop: which rules predict conversion, how well a rule set separates, and
rules suggested from past outcomes.

An outcome is known for a lead that reached SQL or Customer (converted) or was
disqualified (not converted). Points are suggested from the weight of evidence, the log of
how much a rule changes the odds of converting, shrunk towards zero for small groups.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np

from leaddesk.core.leads import LEAD_FIELDS, Offer
from leaddesk.core.scoring.batch import KIND_CODES, OFFER_CODES, LeadBatch, score_batch
from leaddesk.core.scoring.engine import ACTIVITY_LABELS, Activity, Rule, RulePart, RuleSet
from leaddesk.core.scoring.match import Operator, fold, to_number

POINTS_PER_NAT = 10.0  # one unit of log-odds is worth ten points
MAX_POINTS = 40
SHRINK = 10.0  # pseudo-leads at the base rate added to every group
#: Fields that name a person or a company: they identify, they do not predict.
IDENTITY_FIELDS = frozenset(
    {"first_name", "last_name", "email", "phone", "company", "website", "owner"}
)


@dataclass(frozen=True, slots=True)
class RuleEvidence:
    """How a rule's leads turned out, beside the base rate of all decided leads."""

    matched: int
    converted: int
    base_rate: float
    suggested_points: int

    @property
    def rate(self) -> float:
        return self.converted / self.matched if self.matched else 0.0

    @property
    def lift(self) -> float:
        return self.rate / self.base_rate if self.base_rate and self.matched else 0.0


@dataclass(frozen=True, slots=True)
class Decile:
    number: int  # 1 = the highest scores
    leads: int
    converted: int
    low: int
    high: int

    @property
    def rate(self) -> float:
        return self.converted / self.leads if self.leads else 0.0


@dataclass(frozen=True, slots=True)
class Backtest:
    """How well a rule set's scores separate converted from not converted leads."""

    decided: int
    converted: int
    auc: float | None  # None until both outcomes are present
    deciles: tuple[Decile, ...]

    @property
    def base_rate(self) -> float:
        return self.converted / self.decided if self.decided else 0.0


def suggested_points(matched: int, converted: int, base_rate: float) -> int:
    """Weight of evidence in points: positive when the group converts above the base rate."""
    if not 0 < base_rate < 1 or matched == 0:
        return 0
    won = converted + SHRINK * base_rate
    lost = matched - converted + SHRINK * (1 - base_rate)
    woe = math.log(won / lost) - math.log(base_rate / (1 - base_rate))
    return int(max(-MAX_POINTS, min(MAX_POINTS, round(POINTS_PER_NAT * woe))))


def rule_evidence(
    rules: RuleSet, batch: LeadBatch, positions: np.ndarray, won: np.ndarray
) -> list[RuleEvidence]:
    """Evidence for every rule (enabled or not), in the order of ``rules.rules``."""
    counting = RuleSet(
        rules=tuple(
            replace(r, enabled=True, points=1, cap=None, half_life_days=None) for r in rules.rules
        )
    )
    hits = score_batch(counting, batch).points[:, positions] != 0
    base = float(won.mean()) if len(won) else 0.0
    result = []
    for row in hits:
        matched, converted = int(row.sum()), int(won[row].sum())
        result.append(
            RuleEvidence(matched, converted, base, suggested_points(matched, converted, base))
        )
    return result


def roc_auc(scores: np.ndarray, won: np.ndarray) -> float | None:
    """The chance a converted lead outscores a lost one (ties count half)."""
    n_won = int(won.sum())
    n_lost = len(won) - n_won
    if n_won == 0 or n_lost == 0:
        return None
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    average_rank = ends - (counts - 1) / 2.0  # 1-based, ties averaged
    ranks = average_rank[inverse]
    return float((ranks[won].sum() - n_won * (n_won + 1) / 2.0) / (n_won * n_lost))


def backtest(rules: RuleSet, batch: LeadBatch, positions: np.ndarray, won: np.ndarray) -> Backtest:
    """Score the decided leads under ``rules``: ROC AUC and conversion by score decile."""
    scores = score_batch(rules, batch).total[positions]
    return Backtest(len(won), int(won.sum()), roc_auc(scores, won), _deciles(scores, won))


def _deciles(scores: np.ndarray, won: np.ndarray) -> tuple[Decile, ...]:
    if len(scores) == 0:
        return ()
    order = np.argsort(-scores, kind="stable")
    groups = np.array_split(order, min(10, len(order)))
    return tuple(
        Decile(n, len(g), int(won[g].sum()), int(scores[g].min()), int(scores[g].max()))
        for n, g in enumerate(groups, start=1)
    )


# -- suggestions --------------------------------------------------------------------------
def suggest_rules(
    base: RuleSet,
    batch: LeadBatch,
    positions: np.ndarray,
    won: np.ndarray,
    *,
    fields: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    max_values: int = 12,
) -> RuleSet:
    """A rule set learnt from the decided leads at ``positions``: per field value (or
    number range) and per activity, points from how they shifted the odds of converting.

    Thresholds and grades are kept from ``base``.
    """
    base_rate = float(won.mean()) if len(won) else 0.0
    if not 0 < base_rate < 1:
        return base
    skip = set(exclude) | IDENTITY_FIELDS
    candidates = [f for f in (fields or candidate_fields(batch)) if f not in skip]
    min_support = max(10, len(positions) // 200)
    rules: list[Rule] = []
    for name in candidates:
        rules += _field_rules(name, batch, positions, won, base_rate, min_support, max_values)
    rules += _activity_rules(batch, positions, won, base_rate, min_support)
    return base.with_rules(_refit(rules, batch, positions, won))


def _refit(
    rules: list[Rule], batch: LeadBatch, positions: np.ndarray, won: np.ndarray
) -> list[Rule]:
    """Fit all the points together (a ridge logistic regression on which rules matched),
    so that rules that say the same thing (origin and source, say) are not counted twice.
    """
    if not rules:
        return rules
    counting = RuleSet(rules=tuple(replace(r, points=1, cap=1, half_life_days=None) for r in rules))
    hits = score_batch(counting, batch).points[:, positions].T.astype(float)
    weights = _ridge_logistic(hits, won.astype(float))
    refitted = []
    for rule, weight in zip(rules, weights, strict=True):
        points = int(max(-MAX_POINTS, min(MAX_POINTS, round(POINTS_PER_NAT * weight))))
        if points:
            cap = abs(points) if rule.part is RulePart.ENGAGEMENT else None
            refitted.append(replace(rule, points=points, cap=cap))
    return refitted


def _ridge_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 15) -> np.ndarray:
    """Weights (without the intercept) by Newton's method; ``l2`` keeps rare rules small."""
    rows, cols = x.shape
    design = np.hstack([np.ones((rows, 1)), x])
    beta = np.zeros(cols + 1)
    penalty = np.full(cols + 1, l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (y - p) - penalty * beta
        hessian = (design.T * (p * (1 - p))) @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-4:
            break
    return beta[1:]


def candidate_fields(batch: LeadBatch) -> list[str]:
    standard = [f for f in LEAD_FIELDS if f in batch.standard]
    return standard + [f"custom.{name}" for name in batch.custom_field_names()]


def field_label(name: str) -> str:
    return name[7:] if name.startswith("custom.") else name.replace("_", " ").capitalize()


def _field_rules(
    name: str,
    batch: LeadBatch,
    positions: np.ndarray,
    won: np.ndarray,
    base_rate: float,
    min_support: int,
    max_values: int,
) -> list[Rule]:
    """Rules for one field: per value, or per number range when the field holds numbers.

    Works on the field's distinct values, so a large batch costs one pass of counting.
    """
    codes, uniques = batch.codes(name)
    sub = codes[positions]
    count = np.bincount(sub, minlength=len(uniques))
    converted = np.bincount(sub, weights=won.astype(float), minlength=len(uniques))
    folded = [fold(u) for u in uniques]
    numbers = [to_number(u) if count[c] and folded[c] else None for c, u in enumerate(uniques)]
    filled = [c for c in range(len(uniques)) if count[c] and folded[c]]
    numeric_leads = sum(int(count[c]) for c in filled if numbers[c] is not None)
    distinct_numbers = {numbers[c] for c in filled if numbers[c] is not None}
    mostly_numbers = filled and numeric_leads >= 0.95 * sum(int(count[c]) for c in filled)
    if mostly_numbers and len(distinct_numbers) > max_values:
        as_float = np.array([np.nan if n is None else n for n in numbers], dtype=float)
        return _range_rules(name, as_float[sub], won, base_rate, min_support)
    groups: dict[str, list[int]] = {}
    for c in np.flatnonzero(count).tolist():
        groups.setdefault(folded[c], []).append(c)
    if len(groups) > max(50, len(positions) // 2):
        return []  # nearly unique: an identifier, not a trait
    scored = []
    for key, members in groups.items():
        matched = int(count[members].sum())
        if matched < min_support:
            continue
        points = suggested_points(matched, int(converted[members].sum()), base_rate)
        if points:
            shown = str(uniques[max(members, key=lambda c: count[c])]).strip()
            scored.append((abs(points) * math.sqrt(matched), key, shown, points))
    scored.sort(reverse=True)
    label = field_label(name)
    rules = []
    for _, key, shown, points in scored[:max_values]:
        if key:
            title, op, text = f"{label} is {shown}", Operator.EQUALS, shown
        else:
            title, op, text = f"{label} is empty", Operator.IS_EMPTY, ""
        rules.append(Rule(title, RulePart.FIT, points, field=name, operator=op, value=text))
    return rules


def _range_rules(
    name: str,
    values: np.ndarray,
    won: np.ndarray,
    base_rate: float,
    min_support: int,
    bins: int = 8,
) -> list[Rule]:
    """Rules for number ranges with about equal numbers of leads (and one for no number)."""
    present = ~np.isnan(values)
    label = field_label(name)
    rules = []
    missing = int((~present).sum())
    if missing >= min_support:
        points = suggested_points(missing, int(won[~present].sum()), base_rate)
        if points:
            rules.append(
                Rule(
                    f"{label} is empty",
                    RulePart.FIT,
                    points,
                    field=name,
                    operator=Operator.IS_EMPTY,
                )
            )
    distinct = np.unique(values[present])
    cuts = np.unique(np.quantile(values[present], np.linspace(0, 1, bins + 1)[1:-1]))
    for group in np.split(distinct, np.searchsorted(distinct, cuts, side="right")):
        if group.size == 0:
            continue
        low, high = float(group[0]), float(group[-1])
        mask = present & (values >= low) & (values <= high)
        matched = int(mask.sum())
        points = suggested_points(matched, int(won[mask].sum()), base_rate)
        if matched >= min_support and points:
            text = f"{low:g}..{high:g}"
            rules.append(
                Rule(
                    f"{label} {text}",
                    RulePart.FIT,
                    points,
                    field=name,
                    operator=Operator.BETWEEN,
                    value=text,
                )
            )
    return rules


def _activity_rules(
    batch: LeadBatch, positions: np.ndarray, won: np.ndarray, base_rate: float, min_support: int
) -> list[Rule]:
    """One rule per kind of activity (form conversions per offer): having done it at all."""
    cols = batch.interactions
    if len(cols) == 0:
        return []
    chosen = np.zeros(len(batch), dtype=bool)
    chosen[positions] = True
    outcome = np.zeros(len(batch), dtype=bool)
    outcome[positions] = won
    options: list[tuple[Activity, Offer | None]] = [
        (a, None) for a in Activity if a is not Activity.FORM_CONVERSION
    ] + [(Activity.FORM_CONVERSION, o) for o in Offer]
    rules = []
    for activity, offer in options:
        mask = cols.kind == KIND_CODES[activity.kind]
        if activity is Activity.FIRST_VISIT:
            mask &= cols.first_visit
        elif activity is Activity.REPEAT_VISIT:
            mask &= ~cols.first_visit
        if offer is not None:
            mask &= cols.offer == OFFER_CODES[offer]
        did = np.zeros(len(batch), dtype=bool)
        did[cols.lead_pos[mask]] = True
        matched = int((did & chosen).sum())
        if matched < min_support:
            continue
        points = suggested_points(matched, int((did & outcome).sum()), base_rate)
        if points:
            name = ACTIVITY_LABELS[activity] + (
                f": {offer.value.replace('_', ' ')}" if offer else ""
            )
            rules.append(
                Rule(
                    name.capitalize(),
                    RulePart.ENGAGEMENT,
                    points,
                    activity=activity,
                    offer=offer,
                    cap=abs(points),
                )
            )
    return rules
