"""The shared database seen by many users: others' changes, lost connections, import locks."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, func, inspect, select, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.core.changes import Changes
from leaddesk.core.errors import DatabaseOpenError, DatabaseUnavailable
from leaddesk.core.stages import Stage
from leaddesk.core.team.service import ConnectionReport
from leaddesk.storage.db import _check_revision_known as check_revision_known
from leaddesk.storage.db import head_revision, open_database
from leaddesk.storage.locations import normalise_url
from leaddesk.storage.models import LeadRow, StageChangeRow

#: How far behind the newest change a poll looks again. Writers stamp ``updated_at`` with their
#: own clock when their transaction starts, and a long transaction (an import) commits later:
#: re-reading this window catches those late commits and modest clock differences.
LOOKBACK = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class _Seen:
    version: int
    updated_at: datetime
    stage: str


class SqlChangeWatcher:
    """Finds leads changed since the last poll from an indexed ``updated_at`` watermark.

    Each poll reads only (id, version, updated_at, stage, archived) of rows stamped within
    :data:`LOOKBACK` of the newest stamp seen, so it stays cheap however big the table is.
    """

    def __init__(self, session_factory: sessionmaker[Session], lookback: timedelta = LOOKBACK):
        self._session = session_factory
        self._lookback = lookback
        self._watermark: datetime | None = None
        self._seen: dict[int, _Seen] = {}
        self._primed = False
        self._count = 0

    def poll(self) -> Changes:
        """What others (and this user) changed since the previous poll; nothing the first time."""
        with self._session() as s:
            rows = self._recent_rows(s)
            changed = self._remember(rows)
            count, self._count = self._count, s.scalar(select(func.count(LeadRow.id))) or 0
            if not self._primed:
                self._primed = True
                return Changes()
            # Deleted rows leave no stamp (an undone import): fewer leads → re-read the columns.
            gone = Changes(stages=frozenset(Stage)) if self._count < count else Changes()
            if not changed:
                return gone
            return self._describe(s, changed, rows) | gone

    def _recent_rows(self, s: Session) -> list[Any]:
        cols = (LeadRow.id, LeadRow.version, LeadRow.updated_at, LeadRow.stage, LeadRow.archived)
        if self._watermark is None:
            newest = s.scalar(select(func.max(LeadRow.updated_at)))
            if newest is None:
                return []
            since = newest - self._lookback
        else:
            since = self._watermark - self._lookback
        return list(s.execute(select(*cols).where(LeadRow.updated_at >= since)))

    def _remember(self, rows: list[Any]) -> dict[int, str | None]:
        """Record what was read; return changed lead ids with the stage they had before."""
        changed: dict[int, str | None] = {}
        for row in rows:
            before = self._seen.get(row.id)
            now = _Seen(row.version, row.updated_at, row.stage)
            if before != now:
                changed[row.id] = before.stage if before else None
                self._seen[row.id] = now
            if self._watermark is None or row.updated_at > self._watermark:
                self._watermark = row.updated_at
        if self._watermark is not None:
            horizon = self._watermark - self._lookback
            self._seen = {k: v for k, v in self._seen.items() if v.updated_at >= horizon}
        return changed

    def _describe(self, s: Session, changed: dict[int, str | None], rows: list[Any]) -> Changes:
        by_id = {row.id: row for row in rows}
        stages = {Stage(by_id[i].stage) for i in changed}
        stages |= {Stage(old) for old in changed.values() if old}
        unknown = [i for i, old in changed.items() if old is None]
        if unknown and self._watermark is not None:
            # Leads first seen now: their recent moves say which columns lost a card.
            since = self._watermark - self._lookback
            for start in range(0, len(unknown), 900):
                chunk = unknown[start : start + 900]
                query = select(StageChangeRow.from_stage).where(
                    StageChangeRow.lead_id.in_(chunk), StageChangeRow.at >= since
                )
                stages |= {Stage(v) for v in s.scalars(query.distinct()) if v}
        removed = frozenset(i for i in changed if by_id[i].archived)
        kept = frozenset(changed) - removed
        return Changes(leads=kept, interactions=kept, removed=removed, stages=frozenset(stages))


def server_name(url: str) -> str:
    """``user@host:port/database`` for a server, the path for a file: what users recognise."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    who = f"{parsed.username}@" if parsed.username else ""
    return f"{who}{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def _current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext  # only here: slow to import

    return MigrationContext.configure(conn).get_current_revision()


def probe(url: str) -> ConnectionReport:
    """Connect to ``url`` without changing anything and say what is there ("Test connection")."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database).expanduser()
        if not path.exists():
            return ConnectionReport(where=str(path), leads=None)
    db = open_database(url, migrate=False)
    try:
        with db.engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            revision = _current_revision(conn)
            check_revision_known(revision)
            if revision is None and names:
                raise DatabaseOpenError(
                    f"{db.display_name} holds tables that are not LeadDesk's; "
                    "choose an empty database or a LeadDesk one."
                )
            if "leads" not in names:
                return ConnectionReport(where=server_name(url), leads=None)
            leads = conn.scalar(select(func.count()).select_from(LeadRow)) or 0
            return ConnectionReport(
                where=server_name(url), leads=leads, needs_upgrade=revision != head_revision()
            )
    finally:
        db.close()


def translate_disconnects(engine: Engine, where: str) -> None:
    """Turn a lost or refused server connection into :class:`DatabaseUnavailable`.

    The session's transaction is rolled back by SQLAlchemy as usual, so nothing is
    half-written; ``pool_pre_ping`` reconnects by itself once the server is back.
    """

    @event.listens_for(engine, "handle_error")
    def _unavailable(context: ExceptionContext) -> BaseException | None:
        if context.is_disconnect or _refused(context.original_exception):
            first = str(context.original_exception).strip().splitlines()
            return DatabaseUnavailable(where, first[0] if first else "")
        return None


def _refused(err: BaseException) -> bool:
    """A connection attempt the server did not answer (down, restarting, unreachable)."""
    message = str(err).lower()
    return any(
        phrase in message
        for phrase in (
            "connection refused",
            "could not connect",
            "connection failed",
            "the database system is shutting down",
            "the database system is starting up",
            "terminating connection",
            "server closed the connection",
            "timeout expired",
        )
    )


def lock_for_import(connection: Connection | Session, name: str = "import") -> None:
    """Serialise imports against each other (not against readers) until the transaction ends.

    Two users importing the same list at once would each find an email absent and both create
    the lead; a transaction-level advisory lock makes the second wait for the first. Readers
    and ordinary edits never wait on it (no table lock). A no-op on SQLite, whose writers are
    serialised by the database file already.
    """
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    if bind.dialect.name != "postgresql":
        return
    key = zlib.crc32(f"leaddesk:{name}".encode())
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
