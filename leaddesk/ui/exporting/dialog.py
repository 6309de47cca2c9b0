"""File → Export…: which leads, which format, where; then the export runs in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from leaddesk.core.exporting.plan import ExportFormat, ExportResult, ExportScope, LeadExporter
from leaddesk.core.leads import LeadFilter
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.tasks import Task, start_task

LAST_FOLDER_KEY = "export/last_folder"
SUFFIX = {ExportFormat.XLSX: ".xlsx", ExportFormat.CSV: ".csv"}


def open_export_dialog(window: Any) -> ExportDialog | None:
    """Show the export dialog over the main window (File → Export…, Ctrl+E)."""
    dialog = ExportDialog(window, window.workspace.exporter)
    dialog.open()
    return dialog


def board_filter(window: Any) -> LeadFilter | None:
    """The board's current filter, when the board has one."""
    current = getattr(window.board, "current_filter", None)
    return current() if callable(current) else None


class ExportDialog(QDialog):
    """Scope (all / board filter / selected cards) and format; Export… asks where."""

    def __init__(self, window: Any, exporter: LeadExporter) -> None:
        super().__init__(window)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export leads"))
        self._window = window
        self._exporter = exporter
        self._filter = board_filter(window)
        self._selected = list(window.selected_lead_ids())
        self.task: Task | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self._scope_box())
        layout.addWidget(self._format_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.choose_file_and_export)
        buttons.rejected.connect(self.reject)
        self.rejected.connect(self.deleteLater)
        layout.addWidget(buttons)

    # -- building ------------------------------------------------------------------------
    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Leads"), self)
        column = QVBoxLayout(box)
        count = self._window.workspace.leads.count_leads()
        self.all_leads = QRadioButton(self.tr("All leads (%n)", "", count), box)
        self.filtered = QRadioButton(self.tr("Leads matching the board filter"), box)
        self.selected = QRadioButton(self.tr("Selected cards (%n)", "", len(self._selected)), box)
        self.scope_group = QButtonGroup(self)
        for button in (self.all_leads, self.filtered, self.selected):
            self.scope_group.addButton(button)
            column.addWidget(button)
        has_filter = self._filter is not None and not self._filter.is_empty
        self.filtered.setEnabled(has_filter)
        if not has_filter:
            self.filtered.setText(self.tr("Leads matching the board filter (no filter set)"))
        if has_filter:
            hint = QLabel(describe_filter(self._filter, self.tr), box)  # type: ignore[arg-type]
            hint.setIndent(24)
            hint.setEnabled(False)
            column.insertWidget(column.indexOf(self.filtered) + 1, hint)
        self.selected.setEnabled(bool(self._selected))
        if self._selected:
            self.selected.setChecked(True)
        elif has_filter:
            self.filtered.setChecked(True)
        else:
            self.all_leads.setChecked(True)
        return box

    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"), self)
        column = QVBoxLayout(box)
        self.xlsx = QRadioButton(
            self.tr("Excel workbook (.xlsx): leads, interactions, stage history and funnel"), box
        )
        self.csv = QRadioButton(self.tr("CSV (.csv): the leads table only"), box)
        self.format_group = QButtonGroup(self)
        for button in (self.xlsx, self.csv):
            self.format_group.addButton(button)
            column.addWidget(button)
        self.xlsx.setChecked(True)
        note = QLabel(
            self.tr(
                "The “LeadDesk ID” column lets an edited file be imported again as updates "
                "to the same leads."
            ),
            box,
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        column.addWidget(note)
        return box

    # -- choices -------------------------------------------------------------------------
    def scope(self) -> ExportScope:
        if self.selected.isChecked():
            return ExportScope(lead_ids=tuple(self._selected))
        if self.filtered.isChecked() and self._filter is not None:
            return ExportScope(lead_filter=self._filter)
        return ExportScope()

    def export_format(self) -> ExportFormat:
        return ExportFormat.CSV if self.csv.isChecked() else ExportFormat.XLSX

    def _settings(self) -> QSettings:
        return getattr(self._window, "qsettings", None) or QSettings()

    def suggested_path(self) -> str:
        folder = self._settings().value(LAST_FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = f"leads-{date.today().isoformat()}{SUFFIX[self.export_format()]}"
        return str(Path(str(folder)) / name)

    # -- running -------------------------------------------------------------------------
    def choose_file_and_export(self) -> None:
        """Ask where (native dialog, last folder remembered), then export in the background."""
        fmt = self.export_format()
        filters = {
            ExportFormat.XLSX: self.tr("Excel workbook (*.xlsx)"),
            ExportFormat.CSV: self.tr("CSV file (*.csv)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export leads"), self.suggested_path(), filters[fmt]
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() in (".xlsx", ".csv"):
            fmt = ExportFormat.for_path(path)  # the name the user typed wins
        else:
            path = path.with_name(path.name + SUFFIX[fmt])
        self._settings().setValue(LAST_FOLDER_KEY, str(path.parent))
        self.accept()
        self.start(path, fmt)

    def start(self, path: Path, fmt: ExportFormat) -> Task:
        """Export to ``path`` in the background; the dialog goes away when the task ends."""
        scope, exporter = self.scope(), self._exporter
        self.task = start_task(
            lambda progress: exporter.export(path, scope, fmt, progress),
            on_done=self._done,
            on_error=self._failed,
            on_cancel=self._cancelled,
            parent=self._window,
            label=self.tr("Exporting leads…"),
        )
        return self.task

    def _cancelled(self) -> None:
        message = self.tr("Export cancelled; no file was written.")
        self._window.statusBar().showMessage(message, 8000)
        self.deleteLater()

    def _failed(self, err: BaseException, details: str) -> None:
        show_error(self._window, err, details)
        self.deleteLater()

    def _done(self, result: ExportResult) -> None:
        self.deleteLater()
        text = self.tr("Exported %n lead(s) to {path}", "", result.leads).format(path=result.path)
        self._window.statusBar().showMessage(text, 8000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"), text)
        box.setParent(self._window, box.windowFlags())
        box.setObjectName("exportDone")
        if result.format is ExportFormat.XLSX:
            box.setInformativeText(
                self.tr(
                    "Sheets: Leads, Interactions, Stage history, Funnel. Keep the "
                    "“LeadDesk ID” column: importing the edited file updates these leads."
                )
            )
        box.open()


def describe_filter(flt: LeadFilter, tr: Any) -> str:
    """The board filter in a few words, e.g. “words: ana · owner: tom”."""
    parts = []
    if flt.text.strip():
        parts.append(tr("words: {text}").format(text=flt.text.strip()))
    for label, value in (
        (tr("owner"), flt.owner),
        (tr("source"), flt.source_channel),
        (tr("campaign"), flt.campaign),
        (tr("fit grade"), flt.fit_grade),
    ):
        if value:
            parts.append(f"{label}: {value}")
    if flt.import_batch_id is not None:
        parts.append(tr("import batch #{id}").format(id=flt.import_batch_id))
    return " · ".join(parts)
