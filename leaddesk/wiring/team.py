"""Wires the shared-database features: others' changes, connection checks, copying databases."""

from __future__ import annotations

from leaddesk.core.progress import Progress
from leaddesk.core.team.service import TeamService, TransferReport
from leaddesk.core.workspace import Workspace
from leaddesk.storage.backups.transfer import copy_database
from leaddesk.storage.db import Database
from leaddesk.storage.team import SqlChangeWatcher, probe, server_name, translate_disconnects


def _copy(source_url: str, target_url: str, progress: Progress) -> TransferReport:
    return copy_database(source_url, target_url, progress)


def prepare(db: Database) -> None:
    """On a server: a stopped server or a dropped network becomes one clear, typed error."""
    if not db.is_sqlite:
        translate_disconnects(db.engine, server_name(db.url))


def build(db: Database, workspace: Workspace) -> TeamService:
    """The team service (``shared`` on a server)."""
    return TeamService(
        watcher=SqlChangeWatcher(db.session),
        shared=not db.is_sqlite,
        test_connection=probe,
        copy_database=_copy,
        url=db.engine.url.render_as_string(hide_password=False),
    )
