"""File → Backups…, Tools → Check database, and the automatic backups while the app runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.backups.retention import BackupInfo
from leaddesk.core.changes import Changes
from leaddesk.core.errors import LeadDeskError
from leaddesk.logs import logger
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.formatting import format_datetime
from leaddesk.ui.i18n import translate_error, translate_stored, ui_tr
from leaddesk.ui.tasks import start_task

AUTO_BACKUP_INTERVAL_MS = 30 * 60 * 1000


def _tr(text: str) -> str:
    return ui_tr(text)


def reason_label(reason: str) -> str:
    """A backup's reason in words."""
    labels = {
        "start": _tr("On start"),
        "auto": _tr("Automatic (after changes)"),
        "manual": _tr("Made by hand"),
        "before-restore": _tr("Before a restore"),
        "before-check": _tr("Before Check database"),
        "import": _tr("Before an import"),
        "undo-import": _tr("Before undoing an import"),
        "rescore": _tr("Before re-scoring"),
    }
    if reason in labels:
        return labels[reason]
    if reason.startswith("before-migration"):
        return _tr("Before a database upgrade")
    return reason.replace("-", " ").capitalize()


def report_failure(parent: QWidget | None) -> Callable[[BaseException, str], None]:
    """An on_error for start_task: a user error as a sentence, anything else with details
    (the task has logged it)."""

    def failed(err: BaseException, details: str) -> None:
        show_error(parent, err, details)

    return failed


def backup_service(window: Any) -> Any:
    return window.workspace.backups


def reload_window(window: Any) -> None:
    """After a restore: the old undo history no longer applies; every view reloads."""
    window.undo_stack.clear()
    window.apply_changes(Changes(everything=True))


class BackupsDialog(QDialog):
    """The list of backups with date, size and lead count; restore, look inside, back up."""

    COLUMNS = 4

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("backupsDialog")
        self.window_ = window
        self.service = backup_service(window)
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Reason"), self.tr("Size"), self.tr("Leads")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.open_read_only)
        layout.addWidget(self.table)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.open_button = QPushButton(self.tr("&Open read-only"), self)
        self.folder_button = QPushButton(self.tr("Change &folder…"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button.clicked.connect(self.open_read_only)
        self.folder_button.clicked.connect(self.change_folder)
        for button in (
            self.backup_button,
            self.restore_button,
            self.open_button,
            self.folder_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list in the background (each backup is opened to count its leads)."""
        policy = self.service.policy
        self.where.setText(
            self.tr(
                "Backups are kept in {folder}\nKept: the last {last}, one a day for {days} "
                "days, one a week for {weeks} weeks. Made on start, every 30 minutes while "
                "you work, and before imports and other big changes."
            ).format(
                folder=self.service.folder,
                last=policy.keep_last,
                days=policy.daily_days,
                weeks=policy.weekly_weeks,
            )
        )
        self.status.setText(self.tr("Reading the backups…"))
        self._set_busy(True)
        start_task(
            lambda _p: self.service.list_backups(),
            on_done=self._fill,
            on_error=self._task_failed,
        )

    def _fill(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        locale = QLocale()
        for row, info in enumerate(backups):
            when = format_datetime(info.created_at, seconds=True)
            leads = "?" if info.lead_count is None else locale.toString(info.lead_count)
            cells = (when, reason_label(info.reason), locale.formattedDataSize(info.size), leads)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(str(info.path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        if backups:
            self.table.selectRow(0)
        self.status.setText(self.tr("%n backup(s).", "", len(backups)))
        self._set_busy(False)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = not self._busy and self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.backup_button.setEnabled(not self._busy)

    def _task_failed(self, err: BaseException, details: str) -> None:
        self._set_busy(False)
        self.status.setText(translate_error(err) if isinstance(err, LeadDeskError) else "")
        report_failure(self)(err, details)

    # -- actions -------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self._set_busy(True)
        start_task(
            lambda p: self.service.backup_now("manual", p),
            on_done=lambda _path: self.refresh(),
            on_error=self._task_failed,
            parent=self,
            label=self.tr("Backing up…"),
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        when = format_datetime(info.created_at)
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace all the data in this database with the backup from {when}?\n\n"
                "LeadDesk first backs up the data as it is now, so you can go back."
            ).format(when=when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._set_busy(True)
        start_task(
            lambda p: self.service.restore(info.path, p),
            on_done=self._restored,
            on_error=self._task_failed,
            parent=self,
            label=self.tr("Restoring…"),
        )

    def _restored(self, _safety: object) -> None:
        reload_window(self.window_)
        self.window_.statusBar().showMessage(self.tr("Backup restored."), 8000)
        self.refresh()

    def open_read_only(self) -> None:
        info = self.selected()
        if info is None:
            return
        from leaddesk.ui.backups.viewer import BackupLeadsDialog

        def show(leads: list[Any]) -> None:
            self._set_busy(False)
            BackupLeadsDialog(self, info, leads).open()

        self._set_busy(True)
        start_task(
            lambda _p: self.service.read_only_leads(info.path),
            on_done=show,
            on_error=self._task_failed,
            parent=self,
            label=self.tr("Reading the backup…"),
        )

    def change_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), str(self.service.folder)
        )
        if not folder:
            return
        try:
            self.service.set_folder(folder)
        except LeadDeskError as err:
            show_error(self, err)
            return
        self.refresh()


def _explain_server_backups(window: Any) -> None:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Backups"))
    box.setText(
        _tr(
            "This database is on a PostgreSQL server: its backups are the server's business "
            "(ask whoever runs it). To keep a copy of your leads, export them to Excel."
        )
    )
    export = box.addButton(_tr("Export…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    export.clicked.connect(window.export_file)
    box.open()


def open_backups_dialog(window: Any) -> None:
    """File → Backups…; on PostgreSQL, the explanation and an Export button instead."""
    service = backup_service(window)
    if service is None or not service.supports_backups:
        _explain_server_backups(window)
        return
    BackupsDialog(window).open()


def check_database(window: Any) -> None:
    """Tools → Check database: runs in the background, then shows the report."""
    service = backup_service(window)
    if service is None:
        return

    def show_report(report: Any) -> None:
        if report.repaired:
            reload_window(window)
        box = QMessageBox(window)
        box.setWindowTitle(_tr("Check database"))
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setText(_tr("No problems found.") if report.ok else _tr("Problems were found."))
        box.setInformativeText(translate_stored(report.summary()))
        box.setObjectName("checkDatabaseReport")
        box.open()

    start_task(
        lambda p: service.check_database(p),
        on_done=show_report,
        on_error=report_failure(window),
        parent=window,
        label=_tr("Checking the database…"),
    )


class AutoBackup(QObject):
    """Backs up on start and every interval while the window has applied changes."""

    def __init__(self, window: Any, interval_ms: int = AUTO_BACKUP_INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.changed = False
        self.running = False
        self.made: list[object] = []
        window.changes_applied.connect(self._note_changes)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.backup_if_changed)
        self.timer.start()

    def _note_changes(self, _changes: object) -> None:
        self.changed = True

    def backup_if_changed(self) -> None:
        if self.changed and not self.running:
            self.changed = False
            self.backup("auto")

    def backup(self, reason: str) -> None:
        """Back up quietly in the background; a failure goes to the status bar and the log."""
        service = backup_service(self.window)
        if service is None or not service.supports_backups:
            return
        self.running = True
        start_task(
            lambda p: service.backup_now(reason, p),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, path: object) -> None:
        self.running = False
        self.made.append(path)

    def _failed(self, err: BaseException, details: str) -> None:
        self.running = False
        self.changed = True  # try again at the next tick
        if isinstance(err, LeadDeskError):  # anything else: the task has logged it
            logger.error("Automatic backup failed\n%s", details.rstrip())
        self.window.statusBar().showMessage(
            self.tr("Automatic backup failed: {error}").format(error=err), 15000
        )


def install_auto_backup(window: Any, interval_ms: int = AUTO_BACKUP_INTERVAL_MS) -> AutoBackup:
    """Start the automatic backups for ``window``: one now, then while there are changes."""
    auto = AutoBackup(window, interval_ms)
    auto.backup("start")
    return auto
