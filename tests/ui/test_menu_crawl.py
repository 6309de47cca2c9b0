"""Every menu command, clicked as a user clicks it, on the demo pipeline: with nothing selected
and with a lead selected on the board. None may raise or end in the crash dialog.

The commands are found from the menu bar (submenus too), so a new menu is crawled without
touching this test. Every window a command opens is closed as a user would (Escape), file
dialogs are cancelled.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from leaddesk import app as app_module
from leaddesk.core.stages import Stage

# Commands not clicked, by their menu path. Only what truly ends the process or hands over
# to another program belongs here; anything else must survive a click.
SKIPPED = {
    ("File", "Quit"),  # closes the window and ends the application
}

MenuPath = tuple[str, ...]


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def menu_commands(menu: QMenu, path: MenuPath) -> Iterator[tuple[MenuPath, QAction]]:
    """The commands of ``menu`` and its submenus, each as the menu shows it when opened."""
    menu.aboutToShow.emit()  # what opening the menu does: File → Open recent fills itself
    for action in list(menu.actions()):
        if action.isSeparator():
            continue
        where = (*path, plain(action.text()))
        submenu = action.menu()
        if submenu is not None:
            yield from menu_commands(submenu, where)
        else:
            yield where, action


def is_crash_dialog(widget: QWidget) -> bool:
    """The dialog the app shows for an error it did not expect (with "Copy details")."""
    return isinstance(widget, QMessageBox) and bool(widget.detailedText())


class WindowCloser:
    """Closes whatever a command opened, modal or not; remembers crash dialogs seen."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.crash_dialogs: list[str] = []
        self.opened: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        # A modal exec() (an About box, a question) blocks trigger(): close it from inside.
        self.timer.timeout.connect(self._close_modal)

    def _close_modal(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and not isinstance(widget, QProgressDialog):
            self._close(widget)

    def _close(self, widget: QWidget) -> None:
        self.opened.append(f"{type(widget).__name__} {widget.windowTitle()!r}")
        if is_crash_dialog(widget):
            self.crash_dialogs.append(f"{widget.text()}\n{widget.detailedText()}")
        if isinstance(widget, QDialog):
            widget.reject()  # Escape: a dialog may ask first (its question is closed next)
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)  # a box with no Cancel button
        else:
            widget.close()

    def settle(self) -> None:
        """Let background work finish and its results arrive on the GUI thread."""
        for _ in range(3):
            QThreadPool.globalInstance().waitForDone(20_000)
            self.qtbot.wait(20)

    def click(self, action: QAction) -> None:
        """``action`` triggered as a click does; then every window it opened is closed."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.timer.start()
        try:
            action.trigger()
            for _ in range(20):
                self.settle()
                opened = [
                    w
                    for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w not in before and not isinstance(w, QMenu)
                ]
                if not opened:
                    return
                for widget in opened:
                    self._close(widget)
            raise AssertionError(f"windows that would not close: {self.opened[-5:]}")
        finally:
            self.timer.stop()


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo pipeline (what ``leaddesk --demo`` opens), made once for the module."""
    path = tmp_path_factory.mktemp("demo") / "leaddesk-demo.sqlite"
    app_module.open_workspace(str(path), demo=True).close()
    return path


@pytest.fixture
def no_outside_world(monkeypatch: pytest.MonkeyPatch) -> None:
    """File dialogs answer Cancel; nothing is handed to another program."""

    def cancelled(answer: Any) -> Any:
        return lambda *_args, **_kwargs: answer

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled(("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", cancelled(([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled(("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", cancelled(""))
    monkeypatch.setattr(QDesktopServices, "openUrl", cancelled(True))
    # run_gui installs the app's crash hooks: the test run's come back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def select_a_lead(qtbot: Any, window: Any) -> int:
    """Click the first card of SAL (where the qualification call starts)."""
    window.show_board()
    view = window.board.columns[Stage.SAL].list_view
    index = view.model().index(0)
    assert index.isValid(), "the demo has no lead in SAL"
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    lead_id = view.model().ids[0]
    assert window.selected_lead_ids() == [lead_id]
    return lead_id


@pytest.mark.parametrize("with_selection", [False, True], ids=["nothing-selected", "lead-selected"])
def test_every_menu_command_survives_a_click(
    with_selection: bool,
    demo_database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
    shown_windows: list[Any],
    no_outside_world: None,
) -> None:
    database = tmp_path / demo_database.name
    shutil.copy(demo_database, database)
    failures: list[str] = []
    clicked: list[MenuPath] = []

    def crawl(_app: QApplication) -> int:
        window = shown_windows[-1]  # the window run_gui made
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
        closer = WindowCloser(qtbot)
        closer.settle()
        for menu_action in window.menuBar().actions():
            title = plain(menu_action.text())
            for path, action in menu_commands(menu_action.menu(), (title,)):
                if path in SKIPPED:
                    continue
                if with_selection:
                    select_a_lead(qtbot, window)
                enabled = action.isEnabled()
                # pytest-qt's capture: exceptions in slots and Qt virtual methods, by command.
                with qtbot.captureExceptions() as caught:
                    closer.click(action)
                if enabled:
                    clicked.append(path)
                failures.extend(
                    f"{' → '.join(path)} raised:\n" + "".join(traceback.format_exception(*exc))
                    for exc in caught
                )
                failures.extend(
                    f"{' → '.join(path)} ended in the crash dialog:\n{text}"
                    for text in closer.crash_dialogs
                )
                closer.crash_dialogs.clear()
        return 0

    monkeypatch.setattr(QApplication, "exec", crawl)
    started = time.perf_counter()
    assert app_module.run_gui(str(database), demo=True, lang="en") == 0
    assert not failures, "\n\n".join(failures)
    # The crawl reached the menus (a renamed menu must not make this pass by clicking nothing).
    assert ("File", "Import activity") in clicked and ("Help", "About LeadDesk") in clicked
    assert len(clicked) >= 15, clicked
    assert time.perf_counter() - started < 60
