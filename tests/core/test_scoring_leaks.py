"""Fields filled after the outcome: read from the field's history against the lead's last
stage change, flagged with the reason and left out of learning unless the user keeps them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from leaddesk.core.scoring.batch import LeadBatch, custom_fields_batch
from leaddesk.core.scoring.engine import RuleSet
from leaddesk.core.scoring.leaks import FieldSet, filled_after_last_move
from leaddesk.core.scoring.learn import learn_table

DECIDED = datetime(2026, 3, 1, tzinfo=UTC)


def test_a_value_last_set_after_the_last_stage_change_counts_as_filled_after() -> None:
    moves = {1: DECIDED, 2: DECIDED, 3: DECIDED}
    history = [
        FieldSet(1, "custom.Reason", DECIDED + timedelta(days=2)),  # after: counts
        FieldSet(2, "custom.Reason", DECIDED - timedelta(days=2)),  # before: does not
        FieldSet(2, "budget", DECIDED - timedelta(days=5)),
        FieldSet(2, "budget", DECIDED + timedelta(hours=1)),  # its last setting is after
        FieldSet(3, "custom.Reason", DECIDED),  # at the move itself: not after
        FieldSet(4, "custom.Reason", DECIDED + timedelta(days=2)),  # no stage history
    ]
    assert filled_after_last_move(history, moves) == {
        "custom.Reason": frozenset({1}),
        "budget": frozenset({2}),
    }


def history_leads(n: int, seed: int = 11) -> tuple[LeadBatch, np.ndarray, dict]:
    """'origin' predicts; 'Reason' is a trait-like guess written by sales after the outcome
    on most leads that have it (70 %), too weak alone to look like the outcome itself."""
    rng = np.random.default_rng(seed)
    custom, won, filled_after = [], [], set()
    for lead_id in range(1, n + 1):
        origin = str(rng.choice(["Form", "Import", "API"]))
        outcome = bool(rng.random() < 0.15 + 0.45 * (origin == "Form"))
        reason = ""
        if rng.random() < 0.5:
            reason = str(rng.choice(["Price", "Fit"] if outcome else ["Price", "Timing"]))
            if rng.random() < 0.7:
                filled_after.add(lead_id)
        custom.append({"origin": origin, "Reason": reason})
        won.append(outcome)
    return custom_fields_batch(custom), np.array(won), {"custom.Reason": frozenset(filled_after)}


def test_a_field_filled_after_the_outcome_is_flagged_with_the_reason_and_left_out() -> None:
    batch, won, after = history_leads(2000)
    everyone = np.arange(2000)
    without_history = learn_table(RuleSet(), batch, everyone, won)
    assert without_history.flagged == ()  # 'Reason' is no outcome by its values alone
    assert "custom.Reason" in {r.field for r in without_history.rules.rules}

    learnt = learn_table(RuleSet(), batch, everyone, won, filled_after=after)
    assert [f.field for f in learnt.flagged] == ["custom.Reason"]
    flag = learnt.flagged[0]
    assert flag.auc is None and 0.6 < flag.filled_after < 0.8
    assert flag.reason.startswith("filled after the outcome: on 7")
    assert "after their last stage change" in flag.reason
    assert "custom.Reason" not in {r.field for r in learnt.rules.rules}

    kept = learn_table(RuleSet(), batch, everyone, won, filled_after=after, keep=["custom.Reason"])
    assert [f.field for f in kept.flagged] == ["custom.Reason"]
    assert "custom.Reason" in {r.field for r in kept.rules.rules}


def test_a_field_filled_after_the_outcome_on_few_leads_is_not_flagged() -> None:
    batch, won, after = history_leads(2000)
    few = {"custom.Reason": frozenset(sorted(after["custom.Reason"])[:300])}  # under half
    learnt = learn_table(RuleSet(), batch, np.arange(2000), won, filled_after=few)
    assert learnt.flagged == ()
