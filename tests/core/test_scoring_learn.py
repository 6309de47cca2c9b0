"""The learnt points table: few rules, each with the sign of its own lift, numbers as a
few monotone ranges, overlapping facts once, placeholders as empty, outcome-like fields
flagged."""

from __future__ import annotations

import numpy as np
import pytest

from leaddesk.core.scoring.batch import LeadBatch, custom_fields_batch, score_batch
from leaddesk.core.scoring.engine import Rule, RulePart, RuleSet
from leaddesk.core.scoring.learn import learn_table
from leaddesk.core.scoring.loop import backtest, best_threshold, rule_evidence, threshold_options
from leaddesk.core.scoring.match import Operator, fold, is_missing


def leads(n: int, seed: int = 3) -> tuple[list[dict[str, str]], np.ndarray]:
    """Origin and minutes predict; 'A' and 'B' are empty on the same leads; 'Mail' is a
    Yes/No pair; 'Status' is the outcome itself; 'City' is noise with a placeholder."""
    rng = np.random.default_rng(seed)
    custom, won = [], []
    for _ in range(n):
        minutes = float(rng.integers(0, 2000))
        origin = str(rng.choice(["Form", "Import", "API"]))
        empty = rng.random() < 0.4
        mail = "Yes" if rng.random() < 0.3 else "No"
        p = 0.1 + 0.4 * (origin == "Form") + 0.3 * (minutes / 2000) - 0.2 * empty + 0.1
        p += 0.1 * (mail == "Yes")
        outcome = bool(rng.random() < p)
        custom.append(
            {
                "origin": origin,
                "minutes": f"{minutes:g}",
                "A": "" if empty else "x",
                "B": "Select" if empty else "u",
                "Mail": mail,
                "Status": ("Won" if outcome else "Lost") if rng.random() < 0.99 else "Open",
                "City": str(rng.choice(["London", "Paris", "--", "Select", "Rome"])),
            }
        )
        won.append(outcome)
    return custom, np.array(won)


def wrong_signs(rules: RuleSet, batch: LeadBatch, won: np.ndarray) -> list[str]:
    evidence = rule_evidence(rules, batch, np.arange(len(won)), won)
    return [
        r.name
        for r, e in zip(rules.rules, evidence, strict=True)
        if (r.points > 0) != (e.rate > e.base_rate)
    ]


def test_placeholders_are_missing_in_every_language() -> None:
    for text in [
        "",
        "Select",
        "--",
        "-",
        "N/A",
        "none",
        "(blank)",
        "Seleccione",
        "Ninguno",
        "Seleziona",
        "Nessuno",
        "Vyberte",
        "Žádný",
        "(prázdné)",
        " -- Select -- ",
    ]:
        assert is_missing(fold(text)), text
    for text in ["London", "0", "-5", "No", "Nonetheless", "Selection"]:
        assert not is_missing(fold(text)), text
    empty = Rule("City empty", RulePart.FIT, 5, field="custom.City", operator=Operator.IS_EMPTY)
    filled = Rule(
        "City filled", RulePart.FIT, 1, field="custom.City", operator=Operator.IS_NOT_EMPTY
    )
    batch = custom_fields_batch([{"City": v} for v in ["Select", "--", "", "Rome", "N/A"]])
    totals = score_batch(RuleSet(rules=(empty, filled)), batch).total
    assert totals.tolist() == [5, 5, 5, 1, 5]


def test_learnt_table_is_small_agrees_with_its_evidence_and_flags_the_outcome() -> None:
    custom, won = leads(3000)
    batch = custom_fields_batch(custom)
    learnt = learn_table(RuleSet(), batch, np.arange(3000), won)
    rules = learnt.rules.rules
    assert [f.field for f in learnt.flagged] == ["custom.Status"]
    assert "almost perfectly" in learnt.flagged[0].reason
    assert "custom.Status" not in {r.field for r in rules}
    assert 3 <= len(rules) <= 25
    assert wrong_signs(learnt.rules, batch, won) == []
    # Placeholders are not values; the overlapping empties are one rule; a Yes/No pair once.
    assert not any(fold(r.value) in {"select", "--"} for r in rules)
    empties = [
        r for r in rules if r.field in ("custom.A", "custom.B")
    ]  # A empty, A is x, B is Select (empty), B is u: one fact
    assert len(empties) == 1 and "same leads" in empties[0].name
    assert len([r for r in rules if r.field == "custom.Mail"]) <= 1
    # Numbers: a few ranges whose points rise with the minutes (as conversion does).
    ranges = sorted(
        (float(r.value.split("..")[0]), r.points) for r in rules if r.field == "custom.minutes"
    )
    assert 1 <= len(ranges) <= 5
    points = [p for _, p in ranges]
    assert points == sorted(points)
    assert backtest(learnt.rules, batch, np.arange(3000), won).auc > 0.7


def test_the_user_keeps_a_flagged_field_or_excludes_any() -> None:
    custom, won = leads(2000)
    batch = custom_fields_batch(custom)
    kept = learn_table(RuleSet(), batch, np.arange(2000), won, keep=["custom.Status"])
    assert "custom.Status" in {r.field for r in kept.rules.rules}
    excluded = learn_table(RuleSet(), batch, np.arange(2000), won, exclude=["custom.origin"])
    assert "custom.origin" not in {r.field for r in excluded.rules.rules}
    few = learn_table(RuleSet(), batch, np.arange(2000), won, max_rules=3)
    assert 1 <= len(few.rules.rules) <= 3


def test_three_hundred_decided_leads_make_few_rules() -> None:
    custom, won = leads(300, seed=5)
    batch = custom_fields_batch(custom)
    learnt = learn_table(RuleSet(), batch, np.arange(300), won)
    assert 1 <= len(learnt.rules.rules) <= 12  # one per 25 leads at most
    assert wrong_signs(learnt.rules, batch, won) == []


def test_threshold_trade_off_and_best_threshold() -> None:
    scores = np.array([50, 40, 30, 20, 10, 0, 0, 0, 0, 0])
    won = np.array([True, True, False, True, False, False, False, False, False, False])
    options = threshold_options(scores, won, shares=(0.1, 0.3))
    assert [(o.threshold, o.mql_share) for o in options] == [(40, 0.2), (20, 0.4)]
    assert options[1].won_share == pytest.approx(1.0)
    best = best_threshold(scores, won)
    assert best is not None and best.threshold == 20 and best.won_share == 1.0
