"""Wires the agenda (follow-ups, the day's queue, the limits) onto a workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.agenda.service import AgendaService


def build(db: Database, workspace: Workspace) -> AgendaService:
    """The agenda over ``db``, sharing the workspace's lead repository and clock."""
    from leaddesk.core.agenda.service import AgendaService
    from leaddesk.storage.repositories.agenda import SqlAgendaRepository

    return AgendaService(
        workspace.leads, SqlAgendaRepository(db.session), workspace.leads.repo, workspace.settings
    )
