"""The scoring use cases: the rule set, rescoring (one lead or all), explanations, preview.

Suggestions from outcomes, evidence and backtests of a snapshot are in ``suggestion``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

import numpy as np

from leaddesk.core.changes import Changes
from leaddesk.core.errors import EditConflict, StageMoveRefused
from leaddesk.core.leads import InteractionKind
from leaddesk.core.ports import SettingsRepository
from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.core.scoring.batch import (
    BatchScores,
    LeadBatch,
    changed_rows,
    no_interactions,
    score_batch,
    threshold_moves,
)
from leaddesk.core.scoring.engine import (
    RULESET_SETTING,
    RuleSet,
    Score,
    ThresholdMove,
    score_lead,
)
from leaddesk.core.scoring.leaks import FieldSet, filled_after_last_move
from leaddesk.core.scoring.validation import ScoringRulesInvalid, validate_ruleset
from leaddesk.core.services import LeadService
from leaddesk.core.stages import MoveVia, Stage

LAST_BULK_SETTING = "scoring.last_bulk_rescore"
#: Up to this many threshold moves go one by one through the lead service; more (after an
#: import) are written with the scores in one transaction, recorded the same way.
FEW_MOVES = 25
#: Leads read and scored at a time by the bulk rescore (between progress reports).
BULK_PART = 100_000
#: rule sets whose scores an editor's snapshot keeps (the saved ones, the edited ones)
SCORED_KEPT = 3


class ScoringStore(Protocol):
    """What scoring needs from storage (implemented in ``storage.scoring_store``)."""

    def load_batch(
        self,
        lead_ids: Sequence[int] | None,
        now: datetime,
        *,
        fields: Iterable[str] | None = None,
        detail_kinds: Collection[InteractionKind] = (),
        id_range: tuple[int, int] | None = None,
        kinds: Collection[InteractionKind] | None = None,
    ) -> LeadBatch: ...

    def id_ranges(self, size: int) -> list[tuple[int, int]]: ...

    def outcomes(self) -> dict[int, bool]: ...

    def field_history(self) -> list[FieldSet]: ...

    def last_moves(self) -> dict[int, datetime]: ...

    def save(
        self,
        scores: Iterable[tuple[int, int, int, int, str]],
        moves: Sequence[ThresholdMove],
        at: datetime,
    ) -> list[int]: ...

    def custom_field_names(self) -> list[str]: ...


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The rule set LeadDesk ships: a small B2B business, from the lead-scoring articles."""
    text = resources.files("leaddesk").joinpath("resources/default_rules.json").read_text("utf-8")
    return RuleSet.from_json(json.loads(text))


@dataclass(frozen=True, slots=True)
class Preview:
    """What saving a changed rule set would do to the leads as they are now."""

    leads: int  # leads looked at
    rescored: int  # leads whose score would change
    into_mql: int
    out_of_mql: int

    @property
    def moved(self) -> int:
        return self.into_mql + self.out_of_mql


@dataclass(frozen=True, slots=True)
class NewScores:
    """Scores of leads about to be written, with no activity yet (an import's new leads), in
    the order they were given, and the automatic moves they ask for, by position."""

    rows: list[tuple[int, int, int, str]]  # total, fit, engagement, grade
    moves: list[ThresholdMove]  # each lead id the lead's position among those scored

    def moves_for(self, ids: Sequence[int]) -> list[ThresholdMove]:
        """The moves with the leads' ids once they are written."""
        return [replace(move, lead_id=ids[move.lead_id]) for move in self.moves]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Leads and their outcomes, loaded once for the editor's preview and evidence."""

    batch: LeadBatch
    outcomes: dict[int, bool]
    #: per field, the leads whose value of it was set after their last stage change
    filled_after: Mapping[str, frozenset[int]] = field(default_factory=dict)
    #: the scores of the last rule sets asked for (the saved ones and the edited ones)
    _scored: dict[RuleSet, BatchScores] = field(default_factory=dict, repr=False, compare=False)

    def scores(self, rules: RuleSet) -> BatchScores:
        """The leads scored under ``rules``: each edit's preview and backtest, and the
        saved rules every preview compares with, score the snapshot once."""
        found = self._scored.get(rules)
        if found is None:
            if len(self._scored) >= SCORED_KEPT:
                self._scored.pop(next(iter(self._scored)))
            found = self._scored[rules] = score_batch(rules, self.batch)
        return found

    def labels(self) -> tuple[np.ndarray, np.ndarray]:
        """Positions of decided leads in the batch, and whether each converted."""
        pos = [i for i, lead_id in enumerate(self.batch.ids.tolist()) if lead_id in self.outcomes]
        ids = self.batch.ids
        won = np.fromiter((self.outcomes[int(ids[i])] for i in pos), bool, len(pos))
        return np.asarray(pos, dtype=np.int64), won


class ScoringService:
    """Scores leads under the saved rule set and moves them across the MQL line."""

    def __init__(
        self,
        store: ScoringStore,
        settings: SettingsRepository,
        leads: LeadService,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.leads = leads
        self._clock = clock

    def now(self) -> datetime:
        return (self._clock or self.leads.clock)()

    # -- the rule set ----------------------------------------------------------------------
    def rules(self) -> RuleSet:
        """The saved rule set, or the default one until the user saves their own."""
        data = self.settings.get_setting(RULESET_SETTING)
        return default_rules() if not data else RuleSet.from_json(data)

    def custom_fields(self) -> list[str]:
        return self.store.custom_field_names()

    def save_rules(self, rules: RuleSet, custom_fields: Iterable[str] | None = None) -> Changes:
        """Validate and store ``rules`` (one transaction). Rescoring follows separately.

        ``custom_fields`` are the custom field names known to exist (read when not given).
        """
        known = self.custom_fields() if custom_fields is None else list(custom_fields)
        problems = validate_ruleset(rules, known)
        if problems:
            raise ScoringRulesInvalid(problems)
        self.settings.set_setting(RULESET_SETTING, rules.to_json())
        return Changes(rules=True)

    def reset_to_default(self) -> RuleSet:
        """The shipped rule set (the caller saves it, so that it can be undone)."""
        return default_rules()

    # -- scoring ---------------------------------------------------------------------------
    def explain(self, lead_id: int) -> Score:
        """The lead's score now, with every matched rule and its points after decay."""
        lead = self.leads.lead(lead_id)
        return score_lead(self.rules(), lead, self.leads.interactions(lead_id), self.now())

    def rescore(self, lead_ids: Iterable[int]) -> Changes:
        """Rescore a few leads at once (after an edit or a new interaction); the scores and
        the moves they cause commit together, with the caller's write when it has a unit."""
        ids = list(dict.fromkeys(lead_ids))
        if not ids:
            return Changes()
        with self.leads.atomic():
            return self._rescore(ids)

    def _scores_exist(self) -> None:
        if self.settings.get_setting(LAST_BULK_SETTING) is None:
            # Scores exist from now on: the daily decay rescore starts counting here.
            self.settings.set_setting(LAST_BULK_SETTING, self.now().isoformat())

    def _rescore(self, ids: list[int]) -> Changes:
        self._scores_exist()
        rules = self.rules()
        if len(ids) <= BULK_PART:
            return self._rescore_part(rules, ids, bulk=False)
        # A large import: scored and written in parts, so its memory stays that of one part.
        changes = Changes()
        for start in range(0, len(ids), BULK_PART):
            changes = changes | self._rescore_part(rules, ids[start : start + BULK_PART], True)
        return changes

    def _rescore_part(self, rules: RuleSet, ids: list[int], bulk: bool) -> Changes:
        batch = self.store.load_batch(ids, self.now(), **_reads(rules))
        scores = score_batch(rules, batch)
        moves = threshold_moves(batch, scores, rules, rules)
        rows = _score_rows(batch, scores, changed_rows(batch, scores))
        changes = Changes(leads=frozenset(int(i) for i in batch.ids))
        return changes | self._save(rows, moves, bulk)

    def _save(
        self, rows: list[tuple[int, int, int, int, str]], moves: Sequence[ThresholdMove], bulk: bool
    ) -> Changes:
        """Scores and the moves they cause: in one write for an import (or many moves), else
        the scores, then each move through the lead service, as after an edit."""
        if bulk or len(moves) > FEW_MOVES:
            moved = self.store.save(rows, moves, self.now())
            stages = {m.from_stage for m in moves} | {Stage.MQL, Stage.NURTURE}
            return Changes(interactions=frozenset(moved), stages=frozenset(stages))
        if rows:
            self.store.save(rows, [], self.now())
        changes = Changes()
        for move in moves:
            changes = changes | self._move(move)
        return changes

    def fields_read(self) -> frozenset[str]:
        """The lead fields the saved rules read (custom ones as ``custom.<name>``)."""
        return self.rules().fields_used()

    def score_new(
        self,
        standard: Mapping[str, Sequence[Any]],
        custom: Sequence[Mapping[str, Any]] | None,
        stages: Sequence[Stage],
    ) -> NewScores:
        """Score leads before they are written (an import's new leads: no activity yet, a
        stored score of 0), from their fields as the database will give them back, so that
        they are written with their scores instead of rescored after; writes nothing.

        The moves they ask for are made by :meth:`finish_new`, once the leads exist.
        """
        rules = self.rules()
        count = len(stages)
        batch = LeadBatch(range(count), stages, [0] * count, standard, custom, no_interactions())
        scores = score_batch(rules, batch)
        rows = [row[1:] for row in _score_rows(batch, scores, np.arange(count))]
        return NewScores(rows, threshold_moves(batch, scores, rules, rules))

    def finish_new(self, lead_ids: Sequence[int], moves: Sequence[ThresholdMove]) -> Changes:
        """After writing leads scored by :meth:`score_new`: the moves they asked for, made
        as a rescore of the same leads would make them."""
        self._scores_exist()
        return Changes(leads=frozenset(lead_ids)) | self._save([], moves, len(lead_ids) > BULK_PART)

    def _move(self, move: ThresholdMove) -> Changes:
        try:
            done = self.leads.move_lead(
                move.lead_id, move.to_stage, via=MoveVia.AUTOMATIC, reason=move.reason
            )
        except (StageMoveRefused, EditConflict):
            return Changes()  # someone moved it meanwhile: their move wins
        return done.changes

    def rescore_all(
        self, progress: Progress = NO_PROGRESS, previous: RuleSet | None = None
    ) -> Changes:
        """Rescore every lead (after a rules change, or for decay) in one write.

        Leads are read and scored in parts, so that progress moves and Cancel answers;
        nothing is written until all are scored. ``previous`` is the rule set the stored
        scores came from, so that a changed threshold moves the leads it now puts on the
        other side of the line.
        """
        rules = self.rules()
        ranges = self.store.id_ranges(BULK_PART)
        steps = len(ranges) + 1
        rows: list[tuple[int, int, int, int, str]] = []
        moves: list[ThresholdMove] = []
        now = self.now()
        for done, id_range in enumerate(ranges):
            progress.update(done, steps, f"Scoring leads… ({done * BULK_PART:,} done)")
            batch = self.store.load_batch(None, now, id_range=id_range, **_reads(rules))
            scores = score_batch(rules, batch)
            moves += threshold_moves(batch, scores, previous or rules, rules)
            rows += _score_rows(batch, scores, changed_rows(batch, scores))
        progress.update(len(ranges), steps, "Saving scores…")
        at = self.now()
        with self.leads.atomic():
            moved = self.store.save(rows, moves, at)
            self.settings.set_setting(LAST_BULK_SETTING, at.isoformat())
        progress.update(steps, steps, "Done")
        stages = {m.from_stage for m in moves} | {m.to_stage for m in moves}
        return Changes(
            leads=frozenset(r[0] for r in rows) | frozenset(moved),
            interactions=frozenset(moved),
            stages=frozenset(stages) if moved else frozenset(),
            rules=True,
        )

    def stale_leads(self) -> list[int]:
        """Leads whose stored score (or stage) is not what the rules give now; writes nothing.

        For checks that must not change anything unless something is wrong.
        """
        rules = self.rules()
        batch = self.store.load_batch(None, self.now(), **_reads(rules))
        scores = score_batch(rules, batch)
        stale = {int(batch.ids[i]) for i in changed_rows(batch, scores).tolist()}
        stale |= {m.lead_id for m in threshold_moves(batch, scores, rules, rules)}
        return sorted(stale)

    def decay_due(self, every_hours: float = 24) -> bool:
        """True when the last bulk rescore is older than ``every_hours`` (decay is stale).

        A database with no scores yet has nothing stale.
        """
        last = self.settings.get_setting(LAST_BULK_SETTING)
        if not last:
            return False
        age = self.now() - datetime.fromisoformat(last)
        return age.total_seconds() >= every_hours * 3600

    # -- the editor --------------------------------------------------------------------------
    def snapshot(self, progress: Progress = NO_PROGRESS) -> Snapshot:
        """Every lead with all its fields and activity, and the outcomes, for the editor."""
        progress.update(0, 2, "Reading leads and activity…")
        batch = self.store.load_batch(None, self.now(), detail_kinds=frozenset(InteractionKind))
        progress.update(1, 2, "Reading outcomes…")
        outcomes = self.store.outcomes()
        history = self.store.field_history()
        filled_after = filled_after_last_move(history, self.store.last_moves()) if history else {}
        progress.update(2, 2, "")
        return Snapshot(batch, outcomes, filled_after)


def preview(snapshot: Snapshot, rules: RuleSet, current: RuleSet) -> Preview:
    """Compare ``rules`` with ``current``: what the change itself does to the scores (not
    what time did since the stored scores were computed: activity fades as it ages)."""
    batch = snapshot.batch
    scores, before = snapshot.scores(rules), snapshot.scores(current)
    moves = threshold_moves(batch, scores, current, rules)
    into = sum(1 for m in moves if m.to_stage is Stage.MQL)
    return Preview(
        leads=len(batch),
        rescored=int((scores.total != before.total).sum()),
        into_mql=into,
        out_of_mql=len(moves) - into,
    )


def _reads(rules: RuleSet) -> dict[str, Any]:
    """What scoring under ``rules`` reads: the fields and kinds of interaction rules look at."""
    kinds = frozenset(r.activity.kind for r in rules.active if r.activity is not None)
    return {"fields": rules.fields_used(), "detail_kinds": _detail_kinds(rules), "kinds": kinds}


def _detail_kinds(rules: RuleSet) -> frozenset[InteractionKind]:
    """The kinds of interaction whose detail text some rule reads."""
    return frozenset(r.activity.kind for r in rules.active if r.detail_contains and r.activity)


def _score_rows(
    batch: LeadBatch, scores: BatchScores, rows: np.ndarray
) -> list[tuple[int, int, int, int, str]]:
    fit, eng = scores.fit[rows], scores.engagement[rows]
    columns = (batch.ids[rows], fit + eng, fit, eng)
    # Whole columns to Python values at once: tolist and zip rather than a loop per lead.
    return list(zip(*(c.tolist() for c in columns), scores.grade[rows].tolist(), strict=True))
