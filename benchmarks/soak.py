"""A simulated working day on a shared database: does the app stay alive, and stay flat?

    LEADDESK_TEST_DB_URL=postgresql+psycopg://postgres@127.0.0.1:55432/leaddesk \\
        python benchmarks/soak.py [--db URL] [--tasks 50000] [--hours 10] [--actions 5000]

The PostgreSQL database must be a throwaway one: its schema is dropped and rebuilt. Without
a URL the day runs on a SQLite file (and says so): nothing is polled then.

One rep's window (offscreen Qt, the real MainWindow with its board and team polling) and a
colleague's workspace on the same database. Each simulated poll interval (3 s) the colleague
maybe edits, moves or logs a call on a lead through the services, the rep's window polls
(a background task) and shows the change, and a few more small background tasks run
(reading a lead, as the screens do), until ``--tasks`` tasks have run over ``--hours``
hours. Every simulated hour: live Python objects (after a full collection), RSS, and the
reference counts of True and False.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text  # noqa: E402

from leaddesk.app import build_workspace  # noqa: E402
from leaddesk.core.demo import generate_demo  # noqa: E402
from leaddesk.core.errors import StageMoveRefused  # noqa: E402
from leaddesk.core.leads import InteractionKind  # noqa: E402
from leaddesk.core.stages import MoveVia, Stage  # noqa: E402
from leaddesk.storage.db import open_database  # noqa: E402
from leaddesk.storage.writing.demo import load_demo  # noqa: E402

POLL_SECONDS = 3  # the team polling interval (leaddesk.ui.team.sync.POLL_MS)
IMMORTAL = 1 << 40  # what leaddesk.ui._none_guard adds where a PySide6 build needs it


def reset(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def rss_mib() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 2**20
    except ImportError:  # pragma: no cover - Linux without psutil
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def refcount(obj: object) -> int:
    """The reference count, less what the None/True guard added (it shows the drift)."""
    count = sys.getrefcount(obj)
    return count - IMMORTAL if count > IMMORTAL // 2 else count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("LEADDESK_TEST_DB_URL", ""))
    parser.add_argument("--tasks", type=int, default=50_000)
    parser.add_argument("--hours", type=float, default=10)
    parser.add_argument("--actions", type=int, default=5_000, help="edits, moves and calls")
    parser.add_argument("--leads", type=int, default=2_000)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="leaddesk-soak-"))
    url = args.db
    if url.startswith("postgresql"):
        reset(url)
        where = "PostgreSQL (loopback)"
    else:
        url = f"sqlite:///{folder / 'soak.sqlite'}"
        where = "SQLite file"
        print("note: no PostgreSQL URL (--db or LEADDESK_TEST_DB_URL): a SQLite file, no polling")
    db = open_database(url)
    load_demo(db, generate_demo(datetime.now(UTC), count=args.leads))
    db.close()

    from PySide6.QtCore import QEvent, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from leaddesk.ui import tasks
    from leaddesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qs"))
    rep = build_workspace(open_database(url), actor="rep")
    colleague = build_workspace(open_database(url), actor="colleague")
    window = MainWindow(rep, settings=QSettings())
    window.show()
    sync = window.team_sync
    polling = sync is not None and sync._team is not None and sync._team.shared
    lead_ids = _all_ids(rep)

    ticks = int(args.hours * 3600 / POLL_SECONDS)
    polls = ticks if polling else 0
    extra = max(args.tasks - polls, 0)
    hour_ticks = max(int(3600 / POLL_SECONDS), 1)
    started = {"tasks": 0, "done": 0, "polls": 0, "actions": 0, "refused": 0}

    def settle() -> None:
        """Run the event loop until every background task has reported."""
        while started["done"] < started["tasks"] or (polling and sync._busy):
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def read_done(_lead: object) -> None:
        started["done"] += 1

    def failed(err: BaseException, details: str) -> None:
        print(details, file=sys.stderr)
        started["done"] += 1

    def read_lead(lead_id: int) -> None:
        started["tasks"] += 1
        tasks.start_task(
            lambda _p: rep.leads.lead(lead_id), on_done=read_done, on_error=failed, owner=window
        )

    def act(n: int) -> None:
        """The colleague's n-th action: an edit, a move or a logged call."""
        lead_id = lead_ids[(n * 7919) % len(lead_ids)]
        kind = n % 3
        if kind == 0:
            lead = colleague.leads.lead(lead_id)
            colleague.leads.edit_lead(lead_id, {"city": f"City {n % 97}"}, lead.version)
        elif kind == 1:
            lead = colleague.leads.lead(lead_id)
            target = Stage.MQL if lead.stage is not Stage.MQL else Stage.LEAD
            try:
                colleague.leads.move_lead(lead_id, target, reason="soak")
            except StageMoveRefused:
                started["refused"] += 1
                colleague.leads.move_lead(lead_id, target, via=MoveVia.UNDO, reason="soak")
        else:
            colleague.leads.log_interaction(lead_id, InteractionKind.CALL, "soak call")
        started["actions"] += 1

    def row(label: str) -> tuple[str, int, float, int, int]:
        gc.collect()
        return (label, len(gc.get_objects()), rss_mib(), refcount(True), refcount(False))

    settle()  # the first board, the first poll
    rows = [row("start")]
    print(
        f"{args.leads} leads, {where}; {args.hours:g} simulated hours, a poll every "
        f"{POLL_SECONDS} s ({polls} polls), {args.tasks} background tasks, "
        f"{args.actions} edits/moves/calls; PySide6 {_pyside()} on Python "
        f"{sys.version.split()[0]}",
        flush=True,
    )
    began = time.perf_counter()
    extra_done = 0
    for tick in range(ticks):
        if started["actions"] < args.actions and tick * args.actions // ticks >= started["actions"]:
            act(started["actions"])
        if polling:
            sync.poll_now()
            started["polls"] += 1
        want = (tick + 1) * extra // ticks
        while extra_done < want:
            read_lead(lead_ids[(extra_done * 31) % len(lead_ids)])
            extra_done += 1
        settle()
        if (tick + 1) % hour_ticks == 0:
            rows.append(row(f"{(tick + 1) * POLL_SECONDS / 3600:g} h"))
            print(_line(rows[-1], started, time.perf_counter() - began), flush=True)
    elapsed = time.perf_counter() - began

    print()
    print("| simulated | live objects | RSS MiB | refcount True | refcount False |")
    print("|---|---:|---:|---:|---:|")
    for label, objects, rss, t, f in rows:
        print(f"| {label} | {objects:,} | {rss:.1f} | {t:,} | {f:,} |")
    warm = rows[1] if len(rows) > 2 else rows[0]
    last = rows[-1]
    print()
    print(
        f"{started['polls'] + started['tasks']:,} background tasks ({started['polls']:,} polls), "
        f"{started['actions']:,} edits/moves/calls ({started['refused']} moves by undo) "
        f"in {elapsed:.0f} s; after the first hour: live objects {last[1] - warm[1]:+,}, "
        f"RSS {last[2] - warm[2]:+.1f} MiB, True {last[3] - warm[3]:+,}, "
        f"False {last[4] - warm[4]:+,}; the process is alive."
    )
    window.close()
    tasks.wait_for_background_work()
    rep.close()
    colleague.close()
    return 0


def _all_ids(workspace: object) -> list[int]:
    from leaddesk.core.leads import CardSort, LeadFilter

    ids = workspace.leads.board_ids(LeadFilter(), CardSort.SCORE)  # type: ignore[attr-defined]
    return sorted(lead_id for column in ids.values() for lead_id in column)


def _pyside() -> str:
    import PySide6

    return PySide6.__version__


def _line(r: tuple[str, int, float, int, int], started: dict[str, int], secs: float) -> str:
    return (
        f"  {r[0]:>5}: {r[1]:,} objects, {r[2]:.1f} MiB, True {r[3]:,}, False {r[4]:,} "
        f"({started['polls'] + started['tasks']:,} tasks, {started['actions']:,} actions, "
        f"{secs:.0f} s)"
    )


if __name__ == "__main__":
    sys.exit(main())
