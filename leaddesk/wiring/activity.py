"""Wires the activity import: the import room's reader + the activity store → features."""

from __future__ import annotations

from typing import Any

from leaddesk.storage.db import Database
from leaddesk.wiring.lazy import Lazy


def install(db: Database, workspace: Any) -> None:
    """The activity import, built (with the readers) on first use."""

    def build() -> Any:
        from leaddesk.core.activity_import import ActivityImportService
        from leaddesk.storage.activity_store import SqlActivityStore
        from leaddesk.storage.importer import write_error_workbook
        from leaddesk.storage.reading import read_table

        return ActivityImportService(
            SqlActivityStore(db),
            read_table,
            workspace.settings,
            workspace.leads,
            error_writer=write_error_workbook,
            backup=getattr(workspace.features.get("backups"), "backup_now", None),
        )

    workspace.features["activity"] = Lazy(build)
