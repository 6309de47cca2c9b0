"""Restoring a backup into the live database, and looking inside a backup read-only."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from leaddesk.core.backups.retention import BackupError
from leaddesk.core.errors import DatabaseOpenError
from leaddesk.core.leads import Lead, LeadFilter
from leaddesk.storage.backups.files import read_only_uri
from leaddesk.storage.db import SQLITE_MAGIC, _check_sqlite_is_ours, head_revision, open_database
from leaddesk.storage.repositories.leads import SqlLeadRepository


def verify_backup(backup: Path) -> str:
    """Refuse anything but an undamaged LeadDesk database; returns its schema revision."""
    try:
        with backup.open("rb") as fh:
            head = fh.read(16)
    except OSError as err:
        raise BackupError(f"Cannot read the backup {backup}: {err.strerror}.") from None
    if head != SQLITE_MAGIC:
        raise BackupError(f"{backup} is not a LeadDesk backup (not an SQLite file).")
    try:
        _check_sqlite_is_ours(backup)
    except DatabaseOpenError as err:
        raise BackupError(f"Not restored: {err}") from None
    try:
        with closing(sqlite3.connect(read_only_uri(backup), uri=True)) as con:
            verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as err:
        raise BackupError(f"The backup {backup} cannot be read: {err}.") from None
    if verdict != "ok":
        raise BackupError(f"The backup {backup} is damaged ({verdict}); choose another one.")
    return row[0] if row else ""


def restore_into(
    backup: Path,
    live: Path,
    url: str,
    *,
    verified: bool = False,
    keep: Mapping[str, Any] | None = None,
) -> None:
    """Copy ``backup`` over the live database with the online backup API, then upgrade it.

    ``keep`` are settings of the live database to carry over (this machine's, not the old
    data's): they are written into a staged copy first, so that the data and they replace
    the live database in one step — a crash leaves it as it was or fully restored.
    The caller backs up the current state first and closes its own connections.
    """
    if not verified:
        verify_backup(backup)
    try:
        with tempfile.TemporaryDirectory(prefix=".restore-", dir=live.parent) as folder:
            staged = Path(folder) / "staged.sqlite"
            with (
                closing(sqlite3.connect(read_only_uri(backup), uri=True)) as src,
                closing(sqlite3.connect(staged)) as copy,
            ):
                src.backup(copy)
                with copy:  # one transaction, committed before the copy goes live
                    for key, value in (keep or {}).items():
                        copy.execute(
                            "INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            (key, json.dumps(value)),
                        )
            with (
                closing(sqlite3.connect(staged)) as src,
                closing(sqlite3.connect(live, timeout=30)) as dst,
            ):
                src.backup(dst)  # one write transaction on the live file
    except sqlite3.Error as err:
        raise BackupError(
            f"Could not restore {backup.name}: {err}. The database is as it was; "
            "if LeadDesk is open on it elsewhere, close it there and try again."
        ) from None
    # A backup from an older LeadDesk is upgraded now (after its own pre-migration copy).
    open_database(url).close()


def leads_in_backup(backup: Path, flt: LeadFilter | None = None) -> list[Lead]:
    """Every lead inside a backup, read through a read-only connection."""
    revision = verify_backup(backup)
    if revision != head_revision():
        raise BackupError(
            f"{backup.name} was made by an older LeadDesk (schema {revision}); restore it to "
            "look inside (a backup of your current data is made first)."
        )
    uri = read_only_uri(backup)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        repo = SqlLeadRepository(sessionmaker(engine, expire_on_commit=False))
        return list(repo.iter_leads(flt or LeadFilter(include_archived=True)))
    finally:
        engine.dispose()
