"""SIGTERM/SIGINT close the window through the event loop, as Quit does."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtWidgets import QWidget

from leaddesk.ui.terminate import close_on_terminate


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_window_and_is_given_back(qtbot, sig) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    closed: list[bool] = []
    before = signal.getsignal(sig)
    undo = close_on_terminate(lambda: closed.append(True), widget)
    try:
        os.kill(os.getpid(), sig)
        qtbot.waitUntil(lambda: bool(closed), timeout=3000)
    finally:
        undo()
    assert closed == [True]
    assert signal.getsignal(sig) is before
