"""Scoring many leads at once, column by column (numpy): the bulk rescore and the editor.

Each fit rule is tested once per *distinct* value of its field, not once per lead; each
engagement rule is a masked, weighted count over all interactions. The results agree
point for point with :func:`leaddesk.core.scoring.engine.score_lead`, the per-lead reference.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.scoring.engine import (
    Activity,
    RulePart,
    RuleSet,
    ThresholdMove,
    move_reason,
    threshold_move,
)
from leaddesk.core.scoring.match import (
    PROJECT,
    Projection,
    fold,
    projected_predicate,
    projection_of,
)
from leaddesk.core.stages import Stage

KIND_CODES: dict[InteractionKind, int] = {k: n for n, k in enumerate(InteractionKind)}
OFFER_CODES: dict[Offer, int] = {o: n for n, o in enumerate(Offer)}
NO_OFFER = -1
STAGE_CODES: dict[Stage | None, int] = {None: -1, **{s: n for n, s in enumerate(Stage)}}


@dataclass(frozen=True)
class InteractionColumns:
    """Every interaction of a batch as parallel arrays, sorted by lead, time, id."""

    lead_pos: np.ndarray  # position of the lead in the batch
    kind: np.ndarray  # KIND_CODES
    offer: np.ndarray  # OFFER_CODES, NO_OFFER when none
    age_days: np.ndarray  # how old, in days, at scoring time (never negative)
    first_visit: np.ndarray  # True for each lead's first visit
    #: each interaction's detail as an index into ``detail_values`` (folded, distinct);
    #: only loaded when a rule looks at the detail
    detail_codes: np.ndarray | None = None
    detail_values: Sequence[str] = ()

    def __len__(self) -> int:
        return int(self.lead_pos.shape[0])


def build_interactions(
    lead_pos: np.ndarray,
    kind: np.ndarray,
    offer: np.ndarray,
    occurred_epoch: np.ndarray,
    ids: np.ndarray,
    now_epoch: float,
    detail: Sequence[str] | None = None,
    *,
    coded_detail: tuple[np.ndarray, Sequence[str]] | None = None,
    ordered: bool = False,
) -> InteractionColumns:
    """Columns from raw arrays: ages and each lead's first visit worked out.

    Epochs are seconds (UTC). The rows may come in any order, and only visits are then
    sorted, to find each lead's first one; ``ordered`` says they are by lead, time and id
    already. The details come as texts, or already as ``coded_detail``: indexes into
    distinct texts whose first is "" (no detail).
    """
    lead_pos = np.asarray(lead_pos, dtype=np.int64)
    occurred = np.asarray(occurred_epoch, dtype=np.float64)
    kind = np.asarray(kind, dtype=np.int16)
    offer = np.asarray(offer, dtype=np.int16)
    age = np.maximum(0.0, (now_epoch - occurred) / 86_400.0)
    first = np.zeros(len(lead_pos), dtype=bool)
    visits = np.flatnonzero(kind == KIND_CODES[InteractionKind.VISIT])
    if visits.size and ordered:
        leads = lead_pos[visits]
        first[visits[np.r_[True, leads[1:] != leads[:-1]]]] = True
    elif visits.size:
        ids = np.asarray(ids)
        order = visits[np.lexsort((ids[visits], occurred[visits], lead_pos[visits]))]
        _, first_of_lead = np.unique(lead_pos[order], return_index=True)
        first[order[first_of_lead]] = True
    if coded_detail is None and detail is not None:
        coded_detail = factorize_text(detail)
    codes, values = coded_detail if coded_detail is not None else (None, [])
    return InteractionColumns(lead_pos, kind, offer, age, first, codes, [fold(v) for v in values])


def factorize_text(texts: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """Like :func:`factorize`, for texts that are mostly empty (details nobody asked for)."""
    filled = np.fromiter(map(bool, texts), bool, len(texts))
    rows = np.flatnonzero(filled)
    codes = np.zeros(len(texts), dtype=np.int64)
    if not rows.size:
        return codes, [""]
    part_codes, distinct = factorize([texts[i] for i in rows.tolist()])
    codes[rows] = part_codes + 1
    return codes, ["", *distinct]


def factorize(values: Sequence[Any]) -> tuple[np.ndarray, list[Any]]:
    """Each value as an index into the distinct values, in order of first appearance."""
    distinct = list(dict.fromkeys(values))
    index = {v: n for n, v in enumerate(distinct)}
    return np.fromiter(map(index.__getitem__, values), np.int64, len(values)), distinct


def no_interactions() -> InteractionColumns:
    empty = np.zeros(0, dtype=np.int64)
    return InteractionColumns(empty, empty, empty, np.zeros(0), np.zeros(0, dtype=bool), empty)


class LeadBatch:
    """Leads as columns: ids, stages, stored scores, field values, interactions."""

    def __init__(
        self,
        ids: Sequence[int],
        stages: Sequence[Stage | None],  # None: a stage this version does not know
        old_scores: Sequence[int],
        standard: Mapping[str, Sequence[Any]],
        custom: Sequence[Mapping[str, Any]] | None,
        interactions: InteractionColumns,
        stored: Sequence[tuple[int, int, str]] | None = None,
    ) -> None:
        self.ids = np.asarray(ids, dtype=np.int64)
        self.stages = list(stages)
        self.old_scores = np.asarray(old_scores, dtype=np.int64)
        self.standard = dict(standard)
        self.custom = custom
        self.interactions = interactions
        #: (fit, engagement, grade) as stored, to write only what changed
        self.stored = stored
        self._codes: dict[str, tuple[np.ndarray, list[Any]]] = {}
        self._projected: dict[tuple[str, Projection], tuple[np.ndarray, list[Any]]] = {}

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def column(self, field_name: str) -> Sequence[Any]:
        """One field's value for every lead (custom fields as ``custom.<name>``)."""
        if field_name in self.standard:
            return self.standard[field_name]
        name = field_name[7:] if field_name.startswith("custom.") else field_name
        if self.custom is None:
            return [""] * len(self)
        return [c.get(name, "") for c in self.custom]

    def codes(self, field_name: str) -> tuple[np.ndarray, list[Any]]:
        """Each lead's value as an index into the field's distinct values (cached)."""
        if field_name not in self._codes:
            self._codes[field_name] = factorize(self.column(field_name))
        return self._codes[field_name]

    def projected(self, field_name: str, projection: Projection) -> tuple[np.ndarray, list[Any]]:
        """Each lead's value as an operator sees it (folded text, email domain, number), as
        an index into the distinct projected values; cached across rules.
        """
        key = (field_name, projection)
        if key not in self._projected:
            if projection is Projection.DOMAIN:
                # Nearly every address differs, domains are few: split each lead's address,
                # then fold each domain once.
                column = self.column(field_name)
                parts = ["" if v is None else str(v).rpartition("@")[2] for v in column]
                part_codes, domains = factorize(parts)
                self._projected[key] = (part_codes, [fold(d) for d in domains])
            else:
                codes, uniques = self.codes(field_name)
                project = PROJECT[projection]
                self._projected[key] = (codes, [project(v) for v in uniques])
        return self._projected[key]

    def custom_field_names(self) -> list[str]:
        names: set[str] = set()
        for c in self.custom or ():
            names.update(c)
        return sorted(names)


@dataclass(frozen=True)
class BatchScores:
    """Scores of a batch; ``points[r, i]`` is what active rule ``r`` gave lead ``i``."""

    fit: np.ndarray
    engagement: np.ndarray
    grade: np.ndarray
    points: np.ndarray
    rule_names: tuple[str, ...]

    @property
    def total(self) -> np.ndarray:
        return self.fit + self.engagement


def round_half_away(values: np.ndarray) -> np.ndarray:
    return (np.sign(values) * np.floor(np.abs(values) + 0.5)).astype(np.int64)


def score_batch(rules: RuleSet, batch: LeadBatch) -> BatchScores:
    """Score every lead of ``batch`` under ``rules``."""
    active = rules.active
    n = len(batch)
    points = np.zeros((len(active), n), dtype=np.int64)
    fit_rows = np.zeros(len(active), dtype=bool)
    for r, rule in enumerate(active):
        if rule.part is RulePart.FIT:
            points[r] = _fit_points(rule, batch)
            fit_rows[r] = True
        else:
            points[r] = _engagement_points(rule, batch)
    fit = points[fit_rows].sum(axis=0) if fit_rows.any() else np.zeros(n, dtype=np.int64)
    eng_rows = ~fit_rows
    engagement = points[eng_rows].sum(axis=0) if eng_rows.any() else np.zeros(n, dtype=np.int64)
    return BatchScores(
        fit, engagement, grades_of(rules, fit), points, tuple(r.name for r in active)
    )


def grades_of(rules: RuleSet, fit: np.ndarray) -> np.ndarray:
    g = rules.grades
    return np.select([fit >= g.a, fit >= g.b, fit >= g.c], ["A", "B", "C"], default="D")


def _fit_points(rule: Any, batch: LeadBatch) -> np.ndarray:
    codes, values = batch.projected(rule.field, projection_of(rule.operator))
    test = projected_predicate(rule.operator, rule.value)
    matched = np.fromiter((test(v) for v in values), dtype=bool, count=len(values))
    whole = int(round_half_away(np.array([rule.points]))[0])
    return np.where(matched[codes], whole, 0) if len(codes) else np.zeros(0, dtype=np.int64)


def _engagement_points(rule: Any, batch: LeadBatch) -> np.ndarray:
    cols = batch.interactions
    activity: Activity = rule.activity
    mask = cols.kind == KIND_CODES[activity.kind]
    if activity is Activity.FIRST_VISIT:
        mask &= cols.first_visit
    elif activity is Activity.REPEAT_VISIT:
        mask &= ~cols.first_visit
    if rule.offer is not None:
        mask &= cols.offer == OFFER_CODES[rule.offer]
    if rule.window_days is not None:
        mask &= cols.age_days <= rule.window_days
    if rule.detail_contains and cols.detail_codes is not None:
        target = fold(rule.detail_contains)
        values = cols.detail_values
        hit = np.fromiter((target in v for v in values), dtype=bool, count=len(values))
        mask &= hit[cols.detail_codes]
    weights = np.full(int(mask.sum()), float(rule.points))
    if rule.half_life_days:
        weights *= np.exp2(-cols.age_days[mask] / rule.half_life_days)
    sums = np.bincount(cols.lead_pos[mask], weights=weights, minlength=len(batch))
    if rule.cap is not None and rule.cap >= 0:
        sums = np.clip(sums, -rule.cap, rule.cap)
    return round_half_away(sums)


def threshold_moves(
    batch: LeadBatch, scores: BatchScores, old_rules: RuleSet, new_rules: RuleSet
) -> list[ThresholdMove]:
    """The automatic moves the new scores ask for (never from SAL, SQL, Customer, Disq.).

    A cheap column test finds the few leads near a line; each is then decided by
    :func:`threshold_move`, the one definition of the rule.
    """
    totals = scores.total
    stage = np.fromiter(map(STAGE_CODES.__getitem__, batch.stages), np.int8, len(batch))
    old = batch.old_scores
    below = STAGE_CODES[Stage.LEAD], STAGE_CODES[Stage.NURTURE]
    rising = np.isin(stage, below) & (
        (old < old_rules.mql_threshold) & (totals >= new_rules.mql_threshold)
    )
    falling = (stage == STAGE_CODES[Stage.MQL]) & (
        totals < new_rules.mql_threshold - new_rules.margin
    )
    moves = []
    for i in np.flatnonzero(rising | falling).tolist():
        current, new = batch.stages[i], int(totals[i])
        assert current is not None  # only known stages pass the test above
        target = threshold_move(current, int(old[i]), new, old_rules, new_rules)
        if target is not None:
            reason = move_reason(target, new, new_rules)
            moves.append(ThresholdMove(int(batch.ids[i]), current, target, new, reason))
    return moves


def changed_rows(batch: LeadBatch, scores: BatchScores) -> np.ndarray:
    """Positions of leads whose stored score, fit, engagement or grade differ."""
    if batch.stored is None:
        return np.arange(len(batch))
    fits, engagements, grades = zip(*batch.stored, strict=True) if len(batch) else ((), (), ())
    old_fit = np.array(fits, dtype=np.int64)
    old_eng = np.array(engagements, dtype=np.int64)
    old_grade = np.array(grades, dtype=scores.grade.dtype)
    differs = (
        (old_fit != scores.fit)
        | (old_eng != scores.engagement)
        | (old_grade != scores.grade)
        | (batch.old_scores != scores.total)
    )
    return np.flatnonzero(differs)


def custom_fields_batch(custom: Sequence[Mapping[str, Any]]) -> LeadBatch:
    """Leads known only by their custom fields (all in Lead, no interaction), numbered from
    1: a file of past leads as learning reads it."""
    n = len(custom)
    return LeadBatch(
        ids=list(range(1, n + 1)),
        stages=[Stage.LEAD] * n,
        old_scores=[0] * n,
        standard={},
        custom=custom,
        interactions=no_interactions(),
    )
