"""Start-up: the window is up before the database is open; the board follows it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk import app as app_module
from leaddesk.core.errors import DatabaseOpenError
from leaddesk.ui.main_menus import NEEDS_DATABASE
from leaddesk.ui.opening import OpeningPage


@pytest.fixture
def hooks_restored(monkeypatch):
    """run_gui installs the crash hooks; put the test run's back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def test_the_window_shows_at_once_and_the_board_arrives_when_the_database_is_open(
    tmp_path: Path, monkeypatch, qtbot, hooks_restored, shown_windows
) -> None:
    path = tmp_path / "pipeline.sqlite"
    gate = threading.Event()
    real_open = app_module.open_workspace

    def slow_open(url: str, **kwargs):
        assert threading.current_thread() is not threading.main_thread()
        gate.wait(10)  # the window must be usable while this waits
        return real_open(url, **kwargs)

    monkeypatch.setattr(app_module, "open_workspace", slow_open)
    seen: dict[str, object] = {}

    def event_loop(_app: QApplication) -> int:
        window = shown_windows[-1]
        qtbot.addWidget(window)
        seen["opening"] = isinstance(window.board, OpeningPage)
        seen["label"] = window.board.label.text()
        seen["title"] = window.windowTitle()
        seen["disabled"] = [k for k in NEEDS_DATABASE if not window.actions[k].isEnabled()]
        seen["preferences"] = window.actions["preferences"].isEnabled()
        seen["recent"] = window.recent_menu.isEnabled()
        window.switch_database(str(tmp_path / "other.sqlite"))  # File → Open recent: waits
        gate.set()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
        seen["board"] = type(window.board).__name__
        seen["enabled"] = [k for k in NEEDS_DATABASE if window.actions[k].isEnabled()]
        seen["status"] = window.count_label.text()
        qtbot.waitUntil(lambda: window.focusWidget() is window.board.filter_bar.text_edit)
        seen["focus"] = True
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.run_gui(str(path)) == 0
    assert seen["opening"] is True
    assert str(path) in seen["label"] and str(path) in str(seen["title"])
    assert seen["disabled"] == list(NEEDS_DATABASE)
    assert seen["preferences"] is True  # what needs no database works at once
    assert seen["recent"] is False and not (tmp_path / "other.sqlite").exists()
    assert seen["board"] == "BoardView"
    assert seen["enabled"] == list(NEEDS_DATABASE)
    assert str(seen["status"]).startswith("0 lead")
    assert seen["focus"] is True  # keyboard users type into the filter straight away
    assert path.exists()


def test_a_database_that_cannot_be_opened_ends_the_app_with_a_message(
    tmp_path: Path, monkeypatch, qtbot, capsys, hooks_restored, shown_windows
) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database\n" * 20, encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))

    real_exec = QApplication.exec

    def event_loop(_app: QApplication) -> int:
        qtbot.addWidget(shown_windows[-1])
        guard = QTimer()  # the real event loop: the failure must end it with code 2
        guard.setSingleShot(True)
        guard.timeout.connect(lambda: QApplication.exit(99))
        guard.start(10000)
        try:
            return real_exec()
        finally:
            guard.stop()

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.run_gui(str(bad)) == 2
    assert "notes.sqlite" in shown[0]
    assert "notes.sqlite" in capsys.readouterr().err
    assert bad.read_text(encoding="utf-8").startswith("these are my notes")


def test_a_server_wanting_a_password_is_asked_on_the_main_thread(
    tmp_path: Path, monkeypatch, qtbot, hooks_restored, shown_windows
) -> None:
    real_open = app_module.open_workspace
    target = tmp_path / "team.sqlite"
    attempts: list[tuple[str, bool]] = []

    def server(url: str, **kwargs):
        on_main = threading.current_thread() is threading.main_thread()
        attempts.append((url, on_main))
        if "secret" not in url:
            raise DatabaseOpenError('password authentication failed for user "ana"')
        return real_open(str(target), **kwargs)

    asked: list[str] = []

    def ask(_parent, address, _wrong):
        asked.append(address.account)
        return "secret"

    monkeypatch.setattr(app_module, "open_workspace", server)
    monkeypatch.setattr("leaddesk.ui.team.credentials.ask_password", ask)
    monkeypatch.setattr("leaddesk.ui.team.credentials.load_password", lambda _address: None)

    def event_loop(_app: QApplication) -> int:
        window = shown_windows[-1]
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    url = "postgresql+psycopg://ana@db.example:5432/leads"
    assert app_module.run_gui(url) == 0
    assert attempts[0] == (url, False)  # first, quietly, in the background
    assert asked  # then the password, asked in a dialog
    assert attempts[-1][1] is True and "secret" in attempts[-1][0]
