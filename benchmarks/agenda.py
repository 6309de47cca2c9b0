"""How fast My day opens: the day's queue over 100,000 leads and 20,000 open follow-ups.

Writes a synthetic pipeline with Core inserts (leads in every stage, four owners, follow-ups
spread from two months ago to four months ahead, meetings this week), then times
``AgendaService.day`` for one rep and for everyone, and the My day page (offscreen) from
the View menu to its filled list. The target: ≤ 200 ms.

    python benchmarks/agenda.py [--leads 100000] [--follow-ups 20000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from leaddesk.app import build_workspace  # noqa: E402
from leaddesk.storage.db import open_database  # noqa: E402
from leaddesk.storage.models import FollowUpRow, LeadRow  # noqa: E402

OWNERS = ["ana", "marco", "petra", "tom"]
STAGES = (
    ["lead"] * 55 + ["mql"] * 15 + ["sal"] * 8 + ["sql"] * 7 + ["nurture"] * 10 + ["customer"] * 5
)
TARGET_MS = 200.0


def fill(url: str, leads: int, follow_ups: int, now: datetime) -> None:
    rng = random.Random(20261203)
    db = open_database(url)
    with db.engine.begin() as conn:
        batch = []
        for n in range(leads):
            entered = now - timedelta(hours=rng.uniform(1, 24 * 60))
            batch.append(
                {
                    "stage": rng.choice(STAGES),
                    "first_name": f"Lead{n}",
                    "last_name": "Example",
                    "email": f"lead{n}@example.com",
                    "email_key": f"lead{n}@example.com",
                    "phone": "",
                    "phone_key": "",
                    "company": f"Company {n % 5000}",
                    "job_title": "",
                    "industry": "",
                    "country": "",
                    "city": "",
                    "website": "",
                    "source_channel": "",
                    "campaign": "",
                    "owner": rng.choice(OWNERS),
                    "email_status": "",
                    "custom": {},
                    "score": rng.randint(0, 120),
                    "fit_score": 0,
                    "engagement_score": 0,
                    "fit_grade": "C",
                    "stage_entered_at": entered,
                    "created_at": entered,
                    "updated_at": entered,
                    "archived": False,
                    "version": 1,
                }
            )
            if len(batch) == 5000:
                conn.execute(insert(LeadRow.__table__), batch)
                batch = []
        if batch:
            conn.execute(insert(LeadRow.__table__), batch)
        today = now.date()
        items = []
        for n in range(follow_ups):
            meeting = n % 10 == 0
            due = today + timedelta(days=rng.randint(0, 6) if meeting else rng.randint(-60, 120))
            items.append(
                {
                    "lead_id": rng.randint(1, leads),
                    "kind": "meeting" if meeting else "follow_up",
                    "due_on": due,
                    "at": datetime.combine(due, datetime.min.time(), UTC) + timedelta(hours=10)
                    if meeting
                    else None,
                    "what": "Send the price list",
                    "content": "",
                    "owner": rng.choice(OWNERS),
                    "created_at": now,
                    "actor": "",
                    "done_by": "",
                }
            )
        conn.execute(insert(FollowUpRow.__table__), items)
    db.close()


def timed(step: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> bool:
    median = statistics.median(times)
    ok = median <= TARGET_MS
    print(
        f"{name:<34} median {median:7.1f} ms   max {max(times):7.1f} ms   {'ok' if ok else 'SLOW'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--follow-ups", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'agenda.sqlite'}"
        start = time.perf_counter()
        fill(url, args.leads, args.follow_ups, now)
        print(
            f"{args.leads} leads, {args.follow_ups} open follow-ups written in "
            f"{time.perf_counter() - start:.1f} s"
        )
        workspace = build_workspace(open_database(url), actor="ana")
        agenda = workspace.agenda
        day = agenda.day("ana")
        print(
            f"ana's day: {day.calls.total} calls, {day.overdue.total} overdue, "
            f"{day.today.total} today, {day.this_week.total} this week, "
            f"{day.mqls.total} MQLs waiting, {day.meetings_today.total} meetings today"
        )
        results = [
            report("day (one rep)", timed(lambda: agenda.day("ana"), args.runs)),
            report("day (everyone)", timed(lambda: agenda.day(""), args.runs)),
            report("My day page opens (one rep)", time_page(workspace, args.runs)),
        ]
        workspace.close()
    return 0 if all(results) else 1


def time_page(workspace: object, runs: int) -> list[float]:
    """From View → My day to the filled list, the page built afresh each time."""
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from leaddesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(runs):
        window = MainWindow(workspace, settings=QSettings("LeadDeskBench", "agenda"))
        window.show()
        for _ in range(3):  # the board done loading first: only My day is timed
            QThreadPool.globalInstance().waitForDone(30_000)
            app.processEvents()
        start = time.perf_counter()
        window.actions["view_my_day"].trigger()  # builds the page, asks for the day, fills it
        window.my_day_page.repaint()  # and paints it
        times.append((time.perf_counter() - start) * 1000)
        window.close()
        window.deleteLater()
        app.processEvents()
    return times


if __name__ == "__main__":
    sys.exit(main())
