"""Wires the activity import: the spreadsheet readers and the activity store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.activity.service import ActivityImportService


def build(db: Database, workspace: Workspace) -> ActivityImportService:
    """The activity import; built (with the readers) on first use, backing up before it writes."""
    from leaddesk.core.activity.service import ActivityImportService
    from leaddesk.storage.reading import read_table
    from leaddesk.storage.repositories.activity import SqlActivityStore
    from leaddesk.storage.writing.error_workbook import write_error_workbook

    return ActivityImportService(
        SqlActivityStore(db),
        read_table,
        workspace.settings,
        workspace.leads,
        error_writer=write_error_workbook,
        backup=workspace.backups.backup_now,
    )
