"""Wires the export service: ``workspace.features["exporter"]``."""

from __future__ import annotations

from typing import Any

from leaddesk.storage.db import Database
from leaddesk.storage.excel_export import SqlExporter


def install(db: Database, workspace: Any) -> None:
    """Put the exporter on the workspace; "days in stage" follows the services' clock."""
    workspace.features["exporter"] = SqlExporter(db.engine, clock=lambda: workspace.leads.clock())
