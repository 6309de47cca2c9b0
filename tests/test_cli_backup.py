"""`leaddesk backup`, `leaddesk restore FILE` and `leaddesk --version` on the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from leaddesk.cli import main

PG_URL = os.environ.get("LEADDESK_TEST_DB_URL", "")


def test_backup_then_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = tmp_path / "mine.sqlite", tmp_path / "bk"
    assert main(["info", "--db", str(db)]) == 0
    from leaddesk.app import open_workspace

    ws = open_workspace(str(db))
    ws.leads.create_lead({"first_name": "Ada"})
    ws.close()
    capsys.readouterr()
    assert main(["backup", "--db", str(db), "--folder", str(folder)]) == 0
    made = Path(capsys.readouterr().out.split("backup: ", 1)[1].strip())
    assert made.parent == folder.resolve() and made.exists()

    ws = open_workspace(str(db))
    ws.leads.create_lead({"first_name": "Bruno"})
    ws.close()
    assert main(["restore", "--db", str(db), str(made)]) == 0
    out = capsys.readouterr().out
    assert "leads: 1" in out and "before-restore" in out
    assert main(["backup", "--list", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert "before-restore" in listing and "2 leads" in listing and "1 leads" in listing


def test_retention_is_configurable_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "mine.sqlite")
    args = ["backup", "--db", db, "--folder", str(tmp_path / "bk"), "--keep-last", "2"]
    assert main([*args, "--weekly-weeks", "0", "--daily-days", "0"]) == 0
    for _ in range(3):
        assert main(["backup", "--db", db]) == 0
    assert len(list((tmp_path / "bk").glob("mine-*.sqlite"))) == 2
    assert main(["backup", "--db", db, "--keep-last", "0"]) == 2
    assert "keep at least the newest backup" in capsys.readouterr().err


def test_restore_of_a_missing_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", "--db", str(tmp_path / "x.sqlite"), str(tmp_path / "no.sqlite")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Cannot read the backup" in err


@pytest.mark.skipif(not PG_URL, reason="set LEADDESK_TEST_DB_URL to a PostgreSQL database")
def test_backup_on_postgres_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", PG_URL]) == 2
    assert "server's business" in capsys.readouterr().err


def test_version_shows_database_and_log_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(tmp_path / "x.sqlite"), "--version"])
    assert exited.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("LeadDesk ")
    assert lines[1] == f"database: {tmp_path / 'x.sqlite'}"
    assert lines[2].startswith("logs: ") and "LeadDesk" in lines[2]
    assert not (tmp_path / "x.sqlite").exists()  # --version opens nothing
