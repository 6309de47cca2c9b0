"""Learning from outcomes, for the editor and the command line: rules suggested from the
decided leads (checked on a hold-out), each rule's evidence, and a rule set's backtest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np

from leaddesk.core.scoring.batch import score_batch
from leaddesk.core.scoring.engine import RuleSet
from leaddesk.core.scoring.leaks import FlaggedField
from leaddesk.core.scoring.learn import DEFAULT_MAX_RULES, learn_table
from leaddesk.core.scoring.loop import (
    Backtest,
    RuleEvidence,
    ThresholdOption,
    auc_band,
    backtest_scores,
    best_threshold,
    rule_evidence,
    threshold_options,
)
from leaddesk.core.scoring.service import Snapshot

#: Fewer decided leads than this make a suggestion too uncertain to trust.
FEW_DECIDED = 500


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A rule set learnt from outcomes, and how it does, beside the current rules, on the
    decided leads it did not learn from (never on those it learnt from)."""

    rules: RuleSet
    learnt_from: int  # decided leads used to learn
    holdout: Backtest  # the suggested rules on the other decided leads
    current: Backtest  # the current rules on the same leads
    band: tuple[float, float] | None  # 90 % bootstrap band of holdout.auc
    current_band: tuple[float, float] | None
    flagged: tuple[FlaggedField, ...] = ()  # fields that look like outcomes
    threshold: ThresholdOption | None = None  # the suggested MQL threshold (hold-out)
    options: tuple[ThresholdOption, ...] = ()  # other thresholds and their trade-off

    @property
    def too_few(self) -> bool:
        """Too few decided leads to trust the figures."""
        return self.learnt_from + self.holdout.decided < FEW_DECIDED


def split_decided(
    positions: np.ndarray, won: np.ndarray, holdout_share: float = 0.3, seed: int = 2026
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """A fixed (seeded) split of the decided leads: (learn positions, won), (hold-out …)."""
    order = np.random.default_rng(seed).permutation(len(positions))
    cut = int(round(len(positions) * (1 - holdout_share)))
    learn, hold = np.sort(order[:cut]), np.sort(order[cut:])
    return (positions[learn], won[learn]), (positions[hold], won[hold])


def suggest(
    snapshot: Snapshot,
    base: RuleSet,
    *,
    exclude: Iterable[str] = (),
    keep: Iterable[str] = (),
    max_rules: int = DEFAULT_MAX_RULES,
    holdout_share: float = 0.3,
    seed: int = 2026,
) -> Suggestion:
    """Rules learnt from 70 % of the decided leads, checked on the other 30 %.

    The suggested MQL threshold separates the learning leads best; its trade-off, and the
    other thresholds', are shown on the hold-out leads.
    """
    positions, won = snapshot.labels()
    batch = snapshot.batch
    (learn_pos, learn_won), (hold_pos, hold_won) = split_decided(
        positions, won, holdout_share, seed
    )
    learnt = learn_table(
        base,
        batch,
        learn_pos,
        learn_won,
        exclude=exclude,
        keep=keep,
        max_rules=max_rules,
        filled_after=snapshot.filled_after,
    )
    rules = learnt.rules
    totals = score_batch(rules, batch).total  # the MQL threshold moves no score
    best = best_threshold(totals[learn_pos], learn_won)
    if best is not None:
        rules = replace(rules, mql_threshold=best.threshold)
    scores = totals[hold_pos]
    current = score_batch(base, batch).total[hold_pos]
    threshold = None
    if best is not None and hold_won.any():
        above = scores >= best.threshold
        threshold = ThresholdOption(
            best.threshold, float(above.mean()), float(hold_won[above].sum() / hold_won.sum())
        )
    return Suggestion(
        rules,
        len(learn_pos),
        backtest_scores(scores, hold_won),
        backtest_scores(current, hold_won),
        auc_band(scores, hold_won),
        auc_band(current, hold_won),
        learnt.flagged,
        threshold,
        threshold_options(scores, hold_won),
    )


def evidence(snapshot: Snapshot, rules: RuleSet) -> list[RuleEvidence]:
    """Matched leads, conversion, lift and suggested points for each rule."""
    positions, won = snapshot.labels()
    return rule_evidence(rules, snapshot.batch, positions, won)


def backtest_rules(snapshot: Snapshot, rules: RuleSet) -> Backtest:
    """ROC AUC and conversion by decile of ``rules`` over every decided lead."""
    positions, won = snapshot.labels()
    return backtest_scores(snapshot.scores(rules).total[positions], won)
