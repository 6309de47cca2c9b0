"""Fields that look like outcomes rather than traits, left out of learning by default:
one that alone separates won from lost almost perfectly, or one that its history shows
was mostly filled after the lead's last stage change (written once the outcome was known).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

import numpy as np

OUTCOME_LIKE_AUC = 0.9  # one field alone separating this well is an outcome, not a trait
#: A field whose value was set after the lead's last stage change on more than this share
#: of the decided leads that have it was filled once the outcome was known.
FILLED_AFTER_SHARE = 0.6
FILLED_AFTER_LEAST = 10  # … judged only on at least this many leads that have it


@dataclass(frozen=True, slots=True)
class FlaggedField:
    """A field left out of learning by default, and why (one reason or both)."""

    field: str
    auc: float | None = None  # ROC AUC of the field alone, when that is why
    filled_after: float | None = None  # share filled after the outcome, when that is why

    @property
    def reason(self) -> str:
        reasons = []
        if self.auc is not None:
            reasons.append(
                f"alone separates won from lost almost perfectly (ROC AUC {self.auc:.2f})"
            )
        if self.filled_after is not None:
            reasons.append(
                f"filled after the outcome: on {self.filled_after:.0%} of the decided leads "
                "that have it, its history shows it was set after their last stage change"
            )
        return "; ".join(reasons)


@dataclass(frozen=True, slots=True)
class FieldSet:
    """One entry of a field's history: an edit gave ``field`` of a lead a new value."""

    lead_id: int
    field: str
    at: datetime


def filled_after_last_move(
    history: Iterable[FieldSet], last_moves: Mapping[int, datetime]
) -> dict[str, frozenset[int]]:
    """Per field, the leads whose value of it was last set after their last stage change
    (the last setting is after it exactly when any setting is)."""
    after: dict[str, set[int]] = {}
    for entry in history:
        moved = last_moves.get(entry.lead_id)
        if moved is not None and entry.at > moved:
            after.setdefault(entry.field, set()).add(entry.lead_id)
    return {name: frozenset(ids) for name, ids in after.items()}


def filled_after_share(filled_ids: np.ndarray, set_after: Collection[int] | None) -> float | None:
    """The share of ``filled_ids`` (decided leads that have the field) whose value was set
    after the outcome, when it is large enough to flag the field; None otherwise."""
    if not set_after or len(filled_ids) < FILLED_AFTER_LEAST:
        return None
    share = float(np.isin(filled_ids, np.fromiter(set_after, np.int64)).mean())
    return share if share > FILLED_AFTER_SHARE else None


def outcome_flag(name: str, auc: float | None, filled_after: float | None) -> FlaggedField | None:
    """The flag for a field whose alone-AUC or filled-after share looks like an outcome."""
    auc = auc if auc is not None and auc >= OUTCOME_LIKE_AUC else None
    if auc is None and filled_after is None:
        return None
    return FlaggedField(name, auc, filled_after)
