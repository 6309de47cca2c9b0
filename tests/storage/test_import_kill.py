"""A process killed (SIGKILL) in the middle of a large import leaves the database as before."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

IMPORTER = textwrap.dedent(
    """
    import sys
    from leaddesk.app import open_workspace
    from leaddesk.core.importing.rows import ImportOptions
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
