"""Background work on worker threads, with progress, cancel, and results back on the GUI thread.

The work runs on plain Python threads (``TaskPool``); what it reports (progress, the result,
the error, a cancel) is handed to the GUI thread through one ``_Mailbox`` that a socket pair
wakes. A task thus makes no call into Qt's Python bindings of its own, so a long-running app
does not depend on how each binding version counts references per call (PySide6 6.12 on
CPython 3.11 drops a reference to ``True`` or ``None`` on many calls, a ``QRunnable`` run or
a signal emit among them, until the interpreter aborts). A finished task lets go of its work
and its callbacks, so what they captured (a board, a dialog) can be freed.
"""

from __future__ import annotations

import collections
import contextlib
import os
import socket
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

from leaddesk.core.errors import LeadDeskError, OperationCancelled
from leaddesk.core.progress import Progress
from leaddesk.logs import logger


class TaskPool:
    """Worker threads for background work; ``wait_for_done`` waits until all have ended."""

    def __init__(self, max_threads: int | None = None, name: str = "leaddesk-task") -> None:
        workers = max_threads or max(2, os.cpu_count() or 2)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._active = 0
        self._idle = threading.Condition()

    def start(self, fn: Callable[[], None]) -> None:
        with self._idle:
            self._active += 1
        self._executor.submit(self._run, fn)

    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        finally:
            with self._idle:
                self._active -= 1
                if not self._active:
                    self._idle.notify_all()

    @property
    def active_count(self) -> int:
        return self._active

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Wait (at most ``msecs``; -1: as long as it takes) until no work is running.

        What the work reported reaches the GUI thread when its event loop next runs.
        """
        with self._idle:
            return self._idle.wait_for(
                lambda: self._active == 0, None if msecs < 0 else msecs / 1000
            )


class _Mailbox(QObject):
    """Runs functions posted from any thread on the GUI thread, in the order posted."""

    def __init__(self) -> None:
        super().__init__()
        self._queue: collections.deque[Callable[[], None]] = collections.deque()
        self._lock = threading.Lock()
        self._woken = False
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._deliver)

    def post(self, fn: Callable[[], None]) -> None:
        self._queue.append(fn)
        with self._lock:
            if self._woken:
                return  # a wake-up is on its way and will find this one too
            self._woken = True
        with contextlib.suppress(BlockingIOError):  # the byte before is still unread
            self._write.send(b"\0")

    def _deliver(self, *_args: object) -> None:
        try:
            while self._read.recv(4096):
                pass
        except BlockingIOError:
            pass
        with self._lock:  # after reading the wake-up: a post from now on sends another
            self._woken = False
        while self._queue:
            fn = self._queue.popleft()
            try:
                fn()
            except Exception:  # one failing callback must not hold back the others
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
            del fn


_global_pool: TaskPool | None = None
_mailbox: _Mailbox | None = None


def global_pool() -> TaskPool:
    """The pool background work runs on unless given another."""
    global _global_pool
    if _global_pool is None:
        _global_pool = TaskPool()
    return _global_pool


def _gui_mailbox() -> _Mailbox:
    global _mailbox
    if _mailbox is None or not shiboken6.isValid(_mailbox):
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("start background work from the GUI thread, with the app created")
        _mailbox = _Mailbox()
    return _mailbox


def wait_for_background_work(msecs: int = -1) -> bool:
    """Wait until the work on the global pool has ended (tests, closing the app)."""
    return global_pool().wait_for_done(msecs)


class _Reporter:
    """Carries a task's progress from its worker thread to the GUI thread, latest first.

    Apart from the task (which holds it), so that a finished task is freed at once.
    """

    def __init__(self, mailbox: _Mailbox) -> None:
        self.mailbox = mailbox
        self.show: Callable[[int, int, str], None] | None = None
        self._latest: tuple[int, int, str] | None = None
        self._lock = threading.Lock()

    def update(self, done: int, total: int, message: str) -> None:
        """On the worker thread: keep the latest figures; the GUI shows them when it can."""
        with self._lock:
            pending, self._latest = self._latest is not None, (done, total, message)
        if not pending:
            self.mailbox.post(self._show_latest)

    def _show_latest(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None and self.show is not None:
            self.show(*latest)


class Task:
    """Runs ``work(progress)`` off the GUI thread; what it reports arrives on the GUI thread."""

    def __init__(self, work: Callable[[Progress], Any], mailbox: _Mailbox | None = None) -> None:
        self._reporter = _Reporter(mailbox or _gui_mailbox())
        self.progress = Progress(self._reporter.update)
        self._work: Callable[[Progress], Any] | None = work
        self._finish: Callable[[str, tuple[Any, ...]], None] | None = None
        self.finished = False

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        """On a worker thread: run the work, then post the outcome to the GUI thread."""
        work, self._work = self._work, None
        if work is None:
            return
        try:
            result = work(self.progress)
        except OperationCancelled:
            outcome: tuple[str, tuple[Any, ...]] = ("cancelled", ())
        except Exception as err:  # every failure must reach the user, never kill the thread
            details = traceback.format_exc()
            if not isinstance(err, LeadDeskError):  # a bug: its dialog sends the user to the log
                logger.error("Unexpected error in a background task\n%s", details.rstrip())
            outcome = ("failed", (err, details))
        else:
            outcome = ("finished", (result,))
            del result
        del work  # what the work captured is freed here, not when the task object goes
        self._reporter.mailbox.post(lambda: self._ended(*outcome))

    def _ended(self, kind: str, args: tuple[Any, ...]) -> None:
        finish, self._finish, self._reporter.show = self._finish, None, None
        self.finished = True
        if finish is not None:
            finish(kind, args)


def start_task(
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None],
    on_cancel: Callable[[], None] | None = None,
    parent: QWidget | None = None,
    label: str = "",
    pool: TaskPool | None = None,
    owner: QObject | None = None,
) -> Task:
    """Start ``work`` in the background with a progress dialog (Cancel) under ``parent``.

    ``on_done``, ``on_error`` and ``on_cancel`` are called on the GUI thread, not at all when
    ``owner`` (or else ``parent``) has been deleted meanwhile.
    """
    task = Task(work)
    dialog: QProgressDialog | None = None
    if parent is not None:
        dialog = QProgressDialog(label, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)

        def show_progress(done: int, total: int, msg: str) -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                dialog.setLabelText(msg or label)

        task._reporter.show = show_progress

    listener = owner if owner is not None else parent
    callbacks = {"finished": on_done, "failed": on_error, "cancelled": on_cancel}

    def finish(kind: str, args: tuple[Any, ...]) -> None:
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(task.cancel)
            dialog.close()
            dialog.deleteLater()
        if listener is not None and not shiboken6.isValid(listener):
            return  # the screen that asked for this work is gone: nobody is left to tell
        callback = callbacks[kind]
        if callback is not None:
            callback(*args)

    task._finish = finish
    (pool or global_pool()).start(task.run)
    return task


def is_user_error(err: BaseException) -> bool:
    return isinstance(err, LeadDeskError)
