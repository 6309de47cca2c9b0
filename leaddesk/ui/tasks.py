"""Background work on a thread pool, with progress, cancel, and results back on the GUI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from leaddesk.core.errors import LeadDeskError, OperationCancelled
from leaddesk.core.progress import Progress
from leaddesk.logs import logger


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)  # the exception, the formatted traceback
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``work(progress)`` off the GUI thread; signals arrive on the GUI thread."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.progress = Progress(self.signals.progress.emit)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except OperationCancelled:
            self.signals.cancelled.emit()
        except Exception as err:  # every failure must reach the user, never kill the thread
            details = traceback.format_exc()
            if not isinstance(err, LeadDeskError):  # a bug: its dialog sends the user to the log
                logger.error("Unexpected error in a background task\n%s", details.rstrip())
            self.signals.failed.emit(err, details)
        else:
            self.signals.finished.emit(result)

    def cancel(self) -> None:
        self.progress.cancel()


_running: set[Task] = set()


def start_task(
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None],
    on_cancel: Callable[[], None] | None = None,
    parent: QWidget | None = None,
    label: str = "",
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> Task:
    """Start ``work`` in the background with a progress dialog (Cancel) under ``parent``."""
    task = Task(work)
    _running.add(task)
    dialog: QProgressDialog | None = None
    if parent is not None:
        dialog = QProgressDialog(label, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.signals.progress.connect(
            lambda done, total, msg: (
                shiboken6.isValid(dialog)
                and (
                    dialog.setMaximum(max(total, 0)),
                    dialog.setValue(min(done, total) if total else 0),
                    dialog.setLabelText(msg or label),
                )
            )
        )

    listener = owner if owner is not None else parent

    def finish(callback: Callable[..., None] | None, *args: Any) -> None:
        _running.discard(task)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(task.cancel)
            dialog.close()
            dialog.deleteLater()
        if listener is not None and not shiboken6.isValid(listener):
            return  # the screen that asked for this work is gone: nobody is left to tell
        if callback is not None:
            callback(*args)

    task.signals.finished.connect(lambda result: finish(on_done, result))
    task.signals.failed.connect(lambda err, tb: finish(on_error, err, tb))
    task.signals.cancelled.connect(lambda: finish(on_cancel))
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def is_user_error(err: BaseException) -> bool:
    return isinstance(err, LeadDeskError)
