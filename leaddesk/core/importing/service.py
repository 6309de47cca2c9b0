"""Importing lead lists: the use cases (read, map, test, import, undo) over ports.

The pieces: :mod:`leaddesk.core.values` reads cells, :mod:`.mapping` finds the header and
maps columns, :mod:`.rows` validates each row (:mod:`.converters`) and :mod:`.duplicates`
matches and merges it. Storage implements :class:`ImportStore` (one transaction per
import) and the file reader, which returns a :class:`SourceTable`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, closing, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leaddesk.core.changes import Changes
from leaddesk.core.errors import ImportFileError
from leaddesk.core.importing.formula_cells import noting_formulas
from leaddesk.core.importing.mapping import (
    OUTCOME,
    ColumnMapping,
    headers_key,
    mapping_from_dict,
    suggest_mapping,
)
from leaddesk.core.importing.new_leads import NewLeadScorer, NewLeadScoring
from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.importing.pipeline import PlannerSetup, decided_chunks, use_worker
from leaddesk.core.importing.ports import ImportStore, SinceImport
from leaddesk.core.importing.recognise import R_HEADERLESS, Reason
from leaddesk.core.importing.rows import COUNT_KEYS, ChunkPlan, LoadCurrent, RowPlanner, RowProblem
from leaddesk.core.leads import ImportBatch
from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.core.source_table import SourceTable
from leaddesk.core.stages import Stage
from leaddesk.core.values import DateOrder


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    counts: Mapping[str, int]
    problems: tuple[RowProblem, ...]
    rows_read: int
    date_orders: Mapping[str, DateOrder] = field(default_factory=dict)
    dry_run: bool = True

    def count(self, key: str) -> int:
        return self.counts.get(key, 0)


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    batch_id: int
    changes: Changes
    error_workbook: Path | None
    created: int
    updated: int


@dataclass(frozen=True)
class KeptLead:
    """A lead the undo left as it is, and why."""

    lead_id: int
    name: str
    why: frozenset[SinceImport]


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    removed: int
    restored: int
    kept_edited: tuple[int, ...]  # leads touched since the import: left as they are
    changes: Changes
    kept: tuple[KeptLead, ...] = ()  # the same leads, with their names and why


Reader = Callable[..., SourceTable]  # (path, sheet, *, encoding=None)


class ImportService:
    """The import use cases; the wizard and the CLI both go through these."""

    def __init__(
        self,
        store: ImportStore,
        reader: Reader,
        settings: Any,
        leads: Any,
        *,
        sheet_lister: Callable[[Path], list[str]] | None = None,
        backup: Callable[[str], Any] | None = None,
    ) -> None:
        self.store = store
        self._reader = reader
        self.settings = settings
        self.leads = leads  # the LeadService: clock, actor, rescorer
        self.sheet_lister = sheet_lister
        self._backup = backup  # a copy of the database before a bulk change, when available

    # -- reading and mapping ---------------------------------------------------------------
    def read(
        self, path: Path | str, sheet: str | None = None, encoding: str | None = None
    ) -> SourceTable:
        """Open a file and find its table; raises ImportFileError naming where it failed.

        ``encoding`` reads a text file in that encoding rather than the one detected."""
        if encoding is None:
            return self._reader(Path(path), sheet)
        return self._reader(Path(path), sheet, encoding=encoding)

    def suggest_mapping(self, table: SourceTable) -> ColumnMapping:
        """The remembered mapping for these headers, or one guessed from names and values."""
        remembered = self.settings.get_setting(headers_key(table.headers))
        if isinstance(remembered, dict) and remembered:
            try:
                return mapping_from_dict(table.headers, remembered)
            except ValueError:
                pass  # a mapping saved by another version: guess again
        suggested = suggest_mapping(table.headers, table.preview)
        if table.headerless:  # the header is LeadDesk's own name for the column
            return ColumnMapping(suggested.headers, suggested.targets, (Reason(R_HEADERLESS),))
        return suggested

    def remember_mapping(self, mapping: ColumnMapping) -> None:
        self.settings.set_setting(headers_key(mapping.headers), mapping.as_dict())

    def mapping_from_json(self, table: SourceTable, chosen: Mapping[str, str]) -> ColumnMapping:
        """A user's {header: target}, over the suggestion for headers it leaves out."""
        unknown = [h for h in chosen if h not in table.headers]
        if unknown:
            raise ImportFileError(
                f"the mapping names a column the file does not have; columns: "
                f"{', '.join(repr(h) for h in table.headers)}",
                file=table.file_name,
                sheet=table.sheet,
                column=unknown[0],
            )
        suggested = self.suggest_mapping(table)
        try:
            mapping = mapping_from_dict(table.headers, {**suggested.as_dict(), **chosen})
        except ValueError as err:
            raise ImportFileError(str(err), file=table.file_name) from None
        # the columns the user left to the suggestion keep the suggestion's reasons
        reasons = tuple(
            mine if header in chosen else (suggested.reason(i) or mine)
            for i, (header, mine) in enumerate(zip(mapping.headers, mapping.reasons, strict=True))
        )
        return ColumnMapping(mapping.headers, mapping.targets, reasons)

    # -- dry run and import ----------------------------------------------------------------
    def dry_run(
        self,
        table: SourceTable,
        mapping: ColumnMapping,
        options: ImportOptions,
        progress: Progress = NO_PROGRESS,
    ) -> ImportReport:
        """The real validation and duplicate search, writing nothing."""
        self._check_mapping(table, mapping)
        planner = RowPlanner(mapping, options, self.store.match_index(), table.preview)
        rows_read = self._run_chunks(table, planner, self.store.current_values, None, progress)
        return self._report(planner, rows_read, dry_run=True)

    def run_import(
        self,
        table: SourceTable,
        mapping: ColumnMapping,
        options: ImportOptions,
        progress: Progress = NO_PROGRESS,
        error_dir: Path | None = None,
    ) -> ImportResult:
        """Import all or nothing: the leads, their scores and automatic moves and the rejected
        rows' workbook; cancel, an error or a crash leaves the database as it was."""
        self._check_mapping(table, mapping)
        if self._backup is not None:
            self._backup("import")
        workbook: list[Path | None] = [None]
        try:
            with self._atomic():
                return self._import(table, mapping, options, progress, error_dir, workbook)
        except BaseException:
            if workbook[0] is not None:  # written for an import that did not happen
                workbook[0].unlink(missing_ok=True)
            raise

    def _import(
        self,
        table: SourceTable,
        mapping: ColumnMapping,
        options: ImportOptions,
        progress: Progress,
        error_dir: Path | None,
        workbook: list[Path | None],
    ) -> ImportResult:
        clock, actor = self.leads.clock, self.leads.actor
        created: list[int] = []
        updated: list[int] = []
        with self.store.begin_import(
            table.file_name,
            mapping.as_dict(),
            clock(),
            actor,
            Stage.LEAD,
            expected_rows=table.row_count or 0,
        ) as writer:
            planner = RowPlanner(mapping, options, writer.match_index(), table.preview)
            scorer = NewLeadScoring(self._new_lead_scorer(), writer, Stage.LEAD)

            def write(plan: ChunkPlan) -> None:
                scored = scorer.score(plan.new)
                ids = writer.write(plan.new, plan.updates)
                scorer.written(scored, ids)
                created.extend(ids)
                updated.extend(u.lead_id for u in plan.updates)

            rows_read = self._run_chunks(table, planner, writer.current_values, write, progress)
            if rows_read == 0:  # leaves no empty batch behind: the transaction rolls back
                raise ImportFileError(
                    "has a header row but no data rows; nothing was imported",
                    file=table.file_name,
                    sheet=table.sheet,
                    row=table.header_row or None,
                )
            progress.update(rows_read, rows_read, "Saving…")
            batch_id = writer.finish(planner.counts)
        self.remember_mapping(mapping)
        report = self._report(planner, rows_read, dry_run=False)
        changes = Changes(
            added=frozenset(created),
            leads=frozenset(updated),
            # an outcome column puts new leads in other stages too
            stages=frozenset(Stage) if OUTCOME in mapping.targets else frozenset({Stage.LEAD}),
            batches=True,
        )
        # New leads were written with their scores; the stored leads the file updated are
        # rescored as they now are.
        changes = (
            changes | scorer.finish(updated) | self._rescore(scorer.unscored(created, updated))
        )
        self.store.refresh_versions(batch_id)
        workbook[0] = self.write_error_workbook(table, report, error_dir)
        return ImportResult(report, batch_id, changes, workbook[0], len(created), len(updated))

    def undo_import(self, batch_id: int) -> UndoResult:
        """Remove the leads an import created and restore what it overwrote, with their
        scores, in one transaction — except leads touched since (edited, moved, a call or a
        note logged): those are left as they are and reported with why."""
        if self._backup is not None:
            self._backup("undo-import")
        with self._atomic():
            removed, restored, kept = self.store.undo_import(batch_id, self.leads.clock())
            changes = Changes(
                removed=frozenset(removed),
                leads=frozenset(restored),
                stages=frozenset(Stage),
                batches=True,
            )
            changes = changes | self._rescore(restored)
        ids = tuple(sorted(kept))
        names = self._names(ids)
        why = tuple(KeptLead(i, names.get(i, ""), frozenset(kept[i])) for i in ids)
        return UndoResult(batch_id, len(removed), len(restored), ids, changes, why)

    def _names(self, lead_ids: Sequence[int]) -> dict[int, str]:
        cards = getattr(self.leads, "cards", None)
        if cards is None or not lead_ids:
            return {}
        return {card.id: card.name for card in cards(list(lead_ids))}

    def _atomic(self) -> AbstractContextManager[None]:
        atomic = getattr(self.leads, "atomic", None)
        return nullcontext() if atomic is None else atomic()

    def batches(self) -> list[ImportBatch]:
        return self.store.batches()

    # -- helpers ---------------------------------------------------------------------------
    def _check_mapping(self, table: SourceTable, mapping: ColumnMapping) -> None:
        if mapping.headers != table.headers:
            raise ImportFileError("the mapping is for other columns", file=table.file_name)
        if not mapping.has_identity:
            raise ImportFileError(
                "no column holds a name, an email or a company, so no row could become a "
                "lead; map at least one column to First name, Last name, Full name, Email or "
                "Company",
                file=table.file_name,
                sheet=table.sheet,
                row=table.header_row or None,
            )

    def _run_chunks(
        self,
        table: SourceTable,
        planner: RowPlanner,
        load: LoadCurrent,
        write: Callable[[ChunkPlan], None] | None,
        progress: Progress,
    ) -> int:
        total = table.row_count or 0
        rows = table.rows()
        if table.formulas:
            rows = noting_formulas(rows, table, planner)
        setup = None
        if use_worker(total):
            setup = PlannerSetup(planner.mapping, planner.options, planner.index, table.preview)
        read = 0
        with closing(decided_chunks(rows, planner, setup)) as chunks:
            for size, decide in chunks:
                read += size
                progress.update(read, max(total, read), f"Row {read:,} of {max(total, read):,}")
                plan = decide(load)
                if write is not None:
                    write(plan)
        return read

    def _report(self, planner: RowPlanner, rows_read: int, *, dry_run: bool) -> ImportReport:
        counts = {k: planner.counts[k] for k in COUNT_KEYS}
        return ImportReport(
            counts, tuple(planner.problems), rows_read, dict(planner.date_orders), dry_run
        )

    def _new_lead_scorer(self) -> NewLeadScorer | None:
        rescorer = getattr(self.leads, "rescorer", None)
        return rescorer if hasattr(rescorer, "score_new") else None

    def _rescore(self, lead_ids: list[int]) -> Changes:
        rescorer = getattr(self.leads, "rescorer", None)
        if rescorer is None or not lead_ids:
            return Changes()
        return rescorer.rescore(lead_ids)

    def write_error_workbook(
        self, table: SourceTable, report: ImportReport, error_dir: Path | None = None
    ) -> Path | None:
        """The rows an import rejects (or, after a dry run, would reject) as a workbook beside
        the file or in ``error_dir``; None when there are none."""
        if not report.problems:
            return None
        folder = error_dir or table.path.parent
        stem = Path(table.file_name).stem
        stamp = self.leads.clock().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{stem} - rejected rows {stamp}.xlsx"
        try:
            return self.store.write_error_workbook(target, table.headers, report.problems)
        except OSError:
            # A read-only folder beside the file: fall back to the temporary folder.
            import tempfile

            target = Path(tempfile.gettempdir()) / target.name
            return self.store.write_error_workbook(target, table.headers, report.problems)
