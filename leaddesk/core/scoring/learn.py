"""A points table learnt from outcomes: few rules, each agreeing with its own evidence.

How the table is built, from the decided leads it may learn from:

1. Candidates: per field, each value (placeholders such as "Select" or "--" count as
   empty), or for numbers a few monotone ranges (quantile bins pooled until conversion
   only rises or only falls, then merged to at most four); per kind of activity, having
   done it. Only groups whose conversion differs clearly from the base rate qualify.
2. Overlapping facts become one: two candidates that hold (or leave out) the same leads —
   columns empty on the same leads, a Yes/No pair — are one candidate.
3. Fields that look like outcomes (one field alone separates won from lost almost
   perfectly on leads it was not fitted on, or its history shows it was mostly filled
   after the lead's last stage change) are flagged and left out, with the reason.
4. Greedy forward selection: part of the learning leads fit, the rest judge; the rule
   that most lowers the judging leads' log-loss is added, until none helps enough or the
   table is full. Small data makes fewer rules (one per ``LEADS_PER_RULE`` leads at most).
5. The chosen rules are refitted together (a ridge logistic regression); a rule whose
   points come out against its own lift is dropped and the rest refitted, so every rule's
   points have the sign of its evidence. Ten points double the odds.

Steps 1-2 are in ``candidates``, 3 in ``leaks``, 4-5 in ``selection``; this module builds
the table.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace

import numpy as np

from leaddesk.core.scoring.batch import LeadBatch
from leaddesk.core.scoring.candidates import (
    _activity_candidates,
    _alone_auc,
    _Candidate,
    _field_candidates,
    _field_groups,
    _merge_overlaps,
    candidate_fields,
)
from leaddesk.core.scoring.engine import RulePart, RuleSet
from leaddesk.core.scoring.leaks import FlaggedField, filled_after_share, outcome_flag
from leaddesk.core.scoring.selection import _fit_agreeing, _forward_select

POINTS_PER_DOUBLING = 10.0  # ten points double the odds of converting
MAX_POINTS = 50
DEFAULT_MAX_RULES = 25
LEADS_PER_RULE = 25  # at most one rule per this many learning leads
#: Fields that name a person or a company: they identify, they do not predict.
IDENTITY_FIELDS = frozenset(
    {"first_name", "last_name", "email", "phone", "company", "website", "owner"}
)


@dataclass(frozen=True, slots=True)
class Learnt:
    rules: RuleSet
    flagged: tuple[FlaggedField, ...]  # fields that look like outcomes (left out unless kept)


def learn_table(
    base: RuleSet,
    batch: LeadBatch,
    positions: np.ndarray,
    won: np.ndarray,
    *,
    fields: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    keep: Iterable[str] = (),
    max_rules: int = DEFAULT_MAX_RULES,
    seed: int = 7,
    filled_after: Mapping[str, Collection[int]] | None = None,
) -> Learnt:
    """A compact points table learnt from the decided leads at ``positions``.

    ``exclude``: fields the user leaves out; ``keep``: flagged fields the user keeps
    anyway; ``filled_after``: per field, the leads whose value of it was set after their
    last stage change (from the field's history). Thresholds and grades are kept from
    ``base``.
    """
    won = np.asarray(won, dtype=bool)
    n = len(positions)
    base_rate = float(won.mean()) if n else 0.0
    if not 0 < base_rate < 1:
        return Learnt(base, ())
    skip = set(exclude) | IDENTITY_FIELDS
    names = [f for f in (fields or candidate_fields(batch)) if f not in skip]
    order = np.random.default_rng(seed).permutation(n)
    judge = np.zeros(n, dtype=bool)
    judge[order[: max(1, n // 4)]] = True
    min_support = max(10, n // 200)

    flagged: list[FlaggedField] = []
    candidates: list[_Candidate] = []
    kept = set(keep)
    decided_ids = batch.ids[positions]
    set_after = filled_after or {}
    for name in names:
        groups = _field_groups(name, batch, positions, min_support)
        if groups is None:
            continue
        after = filled_after_share(decided_ids[groups.codes != 0], set_after.get(name))
        flag = outcome_flag(name, _alone_auc(groups.codes, won, judge), after)
        if flag is not None:
            flagged.append(flag)
            if name not in kept:
                continue
        candidates += _field_candidates(name, groups, won, base_rate, min_support)
    candidates += _activity_candidates(batch, positions, won, base_rate, min_support)
    candidates = _merge_overlaps(candidates)

    limit = max(1, min(max_rules, n // LEADS_PER_RULE))
    chosen = _forward_select(candidates, won, judge, limit)
    weights, chosen = _fit_agreeing(candidates, chosen, won)
    rules = []
    for index, weight in zip(chosen, weights, strict=True):
        points = int(
            max(-MAX_POINTS, min(MAX_POINTS, round(weight * POINTS_PER_DOUBLING / math.log(2))))
        )
        if points == 0:
            continue
        candidate = candidates[index]
        rule = replace(candidate.rule, points=points)
        if rule.part is RulePart.ENGAGEMENT:
            rule = replace(rule, cap=abs(points))
        if candidate.also:
            more = len(candidate.also) - 2
            same = ", ".join(candidate.also[:2]) + (f" +{more} more" if more > 0 else "")
            rule = replace(rule, name=f"{rule.name} (same leads: {same})")
        rules.append(rule)
    rules.sort(key=lambda r: -r.points)
    return Learnt(base.with_rules(rules), tuple(flagged))


def suggest_rules(
    base: RuleSet,
    batch: LeadBatch,
    positions: np.ndarray,
    won: np.ndarray,
    **options,
) -> RuleSet:
    """The rule set of :func:`learn_table` (flagged fields left out)."""
    return learn_table(base, batch, positions, won, **options).rules
