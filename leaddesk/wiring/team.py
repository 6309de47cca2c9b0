"""Wires the shared-database features: others' changes, connection checks, copying databases."""

from __future__ import annotations

from leaddesk.core.progress import Progress
from leaddesk.core.team import TeamService, TransferReport
from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database
from leaddesk.storage.team import SqlChangeWatcher, probe, server_name, translate_disconnects
from leaddesk.storage.transfer import copy_database


def _copy(source_url: str, target_url: str, progress: Progress) -> TransferReport:
    return copy_database(source_url, target_url, progress)


def install(db: Database, workspace: Workspace) -> None:
    """Put the team service into ``workspace.features["team"]``."""
    if not db.is_sqlite:
        # A stopped server or a dropped network becomes one clear, typed error everywhere.
        translate_disconnects(db.engine, server_name(db.url))
    workspace.features["team"] = TeamService(
        watcher=SqlChangeWatcher(db.session),
        shared=not db.is_sqlite,
        test_connection=probe,
        copy_database=_copy,
        url=db.engine.url.render_as_string(hide_password=False),
    )
