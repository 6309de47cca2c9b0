"""Wires the backup service onto the workspace as ``features["backups"]``."""

from __future__ import annotations

from typing import Any

from leaddesk.storage.backup import BackupService


def install(db: Any, workspace: Any) -> None:
    """Backups, restore and Check database over the open database."""
    workspace.features["backups"] = BackupService(
        db, workspace.settings, workspace.leads, clock=lambda: workspace.leads.clock()
    )
