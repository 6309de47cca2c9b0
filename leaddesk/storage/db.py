"""Opening a database: the URL, SQLite pragmas, sanity checks and migrations on open."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.core.errors import DatabaseOpenError
from leaddesk.storage.backups.files import backup_before_migration
from leaddesk.storage.locations import normalise_url
from leaddesk.storage.revisions import known_revisions, single_head
from leaddesk.storage.unit import UnitSessionMaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    url: str
    engine: Engine
    session: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = self.engine.url.database
        return Path(database) if database and database != ":memory:" else None

    @property
    def display_name(self) -> str:
        """The URL without its password, for titles and messages."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a LeadDesk database file.")
    if path.exists():
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as err:
            raise DatabaseOpenError(f"Cannot read {path}: {err.strerror}.") from None
        if head and head != SQLITE_MAGIC:
            raise DatabaseOpenError(f"{path} is not a LeadDesk database (not an SQLite file).")
        if head:
            _check_sqlite_is_ours(path)
        return
    parent = path.parent
    if not parent.is_dir():
        raise DatabaseOpenError(f"Cannot create {path}: the folder {parent} does not exist.")
    if not os.access(parent, os.W_OK):
        raise DatabaseOpenError(f"Cannot create {path}: the folder {parent} is not writable.")
    # Created readable by the user only: a pipeline is personal data.
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def _check_sqlite_is_ours(path: Path) -> None:
    """Look inside read-only before anything (even a pragma) can change the file."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise DatabaseOpenError(f"{path} is not a LeadDesk database ({err}).") from None
    if tables and "alembic_version" not in tables:
        raise DatabaseOpenError(
            f"{path} holds a database that is not a LeadDesk one; LeadDesk leaves it untouched."
        )
    _check_revision_known(revision)


def _check_revision_known(revision: str | None) -> None:
    if revision is None:
        return
    if revision not in known_revisions(MIGRATIONS):
        raise DatabaseOpenError(
            f"This database was made by a newer LeadDesk (schema {revision}); "
            "update LeadDesk to open it. Nothing was changed."
        )


def _alembic_config(connection: object) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = single_head(MIGRATIONS)
    if head is not None:  # read from the version files: no Alembic import
        return head
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head() or ""


def _backup_sqlite(path: Path, revision: str) -> Path:
    """Back up the file (SQLite's online backup API) before a migration touches it."""
    return backup_before_migration(path, revision)


def _migrate(engine: Engine, path: Path | None) -> None:
    # Alembic (with Mako and Pygments) takes longer to import than the window to appear:
    # it is imported only when the schema is not at head already.
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = None
        if "alembic_version" in tables:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            current = row[0] if row else None
    if current is None and tables - {"alembic_version"}:
        raise DatabaseOpenError(
            f"{path or engine.url.render_as_string(hide_password=True)} holds a database "
            "that is not a LeadDesk one; LeadDesk leaves it untouched."
        )
    _check_revision_known(current)
    if current is not None and current == single_head(MIGRATIONS):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    if current == ScriptDirectory(str(MIGRATIONS)).get_current_head():
        return
    if current is not None and path is not None:
        _backup_sqlite(path, current)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (creating and migrating if needed) the database at ``url``.

    Raises :class:`DatabaseOpenError` with a message a user can act on.
    """
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError:
        raise DatabaseOpenError(f"{url!r} is not a database URL or file path.") from None
    path: Path | None = None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database).expanduser()
            _check_sqlite_file(path)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    else:
        raise DatabaseOpenError(
            f"LeadDesk works with SQLite files and PostgreSQL, not {parsed.get_backend_name()}."
        )
    try:
        if migrate:
            _migrate(engine, path)
        else:
            with engine.connect():
                pass
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as err:
        engine.dispose()
        shown = path or parsed.render_as_string(hide_password=True)
        detail = str(err.orig).strip().splitlines()[0] if err.orig else str(err)
        if "file is not a database" in detail:
            raise DatabaseOpenError(
                f"{shown} is not a LeadDesk database (not an SQLite file)."
            ) from None
        raise DatabaseOpenError(f"Cannot open {shown}: {detail}") from None
    return Database(
        url=str(parsed), engine=engine, session=UnitSessionMaker(engine, expire_on_commit=False)
    )
