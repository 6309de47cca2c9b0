"""A big import decides its rows in a planner process while this one writes: the same
answers as one process, and cancel, an error or a dead planner leave the database as it was."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from leaddesk.core.errors import OperationCancelled
from leaddesk.core.importing import pipeline
from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
from leaddesk.core.progress import Progress

HEADER = ["Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Empresa", "Alta", "Notas"]
ROWS = 2_000
CHUNK = 500  # four chunks


def write_rows(path: Path, stored_id: int) -> Path:
    """New people, re-cased emails of a stored lead, repeats across chunk boundaries, rows
    with no identity, bad optional dates, a LeadDesk ID row."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow([*HEADER, "LeadDesk ID"])
        for i in range(ROWS):
            row = [f"N{i}", "Ruiz", f"n{i}@lista.es", f"+34 600 {i:06d}", f"Lista {i % 7} SL",
                   f"{1 + i % 28:02d}/03/2024", "feria" if i % 3 else ""]  # fmt: skip
            if i % 150 == 1:
                row[2] = "  ANA@RUIZ.ES "  # a stored lead, once; the rest repeat it
            if i % 167 == 5 and i > 800:
                row = [f"N{i - 790}", "Ruiz", f"n{i - 790}@lista.es", "", "", "", ""]
            if i % 250 == 7:
                row = ["", "", "", "", "", "", "solo una nota"]
            if i % 130 == 9:
                row[5] = "31/02/2024"
            out.writerow([*row, str(stored_id) if i == ROWS - 1 else ""])
    return path


def import_file(workspace, path: Path, tmp_path: Path, progress: Progress | None = None):
    service = workspace.importer
    table = service.read(path)
    options = ImportOptions(on_duplicate=DuplicatePolicy.FILL)
    return service.run_import(
        table, service.suggest_mapping(table), options, progress or Progress(), error_dir=tmp_path
    )


def leads(workspace) -> list[tuple]:
    return sorted(
        (lead.email, lead.first_name, lead.last_name, lead.phone, lead.company,
         dict(lead.custom), lead.stage.value, lead.score)
        for lead in workspace.leads.repo.iter_leads()
    )  # fmt: skip


def add_ana(workspace) -> int:
    return workspace.leads.create_lead(
        {"first_name": "Ana", "last_name": "Ruiz", "email": "Ana@Ruiz.es", "company": ""}
    ).value.id


def sqlite_workspace(path: Path, clock):
    """A workspace over its own SQLite file, and that database."""
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    db = open_database(f"sqlite:///{path}")
    workspace = build_workspace(db, actor="tester")
    workspace.leads.clock = clock
    return workspace, db


@pytest.fixture
def reference(tmp_path: Path, clock):
    """A second database imported by one process (the planner process never used)."""
    workspace, _ = sqlite_workspace(tmp_path / "one-process.sqlite", clock)
    yield workspace
    workspace.close()


@pytest.fixture
def own(tmp_path: Path, clock):
    """(workspace, database) over a SQLite file, for what only SQLite does."""
    workspace, db = sqlite_workspace(tmp_path / "own.sqlite", clock)
    yield workspace, db
    workspace.close()


@pytest.fixture
def planners(monkeypatch) -> list[pipeline.PlannerProcess]:
    """Every planner process started, with the planner used from the first row on."""
    started: list[pipeline.PlannerProcess] = []
    original = pipeline.PlannerProcess.__init__

    def record(self, setup) -> None:
        original(self, setup)
        started.append(self)

    monkeypatch.setattr(pipeline.PlannerProcess, "__init__", record)
    monkeypatch.setattr(pipeline, "WORKER_FROM_ROWS", 0)
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", CHUNK)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    return started


def test_a_planner_process_decides_every_row_as_one_process_does(
    workspace, reference, planners, tmp_path, monkeypatch
) -> None:
    stored_id = add_ana(workspace)
    assert add_ana(reference) == stored_id
    path = write_rows(tmp_path / "lista.csv", stored_id)
    monkeypatch.setattr(pipeline, "WORKER_FROM_ROWS", 10**9)
    alone = import_file(reference, path, tmp_path)
    assert planners == []
    monkeypatch.setattr(pipeline, "WORKER_FROM_ROWS", 0)
    paired = import_file(workspace, path, tmp_path)
    assert len(planners) == 1 and planners[0]._process.poll() == 0
    assert paired.report.counts == alone.report.counts
    assert alone.report.count("duplicates_in_file") and alone.report.count("updated")
    assert alone.report.count("invalid") and alone.report.count("values_cleared")
    assert [p.message for p in paired.report.problems] == [p.message for p in alone.report.problems]
    assert (paired.created, paired.updated) == (alone.created, alone.updated)
    assert leads(workspace) == leads(reference)


def test_cancel_with_a_planner_process_leaves_the_database_and_no_process(
    workspace, planners, tmp_path
) -> None:
    path = write_rows(tmp_path / "lista.csv", add_ana(workspace))
    before = leads(workspace)
    progress = Progress(lambda done, total, msg: progress.cancel() if done > 800 else None)
    with pytest.raises(OperationCancelled):
        import_file(workspace, path, tmp_path, progress)
    assert leads(workspace) == before and workspace.importer.batches() == []
    assert len(planners) == 1 and planners[0]._process.poll() is not None


def test_a_planner_process_that_dies_rolls_the_import_back(workspace, planners, tmp_path) -> None:
    path = write_rows(tmp_path / "lista.csv", add_ana(workspace))
    before = leads(workspace)

    def kill_planner(done: int, total: int, message: str) -> None:
        if done > 800:
            planners[0]._process.kill()

    with pytest.raises(pipeline.PlannerFailed):
        import_file(workspace, path, tmp_path, Progress(kill_planner))
    assert leads(workspace) == before and workspace.importer.batches() == []


def test_small_files_are_decided_in_this_process(workspace, monkeypatch, tmp_path) -> None:
    started: list[object] = []
    monkeypatch.setattr(pipeline, "PlannerProcess", lambda setup: started.append(setup))
    path = write_rows(tmp_path / "lista.csv", add_ana(workspace))
    assert import_file(workspace, path, tmp_path).report.count("new") > 1_500
    assert started == []


def test_the_page_cache_is_large_while_writing_and_given_back_after(own, tmp_path) -> None:
    from leaddesk.storage.unit import unit_connection

    workspace, db = own

    def cache_size(conn) -> int:
        return conn.exec_driver_sql("PRAGMA cache_size").scalar()

    with db.engine.connect() as conn:
        usual = cache_size(conn)
    seen: list[int] = []

    def look(done: int, total: int, message: str) -> None:
        if message.startswith("Row"):
            seen.append(cache_size(unit_connection(db.engine)))

    path = write_rows(tmp_path / "lista.csv", add_ana(workspace))
    import_file(workspace, path, tmp_path, Progress(look))
    with db.engine.connect() as conn:
        assert cache_size(conn) == usual
    assert seen and all(-size > 8 * -usual for size in seen)


def indexes(db_engine) -> list[tuple[str, str]]:
    with db_engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).all()


def test_a_bulk_load_builds_the_indexes_again_in_its_transaction(
    own, tmp_path, monkeypatch
) -> None:
    from leaddesk.storage.repositories import import_writer

    dropped: list[str] = []
    execute = import_writer.Connection.exec_driver_sql

    def spy(conn, sql, *args, **kwargs):
        if sql.startswith("DROP INDEX"):
            dropped.append(sql)
        return execute(conn, sql, *args, **kwargs)

    monkeypatch.setattr(import_writer.Connection, "exec_driver_sql", spy)
    monkeypatch.setattr(import_writer, "BULK_FROM_ROWS", 1000)
    workspace, db = own
    before = indexes(db.engine)
    path = write_rows(tmp_path / "lista.csv", add_ana(workspace))
    progress = Progress(lambda done, total, msg: progress.cancel() if done > 800 else None)
    with pytest.raises(OperationCancelled):
        import_file(workspace, path, tmp_path, progress)
    assert dropped and indexes(db.engine) == before
    dropped.clear()
    result = import_file(workspace, path, tmp_path)
    assert dropped and indexes(db.engine) == before
    assert result.report.count("new") > 1_500
    with db.engine.connect() as conn:  # the rebuilt indexes hold every row
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM leads WHERE email_key = 'n7@lista.es'"
        ).all()
        assert "ix_leads_email_key" in str(plan)
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM leads INDEXED BY ix_leads_email_key WHERE email_key != ''"
            ).scalar()
            == conn.exec_driver_sql("SELECT count(*) FROM leads WHERE email_key != ''").scalar()
        )
