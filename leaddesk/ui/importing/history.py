"""Past imports: each batch with its counts, and "Undo import" for one done long ago."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from leaddesk.ui.formatting import format_datetime
from leaddesk.ui.i18n import ui_tr
from leaddesk.ui.importing.command import undo_summary


def tr(text: str) -> str:
    return ui_tr(text)


def open_import_history(window: Any) -> ImportHistoryDialog | None:
    """Show the import batches of the open database."""
    dialog = ImportHistoryDialog(window)
    dialog.open()
    return dialog


class ImportHistoryDialog(QDialog):
    """The list of import batches, newest first; undo the selected one."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.importer = window.workspace.importer
        self.setWindowTitle(tr("Past imports"))
        layout = QVBoxLayout(self)
        self.grid = QTableWidget(self)
        self.grid.setAccessibleName(tr("Past imports"))
        self.grid.setColumnCount(5)
        self.grid.setHorizontalHeaderLabels(
            [tr("When"), tr("File"), tr("New"), tr("Updated"), tr("State")]
        )
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.grid)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = QPushButton(tr("&Undo import"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.batches: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        self.batches = self.importer.batches()
        self.grid.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            when = format_datetime(batch.created_at)
            state = tr("undone") if batch.undone_at else tr("imported")
            values = [when, batch.file_name, str(batch.counts.get("new", 0)),
                      str(batch.counts.get("updated", 0)), state]  # fmt: skip
            for col, text in enumerate(values):
                self.grid.setItem(row, col, QTableWidgetItem(text))
        self._selected()

    def _selected(self) -> None:
        rows = {i.row() for i in self.grid.selectedIndexes()}
        batch = self.batches[rows.pop()] if rows else None
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        rows = {i.row() for i in self.grid.selectedIndexes()}
        if not rows:
            return
        batch = self.batches[rows.pop()]
        result = self.window_.run_guarded(lambda: self.importer.undo_import(batch.id))
        if result is None:
            return
        self.window_.apply_changes(result.changes)
        self.message.setText(undo_summary(result))
        self.refresh()
