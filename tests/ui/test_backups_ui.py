"""File → Backups…, Tools → Check database and the automatic backups, on real widgets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from leaddesk.app import build_workspace
from leaddesk.core.changes import Changes
from leaddesk.storage.db import open_database
from leaddesk.ui.backups.dialog import BackupsDialog, install_auto_backup
from leaddesk.ui.backups.viewer import BackupLeadsDialog
from leaddesk.ui.formatting import format_datetime
from leaddesk.ui.main_window import MainWindow

PG_URL = os.environ.get("LEADDESK_TEST_DB_URL", "")


@pytest.fixture
def window(qtbot, tmp_path: Path, clock):
    ws = build_workspace(open_database(str(tmp_path / "leads.sqlite")), actor="tester")
    ws.leads.clock = clock
    ws.backups.set_folder(tmp_path / "backups")
    win = MainWindow(ws, settings=QSettings())
    qtbot.addWidget(win)
    yield win
    win.workspace.close()


def add(window, *names: str) -> None:
    for name in names:
        done = window.workspace.leads.create_lead({"first_name": name})
        window.apply_changes(done.changes)


def open_dialog(window, qtbot, rows: int) -> BackupsDialog:
    window.actions["backups"].trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows and not dialog._busy)
    return dialog


def cells(dialog: BackupsDialog, row: int) -> list[str]:
    return [dialog.table.item(row, col).text() for col in range(dialog.table.columnCount())]


def test_dialog_lists_backups_with_date_size_and_lead_count(window, qtbot, clock) -> None:
    service = window.workspace.backups
    service.backup_now("start")
    add(window, "Ada", "Bruno")
    clock.advance(minutes=30)
    service.backup_now("auto")
    dialog = open_dialog(window, qtbot, rows=2)
    newest, oldest = cells(dialog, 0), cells(dialog, 1)
    assert newest[1:] == [newest[1], newest[2], "2"] and oldest[3] == "0"
    assert newest[1] == "Automatic (after changes)" and oldest[1] == "On start"
    # the time as every list shows it (the locale's short format), with seconds
    assert newest[0] == format_datetime(clock(), seconds=True)
    assert newest[2].endswith(("KiB", "KB"))
    assert str(service.folder) in dialog.where.text()


def test_back_up_now_adds_a_backup(window, qtbot) -> None:
    dialog = open_dialog(window, qtbot, rows=0)
    assert not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog._busy)
    assert cells(dialog, 0)[1] == "Made by hand"
    assert dialog.restore_button.isEnabled()


def test_restore_puts_the_backup_back_and_the_window_reloads(
    window, qtbot, clock, monkeypatch
) -> None:
    add(window, "Ada", "Bruno")
    window.workspace.backups.backup_now("manual")
    clock.advance(minutes=1)
    add(window, "Carla")
    assert window.count_label.text() == "3 leads"
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    dialog = open_dialog(window, qtbot, rows=1)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.count_label.text() == "2 leads")
    assert "backs up the data as it is now" in asked[0]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and not dialog._busy)
    assert cells(dialog, 0)[1:4:2] == ["Before a restore", "3"]
    assert window.undo_stack.count() == 0


def test_cancelled_restore_changes_nothing(window, qtbot, monkeypatch) -> None:
    add(window, "Ada")
    window.workspace.backups.backup_now("manual")
    add(window, "Bruno")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog = open_dialog(window, qtbot, rows=1)
    dialog.restore_button.click()
    qtbot.wait(100)
    assert window.workspace.leads.count_leads() == 2 and dialog.table.rowCount() == 1


def test_open_read_only_shows_the_backups_leads(window, qtbot) -> None:
    add(window, "Ada", "Bruno")
    window.workspace.backups.backup_now("manual")
    add(window, "Carla")
    dialog = open_dialog(window, qtbot, rows=1)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(BackupLeadsDialog) is not None)
    viewer = dialog.findChild(BackupLeadsDialog)
    names = {viewer.model.leads[r].first_name for r in range(viewer.model.rowCount())}
    assert names == {"Ada", "Bruno"}
    viewer.filter.setText("bru")
    assert viewer.proxy.rowCount() == 1
    viewer.close()
    viewer.deleteLater()
    qtbot.waitUntil(lambda: dialog.findChild(BackupLeadsDialog) is None)
    dialog.table.doubleClicked.emit(dialog.table.model().index(0, 0))  # a double click too
    qtbot.waitUntil(lambda: dialog.findChild(BackupLeadsDialog) is not None)


def test_a_server_database_explains_and_offers_export(qtbot, monkeypatch) -> None:
    ws = build_workspace(open_database("sqlite://"), actor="t")  # not a file: like a server
    win = MainWindow(ws, settings=QSettings())
    qtbot.addWidget(win)
    exported = []
    monkeypatch.setattr(win, "export_file", lambda: exported.append(True))
    win.actions["backups"].trigger()
    box = win.findChild(QMessageBox)
    assert "backups are the server's business" in box.text()
    export = next(b for b in box.buttons() if b.text() == "Export…")
    export.click()
    assert exported == [True]
    ws.close()


@pytest.mark.skipif(not PG_URL, reason="set LEADDESK_TEST_DB_URL to a PostgreSQL database")
def test_on_postgres_the_menu_explains_backups_are_the_servers(qtbot) -> None:
    ws = build_workspace(open_database(PG_URL), actor="t")
    win = MainWindow(ws, settings=QSettings())
    qtbot.addWidget(win)
    win.actions["backups"].trigger()
    assert win.findChild(BackupsDialog) is None
    box = win.findChild(QMessageBox)
    assert "PostgreSQL server" in box.text() and "Export…" in [b.text() for b in box.buttons()]
    ws.close()


def test_check_database_reports_and_repairs(window, qtbot) -> None:
    lead_id = window.workspace.leads.create_lead({"first_name": "Ada"}).value.id
    with window.workspace.backups.db.engine.begin() as conn:
        conn.execute(text(f"UPDATE leads SET stage = 'customer' WHERE id = {lead_id}"))
    window.actions["check_database"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "checkDatabaseReport") is not None)
    box = window.findChild(QMessageBox, "checkDatabaseReport")
    assert box.text() == "Problems were found."
    assert "is in Customer but its history ends in Lead. (repaired)" in box.informativeText()
    assert "A backup was made first" in box.informativeText()
    assert window.workspace.leads.stage_history(lead_id)[-1].to_stage.value == "customer"


def test_automatic_backups_on_start_and_only_after_changes(window, qtbot) -> None:
    service = window.workspace.backups
    auto = install_auto_backup(window, interval_ms=40)
    qtbot.waitUntil(lambda: len(auto.made) == 1)
    qtbot.wait(200)  # several ticks without changes: no new backup
    assert [b.reason for b in service.list_backups()] == ["start"]
    window.apply_changes(Changes(everything=True))
    qtbot.waitUntil(lambda: len(auto.made) == 2)
    qtbot.wait(200)
    assert [b.reason for b in service.list_backups()] == ["auto", "start"]


def test_about_shows_version_database_and_log_folder(window, monkeypatch) -> None:
    from leaddesk.logs import log_dir

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, body: shown.append(body))
    window.actions["about"].trigger()
    assert window.workspace.database_name in shown[0] and str(log_dir()) in shown[0]


def test_change_folder_moves_new_backups(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    synced = tmp_path / "Synced"
    synced.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(synced))
    dialog = open_dialog(window, qtbot, rows=0)
    dialog.folder_button.click()
    qtbot.waitUntil(lambda: not dialog._busy)
    assert str(synced) in dialog.where.text()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog._busy)
    assert len(list(synced.glob("leads-*-manual.sqlite"))) == 1


def test_failed_automatic_backup_is_reported_and_retried(window, qtbot, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    window.workspace.settings.set_setting("backups", {"folder": str(blocker / "sub")})
    auto = install_auto_backup(window, interval_ms=10_000)
    qtbot.waitUntil(lambda: "Automatic backup failed" in window.statusBar().currentMessage())
    assert "Cannot create the backup folder" in window.statusBar().currentMessage()
    assert auto.changed and not auto.running  # the next tick tries again
