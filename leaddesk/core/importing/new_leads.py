"""An import's new leads scored before they are written, so that they go in with their
scores: a rescore after the import would read every new lead back and update it again.

The scoring itself is the scoring service's (``score_new``); this module only hands it the
leads' fields as the database will give them back (the writer's ``read_back``), writes the
scores into the rows, keeps the automatic moves they ask for until the leads have ids, and
says which leads still need the usual rescore: the stored leads the file updated (an import
never updates a lead it created: a repeated row is a duplicate in the file), and new leads
whose stored form the writer could not vouch for.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from leaddesk.core.changes import Changes
from leaddesk.core.importing.ports import ImportWriter
from leaddesk.core.stages import Stage

SCORE_COLUMNS = ("score", "fit_score", "engagement_score", "fit_grade")


class Scored(Protocol):
    """What ``score_new`` returns: each lead's (total, fit, engagement, grade) in order,
    and its moves given the ids."""

    rows: Sequence[tuple[int, int, int, str]]

    def moves_for(self, ids: Sequence[int]) -> list[Any]: ...


class NewLeadScorer(Protocol):
    """The scoring service, as the import uses it for its new leads."""

    def fields_read(self) -> Collection[str]: ...

    def score_new(
        self,
        standard: Mapping[str, Sequence[Any]],
        custom: Sequence[Mapping[str, Any]] | None,
        stages: Sequence[Stage],
    ) -> Scored: ...

    def finish_new(self, lead_ids: Sequence[int], moves: Sequence[Any]) -> Changes: ...


@dataclass
class NewLeadScoring:
    """Scores for each chunk's new leads, and the moves they ask for, made at the end."""

    scorer: NewLeadScorer | None
    writer: ImportWriter
    stage: Stage  # a new lead's stage unless the file's outcome column gives one

    def __post_init__(self) -> None:
        self.fields = tuple(self.scorer.fields_read()) if self.scorer is not None else ()
        self.moves: list[Any] = []
        self.scored: set[int] = set()

    def score(self, new: Sequence[dict[str, Any]]) -> Scored | None:
        """Score ``new`` (rows about to be inserted) and put the scores into them; None when
        there is no scorer or the writer cannot vouch for how the values will read back."""
        if self.scorer is None or not new:
            return None
        fields = self.writer.read_back(new, self.fields)
        if fields is None:
            return None
        stages = [Stage(values.get("stage", self.stage)) for values in new]
        scored = self.scorer.score_new(fields[0], fields[1], stages)
        for values, row in zip(new, scored.rows, strict=True):
            values.update(zip(SCORE_COLUMNS, row, strict=True))
        return scored

    def written(self, scored: Scored | None, ids: Sequence[int]) -> None:
        """The leads of a scored chunk got ``ids``: their moves can be named."""
        if scored is not None:
            self.moves += scored.moves_for(ids)
            self.scored.update(ids)

    def unscored(self, created: Sequence[int], updated: Sequence[int]) -> list[int]:
        """The leads the usual rescore must still score: new leads not scored here, and
        every lead the file updated (should one of them be new too, it is rescored as well,
        and its early moves dropped)."""
        again, new = set(updated), set(created)
        first = [i for i in created if i not in self.scored or i in again]
        return first + [i for i in dict.fromkeys(updated) if i not in new]

    def finish(self, updated: Sequence[int]) -> Changes:
        """The moves of the leads scored here and not updated since."""
        if self.scorer is None or not self.scored:
            return Changes()
        again = set(updated)
        done = sorted(self.scored - again)
        moves = [m for m in self.moves if m.lead_id not in again]
        return self.scorer.finish_new(done, moves)
