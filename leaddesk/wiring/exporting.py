"""Wires the export service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.exporting.plan import LeadExporter


def build(db: Database, workspace: Workspace) -> LeadExporter:
    """The exporter; "days in stage" follows the services' clock.

    Built (with xlsxwriter) on the first export: start-up does not need it.
    """
    from leaddesk.storage.writing.export import SqlExporter

    return SqlExporter(db.engine, clock=lambda: workspace.leads.clock())
