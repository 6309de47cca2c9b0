"""Export leads, their interactions and stage history to .xlsx or .csv, streamed.

Rows are read with Core selects in one pass per sheet (never a query per lead) and written
as they arrive, so 100,000 leads take little memory. The file is written beside the target
under a temporary name and renamed at the end: a cancelled or failed export leaves nothing
where the user asked for the file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, DateTime, Engine, Select, func, select, type_coerce
from xlsxwriter.exceptions import XlsxWriterException

from leaddesk.core.exporting.plan import (
    FUNNEL_COLUMNS,
    INTERACTION_COLUMNS,
    STAGE_HISTORY_COLUMNS,
    ExportFileError,
    ExportFormat,
    ExportResult,
    ExportScope,
    FunnelTally,
)
from leaddesk.core.leads import LEAD_FIELDS
from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.core.sheet_columns import lead_columns
from leaddesk.core.stages import Stage
from leaddesk.storage.models import ImportBatchRow, InteractionRow, LeadRow, StageChangeRow
from leaddesk.storage.repositories.rows import apply_filter
from leaddesk.storage.writing.sheets import CsvBook, XlsxBook

BATCH = 2000  # rows fetched per round trip, and rows between progress reports
ID_CHUNK = 500  # ids per IN (...) when exporting a selection

_STAGES = {stage.value: stage for stage in Stage}


def _raw(column: Any) -> Any:
    """The stored naive UTC value, without the per-row tz conversion of UTCDateTime."""
    return type_coerce(column, DateTime())


def _label(value: str | None) -> str:
    return value.replace("_", " ").capitalize() if value else ""


def _local_converter(tz: tzinfo | None) -> Callable[[datetime | None], datetime | None]:
    """Naive UTC → naive wall time in ``tz`` (the computer's zone when None): Excel has no zones.

    The offset is looked up once per quarter hour of UTC time, the finest step at which
    any zone changes its offset.
    """
    if tz is UTC:
        return lambda value: value
    offsets: dict[tuple[int, int, int, int, int], timedelta] = {}

    def to_local(value: datetime | None) -> datetime | None:
        if value is None:
            return None
        quarter = (value.year, value.month, value.day, value.hour, value.minute // 15)
        offset = offsets.get(quarter)
        if offset is None:
            aware = value.replace(tzinfo=UTC)
            offset = offsets[quarter] = aware.astimezone(tz).utcoffset() or timedelta(0)
        return value + offset

    return to_local


class SqlExporter:
    """The export service: ``export(path, scope, fmt, progress)``."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        tz: tzinfo | None = None,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._to_local = _local_converter(tz)

    # -- the public use case -------------------------------------------------------------
    def count(self, scope: ExportScope) -> int:
        """How many leads ``scope`` holds."""
        with self._engine.connect() as conn:
            return sum(
                conn.scalar(q) or 0
                for q in self._scoped_leads(select(func.count(LeadRow.id)), scope)
            )

    def export(
        self,
        path: Path | str,
        scope: ExportScope = ExportScope(),  # noqa: B008 - frozen
        fmt: ExportFormat | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the leads in ``scope`` to ``path`` (.xlsx with four sheets, or .csv)."""
        progress = progress or NO_PROGRESS
        target = Path(path).expanduser()
        fmt = fmt or ExportFormat.for_path(target)
        part = _temporary_beside(target)
        workdir = Path(tempfile.mkdtemp(prefix="leaddesk-export-"))
        book: XlsxBook | CsvBook | None = None
        try:
            book = XlsxBook(part, workdir) if fmt is ExportFormat.XLSX else CsvBook(part)
            with self._engine.connect() as conn:
                if conn.dialect.name == "postgresql":
                    # Every sheet from one snapshot, while others keep working.
                    conn = conn.execution_options(isolation_level="REPEATABLE READ")
                counts = _Run(self, conn, scope, book, progress).write(fmt)
            book.close()
            book = None
            os.replace(part, target)
        except (OSError, XlsxWriterException) as err:
            raise ExportFileError(target, _reason(err)) from err
        finally:
            if book is not None:
                book.abandon()
            part.unlink(missing_ok=True)
            shutil.rmtree(workdir, ignore_errors=True)
        return ExportResult(target, fmt, *counts)

    # -- queries -------------------------------------------------------------------------
    def _scoped_leads(self, query: Select[Any], scope: ExportScope) -> Iterator[Select[Any]]:
        """``query`` on leads narrowed to the scope: one statement, or one per id chunk."""
        if scope.lead_ids is not None:
            ids = sorted(set(scope.lead_ids))
            for start in range(0, len(ids), ID_CHUNK):
                yield query.where(LeadRow.id.in_(ids[start : start + ID_CHUNK]))
            return
        query = apply_filter(query, scope.lead_filter)
        if scope.stages:
            query = query.where(LeadRow.stage.in_(sorted(s.value for s in scope.stages)))
        yield query

    def _scoped_children(
        self, query: Select[Any], lead_id: Any, scope: ExportScope
    ) -> Iterator[Select[Any]]:
        """``query`` on a table with a ``lead_id`` narrowed to the scope's leads."""
        if scope.lead_ids is not None:
            ids = sorted(set(scope.lead_ids))
            for start in range(0, len(ids), ID_CHUNK):
                yield query.where(lead_id.in_(ids[start : start + ID_CHUNK]))
            return
        (leads,) = self._scoped_leads(select(LeadRow.id), scope)
        yield query.where(lead_id.in_(leads))


class _Run:
    """One export: reads each table once, in lead order, and writes it as it comes."""

    def __init__(
        self,
        exporter: SqlExporter,
        conn: Connection,
        scope: ExportScope,
        book: XlsxBook | CsvBook,
        progress: Progress,
    ) -> None:
        self.x = exporter
        self.conn = conn.execution_options(yield_per=BATCH)
        self.scope = scope
        self.book = book
        self.progress = progress
        self.names: dict[int, str] = {}
        self.funnel = FunnelTally()
        self.done = 0
        self.total = 0

    def write(self, fmt: ExportFormat) -> tuple[int, int, int]:
        leads_total = self._count(self.x._scoped_leads(select(func.count(LeadRow.id)), self.scope))
        self.total = leads_total
        if fmt is ExportFormat.CSV:
            leads = self.write_leads()
            self._report("Saving…")
            return leads, 0, 0
        self.total += self._count(self._children(select(func.count(InteractionRow.id)), "i"))
        self.total += self._count(self._children(select(func.count(StageChangeRow.id)), "s"))
        leads = self.write_leads()
        interactions = self.write_interactions()
        changes = self.write_stage_history()
        self.write_funnel()
        self._report("Saving the workbook…")
        return leads, interactions, changes

    def _count(self, queries: Iterator[Select[Any]]) -> int:
        return sum(self.conn.scalar(q) or 0 for q in queries)

    def _children(self, query: Select[Any], table: str) -> Iterator[Select[Any]]:
        column = InteractionRow.lead_id if table == "i" else StageChangeRow.lead_id
        return self.x._scoped_children(query, column, self.scope)

    def _tick(self, message: str) -> None:
        self.done += 1
        if self.done % BATCH == 0:
            self.progress.update(self.done, self.total, message)

    def _report(self, message: str) -> None:
        """At each sheet: report, and stop here if the user cancelled."""
        self.progress.update(self.done, self.total, message)

    # -- Leads -----------------------------------------------------------------------------
    def _custom_fields(self) -> list[str]:
        """Every custom field name in scope, in the order they first appear."""
        seen: dict[str, None] = {}
        for query in self.x._scoped_leads(select(LeadRow.custom), self.scope):
            for (custom,) in self.conn.execute(query.order_by(LeadRow.id)):
                if custom:
                    for key in custom:
                        seen.setdefault(str(key), None)
        return list(seen)

    def write_leads(self) -> int:
        custom = self._custom_fields()
        self._report("Writing leads…")
        sheet = self.book.sheet("Leads", lead_columns(custom))
        batches = {
            i: f"{name} (#{i})"
            for i, name in self.conn.execute(select(ImportBatchRow.id, ImportBatchRow.file_name))
        }
        cols = (
            LeadRow.id,
            LeadRow.stage,
            *(getattr(LeadRow, name) for name in LEAD_FIELDS),
            LeadRow.custom,
            LeadRow.score,
            LeadRow.fit_score,
            LeadRow.engagement_score,
            LeadRow.fit_grade,
            _raw(LeadRow.stage_entered_at),
            _raw(LeadRow.last_interaction_at),
            _raw(LeadRow.created_at),
            LeadRow.import_batch_id,
        )
        now = self.x._clock().astimezone(UTC).replace(tzinfo=None)
        local = self.x._to_local
        n_fields = len(LEAD_FIELDS)
        message = "Writing leads…"
        for query in self.x._scoped_leads(select(*cols), self.scope):
            for row in self.conn.execute(query.order_by(LeadRow.id)):
                lead_id, stage = row[0], _STAGES[row[1]]
                fields = row[2 : 2 + n_fields]
                extra = row[2 + n_fields] or {}
                score, fit, engagement, grade, entered, last, created, batch = row[3 + n_fields :]
                first, last_name, email = fields[0], fields[1], fields[2]
                self.names[lead_id] = f"{first} {last_name}".strip() or email
                self.funnel.add_lead(lead_id, stage)
                sheet.append(
                    (
                        lead_id,
                        *fields,
                        *(_text(extra.get(name)) for name in custom),
                        stage.label,
                        score,
                        fit,
                        engagement,
                        grade,
                        local(entered),
                        (now - entered).days if entered else None,
                        local(last),
                        local(created),
                        batches.get(batch, "") if batch is not None else "",
                    )
                )
                self._tick(message)
        sheet.finish()
        return sheet.rows

    # -- Interactions and Stage history -----------------------------------------------------
    def write_interactions(self) -> int:
        self._report("Writing interactions…")
        sheet = self.book.sheet("Interactions", INTERACTION_COLUMNS)
        cols = (
            InteractionRow.lead_id,
            _raw(InteractionRow.occurred_at),
            InteractionRow.kind,
            InteractionRow.detail,
            InteractionRow.offer,
            InteractionRow.campaign,
            InteractionRow.actor,
        )
        order = (InteractionRow.lead_id, InteractionRow.occurred_at, InteractionRow.id)
        local, names = self.x._to_local, self.names
        kinds: dict[str, str] = {}
        message = "Writing interactions…"
        for query in self._children(select(*cols), "i"):
            for lead_id, at, kind, detail, offer, campaign, actor in self.conn.execute(
                query.order_by(*order)
            ):
                label = kinds.get(kind) or kinds.setdefault(kind, _label(kind))
                sheet.append(
                    (
                        lead_id,
                        names.get(lead_id, ""),
                        local(at),
                        label,
                        detail,
                        _label(offer),
                        campaign,
                        actor,
                    )
                )
                self._tick(message)
        sheet.finish()
        return sheet.rows

    def write_stage_history(self) -> int:
        self._report("Writing stage history…")
        sheet = self.book.sheet("Stage history", STAGE_HISTORY_COLUMNS)
        cols = (
            StageChangeRow.lead_id,
            _raw(StageChangeRow.at),
            StageChangeRow.from_stage,
            StageChangeRow.to_stage,
            StageChangeRow.reason,
            StageChangeRow.automatic,
            StageChangeRow.override,
            StageChangeRow.actor,
            StageChangeRow.score,
        )
        order = (StageChangeRow.lead_id, StageChangeRow.at, StageChangeRow.id)
        local, names, funnel = self.x._to_local, self.names, self.funnel
        message = "Writing stage history…"
        for query in self._children(select(*cols), "s"):
            for lead_id, at, src, dst, reason, auto, override, actor, score in self.conn.execute(
                query.order_by(*order)
            ):
                to_stage = _STAGES[dst]
                funnel.add_change(lead_id, to_stage)
                sheet.append(
                    (
                        lead_id,
                        names.get(lead_id, ""),
                        local(at),
                        _STAGES[src].label if src else "",
                        to_stage.label,
                        reason,
                        bool(auto),
                        bool(override),
                        actor,
                        score,
                    )
                )
                self._tick(message)
        sheet.finish()
        return sheet.rows

    def write_funnel(self) -> None:
        self._report("Writing the funnel…")
        sheet = self.book.sheet("Funnel", FUNNEL_COLUMNS)
        for row in self.funnel.rows():
            sheet.append((row.stage.label, row.reached, row.from_previous, row.from_top, row.now))
        sheet.finish()


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _temporary_beside(target: Path) -> Path:
    """An empty file next to ``target``, so the final rename stays on one file system."""
    if target.is_dir():
        raise ExportFileError(target, "that is a folder")
    if not target.parent.is_dir():
        raise ExportFileError(target, f"the folder {target.parent} does not exist")
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as err:
        raise ExportFileError(target, _reason(err)) from None
    os.close(fd)
    return Path(name)


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    cause = err.__cause__ or err.__context__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror.lower()
    return str(err) or type(err).__name__
