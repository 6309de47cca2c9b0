"""Moving a database to the server and back: everything, all or nothing, counts checked."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from leaddesk.core.demo import generate_demo
from leaddesk.core.errors import OperationCancelled
from leaddesk.core.progress import Progress
from leaddesk.core.stages import Stage
from leaddesk.core.team.service import TransferRefused
from leaddesk.storage.backups.transfer import copy_database, tables
from leaddesk.storage.db import open_database
from leaddesk.storage.models import ImportBatchRow, ImportUndoRow, SettingRow
from leaddesk.storage.writing.demo import load_demo
from tests.team.helpers import fresh_postgres, needs_postgres, open_as

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def filled_sqlite(path: Path, count: int = 40) -> str:
    """A local database with rows in every table, non-ASCII text, money and JSON."""
    url = f"sqlite:///{path}"
    db = open_database(url)
    load_demo(db, generate_demo(NOW, count=count), NOW)
    with db.engine.begin() as conn:
        batch = conn.execute(
            insert(ImportBatchRow.__table__).values(
                file_name="veletrh-Brno.xlsx",
                kind="leads",
                created_at=NOW,
                counts={"new": 1},
                mapping={"Jméno": "first_name"},
                actor="tereza",
            )
        ).inserted_primary_key[0]
        conn.execute(
            insert(ImportUndoRow.__table__).values(
                batch_id=batch,
                lead_id=1,
                action="updated",
                old_values={"city": "Plzeň"},
                version_after=2,
            )
        )
        conn.execute(insert(SettingRow.__table__).values(key="rules", value={"mql": 40}))
    db.close()
    workspace = open_as(url, "tereza")
    lead = workspace.leads.create_lead(
        {"first_name": "Dvořák", "company": "Pivovar Žatec", "budget": Decimal("1234.50")}
    ).value
    workspace.leads.move_lead(lead.id, Stage.MQL)
    workspace.leads.edit_lead(lead.id, {"city": "Žatec"}, None)  # the field's history
    workspace.close()
    return url


def dump(url: str) -> dict[str, list[dict]]:
    """Every row of every table, in primary-key order."""
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return {
                t.name: [
                    dict(r._mapping)
                    for r in conn.execute(select(t).order_by(*t.primary_key.columns))
                ]
                for t in tables()
            }
    finally:
        db.close()


def test_copy_to_an_empty_sqlite_file_keeps_every_row(tmp_path: Path) -> None:
    source = filled_sqlite(tmp_path / "mine.sqlite")
    target = f"sqlite:///{tmp_path / 'copy.sqlite'}"
    seen: list[tuple[int, int]] = []
    report = copy_database(source, target, Progress(lambda d, t, _m: seen.append((d, t))))
    assert dump(target) == dump(source)
    assert report.leads == 41
    assert all(n > 0 for n in report.counts.values())
    assert seen[-1][0] == seen[-1][1] == sum(report.counts.values())


def test_copy_into_a_database_that_has_leads_is_refused(tmp_path: Path) -> None:
    source = filled_sqlite(tmp_path / "mine.sqlite")
    target = filled_sqlite(tmp_path / "theirs.sqlite", count=5)
    before = dump(target)
    with pytest.raises(TransferRefused, match="not empty"):
        copy_database(source, target)
    assert dump(target) == before


def test_a_cancelled_copy_leaves_the_target_empty(tmp_path: Path) -> None:
    source = filled_sqlite(tmp_path / "mine.sqlite")
    target = f"sqlite:///{tmp_path / 'copy.sqlite'}"
    progress = Progress(lambda done, total, _m: progress.cancel() if done > 500 else None)
    with pytest.raises(OperationCancelled):
        copy_database(source, target, progress, batch=100)
    assert all(rows == [] for rows in dump(target).values())
    copy_database(source, target)  # and it can simply be done again
    assert dump(target) == dump(source)


@needs_postgres
def test_sqlite_to_postgresql_and_back_gives_identical_data(tmp_path: Path) -> None:
    source = filled_sqlite(tmp_path / "mine.sqlite")
    server = fresh_postgres()
    to_server = copy_database(source, server)
    back = f"sqlite:///{tmp_path / 'back.sqlite'}"
    copy_database(server, back)
    assert dump(server) == dump(source)
    assert dump(back) == dump(source)
    assert to_server.leads == 41


@needs_postgres
def test_after_the_copy_new_rows_on_the_server_get_fresh_ids(tmp_path: Path) -> None:
    """The sequences were moved past the copied ids: adding a lead does not collide."""
    source = filled_sqlite(tmp_path / "mine.sqlite", count=30)
    server = fresh_postgres()
    copy_database(source, server)
    workspace = open_as(server, "bob")
    try:
        lead = workspace.leads.create_lead({"first_name": "Nový"}).value
        assert lead.id == 32
        assert len(workspace.leads.stage_history(lead.id)) == 1
    finally:
        workspace.close()


def test_the_command_line_copies_into_an_empty_file_and_refuses_a_full_one(
    tmp_path: Path, capsys
) -> None:
    from leaddesk.cli import main

    source = filled_sqlite(tmp_path / "mine.sqlite", count=10)
    target = tmp_path / "copy.sqlite"
    assert main(["copy-db", "--db", source, "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "leads: 11" in out and "row counts match" in out
    assert dump(f"sqlite:///{target}") == dump(source)
    assert main(["copy-db", "--db", source, "--to", str(target)]) == 2
    assert "not empty" in capsys.readouterr().err
