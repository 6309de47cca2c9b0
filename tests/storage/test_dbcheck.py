"""Check database finds a deliberately broken history and repairs it, after a backup."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import text

from leaddesk.core.backups.dbcheck import FindingKind
from leaddesk.core.changes import Changes
from leaddesk.core.leads import InteractionKind
from leaddesk.core.stages import Stage


class InteractionCountScorer:
    """A real (tiny) scorer: ten points per interaction."""

    def __init__(self, leads) -> None:
        self.leads = leads

    def rescore(self, lead_ids: Iterable[int]) -> Changes:
        ids = list(lead_ids)
        rows = []
        for lead_id in ids:
            points = 10 * len(self.leads.interactions(lead_id))
            rows.append((lead_id, points, 0, points, "D"))
        self.leads.repo.save_scores(rows)
        return Changes(leads=frozenset(ids))


@pytest.fixture
def checked(workspace, tmp_path: Path):
    service = workspace.backups
    if service.supports_backups:
        service.set_folder(tmp_path / "backups")
    leads = workspace.leads
    ids = [
        leads.create_lead({"first_name": n, "email": f"{n}@x.it"}).value.id
        for n in ("Ada", "Bruno", "Carla", "Dario")
    ]
    leads.move_lead(ids[0], Stage.MQL)
    return workspace, service, ids


def sql(workspace, statement: str) -> None:
    db = workspace.backups.db
    with db.engine.begin() as conn:
        conn.execute(text(statement))


def test_a_healthy_database_reports_no_problems(checked) -> None:
    _ws, service, _ids = checked
    report = service.check_database()
    assert report.ok and report.leads_checked == 4
    assert report.backup is None  # nothing to repair, nothing backed up
    assert "No problems found." in report.summary()


def test_broken_history_is_found_and_repaired_after_a_backup(checked) -> None:
    workspace, service, (ada, bruno, carla, _dario) = checked
    sql(workspace, f"UPDATE leads SET stage = 'sql' WHERE id = {ada}")  # history ends in MQL
    sql(workspace, f"DELETE FROM stage_changes WHERE lead_id = {bruno}")
    sql(workspace, f"UPDATE leads SET stage = 'bogus' WHERE id = {carla}")

    report = service.check_database()
    kinds = {f.lead_id: f.kind for f in report.findings}
    assert kinds == {
        ada: FindingKind.HISTORY_MISMATCH,
        bruno: FindingKind.NO_HISTORY,
        carla: FindingKind.UNKNOWN_STAGE,
    }
    assert set(report.repaired) == set(report.findings)
    if service.supports_backups:
        assert report.backup is not None and "before-check" in report.backup.name

    leads = workspace.leads
    ada_history = leads.stage_history(ada)
    assert (ada_history[-1].from_stage, ada_history[-1].to_stage) == (Stage.MQL, Stage.SQL)
    assert ada_history[-1].automatic and "Check database" in ada_history[-1].reason
    assert [c.to_stage for c in leads.stage_history(bruno)] == [Stage.LEAD]
    assert leads.lead(carla).stage is Stage.LEAD  # back where its history ends
    assert service.check_database().ok  # and a second check is clean


def test_the_backup_holds_the_state_before_the_repair(sqlite_url: str, tmp_path: Path) -> None:
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    workspace = build_workspace(open_database(sqlite_url), actor="t")
    service = workspace.backups
    service.set_folder(tmp_path / "backups")
    ada = workspace.leads.create_lead({"first_name": "Ada"}).value.id
    workspace.leads.move_lead(ada, Stage.MQL)
    sql(workspace, f"UPDATE leads SET stage = 'customer' WHERE id = {ada}")
    report = service.check_database()
    import sqlite3

    con = sqlite3.connect(report.backup)
    count = con.execute("SELECT count(*) FROM stage_changes WHERE lead_id = ?", (ada,)).fetchone()[
        0
    ]
    con.close()
    assert count == 2 and len(workspace.leads.stage_history(ada)) == 3
    workspace.close()


def test_stale_scores_are_brought_up_to_date_without_calling_them_problems(checked) -> None:
    workspace, service, (ada, bruno, *_rest) = checked
    workspace.leads.rescorer = InteractionCountScorer(workspace.leads)
    workspace.leads.log_interaction(ada, InteractionKind.VISIT)  # scores Ada 10
    sql(workspace, f"UPDATE leads SET score = 99 WHERE id IN ({ada}, {bruno})")
    report = service.check_database()
    assert report.ok and report.findings == ()
    assert report.scores_refreshed == 2 and report.scores_checked
    summary = report.summary()
    assert "No problems found." in summary and "problem(s)" not in summary
    assert "links between records, stage history and scores" in summary
    assert "Brought 2 score(s) up to date" in summary
    assert workspace.leads.lead(ada).score == 10 and workspace.leads.lead(bruno).score == 0


def test_a_damaged_file_is_reported_not_repaired(tmp_path: Path) -> None:
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    path = tmp_path / "damaged.sqlite"
    ws = build_workspace(open_database(str(path)), actor="t")
    lead = ws.leads.create_lead({"first_name": "N", "company": "x" * 200}).value
    ws.close()
    import sqlite3

    con = sqlite3.connect(path)
    columns = ", ".join(c[1] for c in con.execute("PRAGMA table_info(leads)") if c[1] != "id")
    for _ in range(300):
        con.execute(
            f"INSERT INTO leads ({columns}) SELECT {columns} FROM leads WHERE id = ?", (lead.id,)
        )
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='leads'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:  # scribble over a page of the leads table's b-tree
        fh.seek((root + 2) * page + 100)
        fh.write(b"\xff" * 512)
    ws = build_workspace(open_database(str(path)), actor="t")
    try:
        service = ws.backups
        service.set_folder(tmp_path / "backups")
        report = service.check_database()
        assert [f.kind for f in report.findings] == [FindingKind.DAMAGED]
        assert not report.repaired and "Restore a backup" in report.summary()
    finally:
        ws.close()
