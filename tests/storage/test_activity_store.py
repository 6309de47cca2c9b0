"""The activity store's quick paths give what the general ones give."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite

from leaddesk.core.errors import OperationCancelled
from leaddesk.core.progress import Progress
from leaddesk.storage.repositories.activity import INTERACTIONS, _time_binder


@settings(max_examples=300, deadline=None)
@given(
    when=st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 1, 1)),
    offset=st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-7))]),
)
def test_times_are_stored_as_sqlalchemy_would_store_them(when: datetime, offset) -> None:
    value = when.replace(tzinfo=offset)
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        general = INTERACTIONS.c.occurred_at.type._cached_bind_processor(dialect)
        expected = general(value) if general else value
        assert _time_binder(dialect)(value) == expected


@pytest.fixture
def sqlite_workspace(sqlite_url, clock):
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    db = open_database(sqlite_url)
    workspace = build_workspace(db, actor="tester")
    workspace.leads.clock = clock
    yield workspace, db
    workspace.close()


def cache_size(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA cache_size").scalar()


def visits_file(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["email", "timestamp", "action", "url"])
        for n in range(rows):
            out.writerow(
                ["ana@talleres.es", f"2026-01-02 10:{n // 60:02d}:{n % 60:02d}", "visit", "/"]
            )
    return path


def test_the_import_cache_is_given_back_after_an_import_and_a_cancel(
    sqlite_workspace, tmp_path
) -> None:
    workspace, db = sqlite_workspace
    ana = workspace.leads.create_lead({"first_name": "Ana", "email": "ana@talleres.es"}).value
    usual = cache_size(db)
    service = workspace.activity
    table = service.read(visits_file(tmp_path / "visits.csv", 30))
    report = service.run_import(table, service.suggest_mapping(table))
    assert report.count("added") == 30
    assert cache_size(db) == usual

    progress = Progress()
    progress._on_update = lambda done, total, message: progress.cancel()
    table = service.read(visits_file(tmp_path / "more.csv", 40))
    with pytest.raises(OperationCancelled):
        service.run_import(table, service.suggest_mapping(table), progress=progress)
    assert cache_size(db) == usual
    assert len(workspace.leads.interactions(ana.id)) == 30


def test_a_first_import_and_an_overlapping_second_one_on_sqlite(sqlite_workspace, tmp_path) -> None:
    """The first import (no imported event stored yet, only one typed by hand) skips the
    look-ups; the second one finds the overlap."""
    from leaddesk.core.leads import InteractionKind

    workspace, _db = sqlite_workspace
    ana = workspace.leads.create_lead({"first_name": "Ana", "email": "ana@talleres.es"}).value
    workspace.leads.log_interaction(ana.id, InteractionKind.CALL, "asked for prices")
    service = workspace.activity
    table = service.read(visits_file(tmp_path / "first.csv", 30))
    assert service.run_import(table, service.suggest_mapping(table)).count("added") == 30
    table = service.read(visits_file(tmp_path / "second.csv", 50))  # the same 30, 20 new
    report = service.run_import(table, service.suggest_mapping(table))
    assert (report.count("added"), report.count("already_imported")) == (20, 30)
    assert len(workspace.leads.interactions(ana.id)) == 1 + 50


def test_stages_of_many_leads_read_in_one_pass_are_the_same(workspace, monkeypatch) -> None:
    from leaddesk.core.stages import Stage
    from leaddesk.storage.repositories import activity as activity_store

    ids = [
        workspace.leads.create_lead({"first_name": f"P{n}", "email": f"p{n}@x.es"}).value.id
        for n in range(6)
    ]
    workspace.leads.move_lead(ids[2], Stage.MQL)
    store = workspace.activity.store
    asked = ids[1:5]
    one_by_one = store.stages(asked)
    monkeypatch.setattr(activity_store, "SCAN_FROM", 1)
    assert store.stages(asked) == one_by_one
    assert sorted(one_by_one) == asked and one_by_one[ids[2]] == Stage.MQL.value
