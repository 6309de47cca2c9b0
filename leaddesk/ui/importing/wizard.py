"""File → Import…: preview, column mapping, options, a dry run, the import, the result.

Reading, testing and importing run in the background (``start_task``) with progress and
Cancel; the import is an undoable command on the window's undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from leaddesk.core.importing.mapping import ColumnMapping
from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.importing.service import ImportReport, ImportResult
from leaddesk.core.source_table import SourceTable
from leaddesk.ui import recent
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.i18n import translate_error, ui_tr
from leaddesk.ui.importing.command import ImportCommand
from leaddesk.ui.importing.run_pages import ImportPage, TestPage
from leaddesk.ui.importing.setup_pages import MappingPage, OptionsPage, PreviewPage
from leaddesk.ui.tasks import start_task

FILE_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)"


def tr(text: str) -> str:
    return ui_tr(text)


def open_import_wizard(window: Any, path: str | None = None) -> ImportWizard | None:
    """Open the wizard on ``path`` (or ask for a file with the native dialog)."""
    if not path:  # the dialog opens where the last imported file was
        path = recent.open_file_name(
            window, window.qsettings, "import", tr("Import leads"), tr(FILE_FILTER)
        )
        if not path:
            return None
    wizard = ImportWizard(window, Path(path))
    wizard.show()
    return wizard


class ImportWizard(QWizard):
    """The five steps; ``table``, ``mapping``, ``report`` and ``result`` hold the state."""

    def __init__(self, window: Any, path: Path) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Import leads"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.importer = window.workspace.importer
        self.path = path
        self.table: SourceTable | None = None
        self.report: ImportReport | None = None
        self.result: ImportResult | None = None
        self.command: ImportCommand | None = None
        self.error_dir: Path | None = None  # None: beside the imported file
        self.encoding: str | None = None  # a text file's encoding chosen by the user
        self._reading = 0  # the latest read: an earlier one finishing late is dropped
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.test_page = TestPage(self)
        self.import_page = ImportPage(self)
        for page in (self.preview_page, self.mapping_page, self.options_page, self.test_page,
                     self.import_page):  # fmt: skip
            self.addPage(page)
        self.resize(900, 620)
        self.load(None)

    # -- state shared by the pages --------------------------------------------------------
    def load(self, sheet: str | None) -> None:
        """Read the file (in the background) and refresh the preview and mapping."""
        self.table = None
        self.preview_page.show_loading()
        self._reading += 1
        ticket, encoding = self._reading, self.encoding
        start_task(
            lambda progress: self.importer.read(self.path, sheet, encoding),
            on_done=lambda table: self._loaded(table, ticket),
            on_error=lambda err, details: self._failed(err, details, ticket),
            parent=self,
            label=tr("Reading {file}…").format(file=self.path.name),
        )

    def choose_encoding(self, encoding: str) -> None:
        """Read the text file again in ``encoding``; the import then uses it."""
        self.encoding = encoding
        self.load(None)

    def _loaded(self, table: SourceTable, ticket: int) -> None:
        if ticket != self._reading:
            return
        self.table = table
        self.preview_page.show_table(table)
        self.mapping_page.show_mapping(table, self.importer.suggest_mapping(table))
        self.options_page.show_dates(table)

    def _failed(self, err: BaseException, details: str, ticket: int) -> None:
        if ticket != self._reading:
            return
        self.preview_page.show_failure(translate_error(err))
        show_error(self, err, details)

    def options(self) -> ImportOptions:
        return self.options_page.options()

    def mapping(self) -> ColumnMapping:
        return self.mapping_page.mapping()

    def imported(self, result: ImportResult) -> None:
        """The import finished: put it on the undo stack and refresh the views."""
        self.command = ImportCommand(self.window_, result, self.path.name)
        self.window_.undo_stack.push(self.command)
        self.window_.apply_changes(result.changes)
