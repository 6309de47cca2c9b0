"""The import wizard's last pages: the dry run, then the import and its result."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from leaddesk.core.importing.service import ImportReport, ImportResult
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.formatting import format_number
from leaddesk.ui.i18n import translate_error, ui_tr
from leaddesk.ui.importing.command import undo_summary
from leaddesk.ui.importing.session import ImportSession
from leaddesk.ui.importing.setup_pages import table_widget
from leaddesk.ui.tasks import start_task


def tr(text: str) -> str:
    return ui_tr(text)


COUNT_LABELS = {
    "new": QT_TRANSLATE_NOOP("", "New leads"),
    "updated": QT_TRANSLATE_NOOP("", "Updated leads"),
    "duplicates_existing": QT_TRANSLATE_NOOP("", "Duplicates of stored leads (left as they are)"),
    "duplicates_in_file": QT_TRANSLATE_NOOP("", "Duplicates within the file"),
    "invalid": QT_TRANSLATE_NOOP("", "Invalid rows"),
    "values_cleared": QT_TRANSLATE_NOOP(
        "", "Unreadable values left empty (the lead imported; see the error workbook)"
    ),
}


def _fill_report(grid: QTableWidget, counts: QLabel, report: ImportReport) -> None:
    lines = [
        f"{tr(label)}: {format_number(report.count(key))}" for key, label in COUNT_LABELS.items()
    ]
    counts.setText("\n".join(lines))
    problems = report.problems[:1000]
    grid.setRowCount(len(problems))
    for r, problem in enumerate(problems):
        grid.setItem(r, 0, QTableWidgetItem(str(problem.row)))
        grid.setItem(r, 1, QTableWidgetItem(problem.column or ""))
        reason = problem.reason
        if problem.kept:
            reason = tr("{reason}; left empty, the lead was imported").format(reason=reason)
        grid.setItem(r, 2, QTableWidgetItem(reason))


def _problem_grid(parent: QWidget) -> QTableWidget:
    grid = table_widget(parent)
    grid.setColumnCount(3)
    grid.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Why")])
    grid.verticalHeader().setVisible(False)
    grid.setColumnWidth(0, 70)
    grid.setColumnWidth(1, 180)
    grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return grid


class TestPage(QWizardPage):
    """Step 4: the dry run — the real validation, nothing written."""

    def __init__(self, wizard: ImportSession) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Test"))
        self.setSubTitle(tr("Check what the import would do, row by row. Nothing is written."))
        layout = QVBoxLayout(self)
        self.test_button = QPushButton(tr("&Test"), self)
        self.test_button.clicked.connect(self.run_test)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.counts = QLabel(self)
        layout.addWidget(self.counts)
        self.problems = _problem_grid(self)
        layout.addWidget(self.problems)

    def run_test(self) -> None:
        wizard = self.wizard_
        table, mapping, options = wizard.table, wizard.mapping(), wizard.options()
        self.test_button.setEnabled(False)
        self.counts.setText(tr("Testing…"))

        def done(report: ImportReport) -> None:
            wizard.report = report
            self.test_button.setEnabled(True)
            _fill_report(self.problems, self.counts, report)

        def failed(err: BaseException, details: str) -> None:
            self.test_button.setEnabled(True)
            self.counts.setText(translate_error(err))
            show_error(self, err, details)

        start_task(
            lambda progress: wizard.importer.dry_run(table, mapping, options, progress),
            on_done=done,
            on_error=failed,
            on_cancel=lambda: (self.test_button.setEnabled(True), self.counts.setText("")),
            parent=self,
            label=tr("Testing {file}…").format(file=table.file_name if table else ""),
        )


class ImportPage(QWizardPage):
    """Step 5: the import in the background, then its result."""

    def __init__(self, wizard: ImportSession) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Import"))
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(tr("&Import"), self)
        self.import_button.clicked.connect(self.run_import)
        buttons.addWidget(self.import_button)
        self.show_batch = QPushButton(tr("Show these leads on the board"), self)
        self.show_batch.clicked.connect(self._show_batch)
        self.undo_button = QPushButton(tr("&Undo import"), self)
        self.undo_button.clicked.connect(self.undo_import)
        for button in (self.show_batch, self.undo_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.counts = QLabel(self)
        layout.addWidget(self.counts)
        self.errors_link = QLabel(self)
        self.errors_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.errors_link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        layout.addWidget(self.errors_link)
        self.problems = _problem_grid(self)
        layout.addWidget(self.problems)

    def run_import(self) -> None:
        wizard = self.wizard_
        table, mapping, options = wizard.table, wizard.mapping(), wizard.options()
        self.import_button.setEnabled(False)
        self.counts.setText(tr("Importing…"))
        start_task(
            lambda progress: wizard.importer.run_import(
                table, mapping, options, progress, error_dir=wizard.error_dir
            ),
            on_done=self._done,
            on_error=self._failed,
            on_cancel=self._cancelled,
            parent=self,
            label=tr("Importing {file}…").format(file=table.file_name if table else ""),
        )

    def _done(self, result: ImportResult) -> None:
        wizard = self.wizard_
        wizard.result = result
        _fill_report(self.problems, self.counts, result.report)
        if result.error_workbook is not None:
            url = QUrl.fromLocalFile(str(result.error_workbook)).toString()
            self.errors_link.setText(
                tr('Rejected rows, with the reason for each: <a href="{url}">{name}</a>').format(
                    url=url, name=result.error_workbook.name
                )
            )
        wizard.imported(result)
        self.show_batch.setEnabled(True)
        self.undo_button.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, err: BaseException, details: str) -> None:
        self.import_button.setEnabled(True)
        self.counts.setText(tr("Nothing was imported: {error}").format(error=err))
        show_error(self, err, details)

    def _cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.counts.setText(tr("Cancelled; nothing was imported."))

    def undo_import(self) -> None:
        stack = self.wizard_.window_.undo_stack
        command = self.wizard_.command
        if command is not None and stack.count() and stack.command(stack.index() - 1) is command:
            stack.undo()
        elif command is not None:
            command.undo()
        self.undo_button.setEnabled(False)
        self.show_batch.setEnabled(False)
        if command is not None and command.undone is not None:
            self.counts.setText(undo_summary(command.undone))

    def _show_batch(self) -> None:
        result = self.wizard_.result
        if result is not None:
            self.wizard_.window_.board.show_import_batch(result.batch_id)

    def isComplete(self) -> bool:
        return self.wizard_.result is not None
