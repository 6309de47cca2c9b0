"""An import's store: its batch in ONE transaction (written by import_writer), and undo.

Every import is an ``import_batches`` row; the leads it created carry its id, and every lead
it changed has an ``import_undo`` row (old values of what it overwrote and the version it
left), so undo can restore exactly — and leave alone a lead edited since.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, delete, func, insert, literal, select, update

from leaddesk.core.errors import LeadDeskError
from leaddesk.core.importing.duplicates import MatchIndex
from leaddesk.core.importing.ports import SinceImport
from leaddesk.core.importing.rows import RowProblem
from leaddesk.core.leads import ImportBatch, InteractionKind
from leaddesk.core.stages import Stage
from leaddesk.storage import unit
from leaddesk.storage.db import Database
from leaddesk.storage.models import InteractionRow
from leaddesk.storage.repositories.activity import large_cache
from leaddesk.storage.repositories.import_writer import (
    BATCHES,
    LEADS,
    STAGE_CHANGES,
    UNDO,
    SqlImportWriter,
    chunks,
    indexes_built_after,
    load_current,
    load_match_index,
    with_keys,
)
from leaddesk.storage.repositories.rows import import_batch_from_row
from leaddesk.storage.team import lock_for_import
from leaddesk.storage.writing.error_workbook import write_error_workbook

INTERACTIONS = InteractionRow.__table__
#: SQLite's page cache while an import writes (KiB): the leads' indexes are mostly built
#: after a big load, and the scoring that follows needs the memory more.
LEADS_CACHE_KIB = 64 * 1024

#: Kept in a batch's counts once the import is done: the last interaction and stage change
#: then. Anything after them on one of its leads happened since the import.
INTERACTIONS_UP_TO = "interactions_up_to"
CHANGES_UP_TO = "stage_changes_up_to"
CALL_KINDS = (InteractionKind.CALL.value, InteractionKind.CALL_ATTEMPT.value)


def _since_import(
    conn: Connection, counts: Mapping[str, Any], changed: list[int], others: list[int]
) -> dict[int, set[SinceImport]]:
    """What happened to the import's leads since: ``changed`` ones were edited or moved (their
    version moved on); any of them may have been moved or had a call or a note logged.

    An import made before the marks were kept: only the version and, for the leads it
    created, any interaction at all tell."""
    found: dict[int, set[SinceImport]] = {lead_id: set() for lead_id in changed}
    marked = INTERACTIONS_UP_TO in counts
    interactions_up_to = int(counts.get(INTERACTIONS_UP_TO, 0))
    changes_up_to = int(counts.get(CHANGES_UP_TO, 0))
    for chunk in chunks(changed + others):
        logged = select(INTERACTIONS.c.lead_id, INTERACTIONS.c.kind).where(
            INTERACTIONS.c.lead_id.in_(chunk), INTERACTIONS.c.id > interactions_up_to
        )
        if not marked:
            created = select(LEADS.c.id).where(LEADS.c.import_batch_id.isnot(None))
            logged = logged.where(INTERACTIONS.c.lead_id.in_(created))
        for lead_id, kind in conn.execute(logged):
            why = SinceImport.CALL if kind in CALL_KINDS else SinceImport.INTERACTION
            found.setdefault(lead_id, set()).add(why)
        if not marked:
            continue
        moves = select(STAGE_CHANGES.c.lead_id).where(
            STAGE_CHANGES.c.lead_id.in_(chunk), STAGE_CHANGES.c.id > changes_up_to
        )
        for (lead_id,) in conn.execute(moves):
            found.setdefault(lead_id, set()).add(SinceImport.MOVED)
    for lead_id in changed:
        if not found[lead_id] & {SinceImport.MOVED, SinceImport.CALL}:
            found[lead_id].add(SinceImport.EDITED)  # its version moved on without a move
    return found


class ImportUndoRefused(LeadDeskError):
    """The batch cannot be undone (already undone, or unknown)."""


def _from_json(values: Mapping[str, Any]) -> dict[str, Any]:
    restored = dict(values)
    if restored.get("budget") is not None:
        restored["budget"] = Decimal(str(restored["budget"]))
    return restored


class SqlImportStore:
    """Implements ``core.importing.ImportStore`` over SQLAlchemy Core."""

    def __init__(self, db: Database) -> None:
        self.engine = db.engine

    def match_index(self) -> MatchIndex:
        with unit.connect(self.engine) as conn:
            return load_match_index(conn)

    def current_values(self, lead_ids: list[int]) -> dict[int, dict[str, Any]]:
        with unit.connect(self.engine) as conn:
            return load_current(conn, lead_ids)

    @contextmanager
    def begin_import(
        self,
        file_name: str,
        mapping: Mapping[str, str],
        at: datetime,
        actor: str,
        stage: Stage,
        *,
        expected_rows: int = 0,
    ) -> Iterator[SqlImportWriter]:
        """One transaction (or a savepoint of the open unit): committed when the block ends,
        rolled back on any exception."""
        with unit.begin(self.engine) as conn, large_cache(conn, LEADS_CACHE_KIB):
            # On PostgreSQL two imports would both find an email absent and both create the
            # lead: they take turns (readers and edits never wait). SQLite: the batch row below.
            lock_for_import(conn)
            # Writing the batch row first takes the write lock before the keys are read.
            batch_id = conn.execute(
                insert(BATCHES).values(
                    file_name=file_name[:500],
                    kind="leads",
                    created_at=at,
                    counts={},
                    mapping=dict(mapping),
                    undone_at=None,
                    actor=actor,
                )
            ).inserted_primary_key[0]
            outcome = next((h for h, t in mapping.items() if t == "outcome"), "")
            with indexes_built_after(conn, expected_rows):
                yield SqlImportWriter(conn, batch_id, at, actor, stage, outcome)

    def refresh_versions(self, batch_id: int) -> None:
        """After rescoring: the versions the import's leads were left at (created leads
        start at version 1 and get an undo row only when scoring moved them on), and the
        last interaction and stage change then, so that undo sees what came after."""
        version = select(LEADS.c.version).where(LEADS.c.id == UNDO.c.lead_id).scalar_subquery()
        moved_on = select(
            LEADS.c.id, literal("created"), literal({}, JSON()), LEADS.c.version, literal(batch_id)
        ).where(LEADS.c.import_batch_id == batch_id, LEADS.c.version != 1)
        with unit.begin(self.engine) as conn:
            conn.execute(
                update(UNDO).where(UNDO.c.batch_id == batch_id).values(version_after=version)
            )
            counts = conn.scalar(select(BATCHES.c.counts).where(BATCHES.c.id == batch_id))
            marks = {
                INTERACTIONS_UP_TO: conn.scalar(select(func.max(INTERACTIONS.c.id))) or 0,
                CHANGES_UP_TO: conn.scalar(select(func.max(STAGE_CHANGES.c.id))) or 0,
            }
            conn.execute(
                update(BATCHES)
                .where(BATCHES.c.id == batch_id)
                .values(counts={**dict(counts or {}), **marks})
            )
            conn.execute(
                insert(UNDO).from_select(
                    ["lead_id", "action", "old_values", "version_after", "batch_id"], moved_on
                )
            )

    def undo_import(
        self, batch_id: int, at: datetime
    ) -> tuple[list[int], list[int], dict[int, set[SinceImport]]]:
        """(removed, restored, kept with what happened to each since the import)."""
        with unit.begin(self.engine) as conn:
            batch = conn.execute(select(BATCHES).where(BATCHES.c.id == batch_id)).first()
            if batch is None:
                raise ImportUndoRefused(f"Import {batch_id} does not exist.")
            if batch.undone_at is not None:
                raise ImportUndoRefused(f"The import of {batch.file_name} was already undone.")
            conn.execute(update(BATCHES).where(BATCHES.c.id == batch_id).values(undone_at=at))
            removed: list[int] = []
            restored: list[int] = []
            changed: list[int] = []
            undo_rows = conn.execute(
                select(UNDO.c.lead_id, UNDO.c.action, UNDO.c.old_values, UNDO.c.version_after,
                       LEADS.c.version)
                .join(LEADS, LEADS.c.id == UNDO.c.lead_id)
                .where(UNDO.c.batch_id == batch_id)
            ).all()  # fmt: skip
            for lead_id, action, _old, version_after, version in undo_rows:
                if action != "updated":
                    continue
                if version != version_after:
                    changed.append(lead_id)
                else:
                    restored.append(lead_id)
            # The leads it created carry its batch; version 1 unless scoring moved them on.
            expected = {r[0]: r[3] for r in undo_rows if r[1] == "created"}
            created = conn.execute(
                select(LEADS.c.id, LEADS.c.version).where(LEADS.c.import_batch_id == batch_id)
            )
            for lead_id, version in created:
                if version == expected.get(lead_id, 1):
                    removed.append(lead_id)
                else:
                    changed.append(lead_id)
            kept = _since_import(conn, dict(batch.counts or {}), changed, removed + restored)
            removed = [i for i in removed if i not in kept]
            restored = [i for i in restored if i not in kept]
            old_values = {r[0]: (r[2], r[4]) for r in undo_rows if r[1] == "updated"}
            for lead_id in restored:
                self._restore(conn, lead_id, *old_values[lead_id], at)
            for chunk in chunks(removed):
                conn.execute(delete(LEADS).where(LEADS.c.id.in_(chunk)))
        return removed, restored, kept

    def _restore(
        self, conn: Connection, lead_id: int, old: Mapping[str, Any], version: int, at: datetime
    ) -> None:
        """Write back what the import overwrote, guarded by the version it left."""
        values = with_keys(_from_json(old))
        conn.execute(
            update(LEADS)
            .where(LEADS.c.id == lead_id, LEADS.c.version == version)
            .values(**values, updated_at=at, version=LEADS.c.version + 1)
        )

    def batches(self) -> list[ImportBatch]:
        with unit.connect(self.engine) as conn:
            rows = conn.execute(
                select(BATCHES).where(BATCHES.c.kind == "leads").order_by(BATCHES.c.id.desc())
            )
            return [import_batch_from_row(r) for r in rows]

    def write_error_workbook(
        self, path: Path, headers: Sequence[str], problems: Sequence[RowProblem]
    ) -> Path:
        return write_error_workbook(path, headers, problems)
