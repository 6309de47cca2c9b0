"""How good Suggest's points table is: hold-out ROC AUC against a black box.

On the X Education lead-scoring data (../shared/data/xeducation_Lead_Scoring.csv), with
the X Education test's exclusions, for five seeds of the 70/30 split of decided leads:
the suggested table's hold-out AUC, scikit-learn's HistGradientBoostingClassifier on the
same split and columns, the table's rule count and its wrong-sign rules (points against
the rule's own lift over all decided leads).

    PYTHONPATH=$PWD python benchmarks/scoring_quality.py [--max-rules N] [--seeds 2026 1 2 3 4]

scikit-learn comes with the ``bench`` extra; LeadDesk itself never needs it.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

import numpy as np

from leaddesk.core.scoring.batch import LeadBatch, custom_fields_batch
from leaddesk.core.scoring.engine import RuleSet
from leaddesk.core.scoring.learn import DEFAULT_MAX_RULES, learn_table
from leaddesk.core.scoring.loop import backtest, rule_evidence
from leaddesk.core.scoring.suggestion import split_decided

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "xeducation_Lead_Scoring.csv"
LEAKING = ("Tags", "Lead Quality", "Last Activity", "Last Notable Activity")
NOT_FIELDS = ("Prospect ID", "Lead Number", "Converted")


def load(path: Path = DATA) -> tuple[LeadBatch, np.ndarray]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    custom = [{k: v for k, v in r.items() if k not in NOT_FIELDS} for r in rows]
    won = np.array([r["Converted"] == "1" for r in rows])
    batch = custom_fields_batch(custom)
    return batch, won


def wrong_signs(rules: RuleSet, batch: LeadBatch, positions: np.ndarray, won: np.ndarray) -> int:
    evidence = rule_evidence(rules, batch, positions, won)
    return sum(
        1
        for rule, ev in zip(rules.rules, evidence, strict=True)
        if ev.matched and (rule.points > 0) != (ev.rate > ev.base_rate)
    )


def hgb_auc(batch: LeadBatch, train: np.ndarray, test: np.ndarray, won: np.ndarray, seed: int):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import roc_auc_score

    names = [n for n in batch.custom_field_names() if n not in LEAKING]
    columns, categorical = [], []
    for name in names:
        raw = [c.get(name, "") for c in batch.custom]
        try:
            columns.append([float(v) if v.strip() else np.nan for v in raw])
            categorical.append(False)
        except ValueError:
            _, codes = np.unique(raw, return_inverse=True)
            columns.append(codes.astype(float))
            categorical.append(True)
    x = np.array(columns).T
    model = HistGradientBoostingClassifier(
        categorical_features=np.array(categorical), random_state=seed
    )
    model.fit(x[train], won[train])
    return float(roc_auc_score(won[test], model.predict_proba(x[test])[:, 1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-rules", type=int, default=DEFAULT_MAX_RULES)
    parser.add_argument("--seeds", type=int, nargs="+", default=[2026, 1, 2, 3, 4])
    args = parser.parse_args()
    batch, won = load()
    positions = np.arange(len(won))
    exclude = [f"custom.{c}" for c in LEAKING]
    print(
        f"{'seed':>6} {'table AUC':>9} {'HGB AUC':>8} {'gap':>7} {'rules':>5} {'wrong':>5} {'s':>5}"
    )
    gaps = []
    for seed in args.seeds:
        (learn_pos, learn_won), (hold_pos, hold_won) = split_decided(positions, won, seed=seed)
        started = time.perf_counter()
        learnt = learn_table(
            RuleSet(), batch, learn_pos, learn_won, exclude=exclude, max_rules=args.max_rules
        )
        took = time.perf_counter() - started
        table = backtest(learnt.rules, batch, hold_pos, hold_won).auc
        black_box = hgb_auc(batch, learn_pos, hold_pos, won, seed)
        gaps.append(black_box - table)
        wrong = wrong_signs(learnt.rules, batch, positions, won)
        print(
            f"{seed:>6} {table:>9.4f} {black_box:>8.4f} {black_box - table:>7.4f}"
            f" {len(learnt.rules.rules):>5} {wrong:>5} {took:>5.1f}"
        )
    print(f"mean gap (HGB - table): {np.mean(gaps):.4f}")


if __name__ == "__main__":
    main()
