"""Writing an import: Core batched inserts and updates in ONE transaction, and undo.

Every import is an ``import_batches`` row; every lead it created or changed has an
``import_undo`` row (old values of what it overwrote and the version it left), so undo can
restore exactly — and leave alone a lead edited since.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Dialect,
    Table,
    bindparam,
    column,
    delete,
    func,
    insert,
    select,
    table,
    text,
    update,
)
from sqlalchemy.sql.expression import TableClause

from leaddesk.core.errors import ImportFileError, LeadDeskError
from leaddesk.core.import_rows import LeadUpdate, MatchIndex, RowProblem, name_company_key
from leaddesk.core.import_values import cell_text, phone_match_key
from leaddesk.core.leads import LEAD_FIELDS, ImportBatch
from leaddesk.core.stages import Stage
from leaddesk.storage.db import Database
from leaddesk.storage.models import (
    ImportBatchRow,
    ImportUndoRow,
    LeadRow,
    StageChangeRow,
)
from leaddesk.storage.repositories import email_key, phone_key
from leaddesk.storage.team import lock_for_import

LEADS = LeadRow.__table__
UNDO = ImportUndoRow.__table__
BATCHES = ImportBatchRow.__table__
STAGE_CHANGES = StageChangeRow.__table__
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


def _light(tbl: Table, sample: Mapping[str, Any]) -> TableClause:
    """The same table without column types, for values already processed by ``_processed``."""
    return table(tbl.name, *(column(name) for name in sample))


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
    by_email, by_phone, by_name, ids = (
        index.by_email,
        index.by_phone,
        index.by_name_company,
        index.ids,
    )
    for lead_id, e_key, p_key, first, last, company in conn.execute(query):
        ids.add(lead_id)
        if e_key:
            by_email.setdefault(e_key, lead_id)
        if p_key:
            key = phone_match_key(p_key)
            if key:
                by_phone.setdefault(key, lead_id)
        if company and (first or last):
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
        self.undo_template = _processed(
            UNDO,
            {"batch_id": batch_id, "action": "created", "old_values": {}, "version_after": 1},
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
        template, bind = self.template, self.bind
        ids = self._next_ids(len(new))
        rows = []
        for lead_id, values in zip(ids, new, strict=True):
            row = {**template, **values}
            row["id"] = lead_id
            row["email_key"] = email_key(row["email"])
            row["phone_key"] = phone_key(row["phone"])
            for name in bind.keys() & values.keys():
                row[name] = bind[name](values[name])
            rows.append(row)
        self.conn.execute(insert(_light(LEADS, rows[0])), rows)
        changes = [{**self.change_template, "lead_id": i} for i in ids]
        self.conn.execute(insert(_light(STAGE_CHANGES, changes[0])), changes)
        undo = [{**self.undo_template, "lead_id": i} for i in ids]
        self.conn.execute(insert(_light(UNDO, undo[0])), undo)
        return ids

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
                        "import_batch_id": self.batch_id,
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
        with self.engine.connect() as conn:
            return load_match_index(conn)

    def current_values(self, lead_ids: list[int]) -> dict[int, dict[str, Any]]:
        with self.engine.connect() as conn:
            return load_current(conn, lead_ids)

    @contextmanager
    def begin_import(
        self, file_name: str, mapping: Mapping[str, str], at: datetime, actor: str, stage: Stage
    ) -> Iterator[SqlImportWriter]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        with self.engine.begin() as conn:
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
        version = select(LEADS.c.version).where(LEADS.c.id == UNDO.c.lead_id).scalar_subquery()
        with self.engine.begin() as conn:
            conn.execute(
                update(UNDO).where(UNDO.c.batch_id == batch_id).values(version_after=version)
            )

    def undo_import(self, batch_id: int, at: datetime) -> tuple[list[int], list[int], list[int]]:
        with self.engine.begin() as conn:
            batch = conn.execute(select(BATCHES).where(BATCHES.c.id == batch_id)).first()
            if batch is None:
                raise ImportUndoRefused(f"Import {batch_id} does not exist.")
            if batch.undone_at is not None:
                raise ImportUndoRefused(f"The import of {batch.file_name} was already undone.")
            conn.execute(update(BATCHES).where(BATCHES.c.id == batch_id).values(undone_at=at))
            query = (
                select(UNDO.c.lead_id, UNDO.c.action, UNDO.c.old_values, UNDO.c.version_after,
                       LEADS.c.version)
                .join(LEADS, LEADS.c.id == UNDO.c.lead_id)
                .where(UNDO.c.batch_id == batch_id)
            )  # fmt: skip
            removed, restored, kept = [], [], []
            for lead_id, action, old, version_after, version in conn.execute(query).all():
                if version != version_after:
                    kept.append(lead_id)
                elif action == "created":
                    removed.append(lead_id)
                else:
                    self._restore(conn, lead_id, old, version, at)
                    restored.append(lead_id)
            for chunk in _chunks(removed):
                conn.execute(delete(LEADS).where(LEADS.c.id.in_(chunk)))
        return removed, restored, kept

    def _restore(
        self, conn: Connection, lead_id: int, old: Mapping[str, Any], version: int, at: datetime
    ) -> None:
        values = _with_keys(_from_json(old))
        conn.execute(
            update(LEADS)
            .where(LEADS.c.id == lead_id, LEADS.c.version == version)
            .values(**values, updated_at=at, version=LEADS.c.version + 1)
        )

    def batches(self) -> list[ImportBatch]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(BATCHES).where(BATCHES.c.kind == "leads").order_by(BATCHES.c.id.desc())
            )
            return [
                ImportBatch(
                    id=r.id,
                    file_name=r.file_name,
                    kind=r.kind,
                    created_at=r.created_at,
                    counts=dict(r.counts or {}),
                    mapping=dict(r.mapping or {}),
                    undone_at=r.undone_at,
                    actor=r.actor,
                )
                for r in rows
            ]

    def write_error_workbook(
        self, path: Path, headers: Sequence[str], problems: Sequence[RowProblem]
    ) -> Path:
        return write_error_workbook(path, headers, problems)


def write_error_workbook(
    path: Path, headers: Sequence[str], problems: Sequence[RowProblem]
) -> Path:
    """The rejected rows as given plus a 'reason' column; every cell written as text, so
    nothing a spreadsheet would run as a formula is ever run."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_formulas": False}
    )
    try:
        sheet = workbook.add_worksheet("Rejected rows")
        bold = workbook.add_format({"bold": True})
        for col, name in enumerate([*headers, "reason"]):
            sheet.write_string(0, col, name, bold)
        reason_col = len(headers)
        for out_row, problem in enumerate(sorted(problems, key=lambda p: p.row), start=1):
            for col, cell in enumerate(problem.cells[:reason_col]):
                text = cell_text(cell)
                if text:
                    sheet.write_string(out_row, col, text[:32767])
            sheet.write_string(out_row, reason_col, problem.message)
        sheet.freeze_panes(1, 0)
        sheet.set_column(reason_col, reason_col, 60)
    finally:
        workbook.close()
    return path
