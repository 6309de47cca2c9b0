"""Background work that finishes after its screen closed tells nobody and raises nothing."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from leaddesk.ui.tasks import start_task, wait_for_background_work


def test_a_task_outliving_its_screen_calls_nothing(qtbot) -> None:
    release = threading.Event()
    called = []
    widget = QWidget()
    owner = QObject()
    for parent, who in ((widget, None), (None, owner)):
        start_task(
            lambda _p: release.wait(5) and "done",
            on_done=called.append,
            on_error=lambda err, tb: called.append(err),
            parent=parent,
            owner=who,
        )
    shiboken6.delete(widget)  # the screens close before the work ends
    shiboken6.delete(owner)
    release.set()
    assert wait_for_background_work(5000)
    qtbot.wait(100)  # the finished signals are delivered (and must be ignored)
    assert called == []
