"""Unexpected exceptions: logged with their traceback, shown with "Copy details"; the app
keeps running (every write is one transaction, so nothing is half-written)."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from leaddesk.logs import logger, setup_logging
from leaddesk.ui.dialogs import show_error

ParentGetter = Callable[[], QWidget | None]


class CrashHandler(QObject):
    """``sys.excepthook`` (and ``threading.excepthook``) for the application window."""

    # Emitted from any thread; the dialog is shown on the GUI thread (queued connection).
    crashed = Signal(object, str)

    def __init__(self, parent_getter: ParentGetter) -> None:
        super().__init__()
        self._parent_getter = parent_getter
        self._showing = False
        self.crashed.connect(self._show)

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        logger.error("Unexpected error\n%s", details.rstrip())
        self.crashed.emit(exc, details)

    def on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        self(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self, exc: BaseException, details: str) -> None:
        if self._showing:  # an error while showing an error: the log has it
            return
        self._showing = True
        try:
            show_error(self._parent_getter(), exc, details)
        finally:
            self._showing = False


def install_crash_handler(parent_getter: ParentGetter) -> CrashHandler:
    """Log to the rotating file and show unexpected errors; returns the installed hook."""
    try:
        setup_logging()
    except OSError as err:  # no log folder must not stop the app; the dialog still shows
        print(f"leaddesk: cannot write the log: {err}", file=sys.stderr)
    handler = CrashHandler(parent_getter)
    sys.excepthook = handler
    threading.excepthook = handler.on_thread_exception
    return handler
