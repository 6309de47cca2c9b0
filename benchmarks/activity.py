"""Benchmark: import 1,000,000 activity events for 100,000 leads (rescoring included).

Run: python benchmarks/activity.py [--events N] [--leads N]
Compares, in the same run, with the floor: reading the same CSV with the csv module and
inserting the rows with SQLAlchemy Core, with no parsing, matching, dedupe or rescoring.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from leaddesk.app import build_workspace  # noqa: E402
from leaddesk.storage.db import open_database  # noqa: E402
from leaddesk.storage.models import InteractionRow, LeadRow, StageChangeRow  # noqa: E402

ACTIONS = [
    "open",
    "open",
    "open",
    "click",
    "visita",
    "Descargó whitepaper",
    "Richiesta demo",
    "page view",
    "webinar registration",
]


def make_leads(db, count: int) -> None:
    now = datetime.now(UTC)
    rows = [
        {
            "stage": "lead",
            "first_name": f"P{i}",
            "last_name": "",
            "email": f"p{i}@firm{i % 997}.es",
            "email_key": f"p{i}@firm{i % 997}.es",
            "phone": "",
            "phone_key": "",
            "company": "",
            "job_title": "",
            "industry": "",
            "country": "",
            "city": "",
            "website": "",
            "source_channel": "",
            "campaign": "",
            "owner": "",
            "email_status": "",
            "custom": {},
            "score": 0,
            "fit_score": 0,
            "engagement_score": 0,
            "fit_grade": "D",
            "stage_entered_at": now,
            "created_at": now,
            "updated_at": now,
            "archived": False,
            "version": 1,
        }
        for i in range(count)
    ]
    with db.engine.begin() as conn:
        for start in range(0, count, 10_000):
            conn.execute(insert(LeadRow.__table__), rows[start : start + 10_000])
        conn.execute(
            insert(StageChangeRow.__table__),
            [
                {
                    "lead_id": i + 1,
                    "from_stage": None,
                    "to_stage": "lead",
                    "at": now,
                    "reason": "",
                    "automatic": False,
                    "actor": "",
                    "override": False,
                }
                for i in range(count)
            ],
        )


def make_events(path: Path, events: int, leads: int) -> None:
    rng = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["email", "timestamp", "action", "url"])
        for _ in range(events):
            i = rng.randrange(leads)
            when = start + timedelta(seconds=rng.randrange(300 * 86400))
            out.writerow(
                [
                    f"p{i}@firm{i % 997}.es",
                    when.strftime("%Y-%m-%d %H:%M:%S"),
                    rng.choice(ACTIONS),
                    f"/page/{rng.randrange(50)}",
                ]
            )


def floor(db, path: Path) -> float:
    """csv + Core insert, nothing else (the lead is looked up from a dict)."""
    t0 = time.perf_counter()
    with db.engine.connect() as conn:
        ids = {
            key: lead_id
            for lead_id, key in conn.execute(
                LeadRow.__table__.select().with_only_columns(LeadRow.id, LeadRow.email_key)
            )
        }
    with path.open(newline="", encoding="utf-8") as fh, db.engine.begin() as conn:
        reader = csv.reader(fh)
        next(reader)
        batch = []
        for email, ts, _action, url in reader:
            batch.append(
                {
                    "lead_id": ids[email],
                    "kind": "visit",
                    "occurred_at": datetime.fromisoformat(ts).replace(tzinfo=UTC),
                    "detail": url,
                    "campaign": "",
                    "data": {},
                    "actor": "",
                }
            )
            if len(batch) == 20_000:
                conn.execute(insert(InteractionRow.__table__), batch)
                batch = []
        if batch:
            conn.execute(insert(InteractionRow.__table__), batch)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument(
        "--reimport",
        action="store_true",
        help="also time importing the same file again (every event found already stored)",
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="leaddesk-bench-activity-"))
    path = tmp / "events.csv"
    make_events(path, args.events, args.leads)
    process = psutil.Process()

    floor_db = open_database(str(tmp / "floor.sqlite"))
    make_leads(floor_db, args.leads)
    floor_s = floor(floor_db, path)

    db = open_database(str(tmp / "ours.sqlite"))
    make_leads(db, args.leads)
    workspace = build_workspace(db, actor="bench")
    service = workspace.activity
    rss0 = process.memory_info().rss
    t0 = time.perf_counter()
    table = service.read(path)
    report = service.run_import(table, service.suggest_mapping(table))
    ours_s = time.perf_counter() - t0
    rss1 = process.memory_info().rss
    scored = "yes" if workspace.leads.rescorer is not None else "no scorer installed"

    print(f"{args.events:,} events for {args.leads:,} leads (rescoring: {scored})")
    print(f"{'':28}{'seconds':>10}{'events/s':>12}")
    print(f"{'LeadDesk import-activity':28}{ours_s:>10.1f}{args.events / ours_s:>12,.0f}")
    print(f"{'floor: csv + Core insert':28}{floor_s:>10.1f}{args.events / floor_s:>12,.0f}")
    print(
        f"ratio to floor: {floor_s / ours_s:.2f}x; memory added: {(rss1 - rss0) / 2**20:,.0f} MiB"
    )
    print(report.summary())
    if args.reimport:
        t0 = time.perf_counter()
        table = service.read(path)
        again = service.run_import(table, service.suggest_mapping(table))
        again_s = time.perf_counter() - t0
        print(f"{'re-import (all stored)':28}{again_s:>10.1f}{args.events / again_s:>12,.0f}")
        print(again.summary())


if __name__ == "__main__":
    main()
