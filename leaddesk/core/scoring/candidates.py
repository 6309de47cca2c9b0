"""Candidate rules for a learnt points table: per field its values or monotone ranges, per
kind of activity having done it; overlapping candidates (the same leads) merged into one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from leaddesk.core.leads import LEAD_FIELDS, Offer
from leaddesk.core.placeholders import is_missing
from leaddesk.core.scoring.batch import KIND_CODES, OFFER_CODES, LeadBatch
from leaddesk.core.scoring.engine import ACTIVITY_LABELS, Activity, Rule, RulePart
from leaddesk.core.scoring.loop import roc_auc
from leaddesk.core.scoring.match import Operator, fold, to_number

MAX_RANGES = 5
BINS = 20


@dataclass(slots=True)
class _Candidate:
    rule: Rule
    hits: np.ndarray  # bool, over the learning leads
    lift_sign: int  # +1 converts above the base rate, -1 below
    strength: float  # |z| of the difference from the base rate
    also: list[str]  # names of overlapping candidates (other fields) merged into this one


def candidate_fields(batch: LeadBatch) -> list[str]:
    standard = [f for f in LEAD_FIELDS if f in batch.standard]
    return standard + [f"custom.{name}" for name in batch.custom_field_names()]


def field_label(name: str) -> str:
    return name[7:] if name.startswith("custom.") else name.replace("_", " ").capitalize()


@dataclass(slots=True)
class _Groups:
    """One field over the learning leads, as group codes (0 = empty)."""

    codes: np.ndarray
    rules: list[Rule | None]  # the rule that matches each group (None: no rule of its own)
    ranges: bool


def _field_groups(
    name: str, batch: LeadBatch, positions: np.ndarray, min_support: int
) -> _Groups | None:
    codes, uniques = batch.codes(name)
    sub = codes[positions]
    count = np.bincount(sub, minlength=len(uniques))
    folded = [fold(u) for u in uniques]
    missing = np.array([is_missing(f) for f in folded], dtype=bool)
    numbers = [None if missing[c] else to_number(u) for c, u in enumerate(uniques)]
    filled_leads = int(count[~missing].sum())
    if filled_leads == 0:
        return None
    label = field_label(name)
    empty_rule = Rule(f"{label} is empty", RulePart.FIT, 0, field=name, operator=Operator.IS_EMPTY)
    numeric_leads = sum(int(count[c]) for c in range(len(uniques)) if numbers[c] is not None)
    distinct = {numbers[c] for c in range(len(uniques)) if count[c] and numbers[c] is not None}
    if numeric_leads >= 0.95 * filled_leads and len(distinct) > 12:
        values = np.array([np.nan if v is None else v for v in numbers], dtype=float)[sub]
        return _ranges(name, label, values, empty_rule, min_support)
    keys: dict[str, int] = {}
    rules: list[Rule | None] = [empty_rule]
    shown: dict[str, tuple[int, str]] = {}
    group_of = np.zeros(len(uniques), dtype=np.int64)
    for c in np.flatnonzero(count).tolist():
        if missing[c]:
            continue
        key = folded[c]
        if key not in keys:
            keys[key] = len(rules)
            rules.append(None)
        group_of[c] = keys[key]
        if count[c] > shown.get(key, (0, ""))[0]:
            shown[key] = (int(count[c]), str(uniques[c]).strip())
    if len(keys) > max(50, len(positions) // 2):
        return None  # nearly unique: an identifier, not a trait
    for key, g in keys.items():
        text = shown[key][1]
        rules[g] = Rule(
            f"{label} is {text}", RulePart.FIT, 0, field=name, operator=Operator.EQUALS, value=text
        )
    return _Groups(group_of[sub], rules, ranges=False)


def _ranges(
    name: str, label: str, values: np.ndarray, empty_rule: Rule, min_support: int, bins: int = BINS
) -> _Groups:
    """Quantile bins of a number, merged into a few ranges (the merging happens against
    the outcome in :func:`_field_candidates`; here the fine bins)."""
    present = ~np.isnan(values)
    distinct = np.unique(values[present])
    cuts = np.unique(np.quantile(values[present], np.linspace(0, 1, bins + 1)[1:-1]))
    edges = [g for g in np.split(distinct, np.searchsorted(distinct, cuts, side="right")) if g.size]
    codes = np.zeros(len(values), dtype=np.int64)
    rules: list[Rule | None] = [empty_rule]
    for i, group in enumerate(edges, start=1):
        codes[present & (values >= group[0]) & (values <= group[-1])] = i
        rules.append(_range_rule(name, label, float(group[0]), float(group[-1])))
    return _Groups(codes, rules, ranges=True)


def _range_rule(name: str, label: str, low: float, high: float) -> Rule:
    text = f"{low:g}..{high:g}"
    title = f"{label} {low:g}" if low == high else f"{label} {text}"
    return Rule(title, RulePart.FIT, 0, field=name, operator=Operator.BETWEEN, value=text)


def _alone_auc(codes: np.ndarray, won: np.ndarray, judge: np.ndarray) -> float | None:
    """ROC AUC of the field alone on the judging leads, its groups' rates fitted on the rest."""
    fit = ~judge
    size = int(codes.max()) + 1
    count = np.bincount(codes[fit], minlength=size)
    hits = np.bincount(codes[fit], weights=won[fit].astype(float), minlength=size)
    prior = float(won[fit].mean()) if fit.any() else 0.5
    rate = (hits + 5 * prior) / (count + 5)
    return roc_auc(rate[codes[judge]], won[judge])


def _stats(hits: np.ndarray, won: np.ndarray, base_rate: float) -> tuple[int, int, float]:
    matched = int(hits.sum())
    rate = float(won[hits].mean()) if matched else base_rate
    z = (rate - base_rate) / math.sqrt(base_rate * (1 - base_rate) / max(matched, 1))
    return matched, (1 if rate > base_rate else -1), z


def _field_candidates(
    name: str, groups: _Groups, won: np.ndarray, base_rate: float, min_support: int
) -> list[_Candidate]:
    codes, rules = groups.codes, list(groups.rules)
    if groups.ranges:
        codes, rules = _monotone_ranges(name, codes, rules, won, min_support)
    result = []
    n = len(codes)
    for g, rule in enumerate(rules):
        if rule is None:
            continue
        hits = codes == g
        matched, sign, z = _stats(hits, won, base_rate)
        if min_support <= matched <= n - min_support and abs(z) >= 2.0:
            result.append(_Candidate(rule, hits, sign, abs(z), []))
    return result


def _monotone_ranges(
    name: str, codes: np.ndarray, rules: list[Rule | None], won: np.ndarray, min_support: int
) -> tuple[np.ndarray, list[Rule | None]]:
    """Pool adjacent bins until conversion only rises (or only falls), then merge the
    closest neighbours until at most ``MAX_RANGES`` ranges of enough leads remain."""
    size = len(rules)
    count = np.bincount(codes, minlength=size).astype(float)
    hits = np.bincount(codes, weights=won.astype(float), minlength=size)
    bins = [i for i in range(1, size) if count[i]]
    if not bins:
        return codes, [rules[0]]
    rates = hits[bins] / count[bins]
    direction = (
        1 if np.corrcoef(np.arange(len(bins)), rates)[0, 1] >= 0 else -1 if len(bins) > 1 else 1
    )
    blocks = [[b] for b in bins]

    def rate(block: list[int]) -> float:
        return float(hits[block].sum() / count[block].sum())

    def size_of(block: list[int]) -> float:
        return float(count[block].sum())

    changed = True
    while changed and len(blocks) > 1:
        changed = False
        for i in range(len(blocks) - 1):
            if direction * (rate(blocks[i + 1]) - rate(blocks[i])) < 0:
                blocks[i : i + 2] = [blocks[i] + blocks[i + 1]]
                changed = True
                break
    while len(blocks) > 1 and (
        len(blocks) > MAX_RANGES or min(size_of(b) for b in blocks) < min_support
    ):
        gaps = [
            abs(_logit(rate(blocks[i + 1])) - _logit(rate(blocks[i])))
            for i in range(len(blocks) - 1)
        ]
        small = [i for i, b in enumerate(blocks) if size_of(b) < min_support]
        if small:
            s = small[0]
            if s == 0:
                i = 0
            elif s == len(blocks) - 1:
                i = s - 1
            else:
                i = s - 1 if gaps[s - 1] <= gaps[s] else s
        else:
            i = int(np.argmin(gaps))
        blocks[i : i + 2] = [blocks[i] + blocks[i + 1]]
    label = field_label(name)
    new_codes = np.zeros(len(codes), dtype=np.int64)
    new_rules: list[Rule | None] = [rules[0]]
    for k, block in enumerate(blocks, start=1):
        new_codes[np.isin(codes, block)] = k
        first, last = rules[block[0]], rules[block[-1]]
        low = float(first.value.split("..")[0]) if first is not None else 0.0
        high = float(last.value.split("..")[-1]) if last is not None else 0.0
        new_rules.append(_range_rule(name, label, low, high))
    return new_codes, new_rules


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _activity_candidates(
    batch: LeadBatch, positions: np.ndarray, won: np.ndarray, base_rate: float, min_support: int
) -> list[_Candidate]:
    """Per kind of activity (form conversions per offer): having done it at all."""
    cols = batch.interactions
    if len(cols) == 0:
        return []
    options: list[tuple[Activity, Offer | None]] = [
        (a, None) for a in Activity if a is not Activity.FORM_CONVERSION
    ] + [(Activity.FORM_CONVERSION, o) for o in Offer]
    result = []
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
        hits = did[positions]
        matched, sign, z = _stats(hits, won, base_rate)
        if min_support <= matched <= len(hits) - min_support and abs(z) >= 2.0:
            name = ACTIVITY_LABELS[activity] + (
                f": {offer.value.replace('_', ' ')}" if offer else ""
            )
            rule = Rule(name.capitalize(), RulePart.ENGAGEMENT, 0, activity=activity, offer=offer)
            result.append(_Candidate(rule, hits, sign, abs(z), []))
    return result


def _merge_overlaps(candidates: list[_Candidate], agreement: float = 0.98) -> list[_Candidate]:
    """One candidate per fact: drop those holding (or leaving out) the same leads as a
    stronger one, and name them on the one kept."""
    candidates = sorted(candidates, key=lambda c: -c.strength)
    if not candidates:
        return []
    h = np.stack([c.hits for c in candidates], axis=1).astype(np.float32)
    n = h.shape[0]
    both = h.T @ h
    ones = h.sum(axis=0)
    same = (n - ones[:, None] - ones[None, :] + 2 * both) / n  # agree on a lead
    kept: list[int] = []
    for i in range(len(candidates)):
        twin = next(
            (k for k in kept if same[i, k] >= agreement or same[i, k] <= 1 - agreement), None
        )
        if twin is None:
            kept.append(i)
        elif candidates[i].rule.field != candidates[twin].rule.field and candidates[i].rule.field:
            candidates[twin].also.append(candidates[i].rule.name)
    return [candidates[i] for i in kept]
