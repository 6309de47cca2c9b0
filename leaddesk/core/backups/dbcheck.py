"""Check database: the product's invariants as pure rules, and the report a user reads.

Storage runs the SQL (``PRAGMA integrity_check``, the stage-history query) and the repairs;
this module decides what counts as a problem and what repair is safe.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from leaddesk.core.stages import Stage

STAGE_VALUES = frozenset(stage.value for stage in Stage)


class FindingKind(StrEnum):
    DAMAGED = "damaged"  # the file itself: integrity_check failed
    FOREIGN_KEY = "foreign_key"  # a row points at something that does not exist
    UNKNOWN_STAGE = "unknown_stage"  # a lead in no stage the product knows
    NO_HISTORY = "no_history"  # a lead with no stage change at all
    HISTORY_MISMATCH = "history_mismatch"  # current stage ≠ where the history ends


#: the kinds a repair may fix without losing anything: it only adds records or recomputes
SAFE_TO_REPAIR = frozenset(
    {
        FindingKind.UNKNOWN_STAGE,
        FindingKind.NO_HISTORY,
        FindingKind.HISTORY_MISMATCH,
    }
)


@dataclass(frozen=True, slots=True)
class LeadStageFacts:
    """A lead's stored stage and the to-stage of its last recorded stage change."""

    lead_id: int
    stage: str
    last_to_stage: str | None


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    message: str
    lead_id: int | None = None
    #: for history findings: the stage the lead is in and the one its history ends in
    stage: str | None = None
    last_to_stage: str | None = None

    @property
    def repairable(self) -> bool:
        return self.kind in SAFE_TO_REPAIR


def _label(stage: str | None) -> str:
    return Stage(stage).label if stage in STAGE_VALUES else repr(stage)


def history_findings(facts: Iterable[LeadStageFacts]) -> list[Finding]:
    """Every lead in exactly one known stage, its history ending in that stage."""
    found: list[Finding] = []
    for f in facts:
        if f.stage not in STAGE_VALUES:
            found.append(
                Finding(
                    FindingKind.UNKNOWN_STAGE,
                    f"Lead {f.lead_id} is in an unknown stage {f.stage!r}.",
                    f.lead_id,
                    f.stage,
                    f.last_to_stage,
                )
            )
        elif f.last_to_stage is None:
            found.append(
                Finding(
                    FindingKind.NO_HISTORY,
                    f"Lead {f.lead_id} ({_label(f.stage)}) has no stage history.",
                    f.lead_id,
                    f.stage,
                    None,
                )
            )
        elif f.last_to_stage != f.stage:
            found.append(
                Finding(
                    FindingKind.HISTORY_MISMATCH,
                    f"Lead {f.lead_id} is in {_label(f.stage)} but its history ends in "
                    f"{_label(f.last_to_stage)}.",
                    f.lead_id,
                    f.stage,
                    f.last_to_stage,
                )
            )
    return found


def stage_after_repair(finding: Finding) -> Stage:
    """Where a lead in an unknown stage goes: where its history ends, else the first stage."""
    if finding.last_to_stage in STAGE_VALUES:
        return Stage(finding.last_to_stage)
    return Stage.LEAD


#: The report's first line, by (the file checked, the scores checked): whole sentences, as
#: templates the reader's language has (see ``tools/update_translations.py``).
CHECKED = {
    (True, True): "Checked {count} lead(s): the file, links between records, stage history "
    "and scores.",
    (True, False): "Checked {count} lead(s): the file, links between records, stage history.",
    (False, True): "Checked {count} lead(s): links between records, stage history and scores.",
    (False, False): "Checked {count} lead(s): links between records, stage history.",
}
REFRESHED = "Brought {count} score(s) up to date: activity counts less as it ages."


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What Check database found, what it repaired, and the backup it made first."""

    findings: tuple[Finding, ...] = ()
    repaired: tuple[Finding, ...] = ()
    leads_checked: int = 0
    scores_checked: bool = False
    file_checked: bool = True  # SQLite's own checks (a server checks its own files)
    backup: Path | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: scores brought up to date: activity fades from scores as days pass (upkeep, not a
    #: problem: the daily rescore would have done the same)
    scores_refreshed: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def unrepaired(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f not in self.repaired)

    def summary(self, limit: int = 20) -> str:
        """A plain-text report: the verdict first, then up to ``limit`` findings."""
        checked = CHECKED[self.file_checked, self.scores_checked]
        lines = [checked.format(count=self.leads_checked)]
        if self.ok:
            lines.append("No problems found.")
        else:
            lines.append(f"Found {len(self.findings)} problem(s); repaired {len(self.repaired)}.")
            for f in self.findings[:limit]:
                mark = "repaired" if f in self.repaired else "not repaired"
                lines.append(f"• {f.message} ({mark})")
            if len(self.findings) > limit:
                lines.append(f"… and {len(self.findings) - limit} more.")
        if self.unrepaired:
            lines.append(
                "Problems that cannot be repaired safely: restore a backup "
                "(File → Backups…) or ask for help."
            )
        if not self.scores_checked:
            lines.append("Scores were not checked (no scoring rules installed).")
        elif self.scores_refreshed:
            lines.append(REFRESHED.format(count=self.scores_refreshed))
        if self.backup is not None:
            lines.append(f"A backup was made first: {self.backup}")
        lines.extend(self.notes)
        return "\n".join(lines)
