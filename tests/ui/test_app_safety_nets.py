"""Starting the app installs the crash hook and makes the start-up backup."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from leaddesk import app as app_module
from leaddesk.ui.crash import CrashHandler


def test_run_gui_installs_the_crash_hook_and_backs_up_on_start(
    tmp_path: Path, monkeypatch, qtbot, shown_windows
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen = {}

    def event_loop(_app: object) -> int:
        window = shown_windows[-1]  # the window run_gui just made
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: hasattr(window, "auto_backup"), timeout=20_000)  # once open
        qtbot.waitUntil(lambda: len(window.auto_backup.made) == 1, timeout=20_000)
        seen["backup"] = window.auto_backup.made[0]
        seen["hook"] = sys.excepthook
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.run_gui(str(tmp_path / "mine.sqlite")) == 0
    assert isinstance(seen["hook"], CrashHandler)
    assert seen["backup"].name.startswith("mine-") and seen["backup"].name.endswith("-start.sqlite")
