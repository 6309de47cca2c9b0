"""What an activity import did, or (dry run) would do, with the rows it left out and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from leaddesk.core.activity.events import EventProblem
from leaddesk.core.changes import Changes

COUNT_KEYS = (
    "rows",
    "events",
    "added",
    "duplicates_in_file",
    "already_imported",
    "unknown_person",
    "invalid",
    "leads_created",
    "moved_to_mql",
)


@dataclass(frozen=True)
class ActivityReport:
    """What an activity import did, or (dry run) would do, and why rows were left out."""

    counts: Mapping[str, int]
    problems: tuple[EventProblem, ...]
    dry_run: bool = True
    batch_id: int | None = None
    error_workbook: Path | None = None
    changes: Changes = field(default_factory=Changes)

    def count(self, key: str) -> int:
        return self.counts.get(key, 0)

    def summary(self) -> str:
        c = self.count
        verb = "would add" if self.dry_run else "added"
        text = (
            f"{_n(c('rows'), 'row')}, {_n(c('events'), 'event')}: {verb} {c('added')}, "
            f"{c('already_imported')} already imported, {c('duplicates_in_file')} "
            f"repeated in the file, {_n(c('unknown_person'), 'row')} for unknown people, "
            f"{_n(c('invalid'), 'invalid row')}"
        )
        if c("leads_created"):
            text += f"; {_n(c('leads_created'), 'new lead')}"
        if not self.dry_run:
            text += f"; {c('moved_to_mql')} moved to MQL"
        return text


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
