"""Settings → Database: a local file or a shared server, moving your data across.

Your name (recorded on what you change) is in Preferences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.team.service import (
    ConnectionReport,
    ServerAddress,
    TransferReport,
    password_in,
    without_password,
)
from leaddesk.ui.i18n import translate_error
from leaddesk.ui.tasks import start_task
from leaddesk.ui.team.credentials import (
    keyring_available,
    load_password,
    save_database_url,
    store_password,
)

ERROR_STYLE = "color: #c0392b"
OK_STYLE = "color: #1e7e34"


class DatabaseSettingsDialog(QDialog):
    """Choose the database: a SQLite file or a PostgreSQL server."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("databaseSettings")
        self.setWindowTitle(self.tr("Database settings"))
        self.window_ = window
        self.team = window.workspace.team
        self.current_url: str = self.team.url
        layout = QVBoxLayout(self)
        layout.addWidget(self._make_database_box())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("settingsStatus")
        layout.addWidget(self.status)
        layout.addLayout(self._make_action_row())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load_current()
        self._mode_changed()
        self.resize(560, 0)

    # -- building ------------------------------------------------------------------------
    def _make_database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Database"), self)
        form = QFormLayout(box)
        self.use_file = QRadioButton(self.tr("A file on this computer (SQLite)"), box)
        self.use_server = QRadioButton(self.tr("A shared server (PostgreSQL)"), box)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.use_file)
        self.mode.addButton(self.use_server)
        self.mode.buttonToggled.connect(lambda *_: self._mode_changed())
        form.addRow(self.use_file)
        self.file_path = QLineEdit(box)
        browse = QPushButton(self.tr("Browse…"), box)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.use_server)
        self.host = QLineEdit(box)
        self.port = QSpinBox(box)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("leaddesk", box)
        self.server_user = QLineEdit(box)
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"), box)
        if keyring_available():
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("No system keyring here: LeadDesk asks for the password at start.")
            )
        self.server_fields: list[QWidget] = [
            self.host,
            self.port,
            self.database,
            self.server_user,
            self.password,
            self.remember,
        ]
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.server_user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.remember)
        self.file_fields: list[QWidget] = [self.file_path, browse]
        self.row_labels = [
            (form.labelForField(field), field)
            for field in (self.host, self.port, self.database, self.server_user, self.password)
        ]
        self.row_labels.append((form.labelForField(row), self.file_path))
        return box

    def _make_action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.transfer_button = QPushButton(self)
        self.transfer_button.clicked.connect(self.transfer)
        row.addWidget(self.test_button)
        row.addWidget(self.transfer_button)
        row.addStretch(1)
        return row

    def _load_current(self) -> None:
        address = ServerAddress.from_url(self.current_url)
        if address is None:
            self.use_file.setChecked(True)
            if self.window_.workspace.is_sqlite:
                self.file_path.setText(self.window_.workspace.database_name)
            return
        self.use_server.setChecked(True)
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.server_user.setText(address.user)
        self.password.setText(password_in(self.current_url) or load_password(address) or "")

    # -- what the user chose -------------------------------------------------------------
    def server_address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text().strip() or "localhost",
            port=self.port.value(),
            database=self.database.text().strip() or "leaddesk",
            user=self.server_user.text().strip(),
        )

    def chosen_url(self) -> str:
        """The URL of the chosen database, with the password typed (kept in memory only)."""
        if self.use_server.isChecked():
            return self.server_address().url(self.password.text() or None)
        path = Path(self.file_path.text().strip()).expanduser()
        return f"sqlite:///{path.resolve()}" if str(path) not in ("", ".") else ""

    def is_current(self) -> bool:
        return without_password(self.chosen_url()) == without_password(self.current_url)

    def _mode_changed(self) -> None:
        server = self.use_server.isChecked()
        for widget in self.server_fields:
            widget.setEnabled(server and (widget is not self.remember or keyring_available()))
        for widget in self.file_fields:
            widget.setEnabled(not server)
        for label, field in self.row_labels:  # a disabled row looks disabled, label and all
            label.setEnabled(field.isEnabled())
        local_now = self.window_.workspace.is_sqlite
        if server:
            self.transfer_button.setText(self.tr("&Move my data to the server"))
        else:
            self.transfer_button.setText(self.tr("&Copy the server's data into this file"))
        self.transfer_button.setEnabled(local_now == server)
        self.transfer_button.setToolTip(
            self.tr(
                "Copies every lead, interaction and stage change of the database open now into "
                "the empty database chosen here, all or nothing, and checks the counts."
            )
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.file_path.text(),
            self.tr("LeadDesk databases (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file_path.setText(path)

    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    # -- actions -------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Connect to the chosen database in the background and say what is there."""
        url = self.chosen_url()
        if not url:
            return
        self._say(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        start_task(
            lambda _progress: self.team.test_connection(url),
            on_done=self._tested,
            on_error=lambda err, _tb: self._failed(err),
            parent=self,
            label=self.tr("Connecting…"),
        )

    def _tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        if report.leads is None:
            text = self.tr("Connected to {where}: empty; LeadDesk creates its tables on first use.")
        elif report.needs_upgrade:
            text = self.tr(
                "Connected to {where}: {count} leads; LeadDesk will upgrade the tables on first use."
            )
        else:
            text = self.tr("Connected to {where}: {count} leads.")
        self._say(text.format(where=report.where, count=report.leads), OK_STYLE)

    def _failed(self, err: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.transfer_button.setEnabled(True)
        self._say(translate_error(err), ERROR_STYLE)

    def transfer(self) -> None:
        """Copy the database open now into the chosen (empty) one, in the background."""
        target = self.chosen_url()
        if not target or self.is_current():
            return
        source = self.current_url
        self.transfer_button.setEnabled(False)
        self._say(self.tr("Copying…"))
        self.copy_task = start_task(
            lambda progress: self.team.copy_database(source, target, progress),
            on_done=self._transferred,
            on_error=lambda err, _tb: self._failed(err),
            on_cancel=lambda: self._failed(Exception(self.tr("Cancelled; nothing was copied."))),
            parent=self,
            label=self.tr("Copying your data…"),
        )

    def _transferred(self, report: TransferReport) -> None:
        self.transfer_button.setEnabled(True)
        rows = sum(report.counts.values())
        self._say(
            self.tr(
                "Copied {leads} leads ({rows} rows in {tables} tables) to {target}; the counts "
                "match. Press OK to work there from now on."
            ).format(
                leads=report.leads, rows=rows, tables=len(report.counts), target=report.target
            ),
            OK_STYLE,
        )

    def accept(self) -> None:
        """Switch database if another was chosen (stay open if that fails)."""
        url = self.chosen_url()
        if url and not self.is_current():
            address = ServerAddress.from_url(url)
            before = self.window_.workspace
            self.window_.switch_database(url)
            if self.window_.workspace is before:
                return  # refused (the window said why): the choice stays on screen
            if address is not None and self.remember.isChecked():
                store_password(address, self.password.text())
            save_database_url(self.window_.qsettings, url)
        # The database opened under the name in Preferences (app.py reads it each time).
        super().accept()


def open_settings_dialog(window: Any) -> DatabaseSettingsDialog:
    """File → Database settings…"""
    dialog = DatabaseSettingsDialog(window)
    dialog.open()
    return dialog
