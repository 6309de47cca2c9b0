"""Progress and cancellation for long work, without Qt: the UI adapts it to signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

from leaddesk.core.errors import OperationCancelled


class Progress:
    """Passed to long-running use cases; they report and check for cancellation."""

    def __init__(self, on_update: Callable[[int, int, str], None] | None = None) -> None:
        self._on_update = on_update
        self._cancel = threading.Event()

    def update(self, done: int, total: int, message: str = "") -> None:
        """Report progress; raises OperationCancelled if the user asked to stop."""
        self.check()
        if self._on_update is not None:
            self._on_update(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise OperationCancelled()


NO_PROGRESS = Progress()
