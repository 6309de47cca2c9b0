"""Unexpected errors: logged to the rotating file, shown with details; the app keeps going."""

from __future__ import annotations

import stat
import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from leaddesk.logs import LOG_FILE_NAME, log_dir
from leaddesk.ui import crash


@pytest.fixture
def shown(monkeypatch) -> list[tuple[object, BaseException, str]]:
    """Install the hook (restored afterwards) and record the dialogs it would show."""
    records: list[tuple[object, BaseException, str]] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "show_error", lambda p, e, d: records.append((p, e, d)))
    return records


def log_text() -> str:
    return (log_dir() / LOG_FILE_NAME).read_text(encoding="utf-8")


def boom() -> None:
    raise ZeroDivisionError("the pipeline divided by zero")


@pytest.mark.qt_no_exception_capture
def test_error_in_the_event_loop_is_logged_and_shown(qtbot, shown) -> None:
    from PySide6.QtWidgets import QLabel

    window = QLabel("main window")
    qtbot.addWidget(window)
    handler = crash.install_crash_handler(lambda: window)
    assert sys.excepthook is handler
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: len(shown) == 1)
    parent, err, details = shown[0]
    assert parent is window and isinstance(err, ZeroDivisionError)
    assert "Traceback" in details and "in boom" in details
    assert "ZeroDivisionError: the pipeline divided by zero" in log_text()
    # The event loop is still running: later events are delivered.
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])


def test_error_in_a_thread_is_shown_on_the_gui_thread(qtbot, shown) -> None:
    crash.install_crash_handler(lambda: None)
    thread = threading.Thread(target=boom)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert isinstance(shown[0][1], ZeroDivisionError)
    assert "in boom" in log_text()


def test_log_file_is_private(qtbot, shown) -> None:
    crash.install_crash_handler(lambda: None)
    try:
        boom()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert stat.S_IMODE((log_dir() / LOG_FILE_NAME).stat().st_mode) == 0o600


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from leaddesk.ui.dialogs import show_error

    parent = QLabel()
    qtbot.addWidget(parent)
    show_error(parent, ValueError("odd"), "Traceback: line 1\nValueError: odd")
    box = parent.findChild(QMessageBox)
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert QApplication.clipboard().text() == "Traceback: line 1\nValueError: odd"
