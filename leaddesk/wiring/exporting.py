"""Wires the export service: ``workspace.features["exporter"]``."""

from __future__ import annotations

from typing import Any

from leaddesk.storage.db import Database
from leaddesk.wiring.lazy import Lazy


def install(db: Database, workspace: Any) -> None:
    """Put the exporter on the workspace; "days in stage" follows the services' clock.

    Built (with xlsxwriter) on the first export: start-up does not need it.
    """

    def build() -> Any:
        from leaddesk.storage.excel_export import SqlExporter

        return SqlExporter(db.engine, clock=lambda: workspace.leads.clock())

    workspace.features["exporter"] = Lazy(build)
