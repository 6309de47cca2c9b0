"""Backups, restore and Check database for the open database: the service behind
``workspace.backups``. The files themselves (copies, retention) are in ``files``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leaddesk.core.backups.retention import BackupError, BackupInfo, RetentionPolicy
from leaddesk.core.leads import Lead, LeadFilter
from leaddesk.core.ports import utc_now
from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.storage.backups.check import check_and_repair
from leaddesk.storage.backups.files import SETTINGS_KEY, BackupFolder, default_backup_folder
from leaddesk.storage.backups.restore import leads_in_backup, restore_into, verify_backup

if TYPE_CHECKING:
    from leaddesk.core.backups.dbcheck import CheckReport
    from leaddesk.core.ports import SettingsRepository
    from leaddesk.core.services import LeadService
    from leaddesk.storage.db import Database


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
        return leads_in_backup(backup, LeadFilter(include_archived=True))

    # -- Check database ------------------------------------------------------------------
    def check_database(self, progress: Progress = NO_PROGRESS) -> CheckReport:
        """Integrity, foreign keys and the product's invariants; repairs what is safe."""
        rescorer = self.leads.rescorer if self.leads is not None else None
        return check_and_repair(
            self.db,
            rescorer=rescorer,
            backup=lambda: self.backup_now("before-check"),
            clock=self.clock,
            progress=progress,
        )
