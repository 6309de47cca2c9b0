"""Unexpected errors: logged to the rotating file, shown with details; the app keeps going."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from leaddesk.logs import LOG_FILE_NAME, log_dir
from leaddesk.ui import crash

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


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


def test_crash_report_is_printed_to_the_terminal_too(qtbot, shown, capsys) -> None:
    crash.install_crash_handler(lambda: None)
    try:
        boom()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "in boom" in err
    assert "ZeroDivisionError: the pipeline divided by zero" in err
    assert "in boom" in log_text()


def wrapped() -> None:
    try:
        boom()
    except ZeroDivisionError as err:
        raise RuntimeError("the board could not be drawn") from err


@pytest.mark.qt_no_exception_capture
def test_crash_dialog_details_hold_the_whole_traceback(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel, QMessageBox

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = QLabel("main window")
    qtbot.addWidget(window)
    crash.install_crash_handler(lambda: window)
    QTimer.singleShot(0, wrapped)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    details = window.findChild(QMessageBox).detailedText()
    assert details.startswith("Traceback (most recent call last)")
    for part in ("in boom", "in wrapped", "ZeroDivisionError: the pipeline divided by zero",
                 "direct cause", "RuntimeError: the board could not be drawn"):  # fmt: skip
        assert part in details


def test_an_unexpected_error_shown_without_details_still_shows_its_traceback(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QMessageBox

    from leaddesk.ui.dialogs import show_error

    parent = QLabel()
    qtbot.addWidget(parent)
    try:
        boom()
    except ZeroDivisionError as err:
        show_error(parent, err)
    details = parent.findChild(QMessageBox).detailedText()
    assert "Traceback" in details and "in boom" in details


def test_a_background_task_that_fails_unexpectedly_is_logged_and_printed(
    qtbot, shown, capsys
) -> None:
    from leaddesk.ui.tasks import start_task

    crash.install_crash_handler(lambda: None)
    failures: list[str] = []
    start_task(lambda _p: boom(), on_done=print, on_error=lambda e, d: failures.append(d))
    qtbot.waitUntil(lambda: failures != [])
    assert "in boom" in failures[0]  # what the dialog's details show
    assert "in boom" in log_text()  # the dialog says "the details are in the log"
    assert "in boom" in capsys.readouterr().err


def test_an_error_escaping_the_app_reaches_the_terminal_and_the_log(tmp_path) -> None:
    """Started from a terminal, a crash at the top level says why, not only exit status 1."""
    script = (
        "import sys\n"
        "from leaddesk import cli\n"
        "from leaddesk.ui.main_window import MainWindow\n"
        "def show_the_window(self):\n"
        "    raise RuntimeError('the window could not be shown')\n"
        "MainWindow.show = show_the_window\n"
        "raise SystemExit(cli.main(['--db', sys.argv[1]]))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "QT_QPA_PLATFORM": "offscreen",
        **{name: str(tmp_path / name) for name in XDG},
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "leads.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback (most recent call last)" in done.stderr
    assert "in show_the_window" in done.stderr
    assert "RuntimeError: the window could not be shown" in done.stderr
    logs = list((tmp_path / "XDG_STATE_HOME").rglob(LOG_FILE_NAME))
    assert len(logs) == 1 and "the window could not be shown" in logs[0].read_text()
