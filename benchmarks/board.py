"""Board benchmark: 100,000 leads — first paint, memory, scrolling, one filter keystroke.

Run: python benchmarks/board.py [--leads N] [--keep PATH]
Generates its own data (SQLAlchemy Core inserts), opens the real main window (offscreen
unless QT_QPA_PLATFORM says otherwise) and compares the board's keystroke with the floor a
database query per keystroke would give.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QPoint, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from leaddesk.app import open_workspace  # noqa: E402
from leaddesk.core import demo  # noqa: E402
from leaddesk.core.leads import CardSort, LeadFilter  # noqa: E402
from leaddesk.core.stages import Stage  # noqa: E402
from leaddesk.storage.db import open_database  # noqa: E402
from leaddesk.storage.models import LeadRow  # noqa: E402
from leaddesk.storage.repositories.rows import derived_keys  # noqa: E402

STAGE_WEIGHTS = {
    Stage.LEAD: 38,
    Stage.MQL: 18,
    Stage.SAL: 6,
    Stage.SQL: 5,
    Stage.CUSTOMER: 4,
    Stage.NURTURE: 17,
    Stage.DISQUALIFIED: 12,
}
SCROLL_STEPS = 500
TARGETS = {"first paint": 1.0, "memory": 150.0, "keystroke": 0.050}


def generate(url: str, count: int) -> float:
    """``count`` realistic leads in one transaction; returns seconds taken."""
    rng = random.Random(2026)
    now = datetime.now(UTC)
    db = open_database(url)
    started = time.perf_counter()
    stages, weights = list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values())
    with db.engine.begin() as conn:
        batch = []
        for n in range(count):
            lang = rng.choice(list(demo.FIRST))
            first, last = rng.choice(demo.FIRST[lang]), rng.choice(demo.LAST[lang])
            company = rng.choice(demo.COMPANY[lang])
            created = now - timedelta(days=rng.uniform(0, 400))
            fields = {
                "first_name": first,
                "last_name": last,
                "email": f"{demo._ascii(first)}.{demo._ascii(last)}{n}@example.{demo.DOMAIN[lang]}",
                "phone": f"+34 6{rng.randint(10000000, 99999999)}",
                "company": f"{company} {n % 997}",
                "job_title": rng.choice(demo.ROLES),
                "industry": rng.choice(demo.INDUSTRIES),
                "country": demo.COUNTRY[lang],
                "city": rng.choice(demo.CITY[lang]),
                "source_channel": rng.choice(demo.CHANNELS),
                "campaign": rng.choice(demo.CAMPAIGNS),
                "budget": Decimal(rng.choice([0, 500, 1500, 3000, 5000, 12000])),
                "owner": rng.choice(demo.OWNERS),
            }
            touched = created + timedelta(days=rng.uniform(0, 30))
            batch.append(
                {
                    **fields,
                    **derived_keys(fields),
                    "stage": rng.choices(stages, weights)[0].value,
                    "custom": {"preferred_language": lang},
                    "score": rng.randint(-10, 120),
                    "fit_score": 0,
                    "engagement_score": 0,
                    "fit_grade": rng.choice("ABCD"),
                    "created_at": created,
                    "updated_at": created,
                    "stage_entered_at": created,
                    "last_interaction_at": min(touched, now),
                    "archived": False,
                    "version": 1,
                }
            )
            if len(batch) == 5000:
                conn.execute(insert(LeadRow.__table__), batch)
                batch = []
        if batch:
            conn.execute(insert(LeadRow.__table__), batch)
    db.close()
    return time.perf_counter() - started


class FirstPaint(QObject):
    """Notes when a column first paints with cards laid out in it (not an empty frame)."""

    def __init__(self, views: list) -> None:
        super().__init__()
        self.at: float | None = None
        self._views = {view.viewport(): view for view in views}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            view = self._views.get(watched)
            if view is not None and view.indexAt(QPoint(20, 20)).isValid():
                self.at = time.perf_counter()
        return False


def rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


def measure(url: str) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv)
    from leaddesk.ui.board import board_view
    from leaddesk.ui.main_window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    workspace = open_workspace(url)
    app.processEvents()
    base = rss_mib()
    started, cpu_started = time.perf_counter(), time.thread_time()
    window = MainWindow(workspace, settings=settings)
    board: board_view.BoardView = window.board  # type: ignore[assignment]
    probe = FirstPaint([c.list_view for c in board.columns.values()])
    for column in board.columns.values():
        column.list_view.viewport().installEventFilter(probe)
    window.show()
    while probe.at is None:
        app.processEvents()
    cpu = time.thread_time() - cpu_started
    result = {
        "first paint": probe.at - started,
        "first paint (GUI thread CPU)": cpu,
        "memory at first paint": rss_mib() - base,
    }
    while not board.index_ready:
        app.processEvents()
        time.sleep(0.005)
    result["index ready"] = time.perf_counter() - started
    app.processEvents()
    result["memory"] = rss_mib() - base

    biggest = max(board.columns.values(), key=lambda c: c.model.rowCount())
    view = biggest.list_view
    bar = view.verticalScrollBar()
    deadline = time.perf_counter() + 60
    while bar.maximum() < (biggest.model.rowCount() - 20) * 60 and time.perf_counter() < deadline:
        app.processEvents()  # the batched layout finishes: the full scroll range exists
    # Dragging the thumb from top to bottom: SCROLL_STEPS repaints, each a new screenful.
    t = time.perf_counter()
    for step in range(SCROLL_STEPS + 1):
        bar.setValue(bar.maximum() * step // SCROLL_STEPS)
        view.viewport().repaint()
    result["scroll end to end"] = time.perf_counter() - t
    result["scroll per screenful"] = result["scroll end to end"] / (SCROLL_STEPS + 1)
    result["scroll rows"] = biggest.model.rowCount()

    edit = board.filter_bar.text_edit
    # The viewports, fetched once: PySide wraps each on its first call from Python, which
    # is this script's cost, not the board's.
    viewports = [column.list_view.viewport() for column in board.columns.values()]
    keystrokes, cpu_times = [], []
    for text in ("m", "ma", "mar", "mart", "marti", "martin", "martina", "martin", "", "a"):
        for _ in range(20):  # let the previous answer finish laying out
            app.processEvents()
        t, c = time.perf_counter(), time.thread_time()
        edit.setText(text)  # what one keystroke does …
        app.processEvents()  # … and the first screenful of every column, painted
        for viewport in viewports:
            viewport.repaint()
        keystrokes.append(time.perf_counter() - t)
        cpu_times.append(time.thread_time() - c)
    result["keystroke"] = max(keystrokes)
    result["keystroke median"] = statistics.median(keystrokes)
    result["keystroke (GUI thread CPU, max)"] = max(cpu_times)

    service = workspace.leads
    t = time.perf_counter()
    service.board_ids(LeadFilter(text="ma"), CardSort.SCORE)
    service.stage_totals(LeadFilter(text="ma"))
    result["peer: one keystroke as a database query"] = time.perf_counter() - t
    t = time.perf_counter()
    service.board_ids(LeadFilter(), CardSort.SCORE)
    result["floor: the id query alone"] = time.perf_counter() - t
    window.close()
    workspace.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--keep", help="reuse or keep the generated SQLite file here")
    args = parser.parse_args()
    path = Path(args.keep) if args.keep else Path(tempfile.mkdtemp()) / "board-bench.sqlite"
    url = f"sqlite:///{path}"
    if not path.exists():
        took = generate(url, args.leads)
        print(f"generated {args.leads:,} leads in {took:.1f} s")
    result = measure(url)
    print(f"\n{'measure':45} {'value':>12} {'target':>10}")
    for name, value in result.items():
        unit = "MiB" if name.startswith("memory") else ("" if "rows" in name else "s")
        target = TARGETS.get(name)
        mark = "" if target is None else (" ok" if value <= target else " OVER")
        shown = f"{value:,.0f}" if unit == "" else f"{value:.3f}" if unit == "s" else f"{value:.1f}"
        target_text = "" if target is None else f"≤ {target:g} {unit}"
        print(f"{name:45} {shown:>9} {unit:3} {target_text:>10}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
