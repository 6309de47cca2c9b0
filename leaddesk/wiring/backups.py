"""Wires the backup service: backups, restore and Check database over the open database."""

from __future__ import annotations

from leaddesk.core.workspace import Workspace
from leaddesk.storage.backups.service import BackupService
from leaddesk.storage.db import Database


def build(db: Database, workspace: Workspace) -> BackupService:
    """Backups, restore and Check database over the open database."""
    return BackupService(
        db, workspace.settings, workspace.leads, clock=lambda: workspace.leads.clock()
    )
