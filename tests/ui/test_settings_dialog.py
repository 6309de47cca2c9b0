"""Settings → Database: your name, a file or a server, testing, moving your data across."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from sqlalchemy import create_engine, text

from leaddesk.core.team.service import ServerAddress
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.settings.database import DatabaseSettingsDialog, open_settings_dialog
from leaddesk.ui.settings.preferences import PreferencesDialog
from tests.conftest import PG_URL
from tests.team.helpers import fresh_postgres, needs_postgres, open_as


class MemoryKeyring(KeyringBackend):
    """A system keyring stand-in that keeps passwords in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def window(qtbot, sqlite_url, tmp_path):
    workspace = open_as(sqlite_url, "login")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(workspace, settings=settings, open_database=lambda u: open_as(u, "login"))
    qtbot.addWidget(win)
    yield win
    win.workspace.close()


def dialog_for(qtbot, window) -> DatabaseSettingsDialog:
    dialog = open_settings_dialog(window)
    qtbot.addWidget(dialog)
    return dialog


def choose_server(dialog: DatabaseSettingsDialog, url: str, password: str = "") -> None:
    address = ServerAddress.from_url(url)
    dialog.use_server.setChecked(True)
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.server_user.setText(address.user)
    dialog.password.setText(password)


def test_the_menu_opens_the_dialog_on_the_current_file(qtbot, window) -> None:
    window.actions["database_settings"].trigger()
    dialog = window.findChild(DatabaseSettingsDialog)
    assert dialog is not None and dialog.use_file.isChecked()
    assert dialog.file_path.text() == window.workspace.database_name
    assert not dialog.host.isEnabled()


def test_the_server_fields_look_disabled_while_a_file_is_chosen(qtbot, window) -> None:
    from leaddesk.ui.theme import apply_theme

    apply_theme("light")
    dialog = dialog_for(qtbot, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    for label, field in dialog.row_labels[:-1]:
        assert not field.isEnabled() and not label.isEnabled(), label.text()
    # Drawn on the window's ground, not the white of a field to type in.
    disabled = dialog.host.grab().toImage().pixelColor(dialog.host.rect().center())
    enabled = dialog.file_path.grab().toImage().pixelColor(dialog.file_path.rect().center())
    assert disabled != enabled
    dialog.use_server.setChecked(True)
    assert all(label.isEnabled() for label, _field in dialog.row_labels[:-1])
    assert not dialog.row_labels[-1][0].isEnabled()


def test_your_name_is_in_preferences_kept_and_recorded_on_what_you_change(qtbot, window) -> None:
    assert not hasattr(dialog_for(qtbot, window), "user_name")  # not among database settings
    window.actions["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog.user_name.text() == "login" or dialog.user_name.placeholderText()
    dialog.user_name.setText("Tereza Nováková")
    dialog.accept()
    assert window.qsettings.value("user/name") == "Tereza Nováková"
    lead = window.workspace.leads.create_lead({"first_name": "Jan"}).value
    assert lead.owner == "Tereza Nováková"
    assert window.workspace.leads.stage_history(lead.id)[0].actor == "Tereza Nováková"


def test_choosing_another_file_switches_the_window_and_is_remembered(
    qtbot, window, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    dialog = dialog_for(qtbot, window)
    dialog.file_path.setText(str(other))
    dialog.accept()
    assert window.workspace.database_name == str(other)
    assert window.qsettings.value("database/url") == f"sqlite:///{other}"
    assert not dialog.isVisible()


def test_a_file_that_is_not_a_database_is_refused_and_the_dialog_stays(
    qtbot, window, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database")
    before = window.workspace
    dialog = dialog_for(qtbot, window)
    dialog.file_path.setText(str(notes))
    dialog.accept()
    assert window.workspace is before and dialog.isVisible()
    assert window.qsettings.value("database/url") is None


@needs_postgres
def test_test_connection_says_what_the_server_holds(qtbot, window) -> None:
    fresh_postgres()
    dialog = dialog_for(qtbot, window)
    choose_server(dialog, PG_URL)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Connected"), timeout=10000)
    assert "empty" in dialog.status.text()


@needs_postgres
def test_a_server_with_a_newer_schema_gets_a_clear_message(qtbot, window) -> None:
    url = fresh_postgres()
    open_as(url, "someone").close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    dialog = dialog_for(qtbot, window)
    choose_server(dialog, url)
    dialog.test_connection()
    qtbot.waitUntil(lambda: "newer LeadDesk" in dialog.status.text(), timeout=10000)
    before = window.workspace
    dialog.accept()
    assert window.workspace is before and dialog.isVisible()


@needs_postgres
def test_the_password_goes_to_the_keyring_never_into_the_settings(
    qtbot, window, memory_keyring, tmp_path: Path
) -> None:
    url = fresh_postgres()
    dialog = dialog_for(qtbot, window)
    choose_server(dialog, url, password="s3cret-Ř")
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    dialog.accept()
    assert not window.workspace.is_sqlite
    address = ServerAddress.from_url(url)
    assert memory_keyring.passwords[("LeadDesk", address.account)] == "s3cret-Ř"
    window.qsettings.sync()
    saved = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "s3cret" not in saved and address.host in saved
    assert window.team_sync.active  # on the server, others' changes are polled for


@needs_postgres
def test_moving_my_data_to_the_server_copies_everything_then_switches(qtbot, window) -> None:
    for name in ("Ana", "Bruno", "Cecilia"):
        window.workspace.leads.create_lead({"first_name": name})
    url = fresh_postgres()
    dialog = dialog_for(qtbot, window)
    choose_server(dialog, url)
    assert dialog.transfer_button.isEnabled()
    dialog.transfer()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Copied"), timeout=20000)
    assert "Copied 3 leads" in dialog.status.text() and "counts match" in dialog.status.text()
    dialog.accept()
    assert not window.workspace.is_sqlite
    assert window.workspace.leads.count_leads() == 3


@needs_postgres
def test_moving_into_a_server_that_has_data_is_refused(qtbot, window) -> None:
    window.workspace.leads.create_lead({"first_name": "Ana"})
    url = fresh_postgres()
    other = open_as(url, "bob")
    other.leads.create_lead({"first_name": "Bob's lead"})
    other.close()
    dialog = dialog_for(qtbot, window)
    choose_server(dialog, url)
    dialog.transfer()
    qtbot.waitUntil(lambda: "not empty" in dialog.status.text(), timeout=20000)
    assert window.workspace.is_sqlite
