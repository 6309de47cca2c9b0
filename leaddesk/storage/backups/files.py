"""Backup files of an SQLite database: online-backup copies, retention on disk, and the copy
made before a migration. Works on the file alone: ``storage.db`` imports it, never the reverse.

Never a plain file copy: a database in use may have half its pages in the WAL file, and
a copy taken mid-write is torn. ``sqlite3.Connection.backup`` copies one consistent
snapshot. Backup files are created readable by the user only (0600 on POSIX).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

from leaddesk.core.backups.retention import (
    BackupError,
    BackupInfo,
    RetentionPolicy,
    backup_file_name,
    backups_to_keep,
    parse_backup_file_name,
)
from leaddesk.core.errors import DatabaseOpenError
from leaddesk.core.ports import utc_now

#: settings document: {"folder": str | None, "keep_last": int, "daily_days": …, …}
SETTINGS_KEY = "backups"


def default_backup_folder() -> Path:
    """``backups`` in the user's data folder, beside the database."""
    return Path(platformdirs.user_data_dir("LeadDesk", appauthor=False)) / "backups"


def read_only_uri(path: Path) -> str:
    """A SQLite URI that opens ``path`` read-only."""
    return path.resolve().as_uri() + "?mode=ro"


def online_backup(source: Path, target: Path) -> None:
    """Write one consistent snapshot of the SQLite file ``source`` to a new file ``target``.

    The snapshot goes to ``target.partial`` first and is renamed when complete, so a crash
    never leaves a half-written backup under a backup's name.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        with (
            closing(sqlite3.connect(source, timeout=30)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)  # all pages in one step: one read transaction, one snapshot
            # A backup is a closed file: no WAL beside it, so it can be opened read-only.
            dst.execute("PRAGMA journal_mode=DELETE")
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as err:
        partial.unlink(missing_ok=True)
        raise BackupError(f"Could not back up {source} to {target.parent}: {err}.") from None


def count_leads_in(path: Path) -> int | None:
    """How many (not archived) leads a backup holds; None if it cannot be read."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as con:
            return int(con.execute("SELECT count(*) FROM leads WHERE archived = 0").fetchone()[0])
    except sqlite3.Error:
        return None


def read_settings_raw(path: Path) -> dict[str, Any]:
    """The backups settings straight from a database file (before it is opened by SQLAlchemy)."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as con:
            row = con.execute("SELECT value FROM settings WHERE key = ?", (SETTINGS_KEY,))
            found = row.fetchone()
    except sqlite3.Error:
        return {}
    if found is None or found[0] is None:
        return {}
    value = json.loads(found[0]) if isinstance(found[0], str) else found[0]
    return value if isinstance(value, dict) else {}


class BackupFolder:
    """The backups of one database (by file stem) in one folder, and their retention."""

    def __init__(
        self,
        folder: Path,
        stem: str,
        policy: RetentionPolicy = RetentionPolicy(),
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.folder = folder
        self.stem = stem
        self.policy = policy
        self.clock = clock

    def _ensure_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as err:
            raise BackupError(
                f"Cannot create the backup folder {self.folder}: {err.strerror}."
            ) from None
        if not os.access(self.folder, os.W_OK):
            raise BackupError(f"The backup folder {self.folder} is not writable.")

    def make(self, source: Path, reason: str) -> Path:
        """Back up ``source`` now, then delete what the retention policy no longer keeps."""
        self._ensure_folder()
        at = self.clock()
        target = self.folder / backup_file_name(self.stem, at, reason)
        while target.exists():  # two backups in one millisecond: keep both
            at = at.replace(microsecond=(at.microsecond + 1000) % 1_000_000)
            target = self.folder / backup_file_name(self.stem, at, reason)
        online_backup(source, target)
        self.prune()
        return target

    def entries(self) -> list[tuple[Path, datetime, str]]:
        """(file, UTC time, reason) of this database's backups, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            parsed = parse_backup_file_name(path.name)
            if parsed is not None and parsed[0] == self.stem and path.is_file():
                found.append((path, parsed[1], parsed[2]))
        return sorted(found, key=lambda e: e[1], reverse=True)

    def prune(self) -> list[Path]:
        """Delete the backups the policy does not keep (and leftovers of interrupted ones)."""
        entries = self.entries()
        # Local days and weeks: "one a day" means the user's day.
        local = {at.astimezone(): path for path, at, _ in entries}
        keep = backups_to_keep(local, self.clock().astimezone(), self.policy)
        deleted = []
        for at, path in local.items():
            if at not in keep:
                path.unlink(missing_ok=True)
                deleted.append(path)
        for leftover in self.folder.glob(f"{self.stem}-*.sqlite.partial"):
            leftover.unlink(missing_ok=True)
        return deleted

    def infos(self) -> list[BackupInfo]:
        """Every backup with its size and lead count, newest first."""
        result = []
        for path, at, reason in self.entries():
            try:
                size = path.stat().st_size
            except OSError:
                continue
            result.append(BackupInfo(path, at, reason, size, count_leads_in(path)))
        return result


def backup_before_migration(path: Path, revision: str) -> Path:
    """The copy made before a schema upgrade, in the configured (or default) backup folder."""
    settings = read_settings_raw(path)
    try:
        policy = RetentionPolicy.from_mapping(settings)
    except BackupError:
        policy = RetentionPolicy()
    folders = [default_backup_folder()]
    if settings.get("folder"):
        folders.insert(0, Path(settings["folder"]))  # e.g. a synced folder not mounted today
    problem: BackupError | None = None
    for folder in folders:
        try:
            return BackupFolder(folder, path.stem, policy).make(
                path, f"before-migration-{revision}"
            )
        except BackupError as err:
            problem = err
    raise DatabaseOpenError(
        f"{path} needs an upgrade, but the backup made before upgrading failed ({problem}); "
        "nothing was changed."
    )
