"""How cheap is "what did the others change?", and how fast does data move to the server?

    LEADDESK_TEST_DB_URL=postgresql+psycopg://postgres@127.0.0.1:55432/leaddesk_team \\
        python benchmarks/team_sync.py [--leads 20000]

The PostgreSQL database must be a throwaway one: its schema is dropped and rebuilt. Compares
the poll (indexed ``updated_at`` watermark) against the naive peer, a full snapshot of every
lead's version, on the same data in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, insert, select, text  # noqa: E402

from leaddesk.app import build_workspace  # noqa: E402
from leaddesk.storage.backups.transfer import copy_database  # noqa: E402
from leaddesk.storage.db import open_database  # noqa: E402
from leaddesk.storage.models import LeadRow  # noqa: E402


def reset(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def fill(url: str, count: int) -> None:
    db = open_database(url)
    start = datetime.now(UTC) - timedelta(days=200)
    rows = [
        {
            "stage": "lead",
            "first_name": f"Lead {i}",
            "email": f"lead{i}@example.com",
            "email_key": f"lead{i}@example.com",
            "created_at": start,
            "updated_at": start + timedelta(minutes=i % 10000),
            "custom": {},
        }
        for i in range(count)
    ]
    with db.engine.begin() as conn:
        for at in range(0, count, 5000):
            conn.execute(insert(LeadRow), rows[at : at + 5000])
    db.close()


def timed(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=20000)
    parser.add_argument("--url", default=os.environ.get("LEADDESK_TEST_DB_URL", ""))
    args = parser.parse_args()
    if not args.url.startswith("postgresql"):
        print("set LEADDESK_TEST_DB_URL (or --url) to a throwaway PostgreSQL database")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        local = f"sqlite:///{Path(folder) / 'local.sqlite'}"
        fill(local, args.leads)
        reset(args.url)
        began = time.perf_counter()
        report = copy_database(local, args.url)
        copy_s = time.perf_counter() - began
    rows = sum(report.counts.values())

    workspace = build_workspace(open_database(args.url), actor="bench")
    other = build_workspace(open_database(args.url), actor="other")
    team = workspace.team
    team.poll()
    idle_ms = timed(team.poll)

    ids = list(range(1, args.leads + 1, max(1, args.leads // 10)))[:10]

    busy = []
    for _ in range(7):
        for lead_id in ids:
            other.leads.edit_lead(lead_id, {"city": str(time.perf_counter())}, None)
        began = time.perf_counter()
        changes = team.poll()
        busy.append(time.perf_counter() - began)
        assert set(ids) <= changes.leads
    busy_ms = statistics.median(busy) * 1000

    engine = create_engine(args.url)
    with engine.connect() as conn:
        snapshot_ms = timed(
            lambda: conn.execute(select(LeadRow.id, LeadRow.version, LeadRow.updated_at)).all()
        )
    engine.dispose()
    workspace.close()
    other.close()

    print(f"team_sync: {args.leads:,} leads on PostgreSQL")
    print(f"{'what':<46}{'result':>16}")
    print(f"{'poll, nothing changed (median)':<46}{idle_ms:>13.1f} ms")
    print(f"{'poll after 10 leads were edited (median)':<46}{busy_ms:>13.1f} ms")
    print(f"{'peer: full snapshot of id+version (median)':<46}{snapshot_ms:>13.1f} ms")
    print(f"{'poll vs peer, nothing changed':<46}{snapshot_ms / max(idle_ms, 1e-6):>14.0f} x")
    print(f"{'copy SQLite -> PostgreSQL (all tables)':<46}{copy_s:>14.2f} s")
    print(f"{'  rows per second':<46}{rows / copy_s:>16,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
