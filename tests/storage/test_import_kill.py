"""A process killed (SIGKILL) in the middle of a large import leaves the database as before."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

IMPORTER = textwrap.dedent(
    """
    import sys
    from leaddesk.app import open_workspace
    from leaddesk.core.importing.options import ImportOptions
    from leaddesk.core.progress import Progress

    workspace = open_workspace(sys.argv[1])
    service = workspace.importer
    table = service.read(sys.argv[2])

    def report(done, total, message):
        print("progress", done, flush=True)

    service.run_import(table, service.suggest_mapping(table), ImportOptions(),
                       Progress(report), error_dir=None)
    print("finished", flush=True)
    """
)


def state(db: Path) -> tuple:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (
            con.execute("SELECT count(*), max(id), sum(version) FROM leads").fetchone(),
            con.execute("SELECT count(*) FROM import_batches").fetchone(),
            con.execute("SELECT count(*) FROM stage_changes").fetchone(),
            con.execute("SELECT count(*) FROM import_undo").fetchone(),
        )
    finally:
        con.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_import_leaves_the_database_as_before(tmp_path: Path) -> None:
    from leaddesk.app import open_workspace

    db = tmp_path / "leads.sqlite"
    workspace = open_workspace(str(db))
    workspace.leads.create_lead({"first_name": "Ana", "email": "ana@ruiz.es"})
    workspace.close()
    source = tmp_path / "big.csv"
    with source.open("w") as fh:
        fh.write("First name,Email,Company\n")
        for i in range(30_000):
            fh.write(f"N{i},n{i}@lista.es,Lista {i % 50}\n")
    before = state(db)
    process = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db), str(source)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            # several chunks are written inside the open transaction: kill it there
            if line.startswith("progress") and int(line.split()[1]) >= 15_000:
                break
        else:
            pytest.fail("the import finished before it could be killed")
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    assert state(db) == before


# -- the import with its scores, automatic moves and rejected rows: one unit ---------------

SCORED_IMPORTER = textwrap.dedent(
    """
    import sys, time
    from leaddesk.app import open_workspace
    from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
    from leaddesk.core.progress import Progress

    workspace = open_workspace(sys.argv[1])
    service = workspace.importer
    workspace.scoring  # wired: the leads' rescorer from here on
    scoring = workspace.leads.rescorer
    pause = float(sys.argv[4])

    class Announcing:
        # Says when the leads are written and scoring starts: the moment a kill once
        # left them committed but unscored.
        def rescore(self, lead_ids):
            print("rescoring", flush=True)
            time.sleep(pause)
            return scoring.rescore(lead_ids)

    workspace.leads.rescorer = Announcing()
    table = service.read(sys.argv[2])

    def report(done, total, message):
        print("progress", done, flush=True)

    options = ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE)
    service.run_import(table, service.suggest_mapping(table), options, Progress(report),
                       error_dir=__import__("pathlib").Path(sys.argv[3]))
    print("finished", flush=True)
    """
)
WARM_LEADS = 40  # asked to be contacted: an import that makes them CEOs moves them to MQL


def full_state(db: Path) -> tuple:
    """Everything an import changes, times left out: leads with their scores, grades and
    stages, the stage history (automatic or not), batches and undo rows."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        leads = con.execute(
            "SELECT id, stage, score, fit_score, engagement_score, fit_grade, job_title, "
            "version FROM leads ORDER BY id"
        ).fetchall()
        return (
            tuple(leads),
            tuple(con.execute(
                "SELECT lead_id, from_stage, to_stage, automatic FROM stage_changes ORDER BY id"
            ).fetchall()),
            con.execute("SELECT count(*) FROM import_batches").fetchone(),
            con.execute("SELECT count(*), sum(version_after) FROM import_undo").fetchone(),
        )  # fmt: skip
    finally:
        con.close()


def scored_before(tmp_path: Path) -> tuple[Path, Path]:
    """A database with warm leads (scored, in Lead) and a list that updates them and adds
    thousands more, some rows invalid (so a workbook of rejected rows is written)."""
    from leaddesk.app import open_workspace
    from leaddesk.core.leads import InteractionKind

    db = tmp_path / "before.sqlite"
    workspace = open_workspace(str(db))
    for i in range(WARM_LEADS):
        lead = workspace.leads.create_lead({"first_name": f"W{i}", "email": f"w{i}@warm.es"})
        workspace.leads.log_interaction(lead.value.id, InteractionKind.CONTACT_REQUEST, "call me")
    workspace.close()
    source = tmp_path / "list.csv"
    titles = ["CEO", "Sales manager", "Student", "", "Founder"]
    with source.open("w") as fh:
        fh.write("First name,Email,Company,Job title,Company size\n")
        for i in range(WARM_LEADS):
            fh.write(f"W{i},w{i}@warm.es,Warm {i},CEO,50\n")
        for i in range(12_000):
            email = f"n{i}@lista.es" if i % 500 else "not an email"
            fh.write(f"N{i},{email},Lista {i % 50},{titles[i % 5]},{10 + i % 300}\n")
    return db, source


def run_importer(db: Path, source: Path, errors: Path, pause: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SCORED_IMPORTER, str(db), str(source), str(errors), str(pause)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def kill_when(process: subprocess.Popen[str], wanted: str, delay: float) -> bool:
    """SIGKILL ``delay`` seconds after the line ``wanted``; False if it finished first."""
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.startswith(wanted):
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
                break
        process.wait(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    return process.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def import_states(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, Path, tuple, tuple, float]:
    """The database before, the list, the states before and after a complete import, and
    how long it took from its first rows read to its end (seconds)."""
    folder = tmp_path_factory.mktemp("scored-import")
    db, source = scored_before(folder)
    before = full_state(db)
    done = folder / "after.sqlite"
    shutil.copy(db, done)
    errors = folder / "errors-after"
    errors.mkdir()
    process = run_importer(done, source, errors, 0.0)
    assert process.stdout is not None
    started = None
    for line in process.stdout:
        started = started or time.monotonic()
        last = line
    process.wait(timeout=300)
    assert started is not None and last.startswith("finished")
    duration = time.monotonic() - started
    after = full_state(done)
    assert list(errors.glob("*.xlsx")), "the complete import writes its rejected rows"
    moved = [c for c in after[1] if c[2] == "mql" and c[3]]
    assert len(moved) == WARM_LEADS  # the warm leads crossed the line: automatic moves
    assert {lead[5] for lead in after[0]} >= {"B", "C", "D"}  # grades, not all defaults
    return db, source, before, after, duration


def killed_state(
    tmp_path: Path, import_states: tuple, wanted: str, delay: float, pause: float = 0.0
) -> tuple:
    """The state after a kill ``delay`` s after the line ``wanted`` (or after the end, when
    the import finished first): it must be the state before or after, never between."""
    db, source, before, after, _ = import_states
    copy = tmp_path / "leads.sqlite"
    shutil.copy(db, copy)
    errors = tmp_path / "errors"
    errors.mkdir()
    process = run_importer(copy, source, errors, pause)
    killed = kill_when(process, wanted, delay)
    found = full_state(copy)
    if not killed:
        assert process.returncode == 0 and found == after
    assert found in (before, after), "a kill left the database between before and after"
    if found == after:
        assert list(errors.glob("*.xlsx")), "an import that happened has its rejected rows"
    return found


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_once_the_leads_are_written_leaves_no_unscored_leads(
    tmp_path: Path, import_states: tuple
) -> None:
    """Killed while scoring the leads it has just written: nothing of the import remains."""
    found = killed_state(tmp_path, import_states, "rescoring", 0.2, pause=1.0)
    assert found == import_states[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("seed", range(6))
def test_sigkill_at_a_random_moment_leaves_before_or_after(
    tmp_path: Path, import_states: tuple, seed: int
) -> None:
    """Killed anywhere from the first rows read to a little past the end: before or after,
    never between (checked in ``killed_state``), scores, grades and automatic moves
    included. The moments spread over the whole import, its scoring and its commit."""
    duration = import_states[4]
    delay = duration * (seed + random.Random(seed).random()) / 5
    killed_state(tmp_path, import_states, "progress", delay)
