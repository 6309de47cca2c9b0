"""How fast the qualification call feels: opening it, the live proposal, saving, undoing.

Generates a pipeline on the fly (the demo generator, scaled up), then times the call's steps
against a peer measured in the same run: the foundation's plain stage move with one
interaction (``LeadService.move_lead``), which is the least a saved call must do.

    python benchmarks/qualification_call.py [--leads 5000] [--calls 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from leaddesk.app import build_workspace  # noqa: E402
from leaddesk.core.demo import generate_demo  # noqa: E402
from leaddesk.core.leads import CardSort, InteractionKind, LeadFilter, NewInteraction  # noqa: E402
from leaddesk.core.qualification.answers import CallAnswers  # noqa: E402
from leaddesk.core.qualification.outcomes import Outcome  # noqa: E402
from leaddesk.core.qualification.proposal import propose_outcome  # noqa: E402
from leaddesk.core.qualification.questions import Interest, Timing, YesNo  # noqa: E402
from leaddesk.core.qualification.record import CallDecision  # noqa: E402
from leaddesk.core.stages import MoveVia, Stage  # noqa: E402
from leaddesk.storage.db import open_database  # noqa: E402
from leaddesk.storage.writing.demo import load_demo  # noqa: E402

READY = CallAnswers(
    need=YesNo.YES,
    money_available=YesNo.YES,
    decision_maker=YesNo.YES,
    timing=Timing.QUARTER,
    interest=Interest.HIGH,
    problem="Quotes take a week",
)


def timed(step: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return times


def row(name: str, times: list[float]) -> str:
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    return f"| {name} | {len(times)} | {statistics.median(times):.2f} | {p95:.2f} |"


def time_form(service: object, lead_id: int) -> list[float]:
    """Building the form widget for a lead, as Ctrl+Q does (without the main window)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from leaddesk.ui.qualification.form import QualificationForm

    app = QApplication.instance() or QApplication([])

    def build() -> None:
        form = QualificationForm(None, service, service.context(lead_id))  # type: ignore[attr-defined]
        form.deleteLater()
        app.processEvents()

    return timed(build, 30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=5000)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="leaddesk-bench-"))
    db = open_database(f"sqlite:///{folder / 'bench.sqlite'}")
    now = datetime.now(UTC)
    load_demo(db, generate_demo(now, count=args.leads))
    ws = build_workspace(db, actor="bench")
    service = ws.qualification
    sal = ws.leads.board_ids(LeadFilter(), CardSort.SCORE)[Stage.SAL]
    calls = min(args.calls, len(sal) // 2)
    ours, peers = sal[:calls], sal[calls : 2 * calls]
    meeting = now + timedelta(days=2)
    answers = [replace(READY, timing=t) for t in Timing]

    lines = [
        f"{ws.leads.count_leads()} leads, {len(sal)} in SAL, SQLite file; times in ms",
        "",
        "| step | runs | median | p95 |",
        "|---|---|---|---|",
        row("open a call (lead, history, prefill)", timed(lambda: service.context(ours[0]), 200)),
        row("open the form window (offscreen Qt)", time_form(service, ours[0])),
        row(
            "live proposal, all 6 timings (µs → ms)",
            timed(lambda: [propose_outcome(a) for a in answers], 2000),
        ),
    ]
    it = iter(ours)
    decision = CallDecision(READY, Outcome.READY, meeting_at=meeting, duration_seconds=45)
    recorded = []
    save = timed(lambda: recorded.append(service.record_call(next(it), decision).value), calls)
    lines.append(row("save a call (call + meeting + fields + move)", save))
    it_undo = iter(recorded)
    lines.append(row("undo a saved call", timed(lambda: service.undo_call(next(it_undo)), calls)))
    it_peer = iter(peers)

    def plain_move() -> None:
        lead_id = next(it_peer)
        note = NewInteraction(lead_id, InteractionKind.CALL, now, "call")
        ws.leads.move_lead(lead_id, Stage.SQL, via=MoveVia.CALL, reason="ready", interaction=note)

    peer = timed(plain_move, calls)
    lines.append(row("peer: plain move with one interaction", peer))
    ratio = statistics.median(save) / statistics.median(peer)
    lines += ["", f"saving a call costs {ratio:.1f}× a plain move"]
    print("\n".join(lines))
    ws.close()


if __name__ == "__main__":
    main()
