"""Others' changes reach the window by themselves; a lost server shows a banner and recovers."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from leaddesk.ui.dialogs import NewLeadDialog
from leaddesk.ui.main_window import MainWindow
from tests.team.helpers import (  # noqa: F401
    PrivateServer,
    fresh_postgres,
    needs_postgres,
    open_as,
    private_server,
)


def make_window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    return window


def test_a_local_file_is_not_polled(qtbot, sqlite_url) -> None:
    workspace = open_as(sqlite_url, "alice")
    window = make_window(qtbot, workspace)
    assert window.team_sync is not None and not window.team_sync.active
    assert window.team_sync.banner.isHidden()
    workspace.close()


@needs_postgres
def test_a_change_by_another_user_reaches_the_window(qtbot) -> None:
    url = fresh_postgres()
    alice, bob = open_as(url, "alice"), open_as(url, "bob")
    try:
        lead = bob.leads.create_lead({"first_name": "Giulia"}).value
        window = make_window(qtbot, alice)
        sync = window.team_sync
        assert sync.active
        qtbot.waitUntil(lambda: not sync._busy)  # the first poll takes note of the present
        bob.leads.edit_lead(lead.id, {"city": "Torino"}, lead.version)
        with qtbot.waitSignal(
            window.changes_applied, timeout=5000, check_params_cb=lambda c: lead.id in c.leads
        ):
            sync.poll_now()
    finally:
        alice.close()
        bob.close()


@needs_postgres
def test_switching_to_a_local_file_stops_polling(qtbot, sqlite_url) -> None:
    alice = open_as(fresh_postgres(), "alice")
    window = make_window(qtbot, alice)
    window._open_database = lambda url: open_as(url, "alice")
    assert window.team_sync.active
    qtbot.waitUntil(lambda: not window.team_sync._busy)
    window.switch_database(sqlite_url)
    assert not window.team_sync.active
    window.workspace.close()


def test_lost_server_shows_a_banner_keeps_typed_values_and_recovers(
    qtbot,
    private_server: PrivateServer,  # noqa: F811
) -> None:
    workspace = open_as(private_server.url, "alice")
    window = make_window(qtbot, workspace)
    window.show()
    sync = window.team_sync
    qtbot.waitUntil(lambda: not sync._busy)
    try:
        private_server.stop()
        sync.poll_now()
        qtbot.waitUntil(lambda: sync.banner.isVisible(), timeout=10000)
        assert "Connection to the database lost" in sync.banner.message.text()

        window.actions["new_lead"].trigger()
        dialog = window.findChild(NewLeadDialog)
        dialog.edits["first_name"].setText("Dvořák")
        dialog.accept()
        assert dialog.isVisible() and dialog.edits["first_name"].text() == "Dvořák"
        assert "cannot be reached" in dialog.error.text()

        private_server.start()
        with qtbot.waitSignal(
            window.changes_applied, timeout=10000, check_params_cb=lambda c: c.everything
        ):
            sync.poll_now()
        assert sync.banner.isHidden()
        dialog.accept()  # the same typed values, now saved
        assert workspace.leads.count_leads() == 1
    finally:
        workspace.close()
