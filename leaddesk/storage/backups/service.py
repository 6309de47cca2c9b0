"""Backups of the SQLite database with SQLite's online backup API, retention, and restore.

Never a plain file copy: a database in use may have half its pages in the WAL file, and
a copy taken mid-write is torn. ``sqlite3.Connection.backup`` copies one consistent
snapshot. Backup files are created readable by the user only (0600 on POSIX).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Mapping
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from leaddesk.core.leads import Lead, LeadFilter
from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.core.services import utc_now

if TYPE_CHECKING:
    from leaddesk.core.backups.dbcheck import CheckReport
    from leaddesk.core.ports import SettingsRepository
    from leaddesk.core.services import LeadService
    from leaddesk.storage.db import Database

#: settings document: {"folder": str | None, "keep_last": int, "daily_days": …, …}
SETTINGS_KEY = "backups"


def default_backup_folder() -> Path:
    """``backups`` in the user's data folder, beside the database."""
    return Path(platformdirs.user_data_dir("LeadDesk", appauthor=False)) / "backups"


def _ro_uri(path: Path) -> str:
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
        with closing(sqlite3.connect(_ro_uri(path), uri=True)) as con:
            return int(con.execute("SELECT count(*) FROM leads WHERE archived = 0").fetchone()[0])
    except sqlite3.Error:
        return None


def read_settings_raw(path: Path) -> dict[str, Any]:
    """The backups settings straight from a database file (before it is opened by SQLAlchemy)."""
    try:
        with closing(sqlite3.connect(_ro_uri(path), uri=True)) as con:
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


class BackupService:
    """Backups, restore and Check database for the open database (``workspace.backups``).

    ``backup_now(reason)`` is for every screen about to make a big change (import, rules
    that rescore, undo of an import); on PostgreSQL it does nothing and returns None.
    """

    def __init__(
        self,
        db: Database,
        settings: SettingsRepository,
        leads: LeadService | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.settings = settings
        self.leads = leads
        self.clock = clock

    # -- configuration -------------------------------------------------------------------
    @property
    def supports_backups(self) -> bool:
        """Only a SQLite file is backed up here; a server keeps its own backups."""
        return self.db.path is not None

    def _stored(self) -> dict[str, Any]:
        value = self.settings.get_setting(SETTINGS_KEY, {})
        return dict(value) if isinstance(value, Mapping) else {}

    @property
    def folder(self) -> Path:
        folder = self._stored().get("folder")
        return Path(folder) if folder else default_backup_folder()

    @property
    def policy(self) -> RetentionPolicy:
        return RetentionPolicy.from_mapping(self._stored())

    def set_folder(self, folder: Path | str | None) -> None:
        """Keep backups in ``folder`` from now on (None: the default folder)."""
        if folder is not None:
            probe = BackupFolder(Path(folder).expanduser(), "probe")
            probe._ensure_folder()
        stored = self._stored()
        stored["folder"] = str(Path(folder).expanduser().resolve()) if folder else None
        self.settings.set_setting(SETTINGS_KEY, stored)

    def set_policy(self, policy: RetentionPolicy) -> None:
        self.settings.set_setting(SETTINGS_KEY, {**self._stored(), **policy.to_mapping()})

    def _backups(self) -> BackupFolder:
        path = self._live_path()
        return BackupFolder(self.folder, path.stem, self.policy, self.clock)

    def _live_path(self) -> Path:
        if self.db.path is None:
            raise BackupError(
                "This database is on a server: backups are the server's business "
                "(ask its administrator). Use Export to keep a copy of your leads."
            )
        return self.db.path

    # -- backups -------------------------------------------------------------------------
    def backup_now(self, reason: str = "manual", progress: Progress = NO_PROGRESS) -> Path | None:
        """Back up the database now; returns the new file (None on PostgreSQL)."""
        if not self.supports_backups:
            return None
        progress.update(0, 1, "Backing up…")
        made = self._backups().make(self._live_path(), reason)
        progress.update(1, 1, "Backed up.")
        return made

    def list_backups(self) -> list[BackupInfo]:
        """This database's backups, newest first, with size and lead count."""
        return self._backups().infos() if self.supports_backups else []

    def restore(self, backup: Path, progress: Progress = NO_PROGRESS) -> Path:
        """Replace the database's content with ``backup``; returns the backup made first."""
        from leaddesk.storage.backups.restore import restore_into, verify_backup

        live = self._live_path()
        progress.update(0, 3, "Checking the backup…")
        verify_backup(backup)  # refuse a bad file before touching anything
        progress.update(0, 3, "Backing up the current data…")
        safety = self._backups().make(live, "before-restore")
        progress.update(1, 3, "Restoring…")
        # Where backups go is this machine's choice, not the old data's: keep it.
        kept = self.settings.get_setting(SETTINGS_KEY, None)
        self.db.engine.dispose()  # no pooled connection may keep reading the old pages
        keep = {SETTINGS_KEY: kept} if kept is not None else None
        restore_into(backup, live, self.db.url, verified=True, keep=keep)
        progress.update(3, 3, "Restored.")
        return safety

    def read_only_leads(self, backup: Path) -> list[Lead]:
        """The leads inside a backup, read without changing the file."""
        from leaddesk.storage.backups.restore import leads_in_backup

        return leads_in_backup(backup, LeadFilter(include_archived=True))

    # -- Check database ------------------------------------------------------------------
    def check_database(self, progress: Progress = NO_PROGRESS) -> CheckReport:
        """Integrity, foreign keys and the product's invariants; repairs what is safe."""
        from leaddesk.storage.backups.check import check_and_repair

        rescorer = self.leads.rescorer if self.leads is not None else None
        return check_and_repair(
            self.db,
            rescorer=rescorer,
            backup=lambda: self.backup_now("before-check"),
            clock=self.clock,
            progress=progress,
        )
