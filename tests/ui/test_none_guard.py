"""The interpreter survives any number of PySide6 void calls (a painted board makes many)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QImage, QPainter

import leaddesk.ui  # noqa: F401  (installs the guard)


def test_many_void_calls_never_exhaust_none(qtbot) -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    # Several times more void calls than None has references in a fresh interpreter (~5,000):
    # without the guard on an affected PySide6 this aborts the whole test run.
    for _ in range(50_000):
        painter.setPen(QColor("red"))
    painter.end()
    assert sys.getrefcount(None) > 0


class Pinger(QObject):
    ping = Signal(int)


def test_many_emitted_signals_never_exhaust_true(qtbot) -> None:
    pinger, heard = Pinger(), []
    pinger.ping.connect(heard.append)
    # True has under a thousand references in a fresh interpreter; an affected PySide6 drops
    # one per emit: without the guard this aborts the test run ("bool_dealloc").
    for n in range(20_000):
        pinger.ping.emit(n)
    assert len(heard) == 20_000 and sys.getrefcount(True) > 0
