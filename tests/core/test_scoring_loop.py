"""The closed loop: evidence per rule, ROC AUC, deciles, and rules suggested from outcomes."""

from __future__ import annotations

import numpy as np
import pytest

from leaddesk.core.scoring.batch import custom_fields_batch
from leaddesk.core.scoring.engine import Rule, RulePart, RuleSet
from leaddesk.core.scoring.learn import suggest_rules
from leaddesk.core.scoring.loop import (
    _deciles,
    backtest,
    roc_auc,
    rule_evidence,
    suggested_points,
)
from leaddesk.core.scoring.match import Operator


def test_roc_auc_counts_pairs_and_half_ties() -> None:
    won = np.array([True, True, False, False])
    assert roc_auc(np.array([4, 3, 2, 1]), won) == 1.0
    assert roc_auc(np.array([1, 2, 3, 4]), won) == 0.0
    assert roc_auc(np.array([5, 5, 5, 5]), won) == 0.5
    assert roc_auc(np.array([3, 1, 2, 1]), won) == pytest.approx(2.5 / 4)
    assert roc_auc(np.array([1, 2]), np.array([True, True])) is None


def test_suggested_points_follow_the_odds() -> None:
    assert suggested_points(100, 80, 0.4) > 10
    assert suggested_points(100, 5, 0.4) < -10
    assert suggested_points(100, 40, 0.4) == 0
    assert abs(suggested_points(3, 3, 0.4)) < abs(suggested_points(300, 300, 0.4))  # shrunk


def test_evidence_shows_matches_conversion_and_lift() -> None:
    custom = [{"role": "Owner"}] * 10 + [{"role": "Student"}] * 10
    won = np.array([True] * 8 + [False] * 2 + [True] * 2 + [False] * 8)
    rules = RuleSet(
        rules=(
            Rule(
                "Owner",
                RulePart.FIT,
                0,
                field="custom.role",
                operator=Operator.EQUALS,
                value="owner",
            ),
            Rule("Student", RulePart.FIT, 5, enabled=False, field="custom.role", value="student"),
        )
    )
    owner, student = rule_evidence(rules, custom_fields_batch(custom), np.arange(20), won)
    assert (owner.matched, owner.converted, owner.rate, owner.lift) == (10, 8, 0.8, 1.6)
    assert (student.matched, student.converted) == (10, 2)  # disabled rules get evidence too
    assert owner.suggested_points > 0 > student.suggested_points


def test_backtest_ranks_and_splits_into_deciles() -> None:
    custom = [{"role": "Owner"}] * 50 + [{"role": "Student"}] * 50
    won = np.array([True] * 40 + [False] * 10 + [True] * 5 + [False] * 45)
    rules = RuleSet(
        rules=(
            Rule(
                "Owner",
                RulePart.FIT,
                10,
                field="custom.role",
                operator=Operator.EQUALS,
                value="Owner",
            ),
        )
    )
    result = backtest(rules, custom_fields_batch(custom), np.arange(100), won)
    assert (result.decided, result.converted, result.base_rate) == (100, 45, 0.45)
    assert result.auc == pytest.approx((40 * 45 + 0.5 * (40 * 10 + 5 * 45)) / (45 * 55))
    # As in Reports: decile 1 = the lowest scores, ties never split (so two deciles here).
    assert [(d.number, d.leads, d.converted, d.low, d.high) for d in result.deciles] == [
        (1, 50, 5, 0, 0),
        (6, 50, 40, 10, 10),
    ]


def test_deciles_number_from_the_lowest_scores_like_reports() -> None:
    scores = np.arange(20)
    won = scores >= 18
    deciles = _deciles(scores, won)
    assert [d.number for d in deciles] == list(range(1, 11))
    assert (deciles[0].low, deciles[0].high, deciles[-1].low, deciles[-1].high) == (0, 1, 18, 19)
    assert deciles[-1].rate == 1.0 and deciles[0].rate == 0.0


def test_the_editor_and_reports_number_and_bound_deciles_alike() -> None:
    """One convention: the same scores (ties included) give the same deciles, D1 lowest,
    in the editor's backtest and in the Reports page."""
    from leaddesk.core.reports.funnel import LeadReach, score_deciles

    scores = np.array([0, 0, 0, 5, 5, 7, 9, 12, 12, 12, 12, 15, 20, 20, 31, 40, 40, 41, 55, 60, 60])
    editor = _deciles(scores, scores > 30)
    reports = score_deciles(LeadReach(entered=0, score=int(s)) for s in scores)
    assert [(f"D{d.number}", d.low, d.high, d.leads) for d in editor] == [
        (b.label, b.min_score, b.max_score, b.leads) for b in reports
    ]
    assert editor[0].low == 0 and editor[-1].high == 60


def test_suggest_learns_values_and_ranges_but_not_identifiers() -> None:
    rng = np.random.default_rng(1)
    custom, won = [], []
    for n in range(2000):
        minutes = float(rng.integers(0, 2000))
        origin = rng.choice(["Form", "Import", "API"])
        p = 0.1 + 0.5 * (origin == "Form") + 0.3 * (minutes > 1000)
        custom.append({"origin": str(origin), "minutes": f"{minutes:g}", "code": f"X{n}"})
        won.append(bool(rng.random() < p))
    won_arr = np.array(won)
    positions = np.arange(2000)
    rules = suggest_rules(RuleSet(), custom_fields_batch(custom), positions, won_arr)
    fields = {r.field for r in rules.rules}
    assert fields == {"custom.origin", "custom.minutes"}
    form = next(r for r in rules.rules if r.value == "Form")
    assert form.operator is Operator.EQUALS and form.points > 0
    assert any(r.operator is Operator.BETWEEN for r in rules.rules)
    assert backtest(rules, custom_fields_batch(custom), positions, won_arr).auc > 0.75
    excluded = suggest_rules(
        RuleSet(), custom_fields_batch(custom), positions, won_arr, exclude=["custom.origin"]
    )
    assert {r.field for r in excluded.rules} == {"custom.minutes"}
