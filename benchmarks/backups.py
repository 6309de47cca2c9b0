"""How long backups, restore and Check database take on a big pipeline.

Run: ``python benchmarks/backups.py [LEADS]`` (default 100,000). Generates its own data.
The floor is a plain file copy of the same database (which is NOT safe on a database in
use; it is only the speed limit of the disk).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from leaddesk.app import build_workspace  # noqa: E402
from leaddesk.storage.db import open_database  # noqa: E402


def fill(path: Path, leads: int) -> None:
    """``leads`` leads with a creation record each, written straight with sqlite3."""
    open_database(str(path)).close()
    with closing(sqlite3.connect(path)) as con:
        columns = (
            "stage, first_name, last_name, email, email_key, phone, phone_key, company, "
            "job_title, industry, country, city, website, source_channel, campaign, owner, "
            "email_status, custom, score, fit_score, engagement_score, fit_grade, created_at, "
            "updated_at, archived, version"
        )
        rows = [
            (
                "lead",
                f"First{i}",
                f"Last{i}",
                f"p{i}@example.com",
                f"p{i}@example.com",
                "",
                "",
                f"Company {i % 5000}",
                "Owner",
                "Retail",
                "ES",
                "Madrid",
                "",
                "web",
                "spring",
                "",
                "",
                "{}",
                i % 100,
                0,
                0,
                "C",
                "2026-03-02 09:30:00",
                "2026-03-02 09:30:00",
                0,
                1,
            )
            for i in range(leads)
        ]
        marks = ", ".join("?" * 26)
        con.executemany(f"INSERT INTO leads ({columns}) VALUES ({marks})", rows)
        con.execute(
            "INSERT INTO stage_changes (lead_id, to_stage, at, reason, automatic, actor, "
            "override) SELECT id, 'lead', created_at, 'created', 0, '', 0 FROM leads"
        )
        con.commit()


def timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main(leads: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / "big.sqlite"
        fill(path, leads)
        size = path.stat().st_size / 2**20
        ws = build_workspace(open_database(str(path)), actor="bench")
        service = ws.backups
        service.set_folder(root / "backups")
        copy_s, _ = timed(lambda: shutil.copyfile(path, root / "plain-copy.sqlite"))
        backup_s, made = timed(lambda: service.backup_now("bench"))
        list_s, listed = timed(service.list_backups)
        check_s, report = timed(service.check_database)
        restore_s, _ = timed(lambda: service.restore(made))
        ws.close()
    print(f"## backups — {leads:,} leads, database {size:.1f} MiB\n")
    print("| operation | seconds |")
    print("|---|---:|")
    print(f"| plain file copy (floor, unsafe on a live database) | {copy_s:.3f} |")
    print(f"| backup_now (online backup API + retention) | {backup_s:.3f} |")
    print(f"| list_backups (open each, count leads), {len(listed)} backup(s) | {list_s:.3f} |")
    print(f"| check_database ({report.leads_checked:,} leads, no scorer) | {check_s:.3f} |")
    print(f"| restore (verify + backup current + copy back) | {restore_s:.3f} |")
    print(f"\nbackup / copy = {backup_s / copy_s:.1f}×")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
