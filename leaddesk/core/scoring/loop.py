"""The closed loop: which rules predict conversion and how well a rule set separates.

An outcome is known for a lead that reached SQL or Customer (converted) or was
disqualified (not converted). A rule's evidence shows the points its group alone would
earn: the weight of evidence, the log of how much it changes the odds of converting,
shrunk towards zero for small groups. Rules learnt from outcomes: see ``learn``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from leaddesk.core.scoring.batch import LeadBatch, score_batch
from leaddesk.core.scoring.engine import RuleSet

POINTS_PER_NAT = 10.0  # one unit of log-odds is worth ten points
MAX_POINTS = 40
SHRINK = 10.0  # pseudo-leads at the base rate added to every group


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
    number: int  # 1 = the lowest scores, as in Reports
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
    return backtest_scores(score_batch(rules, batch).total[positions], won)


def backtest_scores(scores: np.ndarray, won: np.ndarray) -> Backtest:
    """The backtest of decided leads' ``scores`` (already computed) against ``won``."""
    return Backtest(len(won), int(won.sum()), roc_auc(scores, won), _deciles(scores, won))


def _deciles(scores: np.ndarray, won: np.ndarray) -> tuple[Decile, ...]:
    """Ten buckets by score rank, decile 1 = the lowest scores (as in Reports). Leads with
    the same score share the decile where their score's rank starts, so ties are never
    split by outcome; empty deciles are left out."""
    n = len(scores)
    if n == 0:
        return ()
    distinct, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    bucket = (starts * 10 // n)[inverse]
    result = []
    for d in range(10):
        members = bucket == d
        if members.any():
            chosen = scores[members]
            result.append(
                Decile(
                    d + 1,
                    int(members.sum()),
                    int(won[members].sum()),
                    int(chosen.min()),
                    int(chosen.max()),
                )
            )
    return tuple(result)


def auc_band(
    scores: np.ndarray, won: np.ndarray, rounds: int = 200, seed: int = 11
) -> tuple[float, float] | None:
    """A 90 % bootstrap band of the ROC AUC (resampling the leads), None without both
    outcomes."""
    if roc_auc(scores, won) is None:
        return None
    rng = np.random.default_rng(seed)
    found = []
    for _ in range(rounds):
        pick = rng.integers(0, len(won), len(won))
        auc = roc_auc(scores[pick], won[pick])
        if auc is not None:
            found.append(auc)
    low, high = np.quantile(found, [0.05, 0.95])
    return float(low), float(high)


@dataclass(frozen=True, slots=True)
class ThresholdOption:
    """An MQL threshold and what it would mean: the share of leads at or above it, and
    the share of the converted leads they hold."""

    threshold: int
    mql_share: float
    won_share: float


def threshold_options(
    scores: np.ndarray, won: np.ndarray, shares: tuple[float, ...] = (0.1, 0.2, 0.3, 0.4, 0.5)
) -> tuple[ThresholdOption, ...]:
    """For each share of leads that MQL could take, the threshold and what it holds."""
    if len(scores) == 0 or not won.any():
        return ()
    ordered = np.sort(scores)[::-1]
    options: dict[int, ThresholdOption] = {}
    for share in shares:
        threshold = int(ordered[min(len(ordered) - 1, int(share * len(ordered)))])
        options[threshold] = _option(threshold, scores, won)
    return tuple(sorted(options.values(), key=lambda o: -o.threshold))


def best_threshold(scores: np.ndarray, won: np.ndarray) -> ThresholdOption | None:
    """The threshold that best separates: the most won leads above it for the fewest lost
    (Youden's J)."""
    if len(scores) == 0 or not won.any() or won.all():
        return None
    candidates = np.unique(scores)
    lost = ~won
    gains = [
        (won & (scores >= t)).sum() / won.sum() - (lost & (scores >= t)).sum() / lost.sum()
        for t in candidates
    ]
    return _option(int(candidates[int(np.argmax(gains))]), scores, won)


def _option(threshold: int, scores: np.ndarray, won: np.ndarray) -> ThresholdOption:
    above = scores >= threshold
    return ThresholdOption(threshold, float(above.mean()), float(won[above].sum() / won.sum()))
