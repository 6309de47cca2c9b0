"""Wires the agenda (follow-ups, the day's queue, the limits) onto a workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.agenda.service import AgendaService


def write_calendar(*args: Any) -> int:
    """The .ics writer, imported (with icalendar) on the first export, not at start-up."""
    from leaddesk.storage.writing.calendar import write_calendar as write

    return write(*args)


def build(db: Database, workspace: Workspace) -> AgendaService:
    """The agenda over ``db``, sharing the workspace's lead repository and clock."""
    from leaddesk.core.agenda.service import AgendaService
    from leaddesk.storage.repositories.agenda import SqlAgendaRepository

    return AgendaService(
        workspace.leads,
        SqlAgendaRepository(db.session),
        workspace.leads.repo,
        workspace.settings,
        write_calendar,
    )
