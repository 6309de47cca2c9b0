"""Opening databases: creation, migration, and refusing what is not ours."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from leaddesk.core.errors import DatabaseOpenError
from leaddesk.storage.db import head_revision, open_database
from leaddesk.storage.models import Base


def test_empty_database_is_created_and_migrated(db_url: str) -> None:
    db = open_database(db_url)
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    db.close()
    assert set(Base.metadata.tables) <= tables
    assert revision == head_revision()


def test_migrations_match_the_models(db_url: str) -> None:
    """Autogenerate finds nothing to add: the migration scripts build exactly the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_database(db_url)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []


def test_sqlite_pragmas_are_set(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    db.close()


def test_new_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite"
    open_database(str(path)).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_existing_old_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    """An existing database at an older revision: copied first, then migrated, data kept."""
    from alembic import command

    from leaddesk.storage.db import _alembic_config

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        # A database really made at the first revision (later ones add to its schema).
        command.upgrade(_alembic_config(conn), "0001")
        conn.execute(text("INSERT INTO settings(key, value) VALUES ('kept', '1')"))
    engine.dispose()
    db = open_database(str(path))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM settings WHERE key='kept'")).scalar() == 1
    db.close()
    if head_revision() != "0001":
        from leaddesk.storage.backups.files import default_backup_folder

        copies = list(default_backup_folder().glob("old-*-before-migration-0001.sqlite"))
        assert copies and stat.S_IMODE(copies[0].stat().st_mode) == 0o600


def test_migration_backup_goes_through_the_online_backup(tmp_path: Path) -> None:
    """The copy before an upgrade is a backup like the others: listed, private, restorable."""
    from leaddesk.storage.backups.files import BackupFolder, default_backup_folder
    from leaddesk.storage.db import _backup_sqlite

    path = tmp_path / "upgrading.sqlite"
    open_database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO settings(key, value) VALUES ('kept', '1')")
    con.commit()
    con.close()
    made = _backup_sqlite(path, "0001")
    assert made.parent == default_backup_folder()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    entries = BackupFolder(default_backup_folder(), "upgrading").entries()
    assert [(p, r) for p, _at, r in entries] == [(made, "before-migration-0001")]
    con = sqlite3.connect(made)
    assert con.execute("SELECT value FROM settings WHERE key='kept'").fetchone() == (1,)
    con.close()


def test_migration_backup_uses_the_configured_folder_or_falls_back(tmp_path: Path) -> None:
    import json

    from leaddesk.storage.backups.files import default_backup_folder
    from leaddesk.storage.db import _backup_sqlite

    path = tmp_path / "synced.sqlite"
    open_database(str(path)).close()
    con = sqlite3.connect(path)
    setting = json.dumps({"folder": str(tmp_path / "Sync")})
    con.execute("INSERT INTO settings(key, value) VALUES ('backups', ?)", (setting,))
    con.commit()
    assert _backup_sqlite(path, "0001").parent == tmp_path / "Sync"
    (tmp_path / "unmounted").write_text("a file where the folder should be")
    setting = json.dumps({"folder": str(tmp_path / "unmounted" / "Sync")})
    con.execute("UPDATE settings SET value = ? WHERE key = 'backups'", (setting,))
    con.commit()
    con.close()
    assert _backup_sqlite(path, "0001").parent == default_backup_folder()


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes\n")
    with pytest.raises(DatabaseOpenError, match="not a LeadDesk database"):
        open_database(str(path))
    assert path.read_text() == "just some notes\n"


def test_someone_elses_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="not a LeadDesk one"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_database_from_a_newer_leaddesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseOpenError, match="newer LeadDesk"):
        open_database(str(path))


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(str(tmp_path / "nope" / "x.sqlite"))


def test_refused_postgres_connection_is_a_clear_error() -> None:
    with pytest.raises(DatabaseOpenError, match="Cannot open"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:9/none")


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(DatabaseOpenError, match="SQLite files and PostgreSQL"):
        open_database("mysql://x@localhost/y")
