"""Wires the spreadsheet import: reader + SQL store + settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.importing.service import ImportService


def build(db: Database, workspace: Workspace) -> ImportService:
    """The ImportService, built with its readers on first use (start-up does not need them).

    It backs up before writing.
    """
    from leaddesk.core.importing.service import ImportService
    from leaddesk.storage.reading import read_table
    from leaddesk.storage.reading.workbooks import list_sheets
    from leaddesk.storage.repositories.imports import SqlImportStore

    return ImportService(
        SqlImportStore(db),
        read_table,
        workspace.settings,
        workspace.leads,
        sheet_lister=list_sheets,
        backup=workspace.backups.backup_now,
    )
