"""Wires the spreadsheet import: reader + SQL store + settings → ``features["importer"]``."""

from __future__ import annotations

from typing import Any

from leaddesk.storage.db import Database
from leaddesk.wiring.lazy import Lazy


def install(db: Database, workspace: Any) -> None:
    """Put the ImportService on the workspace (after backups: it backs up before writing).

    It is built, with its readers, on first use: start-up does not need them.
    """

    def build() -> Any:
        from leaddesk.core.importing import ImportService
        from leaddesk.storage.importer import SqlImportStore
        from leaddesk.storage.reading import list_sheets, read_table

        return ImportService(
            SqlImportStore(db),
            read_table,
            workspace.settings,
            workspace.leads,
            sheet_lister=list_sheets,
            backup=getattr(workspace.features.get("backups"), "backup_now", None),
        )

    workspace.features["importer"] = Lazy(build)
