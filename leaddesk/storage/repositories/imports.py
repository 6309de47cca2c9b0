"""Writing an import: Core batched inserts and updates in ONE transaction, and undo.

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

from sqlalchemy import (
    JSON,
    Connection,
    Dialect,
    Table,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    text,
    update,
)

from leaddesk.core.errors import ImportFileError, LeadDeskError
from leaddesk.core.importing.duplicates import LeadUpdate, MatchIndex, name_company_key
from leaddesk.core.importing.rows import RowProblem
from leaddesk.core.importing.service import SinceImport
from leaddesk.core.leads import LEAD_FIELDS, ImportBatch, InteractionKind
from leaddesk.core.stages import Stage
from leaddesk.core.values import phone_match_key
from leaddesk.storage import unit
from leaddesk.storage.db import Database
from leaddesk.storage.models import (
    ImportBatchRow,
    ImportUndoRow,
    InteractionRow,
    LeadRow,
    StageChangeRow,
)
from leaddesk.storage.repositories.leads import email_key, import_batch_from_row, phone_key
from leaddesk.storage.team import lock_for_import
from leaddesk.storage.writing.error_workbook import write_error_workbook

LEADS = LeadRow.__table__
UNDO = ImportUndoRow.__table__
BATCHES = ImportBatchRow.__table__
STAGE_CHANGES = StageChangeRow.__table__
INTERACTIONS = InteractionRow.__table__
ID_CHUNK = 900  # under SQLite's bound-parameter limit
EMPTY_FIELDS: dict[str, Any] = {
    name: (None if name in ("company_size", "budget") else "") for name in LEAD_FIELDS
}


def _processed(tbl: Table, values: dict[str, Any], dialect: Dialect) -> dict[str, Any]:
    """``values`` as the driver takes them (dates as SQLite text, JSON as text …)."""
    out = {}
    for name, value in values.items():
        processor = tbl.c[name].type._cached_bind_processor(dialect)
        out[name] = processor(value) if processor is not None else value
    return out


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
    for chunk in _chunks(changed + others):
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


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), ID_CHUNK):
        yield list(ids[start : start + ID_CHUNK])


def _json_safe(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in values.items()}


def _from_json(values: Mapping[str, Any]) -> dict[str, Any]:
    restored = dict(values)
    if restored.get("budget") is not None:
        restored["budget"] = Decimal(str(restored["budget"]))
    return restored


def _with_keys(values: dict[str, Any]) -> dict[str, Any]:
    if "email" in values:
        values["email_key"] = email_key(values["email"] or "")
    if "phone" in values:
        values["phone_key"] = phone_key(values["phone"] or "")
    return values


def load_match_index(conn: Connection) -> MatchIndex:
    """The duplicate keys of every stored lead."""
    index = MatchIndex()
    query = select(
        LEADS.c.id,
        LEADS.c.email_key,
        LEADS.c.phone_key,
        LEADS.c.first_name,
        LEADS.c.last_name,
        LEADS.c.company,
    )
    by_email, by_phone, by_name, ids, emails = (
        index.by_email,
        index.by_phone,
        index.by_name_company,
        index.ids,
        index.emails,
    )
    for lead_id, e_key, p_key, first, last, company in conn.execute(query):
        ids.add(lead_id)
        if e_key:
            by_email.setdefault(e_key, lead_id)
            emails[lead_id] = e_key
        if p_key:
            key = phone_match_key(p_key)
            if key:
                by_phone.setdefault(key, lead_id)
        if company:
            by_name.setdefault(name_company_key(first, last, company), lead_id)
    return index


def load_current(conn: Connection, lead_ids: list[int]) -> dict[int, dict[str, Any]]:
    columns = [LEADS.c[name] for name in LEAD_FIELDS]
    found: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(lead_ids):
        query = select(
            LEADS.c.id, LEADS.c.custom, LEADS.c.version, LEADS.c.import_batch_id, *columns
        ).where(LEADS.c.id.in_(chunk))
        for row in conn.execute(query).mappings():
            found[row["id"]] = dict(row)
    return found


class SqlImportWriter:
    """One import inside one open transaction."""

    def __init__(self, conn: Connection, batch_id: int, at: datetime, actor: str, stage: Stage):
        self.conn = conn
        self.batch_id = batch_id
        self.at = at
        self.actor = actor
        self.stage = stage
        self.template: dict[str, Any] = {
            **EMPTY_FIELDS,
            "stage": stage.value,
            "email_key": "",
            "phone_key": "",
            "custom": {},
            "score": 0,
            "fit_score": 0,
            "engagement_score": 0,
            "fit_grade": "D",
            "stage_entered_at": at,
            "last_interaction_at": None,
            "created_at": at,
            "updated_at": at,
            "import_batch_id": batch_id,
            "archived": False,
            "version": 1,
        }
        if actor:
            self.template["owner"] = actor
        dialect = conn.dialect
        # Bind processing done once per constant and only for the columns that need it:
        # the insert below then goes through Core without per-value type work.
        self.template = _processed(LEADS, self.template, dialect)
        # Table order, so the compiled INSERT takes each row as it is built (no reordering).
        self.names = [c.name for c in LEADS.c if c.name == "id" or c.name in self.template]
        self.bind = {
            c.name: p
            for c in LEADS.c
            if c.name in LEAD_FIELDS + ("custom",)
            and (p := c.type._cached_bind_processor(dialect)) is not None
        }
        self.change_template = _processed(
            STAGE_CHANGES,
            {
                "from_stage": None,
                "to_stage": stage.value,
                "at": at,
                "reason": "imported",
                "automatic": False,
                "actor": actor,
                "override": False,
                "interaction_id": None,
                "score": None,
            },
            dialect,
        )

    def match_index(self) -> MatchIndex:
        return load_match_index(self.conn)

    def current_values(self, lead_ids: list[int]) -> dict[int, dict[str, Any]]:
        return load_current(self.conn, lead_ids)

    def write(self, new: list[dict[str, Any]], updates: list[LeadUpdate]) -> list[int]:
        created = self._insert(new) if new else []
        if updates:
            self._update(updates)
        return created

    def _insert(self, new: list[dict[str, Any]]) -> list[int]:
        ids = self._next_ids(len(new))
        names = self.names
        slot = {name: i for i, name in enumerate(names)}
        base = [None if n == "id" else self.template[n] for n in names]
        bind = {slot[n]: p for n, p in self.bind.items()}
        email_at, phone_at, key_at, pkey_at = (
            slot["email"], slot["phone"], slot["email_key"], slot["phone_key"]
        )  # fmt: skip
        rows: list[list[Any]] = []
        for lead_id, values in zip(ids, new, strict=True):
            row = base.copy()
            row[0] = lead_id
            for name, value in values.items():
                at = slot[name]
                processor = bind.get(at)
                row[at] = value if processor is None else processor(value)
            row[key_at] = email_key(row[email_at])
            row[pkey_at] = phone_key(row[phone_at])
            rows.append(row)
        self._insert_many(LEADS, names, rows)
        template = self.change_template
        columns = [c.name for c in STAGE_CHANGES.c if c.name == "lead_id" or c.name in template]
        at = columns.index("lead_id")
        constant = [template.get(c) for c in columns]
        rows = []
        for lead_id in ids:
            row = constant.copy()
            row[at] = lead_id
            rows.append(row)
        self._insert_many(STAGE_CHANGES, columns, rows)
        return ids

    def _insert_many(self, tbl: Table, names: list[str], rows: list[list[Any]]) -> None:
        """A Core ``insert()`` compiled once and run as one executemany on values already
        processed for the driver: SQLAlchemy's per-row parameter handling would cost more
        than validating the row."""
        compiled = insert(tbl).compile(dialect=self.conn.dialect, column_keys=names)
        if compiled.positional:
            order = [names.index(n) for n in (compiled.positiontup or names)]
            if order == list(range(len(names))):
                params: list[Any] = [tuple(r) for r in rows]
            else:
                params = [tuple(r[i] for i in order) for r in rows]
        else:
            params = [dict(zip(names, r, strict=True)) for r in rows]
        self.conn.exec_driver_sql(str(compiled), params)

    def _next_ids(self, count: int) -> list[int]:
        """Ids for the new leads, taken before inserting so they are known without RETURNING
        (which SQLite can only order row by row)."""
        if self.conn.dialect.name == "postgresql":
            sequence = text("SELECT nextval(pg_get_serial_sequence('leads', 'id')) "
                            "FROM generate_series(1, :n)")  # fmt: skip
            return [r[0] for r in self.conn.execute(sequence, {"n": count})]
        start = self.conn.execute(select(func.coalesce(func.max(LEADS.c.id), 0))).scalar_one()
        return list(range(start + 1, start + 1 + count))

    def _update(self, updates: list[LeadUpdate]) -> None:
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for item in updates:
            values = _with_keys(dict(item.values))
            names = tuple(sorted(values))
            params = {f"v_{k}": v for k, v in values.items()}
            params.update(b_id=item.lead_id, b_version=item.version)
            groups.setdefault(names, []).append(params)
        for names, params in groups.items():
            stmt = (
                update(LEADS)
                .where(LEADS.c.id == bindparam("b_id"), LEADS.c.version == bindparam("b_version"))
                .values(
                    {
                        **{n: bindparam(f"v_{n}") for n in names},
                        "updated_at": self.at,
                        "version": LEADS.c.version + 1,
                    }
                )
            )
            result = self.conn.execute(stmt, params)
            if result.rowcount not in (-1, len(params)):
                raise ImportFileError(
                    "some leads were changed by someone else while the import ran; nothing "
                    "was imported — run it again"
                )
        self.conn.execute(
            insert(UNDO),
            [
                {
                    "batch_id": self.batch_id,
                    "lead_id": item.lead_id,
                    "action": "updated",
                    "old_values": _json_safe(item.old_values),
                    "version_after": item.version + 1,
                }
                for item in updates
            ],
        )

    def finish(self, counts: Mapping[str, int]) -> int:
        self.conn.execute(
            update(BATCHES).where(BATCHES.c.id == self.batch_id).values(counts=dict(counts))
        )
        return self.batch_id


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
        self, file_name: str, mapping: Mapping[str, str], at: datetime, actor: str, stage: Stage
    ) -> Iterator[SqlImportWriter]:
        """One transaction (or a savepoint of the open unit): committed when the block ends,
        rolled back on any exception."""
        with unit.begin(self.engine) as conn:
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
            yield SqlImportWriter(conn, batch_id, at, actor, stage)

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
            for chunk in _chunks(removed):
                conn.execute(delete(LEADS).where(LEADS.c.id.in_(chunk)))
        return removed, restored, kept

    def _restore(
        self, conn: Connection, lead_id: int, old: Mapping[str, Any], version: int, at: datetime
    ) -> None:
        """Write back what the import overwrote, guarded by the version it left."""
        values = _with_keys(_from_json(old))
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
