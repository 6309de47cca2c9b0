"""SIGTERM and SIGINT (a logout, ``kill``, Ctrl+C in a terminal) close the window as Quit does.

Without this a signal either kills the process at once (SIGTERM: the layout is not saved, the
database not closed) or waits for Python code that never runs while Qt's loop sleeps (SIGINT).
Python's wakeup fd wakes Qt's loop, which lets the Python handler run.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT") if hasattr(signal, name))


def close_on_terminate(close: Callable[[], object], parent: QObject) -> Callable[[], None]:
    """Call ``close()`` from the event loop on SIGTERM/SIGINT; returns what undoes it."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {sig: signal.getsignal(sig) for sig in SIGNALS}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, parent)

    def drain() -> None:  # the Python handler runs as soon as this Python code is entered
        with contextlib.suppress(OSError):
            reader.recv(512)

    notifier.activated.connect(drain)
    for sig in SIGNALS:
        signal.signal(sig, lambda *_: QTimer.singleShot(0, close))

    def undo() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        reader.close()
        writer.close()

    return undo
