"""Backups with SQLite's online backup API: consistent under writes, private, restorable."""

from __future__ import annotations

import sqlite3
import stat
import threading
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from leaddesk.app import build_workspace
from leaddesk.core.backups.retention import BackupError, RetentionPolicy
from leaddesk.core.stages import Stage
from leaddesk.storage.backups.files import BackupFolder
from leaddesk.storage.backups.service import BackupService
from leaddesk.storage.db import open_database


@pytest.fixture
def service(tmp_path: Path, clock) -> BackupService:
    ws = build_workspace(open_database(str(tmp_path / "leads.sqlite")), actor="tester")
    ws.leads.clock = clock
    svc: BackupService = ws.backups
    svc.set_folder(tmp_path / "backups")
    yield svc
    ws.close()


def add_leads(service: BackupService, names: list[str]) -> list[int]:
    return [
        service.leads.create_lead({"first_name": n, "email": f"{n}@x.cz"}).value.id for n in names
    ]


def table_rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as con:
        return con.execute(sql).fetchall()


def test_backup_while_another_connection_writes_is_consistent(tmp_path: Path) -> None:
    """Each writer transaction adds 20 leads with their history; a backup sees whole ones."""
    path = tmp_path / "busy.sqlite"
    db = open_database(str(path))
    db.close()
    stop = threading.Event()
    committed = [0]

    def writer() -> None:
        with closing(sqlite3.connect(path, timeout=30)) as con:
            con.execute("PRAGMA journal_mode=WAL")
            while not stop.is_set():
                with con:  # one transaction
                    for _ in range(20):
                        cur = con.execute(
                            "INSERT INTO leads (stage, first_name, last_name, email, email_key, "
                            "phone, phone_key, company, job_title, industry, country, city, "
                            "website, source_channel, campaign, owner, email_status, custom, "
                            "score, fit_score, engagement_score, fit_grade, created_at, "
                            "updated_at, archived, version) VALUES ('lead', 'A', 'B', '', '', "
                            "'', '', 'C', '', '', '', '', '', '', '', '', '', '{}', 0, 0, 0, "
                            "'D', '2026-03-02 09:30:00', '2026-03-02 09:30:00', 0, 1)"
                        )
                        con.execute(
                            "INSERT INTO stage_changes (lead_id, to_stage, at, reason, "
                            "automatic, actor, override) VALUES (?, 'lead', "
                            "'2026-03-02 09:30:00', 'created', 0, '', 0)",
                            (cur.lastrowid,),
                        )
                committed[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    folder = BackupFolder(tmp_path / "backups", "busy", RetentionPolicy(keep_last=50))
    made = []
    try:
        while committed[0] < 3:
            time.sleep(0.001)
        at_start = committed[0]
        for _ in range(8):
            made.append(folder.make(path, "auto"))
            time.sleep(0.01)
        assert committed[0] > at_start  # the writer kept committing while we backed up
    finally:
        stop.set()
        thread.join()
    counts = set()
    for backup in made:
        assert table_rows(backup, "PRAGMA integrity_check") == [("ok",)]
        leads = table_rows(backup, "SELECT count(*) FROM leads")[0][0]
        changes = table_rows(backup, "SELECT count(*) FROM stage_changes")[0][0]
        assert leads % 20 == 0 and leads == changes  # never half a transaction
        counts.add(leads)
    assert max(counts) > 0
    assert table_rows(made[-1], "PRAGMA journal_mode") == [("delete",)]


def test_backup_files_are_private(service: BackupService) -> None:
    made = service.backup_now("manual")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700


def test_restore_brings_back_the_exact_data(service: BackupService, clock) -> None:
    ids = add_leads(service, ["Tereza", "Marco", "Lucía"])
    service.leads.move_lead(ids[0], Stage.MQL)
    service.leads.edit_lead(ids[1], {"company": "Forno Srl", "budget": "1200.50"}, None)
    snapshot = service.backup_now("manual")
    before = [service.leads.lead(i) for i in ids]
    history = [service.leads.stage_history(i) for i in ids]

    clock.advance(minutes=5)
    service.leads.move_lead(ids[0], Stage.DISQUALIFIED, reason="student")
    service.leads.edit_lead(ids[1], {"company": "Changed"}, None)
    add_leads(service, ["Extra"])
    assert service.leads.count_leads() == 4

    safety = service.restore(snapshot)
    assert service.leads.count_leads() == 3
    assert [service.leads.lead(i) for i in ids] == before
    assert [service.leads.stage_history(i) for i in ids] == history
    # The state just before the restore was kept, and can itself be restored.
    assert "before-restore" in safety.name
    service.restore(safety)
    assert service.leads.count_leads() == 4
    assert service.leads.lead(ids[0]).stage is Stage.DISQUALIFIED


def test_a_file_that_is_no_backup_is_refused_before_anything_changes(
    service: BackupService, tmp_path: Path
) -> None:
    add_leads(service, ["Tereza"])
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database at all")
    with pytest.raises(BackupError, match="not a LeadDesk backup"):
        service.restore(bogus)
    assert service.leads.count_leads() == 1
    assert service.list_backups() == []  # no needless "before-restore" either


def test_list_shows_size_and_lead_count(service: BackupService, clock) -> None:
    service.backup_now("start")
    add_leads(service, ["A", "B"])
    clock.advance(minutes=30)
    service.backup_now("auto")
    listed = service.list_backups()
    assert [(b.reason, b.lead_count) for b in listed] == [("auto", 2), ("start", 0)]
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)


def test_read_only_view_leaves_the_backup_untouched(service: BackupService) -> None:
    add_leads(service, ["Tereza", "Marco"])
    made = service.backup_now("manual")
    before = made.read_bytes()
    leads = service.read_only_leads(made)
    assert sorted(lead.first_name for lead in leads) == ["Marco", "Tereza"]
    assert made.read_bytes() == before
    assert not list(made.parent.glob("*-wal")) and not list(made.parent.glob("*-journal"))


def test_old_backups_are_pruned_by_the_policy(service: BackupService, clock) -> None:
    service.set_policy(RetentionPolicy(keep_last=3, daily_days=2, weekly_weeks=0))
    for _ in range(5):  # five on the first day
        service.backup_now("auto")
        clock.advance(hours=1)
    clock.advance(days=1)
    service.backup_now("auto")
    times = [b.created_at for b in service.list_backups()]
    first_day = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    assert times == [
        first_day + timedelta(days=1, hours=5),
        first_day + timedelta(hours=4),
        first_day + timedelta(hours=3),
    ]


def test_backup_folder_can_be_changed_and_is_remembered(service: BackupService, tmp_path: Path):
    synced = tmp_path / "Synced" / "LeadDesk"
    service.set_folder(synced)
    made = service.backup_now("manual")
    assert made.parent == synced.resolve()
    assert service.folder == synced.resolve()
    # A restore brings back old data, not the old choice of folder.
    service.set_folder(tmp_path / "elsewhere")
    service.restore(made)
    assert service.folder == (tmp_path / "elsewhere").resolve()
    service.set_folder(None)
    assert service.folder.name == "backups"


def test_unwritable_folder_is_a_clear_error(service: BackupService, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="Cannot create the backup folder"):
        service.set_folder(blocker / "sub")


def test_postgres_or_memory_databases_are_not_backed_up_here() -> None:
    ws = build_workspace(open_database("sqlite://"), actor="t")
    try:
        svc = ws.backups
        assert not svc.supports_backups
        assert svc.backup_now("import") is None
        with pytest.raises(BackupError, match="server's business"):
            svc.restore(Path("/nonexistent.sqlite"))
    finally:
        ws.close()


def test_restore_puts_back_the_data_and_keeps_the_backup_folder_in_one_step(
    service: BackupService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where backups go is this machine's choice: it arrives with the restored data, not in
    a later write that a crash could lose (here the step after the copy fails)."""
    import leaddesk.storage.backups.restore as restore
    from leaddesk.storage.backups.files import read_settings_raw

    add_leads(service, ["Tereza"])
    snapshot = service.backup_now("manual")  # holds the folder chosen then
    service.set_folder(tmp_path / "elsewhere")
    add_leads(service, ["Marco"])

    def upgrade_fails(url: str) -> None:
        raise OSError("killed")

    monkeypatch.setattr(restore, "open_database", upgrade_fails)
    with pytest.raises(OSError):
        service.restore(snapshot)
    live = tmp_path / "leads.sqlite"
    assert read_settings_raw(live)["folder"] == str((tmp_path / "elsewhere").resolve())
    with closing(sqlite3.connect(live)) as con:
        assert con.execute("SELECT count(*) FROM leads").fetchone()[0] == 1
