"""The activity wizard's last page: the dry run and the import, and its undo command."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from leaddesk.ui.activity.session import ActivitySession
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.tasks import start_task


class _RunPage(QWizardPage):
    """Options, the dry run, and the import in the background."""

    def __init__(self, wizard: ActivitySession) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.done_ = False
        self.setTitle(self.tr("Test and import"))
        self.create_missing = QCheckBox(
            self.tr("Create a lead for people who are not leads yet"), self
        )
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("e.g. Newsletter, Website form"))
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.setEnabled(False)
        self.result = QPlainTextEdit(self)
        self.result.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.create_missing)
        form.addRow(self.tr("Source channel of new leads"), self.source)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.import_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.test_button.clicked.connect(self.test)
        self.import_button.clicked.connect(self.run_import)
        self.undo_button.clicked.connect(self.undo)

    def isComplete(self) -> bool:
        return self.done_

    def _show(self, report: Any) -> None:
        lines = [report.summary()]
        lines += [f"row {p.row}: {p.message}" for p in report.problems[:200]]
        if report.error_workbook is not None:
            lines.append(self.tr("Rejected rows: {path}").format(path=report.error_workbook))
        self.result.setPlainText("\n".join(lines))

    def _start(self, work: Any, on_done: Any, label: str) -> None:
        wizard = self.wizard_
        self.test_button.setEnabled(False)
        self.import_button.setEnabled(False)

        def failed(err: BaseException, details: str) -> None:
            self._idle()
            show_error(self, err, details)

        def cancelled() -> None:
            self._idle()
            self.result.setPlainText(self.tr("Cancelled; nothing was changed."))

        wizard.task = start_task(
            work, on_done=on_done, on_error=failed, on_cancel=cancelled, parent=self, label=label
        )

    def _idle(self) -> None:
        self.test_button.setEnabled(True)
        self.import_button.setEnabled(not self.done_)

    def test(self) -> None:
        wizard = self.wizard_
        mapping = wizard.current_mapping()
        create = self.create_missing.isChecked()

        def work(progress: Any) -> Any:
            return wizard.service.dry_run(
                wizard.table, mapping, create_missing=create, progress=progress
            )

        def done(report: Any) -> None:
            self._idle()
            wizard.report = report
            self._show(report)

        self._start(work, done, self.tr("Testing…"))

    def run_import(self) -> None:
        wizard = self.wizard_
        mapping = wizard.current_mapping()
        create, source = self.create_missing.isChecked(), self.source.text().strip()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        error_path = wizard.table.path.with_name(f"{wizard.table.path.stem}-rejected-{stamp}.xlsx")
        if not _writable(error_path.parent):
            error_path = Path.home() / error_path.name

        def work(progress: Any) -> Any:
            return wizard.service.run_import(
                wizard.table,
                mapping,
                create_missing=create,
                source_channel=source,
                progress=progress,
                error_path=error_path,
            )

        def done(report: Any) -> None:
            wizard.report = report
            self.done_ = True
            self._idle()
            self.undo_button.setEnabled(report.batch_id is not None)
            self._show(report)
            window = wizard.window_
            if report.batch_id is not None:  # an import that added nothing has no undo
                window.undo_stack.push(_ImportedActivity(window, wizard.service, report))
            window.apply_changes(report.changes)
            self.completeChanged.emit()

        self._start(work, done, self.tr("Importing…"))

    def undo(self) -> None:
        self.wizard_.window_.undo_stack.undo()
        self.undo_button.setEnabled(False)
        self.result.appendPlainText(self.tr("The import was undone."))


def _writable(folder: Path) -> bool:
    import os

    return folder.is_dir() and os.access(folder, os.W_OK)


class _ImportedActivity(QUndoCommand):
    """Edit → Undo takes the whole activity import back; Redo is not offered (re-import)."""

    def __init__(self, window: Any, service: Any, report: Any) -> None:
        super().__init__(QCoreApplication.translate("ActivityWizard", "Import activity"))
        self._window = window
        self._service = service
        self._batch = report.batch_id

    def redo(self) -> None:
        """The import itself already ran; an undone import is redone by importing again."""

    def undo(self) -> None:
        self.setObsolete(True)  # leaves the stack: taking an import back is final
        changes = self._window.run_guarded(lambda: self._service.undo_import(self._batch))
        if changes is not None:
            self._window.apply_changes(changes)
