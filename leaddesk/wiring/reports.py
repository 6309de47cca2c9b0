"""Wires the reports: SQL queries and the .xlsx writer under ``workspace.features["reports"]``."""

from __future__ import annotations

from typing import Any

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database
from leaddesk.wiring.lazy import Lazy


def write_report_workbook(*args: Any, **kwargs: Any) -> Any:
    """The .xlsx writer, imported (with xlsxwriter) on the first export, not at start-up."""
    from leaddesk.storage.report_export import write_report_workbook as write

    return write(*args, **kwargs)


def install(db: Database, workspace: Workspace) -> None:
    """Put a :class:`ReportService` over ``db`` into the workspace, built on first use."""

    def build() -> Any:
        from leaddesk.core.report_service import ReportService
        from leaddesk.storage.report_queries import SqlReportQueries

        return ReportService(
            SqlReportQueries(db.engine),
            write_report_workbook,
            clock=lambda: workspace.leads.clock(),
        )

    workspace.features["reports"] = Lazy(build)
