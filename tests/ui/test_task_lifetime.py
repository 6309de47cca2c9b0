"""Background work over a working day: the process survives it and finished work is freed."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import weakref
from pathlib import Path

from leaddesk.core.stages import Stage
from leaddesk.ui.board import board_view
from leaddesk.ui.tasks import start_task, wait_for_background_work
from tests.ui.board_helpers import add_lead, make_window

ROOT = Path(__file__).resolve().parents[2]

# Ten thousand tiny tasks through start_task, each started when the one before has reported
# (as team polling does), in one run of the event loop; then the reference counts of the
# interpreter's singletons. Run in a child process: a refcount error aborts the interpreter.
MANY_TASKS = textwrap.dedent(
    """
    import gc, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from leaddesk.ui.tasks import start_task

    app = QApplication([])
    N = int(sys.argv[1])
    left = [N]
    before = []

    def done(result):
        assert result is True
        left[0] -= 1
        if left[0] == N - 500:  # after warming up (threads started, caches filled)
            gc.collect()
            before.extend((sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)))
        if left[0] > 0:
            start_next()
        elif left[0] == 0:
            app.quit()

    def start_next():
        start_task(lambda progress: (progress.update(1, 2, "half"), True)[1],
                   on_done=done, on_error=lambda err, tb: app.exit(3))

    for _ in range(4):  # a few at once, as several screens do
        start_next()
    code = app.exec()
    gc.collect()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    print("REFCOUNTS", *before, *after, flush=True)
    sys.exit(code)
    """
)


def test_ten_thousand_background_tasks_leave_true_and_false_alone() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", MANY_TASKS, "10000"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    line = next(x for x in run.stdout.splitlines() if x.startswith("REFCOUNTS"))
    t0, f0, n0, t1, f1, n1 = (int(x) for x in line.split()[1:])
    # Immortal singletons (Python >= 3.12) show one huge constant: the check holds there too.
    assert abs(t1 - t0) <= 20, (t0, t1)
    assert abs(f1 - f0) <= 20, (f0, f1)
    assert abs(n1 - n0) <= 200, (n0, n1)


class Captured:
    """Stands for what a task's work and callbacks hold (a screen, a big result)."""


def test_a_finished_task_lets_go_of_what_it_captured(qtbot) -> None:
    captured, results = Captured(), []
    task = start_task(
        lambda progress, c=captured: progress.update(1, 1) or [c],
        on_done=lambda result, c=captured: results.append(len(result)),
        on_error=lambda err, tb, c=captured: results.append(err),
        on_cancel=lambda c=captured: results.append("cancelled"),
    )
    gone = weakref.ref(captured)
    del captured
    assert wait_for_background_work(5000)
    qtbot.waitUntil(lambda: results == [1], timeout=5000)
    gc.collect()
    assert gone() is None  # freed although the caller still holds the task
    assert task.finished


def test_a_failed_task_lets_go_of_what_it_captured(qtbot) -> None:
    captured, errors = Captured(), []

    def work(progress, c=captured):
        raise ValueError("no")

    task = start_task(work, on_done=errors.append, on_error=lambda err, tb: errors.append(err))
    gone = weakref.ref(captured)
    del captured, work
    assert wait_for_background_work(5000)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ValueError)
    errors.clear()
    gc.collect()
    assert gone() is None and task.finished


def test_a_board_replaced_by_another_is_freed(qtbot, workspace, monkeypatch) -> None:
    monkeypatch.setattr(board_view, "SYNC_INDEX_LIMIT", 0)  # the index and cards in background
    add_lead(workspace, first_name="Olga", budget="800")
    add_lead(workspace, Stage.MQL, first_name="Ivan")
    window = make_window(qtbot, workspace)
    qtbot.waitUntil(lambda: window.board.index_ready, timeout=10_000)
    first = window.board
    assert wait_for_background_work(5000)  # the cards warmed in the background too
    qtbot.wait(50)
    gone = weakref.ref(first)
    del first
    window.attach(workspace)  # as opening another database does: a new board
    assert window.board is not None and gone() is not window.board
    qtbot.waitUntil(lambda: window.board.index_ready, timeout=10_000)
    assert wait_for_background_work(5000)
    qtbot.wait(50)  # the old board's deleteLater
    gc.collect()
    assert gone() is None
