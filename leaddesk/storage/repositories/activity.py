"""Writing imported activity: interactions (and leads created for unknown people) in one
transaction, with Core inserts; undo by import batch."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from leaddesk.core.activity.events import Event
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.stages import Stage
from leaddesk.storage import unit
from leaddesk.storage.db import Database
from leaddesk.storage.models import (
    ImportBatchRow,
    ImportUndoRow,
    InteractionRow,
    LeadRow,
    StageChangeRow,
)
from leaddesk.storage.repositories.rows import email_key

INTERACTIONS = InteractionRow.__table__
LEADS = LeadRow.__table__
BATCHES = ImportBatchRow.__table__
UNDO = ImportUndoRow.__table__
CHANGES = StageChangeRow.__table__
CHUNK = 900  # below SQLite's bound-parameter limit for IN (...) on old versions
SCAN_FROM = 5000  # more leads than this: read the whole table rather than look each up
KEY_CHUNK = 5000  # natural keys looked up per query (SQLite ≥ 3.32 allows 32,766)


_KIND_VALUES = {kind: kind.value for kind in InteractionKind}
_OFFER_VALUES: dict[Offer | None, str | None] = {offer: offer.value for offer in Offer}
_OFFER_VALUES[None] = None
#: SQLite's page cache for an import's transaction (KiB): the interactions' indexes of a
#: million-event import stay in memory instead of going back and forth to the file.
IMPORT_CACHE_KIB = 256 * 1024


def _time_binder(dialect: Any) -> Callable[[datetime], Any]:
    """An aware datetime → what the driver is given for ``occurred_at``."""
    generic = INTERACTIONS.c.occurred_at.type._cached_bind_processor(dialect)
    if dialect.name != "sqlite":
        return generic  # type: ignore[no-any-return]

    def sqlite_text(value: datetime) -> str:
        # The text SQLAlchemy's SQLite DateTime stores (naive UTC, with microseconds),
        # made in one call instead of two conversions and a format.
        if value.tzinfo is UTC:
            return value.replace(tzinfo=None).isoformat(" ", "microseconds")
        return generic(value)  # type: ignore[no-any-return]

    return sqlite_text


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ActivityTransaction:
    """One activity import inside one open transaction."""

    def __init__(
        self, conn: Connection, batch_id: int, at: datetime, actor: str, keys_before: bool = True
    ) -> None:
        self.conn = conn
        #: False when no event key was stored when this (SQLite, so sole writer) transaction
        #: began: then none of this import's events can be stored already, and the keys are
        #: not looked up (this import's own repeats are caught before they get here).
        self.keys_before = keys_before
        self.batch_id = batch_id
        self.at = at
        self.actor = actor
        dialect = conn.dialect
        # Bind processing done once per column, not once per value: a million events.
        self._when = _time_binder(dialect)
        self._empty_data = INTERACTIONS.c.data.type._cached_bind_processor(dialect)({})
        self.touched: set[int] = set()

    def existing_keys(self, keys: Sequence[str]) -> set[str]:
        """The natural keys among ``keys`` stored before this import (by earlier ones)."""
        found: set[str] = set()
        if not self.keys_before:
            return found
        # Straight to the driver: compiling an IN list of thousands of parameters costs more
        # than the look-up. Sorted, so that the index pages are visited in order.
        cursor = self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            for chunk in _chunks(sorted(keys), KEY_CHUNK):
                cursor.execute(self._lookup_sql(len(chunk)), list(chunk))
                found.update(row[0] for row in cursor.fetchall())
        finally:
            cursor.close()
        return found

    def _lookup_sql(self, count: int) -> str:
        mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        return (
            f"SELECT natural_key FROM {INTERACTIONS.name} "
            f"WHERE natural_key IN ({', '.join([mark] * count)})"
        )

    def create_leads(
        self, people: Mapping[str, Mapping[str, str]], source_channel: str
    ) -> dict[str, int]:
        """A lead per unknown email (in Lead), recorded for undo; returns email key → id."""
        created: dict[str, int] = {}
        for email, person in people.items():
            lead_id = self.conn.execute(
                insert(LEADS).values(
                    stage=Stage.LEAD.value,
                    email=email,
                    email_key=email_key(email),
                    first_name=person.get("first_name", ""),
                    last_name=person.get("last_name", ""),
                    company=person.get("company", ""),
                    source_channel=source_channel,
                    phone="",
                    phone_key="",
                    job_title="",
                    industry="",
                    country="",
                    city="",
                    website="",
                    campaign="",
                    owner=self.actor,
                    email_status="",
                    custom={},
                    score=0,
                    fit_score=0,
                    engagement_score=0,
                    fit_grade="D",
                    stage_entered_at=self.at,
                    created_at=self.at,
                    updated_at=self.at,
                    import_batch_id=self.batch_id,
                    archived=False,
                    version=1,
                )
            ).inserted_primary_key[0]
            created[email] = lead_id
        if created:
            self.conn.execute(
                insert(CHANGES),
                [
                    {
                        "lead_id": i,
                        "from_stage": None,
                        "to_stage": Stage.LEAD.value,
                        "at": self.at,
                        "reason": "created by an activity import",
                        "automatic": False,
                        "actor": self.actor,
                        "override": False,
                        "interaction_id": None,
                        "score": None,
                    }
                    for i in created.values()
                ],
            )
            self.conn.execute(
                insert(UNDO),
                [
                    {
                        "batch_id": self.batch_id,
                        "lead_id": i,
                        "action": "created",
                        "old_values": {},
                        "version_after": 1,
                    }
                    for i in created.values()
                ],
            )
        return created

    def insert_events(self, events: Iterable[tuple[int, Event]]) -> int:
        """Insert (lead id, event) pairs; returns how many.

        A million rows go straight to the driver's executemany: SQLAlchemy's per-row
        parameter building would cost more than the database's own work.
        """
        when, empty, batch = self._when, self._empty_data, self.batch_id
        kinds, offers = _KIND_VALUES, _OFFER_VALUES
        rows = [
            (
                lead_id,
                kinds[e.kind],
                when(e.occurred_at),
                e.detail,
                offers[e.offer],
                e.campaign,
                empty,
                "",
                batch,
                e.natural_key,
            )
            for lead_id, e in events
        ]
        if rows:
            self.conn.exec_driver_sql(self._insert_sql, rows)
            self.touched.update(r[0] for r in rows)
        return len(rows)

    @property
    def _insert_sql(self) -> str:
        columns = (
            "lead_id",
            "kind",
            "occurred_at",
            "detail",
            "offer",
            "campaign",
            "data",
            "actor",
            "import_batch_id",
            "natural_key",
        )
        mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        return (
            f"INSERT INTO {INTERACTIONS.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join([mark] * len(columns))})"
        )

    def finish(self, counts: Mapping[str, int], mapping: Mapping[str, Any]) -> bool:
        """Bring each touched lead's last interaction up to date; store the batch's counts.

        An import that added nothing leaves no batch behind (nothing to undo or report on);
        returns whether the batch was kept.
        """
        if not self.touched and not counts.get("leads_created"):
            self.conn.execute(delete(BATCHES).where(BATCHES.c.id == self.batch_id))
            return False
        refresh_last_interaction(self.conn, sorted(self.touched))
        self.conn.execute(
            update(BATCHES)
            .where(BATCHES.c.id == self.batch_id)
            .values(counts=dict(counts), mapping=dict(mapping))
        )
        return True


def _any_keys(conn: Connection) -> bool:
    """Whether any imported event is stored. Always "yes" on PostgreSQL: there another
    user's import may commit keys while this one runs; SQLite has one writer at a time."""
    if conn.dialect.name != "sqlite":
        return True
    keyed = select(INTERACTIONS.c.id).where(INTERACTIONS.c.natural_key.is_not(None)).limit(1)
    return conn.execute(keyed).first() is not None


def refresh_last_interaction(conn: Connection, lead_ids: Sequence[int]) -> None:
    latest = (
        select(func.max(INTERACTIONS.c.occurred_at))
        .where(INTERACTIONS.c.lead_id == LEADS.c.id)
        .scalar_subquery()
    )
    # updated_at too: other users' copies poll it to see the new history on these leads.
    now = datetime.now(UTC)
    for chunk in _chunks(list(lead_ids)):
        conn.execute(
            update(LEADS)
            .where(LEADS.c.id.in_(chunk))
            .values(last_interaction_at=latest, updated_at=now)
        )


@contextmanager
def large_cache(conn: Connection, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """A larger SQLite page cache while an import runs, the usual one once it is committed
    (the connection goes back to the pool). Only memory is given: durability is as ever."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.dbapi_connection  # a pragma outside SQLAlchemy's transaction
    assert driver is not None
    before = driver.execute("PRAGMA cache_size").fetchone()[0]
    driver.execute(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # a broken connection: the first error is the story
            driver.execute(f"PRAGMA cache_size={int(before)}")


class SqlActivityStore:
    """Activity imports on SQLite or PostgreSQL."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def lead_index(self) -> tuple[dict[str, int], set[int]]:
        """Every live lead's email key → id, and the set of ids."""
        by_email: dict[str, int] = {}
        ids: set[int] = set()
        query = select(LEADS.c.id, LEADS.c.email_key).where(LEADS.c.archived.is_(False))
        with unit.connect(self.db.engine) as conn:
            for lead_id, key in conn.execute(query):
                ids.add(lead_id)
                if key:
                    by_email.setdefault(key, lead_id)
        return by_email, ids

    def existing_keys(self, keys: Sequence[str]) -> set[str]:
        with unit.connect(self.db.engine) as conn:
            return ActivityTransaction(conn, 0, datetime.now(), "").existing_keys(keys)

    def stages(self, lead_ids: Sequence[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        with unit.connect(self.db.engine) as conn:
            if len(lead_ids) > SCAN_FROM:  # an import touched many: one pass, then pick
                wanted = set(lead_ids)
                every = conn.execute(select(LEADS.c.id, LEADS.c.stage))
                return {lead_id: stage for lead_id, stage in every if lead_id in wanted}
            for chunk in _chunks(list(lead_ids)):
                query = select(LEADS.c.id, LEADS.c.stage).where(LEADS.c.id.in_(chunk))
                found.update((lead_id, stage) for lead_id, stage in conn.execute(query))
        return found

    @contextmanager
    def transaction(
        self, file_name: str, at: datetime, actor: str
    ) -> Iterator[ActivityTransaction]:
        """All or nothing: an exception (or a cancel) inside rolls everything back."""
        with unit.begin(self.db.engine) as conn, large_cache(conn):
            batch_id = conn.execute(
                insert(BATCHES).values(
                    file_name=file_name,
                    kind="activity",
                    created_at=at,
                    counts={},
                    mapping={},
                    actor=actor,
                )
            ).inserted_primary_key[0]
            yield ActivityTransaction(conn, batch_id, at, actor, _any_keys(conn))

    def undo(self, batch_id: int, at: datetime) -> tuple[int, list[int], list[int]]:
        """Remove the batch's interactions and the leads it created (unless edited since).

        Returns (interactions removed, leads removed, leads left whose activity changed or
        that were kept because edited): those to rescore.
        """
        with unit.begin(self.db.engine) as conn:
            touched = list(
                conn.scalars(
                    select(INTERACTIONS.c.lead_id)
                    .where(INTERACTIONS.c.import_batch_id == batch_id)
                    .distinct()
                )
            )
            removed = conn.execute(
                delete(INTERACTIONS).where(INTERACTIONS.c.import_batch_id == batch_id)
            ).rowcount
            created = conn.execute(
                select(UNDO.c.lead_id, UNDO.c.version_after, LEADS.c.version)
                .join(LEADS, LEADS.c.id == UNDO.c.lead_id)
                .where(UNDO.c.batch_id == batch_id, UNDO.c.action == "created")
            ).all()
            gone = [i for i, after, now in created if after == now]
            for chunk in _chunks(gone):
                conn.execute(delete(LEADS).where(LEADS.c.id.in_(chunk)))
            gone_ids = set(gone)
            remaining = [i for i in touched if i not in gone_ids]
            refresh_last_interaction(conn, remaining)
            conn.execute(update(BATCHES).where(BATCHES.c.id == batch_id).values(undone_at=at))
        kept = {i for i, after, now in created if after != now}  # edited since: rescored too
        return removed, gone, sorted(kept | set(remaining))
