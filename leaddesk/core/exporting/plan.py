"""Export, the pure part: what is exported, the columns, the funnel, and formula safety."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from leaddesk.core.errors import FieldInvalid, LeadDeskError
from leaddesk.core.leads import LeadFilter
from leaddesk.core.progress import Progress
from leaddesk.core.sheet_columns import ID_HEADER, CellKind, Column
from leaddesk.core.stages import BOARD_ORDER, FUNNEL, SIDE_STAGES, Stage

#: What a spreadsheet starts a formula (or a DDE command) with.
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would run ``text`` as a formula if typed into a cell."""
    return text.startswith(FORMULA_PREFIXES)


def csv_safe(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: formula-like values get a leading ``'``."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def csv_unescape(text: str) -> str:
    """Undo :func:`csv_safe` when a CSV written by LeadDesk is read back."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


class ExportFileError(LeadDeskError):
    """The export file cannot be written (folder missing or read-only, disk full, file open)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"Cannot write {path}: {reason}. Nothing was written there.")
        self.path = str(path)
        self.reason = reason


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"

    @classmethod
    def for_path(cls, path: Path | str) -> ExportFormat:
        """The format a file name asks for: ``.csv`` is CSV, anything else a workbook."""
        return cls.CSV if str(path).lower().endswith(".csv") else cls.XLSX


INTERACTION_COLUMNS: tuple[Column, ...] = (
    Column(ID_HEADER, CellKind.INTEGER),
    Column("Lead"),
    Column("When", CellKind.DATETIME),
    Column("Kind"),
    Column("Detail"),
    Column("Offer"),
    Column("Campaign"),
    Column("By"),
)

STAGE_HISTORY_COLUMNS: tuple[Column, ...] = (
    Column(ID_HEADER, CellKind.INTEGER),
    Column("Lead"),
    Column("When", CellKind.DATETIME),
    Column("From"),
    Column("To"),
    Column("Reason"),
    Column("Automatic", CellKind.BOOLEAN),
    Column("Override", CellKind.BOOLEAN),
    Column("By"),
    Column("Score", CellKind.INTEGER),
)

FUNNEL_COLUMNS: tuple[Column, ...] = (
    Column("Stage"),
    Column("Reached", CellKind.INTEGER),
    Column("From previous stage", CellKind.PERCENT),
    Column("From Lead", CellKind.PERCENT),
    Column("Now in stage", CellKind.INTEGER),
)


@dataclass(frozen=True, slots=True)
class ExportScope:
    """Which leads: those matching ``lead_filter`` (and ``stages``), or exactly ``lead_ids``."""

    lead_filter: LeadFilter = field(default_factory=LeadFilter)
    stages: frozenset[Stage] = frozenset()
    lead_ids: tuple[int, ...] | None = None

    @property
    def is_everything(self) -> bool:
        return self.lead_ids is None and not self.stages and self.lead_filter.is_empty


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: ExportFormat
    leads: int
    interactions: int
    stage_changes: int


class LeadExporter(Protocol):
    """The export service (``workspace.exporter``)."""

    def export(
        self,
        path: Path | str,
        scope: ExportScope = ExportScope(),  # noqa: B008 - frozen, never mutated
        fmt: ExportFormat | None = None,
        progress: Progress | None = None,
    ) -> ExportResult: ...

    def count(self, scope: ExportScope) -> int: ...


@dataclass(frozen=True, slots=True)
class FunnelRow:
    stage: Stage
    reached: int
    from_previous: float | None  # None: nothing to convert from, or a side stage
    from_top: float | None
    now: int


class FunnelTally:
    """Counts, lead by lead, how far each got: a lead reaching SQL has passed Lead→SAL too.

    Fed with the exported leads (their current stage) and their stage history.
    """

    def __init__(self) -> None:
        self._furthest: dict[int, int] = {}
        self._side: dict[Stage, set[int]] = {stage: set() for stage in SIDE_STAGES}
        self._now: Counter[Stage] = Counter()

    def add_lead(self, lead_id: int, stage: Stage) -> None:
        self._now[stage] += 1
        self._note(lead_id, stage, new=True)

    def add_change(self, lead_id: int, to_stage: Stage) -> None:
        if lead_id in self._furthest:
            self._note(lead_id, to_stage, new=False)

    def _note(self, lead_id: int, stage: Stage, *, new: bool) -> None:
        index = FUNNEL.index(stage) if stage in FUNNEL else 0
        if new or index > self._furthest[lead_id]:
            self._furthest[lead_id] = index
        if stage in SIDE_STAGES:
            self._side[stage].add(lead_id)

    def rows(self) -> list[FunnelRow]:
        """The funnel stages with conversion rates, then the side stages (ever entered)."""
        return funnel_rows(self._furthest.values(), self._side, self._now)


def funnel_rows(
    furthest: Iterable[int], side: dict[Stage, set[int]], now: Counter[Stage]
) -> list[FunnelRow]:
    """Reached counts per funnel stage from each lead's furthest stage index."""
    at_least = [0] * len(FUNNEL)
    for index in furthest:
        at_least[index] += 1
    for i in range(len(FUNNEL) - 2, -1, -1):
        at_least[i] += at_least[i + 1]
    rows: list[FunnelRow] = []
    for i, stage in enumerate(FUNNEL):
        previous = at_least[i - 1] if i else None
        rows.append(
            FunnelRow(
                stage=stage,
                reached=at_least[i],
                from_previous=at_least[i] / previous if previous else None,
                from_top=at_least[i] / at_least[0] if at_least[0] else None,
                now=now[stage],
            )
        )
    for stage in BOARD_ORDER:
        if stage in SIDE_STAGES:
            rows.append(FunnelRow(stage, len(side[stage]), None, None, now[stage]))
    return rows


def parse_stage(text: str) -> Stage:
    """A stage from its value or label, any case ("mql", "Customer")."""
    wanted = text.strip().lower()
    for stage in Stage:
        if wanted in (stage.value, stage.label.lower()):
            return stage
    names = ", ".join(s.label for s in BOARD_ORDER)
    raise FieldInvalid("Stage", f"{text!r} is not a stage; use one of {names}")
