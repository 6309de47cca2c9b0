"""What a use case changed: the UI's only signal to refresh (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field

from leaddesk.core.stages import Stage


@dataclass(frozen=True, slots=True)
class Changes:
    leads: frozenset[int] = field(default_factory=frozenset)  # edited or rescored
    added: frozenset[int] = field(default_factory=frozenset)
    removed: frozenset[int] = field(default_factory=frozenset)  # archived or deleted
    stages: frozenset[Stage] = field(default_factory=frozenset)  # columns whose order changed
    interactions: frozenset[int] = field(default_factory=frozenset)  # leads with new history
    rules: bool = False
    batches: bool = False
    everything: bool = False  # e.g. after a restore or another database

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            leads=self.leads | other.leads,
            added=self.added | other.added,
            removed=self.removed | other.removed,
            stages=self.stages | other.stages,
            interactions=self.interactions | other.interactions,
            rules=self.rules or other.rules,
            batches=self.batches or other.batches,
            everything=self.everything or other.everything,
        )

    @property
    def touched_leads(self) -> frozenset[int]:
        return self.leads | self.added | self.removed | self.interactions

    def __bool__(self) -> bool:
        return bool(
            self.leads
            or self.added
            or self.removed
            or self.stages
            or self.interactions
            or self.rules
            or self.batches
            or self.everything
        )


NOTHING = Changes()
