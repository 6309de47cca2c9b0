"""File → Import activity…: an email, form or analytics export becomes interactions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWizard

from leaddesk.core.activity.mapping import ActivityMapping
from leaddesk.core.source_table import SourceTable
from leaddesk.ui.activity.mapping_pages import FILTER, _ColumnsPage, _PreviewPage, _ValuesPage
from leaddesk.ui.activity.run_page import _RunPage


def open_activity_wizard(window: Any, path: str | None = None) -> ActivityWizard | None:
    """Ask for a file (unless given) and open the wizard on it."""
    if path is None:
        settings = QSettings()
        folder = str(settings.value("activity/last_folder", ""))
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("ActivityWizard", "Import activity"),
            folder,
            QCoreApplication.translate("ActivityWizard", FILTER),
        )
        if not path:
            return None
        settings.setValue("activity/last_folder", str(Path(path).parent))
    service = window.workspace.activity
    table = window.run_guarded(lambda: service.read(path))
    if table is None:
        return None
    wizard = ActivityWizard(window, service, table)
    wizard.open()
    return wizard


class ActivityWizard(QWizard):
    """Preview → columns → values → test → import, with undo afterwards."""

    def __init__(self, window: Any, service: Any, table: SourceTable) -> None:
        super().__init__(window)
        self.setObjectName("activityWizard")
        self.setWindowTitle(self.tr("Import activity — {file}").format(file=table.file_name))
        self.window_ = window
        self.service = service
        self.table = table
        self.mapping: ActivityMapping = service.suggest_mapping(table)
        self.report: Any = None
        self.task: Any = None
        self.resize(900, 620)
        self.columns_page = _ColumnsPage(self)
        self.values_page = _ValuesPage(self)
        self.run_page = _RunPage(self)
        self.addPage(_PreviewPage(self))
        self.addPage(self.columns_page)
        self.addPage(self.values_page)
        self.addPage(self.run_page)

    def current_mapping(self) -> ActivityMapping:
        """The mapping as the pages now say it."""
        return self.values_page.apply(self.columns_page.apply(self.mapping))
