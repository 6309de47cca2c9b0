"""Wires the reports: SQL queries and the .xlsx writer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.reports.service import ReportService


def write_report_workbook(*args: Any, **kwargs: Any) -> Any:
    """The .xlsx writer, imported (with xlsxwriter) on the first export, not at start-up."""
    from leaddesk.storage.writing.reports import write_report_workbook as write

    return write(*args, **kwargs)


def build(db: Database, workspace: Workspace) -> ReportService:
    """A :class:`ReportService` over ``db``, built on first use."""
    from leaddesk.core.reports.service import ReportService
    from leaddesk.storage.repositories.reports import SqlReportQueries

    return ReportService(
        SqlReportQueries(db.engine),
        write_report_workbook,
        clock=lambda: workspace.leads.clock(),
    )
