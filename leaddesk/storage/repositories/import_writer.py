"""One import written inside its transaction: the stored leads' match keys and values read,
new leads inserted with Core in batches, matched ones updated beside their undo rows."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, Dialect, Table, bindparam, func, insert, select, text, update

from leaddesk.core.errors import ImportFileError
from leaddesk.core.importing.duplicates import LeadUpdate, MatchIndex, name_company_key
from leaddesk.core.leads import LEAD_FIELDS
from leaddesk.core.stages import Stage
from leaddesk.core.values import phone_match_key
from leaddesk.storage.models import ImportBatchRow, ImportUndoRow, LeadRow, StageChangeRow
from leaddesk.storage.repositories.rows import derived_keys, email_key, phone_key

#: distinct sets of custom-field values an import remembers the JSON of, at a time
REMEMBERED_JSON = 20_000
LEADS = LeadRow.__table__
UNDO = ImportUndoRow.__table__
BATCHES = ImportBatchRow.__table__
STAGE_CHANGES = StageChangeRow.__table__
ID_CHUNK = 900  # under SQLite's bound-parameter limit
#: From this many rows in the file on, an import into a table no bigger than that builds its
#: indexes after the rows are in (see :func:`indexes_built_after`).
BULK_FROM_ROWS = 20_000
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


def chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), ID_CHUNK):
        yield list(ids[start : start + ID_CHUNK])


def _json_safe(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in values.items()}


def with_keys(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with the duplicate keys of its email and phone beside them."""
    values.update(derived_keys(values))
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
    for chunk in chunks(lead_ids):
        query = select(
            LEADS.c.id, LEADS.c.custom, LEADS.c.version, LEADS.c.import_batch_id, *columns
        ).where(LEADS.c.id.in_(chunk))
        for row in conn.execute(query).mappings():
            found[row["id"]] = dict(row)
    return found


@contextmanager
def indexes_built_after(conn: Connection, expected_rows: int) -> Iterator[None]:
    """SQLite: the secondary indexes of ``leads`` and ``stage_changes`` set aside while an
    import brings at least as many rows as such a table holds, and built again (one sorted
    pass instead of an update per row) before the transaction ends. Both happen inside it,
    so a cancel, an error or a crash rolls the drop back with the rest. Not on PostgreSQL,
    where dropping an index would block every reader of the table until the commit."""
    if conn.dialect.name != "sqlite" or expected_rows < BULK_FROM_ROWS:
        yield
        return
    rebuild: list[str] = []
    for tbl in (LEADS, STAGE_CHANGES):
        held = conn.execute(select(func.count()).select_from(tbl)).scalar_one()
        if expected_rows < held:
            continue
        found = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
            (tbl.name,),
        ).all()
        for name, sql in found:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
            rebuild.append(sql)
    yield
    for sql in rebuild:
        conn.exec_driver_sql(sql)


class SqlImportWriter:
    """One import inside one open transaction."""

    def __init__(
        self,
        conn: Connection,
        batch_id: int,
        at: datetime,
        actor: str,
        stage: Stage,
        outcome_column: str = "",
    ):
        self.outcome_reason = f"imported; the stage from the column {outcome_column!r}"
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
        if "custom" in self.bind:
            self.bind["custom"] = _remembered(self.bind["custom"])
        self._budget = _read_back_budget(dialect.name)
        self._custom_back = _remembered(_through_json)
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

    def read_back(
        self, new: Sequence[Mapping[str, Any]], fields: Collection[str]
    ) -> tuple[dict[str, list[Any]], list[dict[str, Any]] | None] | None:
        """The ``fields`` (custom ones as ``custom.<name>``) of leads about to be inserted,
        as a rescore would read them back once written: the standard ones by name, and the
        custom fields of each lead when any is asked for. None when a value's stored form is
        not certain here (it is then scored after it is written)."""
        standard: dict[str, list[Any]] = {}
        for name in fields:
            if name not in LEAD_FIELDS:
                continue
            default = self.template[name]
            column = [values.get(name, default) for values in new]
            if name == "budget":
                back = self._budget
                column = [None if v is None else back(v) for v in column]
            elif name == "company_size":
                if any(v is not None and v.__class__ is not int for v in column):
                    return None
            elif any(v.__class__ is not str for v in column):
                return None
            standard[name] = column
        if all(name in LEAD_FIELDS for name in fields):
            return standard, None
        back = self._custom_back
        return standard, [back(values.get("custom") or {}) for values in new]

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
        # one look-up per value: where it goes, and the driver conversion when it needs one
        plain = {n: i for n, i in slot.items() if n not in self.bind}
        converted = {n: (slot[n], p) for n, p in self.bind.items()}
        email_at, phone_at, key_at, pkey_at = (
            slot["email"], slot["phone"], slot["email_key"], slot["phone_key"]
        )  # fmt: skip
        rows: list[list[Any]] = []
        for lead_id, values in zip(ids, new, strict=True):
            row = base.copy()
            row[0] = lead_id
            for name, value in values.items():
                at = plain.get(name)
                if at is None:
                    at, processor = converted[name]
                    value = processor(value)
                row[at] = value
            row[key_at] = email_key(row[email_at])
            row[pkey_at] = phone_key(row[phone_at])
            rows.append(row)
        self._insert_many(LEADS, names, rows)
        template = self.change_template
        columns = [c.name for c in STAGE_CHANGES.c if c.name == "lead_id" or c.name in template]
        at = columns.index("lead_id")
        constant = [template.get(c) for c in columns]
        to_at, reason_at = columns.index("to_stage"), columns.index("reason")
        rows = []
        for lead_id, values in zip(ids, new, strict=True):
            row = constant.copy()
            row[at] = lead_id
            if "stage" in values:  # the file's outcome or stage column put it there
                row[to_at], row[reason_at] = values["stage"], self.outcome_reason
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
            values = with_keys(dict(item.values))
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


def _remembered(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` for a dict of custom fields, each distinct set of values converted once:
    a list's rows mostly repeat a few (a date, a yes/no), and JSON costs more than the
    insert. The key holds each value's type beside the items (1, 1.0 and True are equal
    keys otherwise); values that cannot be a key (a list) are converted every time."""
    remembered: dict[Any, Any] = {}

    def process(value: Any) -> Any:
        if not isinstance(value, dict) or not value:
            return convert(value)
        key = (*value.items(), *map(type, value.values()))
        try:
            found = remembered.get(key, remembered)
        except TypeError:
            return convert(value)
        if found is remembered:
            if len(remembered) >= REMEMBERED_JSON:
                remembered.clear()
            remembered[key] = found = convert(value)
        return found

    return process


def _through_json(value: Any) -> Any:
    """A value as the database gives it back from a JSON column: written, then read."""
    return json.loads(json.dumps(value))


def _read_back_budget(dialect: str) -> Callable[[Any], Any]:
    """A budget as a rescore reads it back (``scoring._decimals`` of the driver's value):
    SQLite keeps a float, as an integer when it is a whole one (the column's NUMERIC
    affinity); PostgreSQL's numeric(14,2) rounds to cents, half away from zero."""
    cents = Decimal("0.01")

    def sqlite(value: Any) -> Any:
        number = float(value)
        if number.is_integer() and -(2**51) <= number < 2**51:  # SQLite's own test
            return Decimal(int(number))
        return Decimal(str(number))

    def postgresql(value: Any) -> Any:
        return Decimal(value).quantize(cents, rounding=ROUND_HALF_UP)

    return sqlite if dialect == "sqlite" else postgresql
