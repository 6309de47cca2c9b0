"""Others' changes appear without restarting; a lost server shows a banner and is retried."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from leaddesk.core.changes import Changes
from leaddesk.core.errors import DatabaseUnavailable
from leaddesk.ui.i18n import translate_error
from leaddesk.ui.tasks import start_task

#: how often a copy on a shared database asks what others changed
POLL_MS = 3000
#: retries after a lost connection wait longer each time, up to this
MAX_RETRY_MS = 30000


class ConnectionBanner(QToolBar):
    """A strip across the top of the window: the server is unreachable, retrying."""

    def __init__(self, parent: QWidget, retry: Any) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar the user hides by hand
        self.setStyleSheet("QToolBar#connectionBanner { background: #f8d7da; border: 0; }")
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #721c24; padding: 4px;")
        self.message.setWordWrap(True)
        # Take the width of the window, the button at the right end.
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.message)
        self.retry_button = QPushButton(self.tr("Retry now"), self)
        self.retry_button.clicked.connect(retry)
        self.addWidget(self.retry_button)
        self.hide()

    def show_lost(self, err: BaseException, retry_ms: int) -> None:
        self.message.setText(
            self.tr(
                "Connection to the database lost — retrying in {seconds} s. "
                "Your unsaved edits stay where they are; nothing was half-written."
            ).format(seconds=max(1, retry_ms // 1000))
        )
        self.setToolTip(translate_error(err))
        self.show()


class TeamSync(QObject):
    """Polls ``workspace.team`` in the background and applies what changed."""

    def __init__(self, window: QMainWindow, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll_now)
        self.banner = ConnectionBanner(window, self.poll_now)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.failures = 0
        self._busy = False
        self._team: Any = None
        # A new database (switch_database) announces itself as "everything changed".
        window.changes_applied.connect(self._maybe_restart)  # type: ignore[attr-defined]
        self.restart()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def restart(self) -> None:
        """Follow the window's current workspace: poll it if it is a shared database."""
        team = self.window.workspace.team
        self._team = team
        self.failures = 0
        self.banner.hide()
        if team is not None and team.shared:
            self.timer.start(self.interval_ms)
            self.poll_now()  # the first poll only takes note of where things are
        else:
            self.timer.stop()

    def _maybe_restart(self, changes: Changes) -> None:
        current = self.window.workspace.team
        if changes.everything and current is not self._team:
            self.restart()

    def poll_now(self) -> None:
        """Ask the database what changed (in the background; one poll at a time)."""
        team = self._team
        if team is None or self._busy:
            return
        self._busy = True
        start_task(
            lambda _progress: team.poll(),
            on_done=lambda changes: self._polled(team, changes),
            on_error=lambda err, _tb: self._failed(team, err),
        )

    def _polled(self, team: Any, changes: Changes) -> None:
        if not isValid(self):
            return  # the window closed while the poll ran
        self._busy = False
        if team is not self._team:
            return  # a poll of a database the window has left meanwhile
        if self.failures:
            self.failures = 0
            self.banner.hide()
            self.timer.setInterval(self.interval_ms)
            self.window.statusBar().showMessage(self.tr("Connection restored."), 5000)
            changes = changes | Changes(everything=True)  # we may have missed anything
        self.window.apply_changes(changes)  # type: ignore[attr-defined]

    def _failed(self, team: Any, err: BaseException) -> None:
        if not isValid(self):
            return
        self._busy = False
        if team is not self._team:
            return
        self.failures += 1
        retry_ms = min(self.interval_ms * 2 ** min(self.failures, 4), MAX_RETRY_MS)
        self.timer.setInterval(retry_ms)
        if isinstance(err, DatabaseUnavailable):
            self.banner.show_lost(err, retry_ms)
        else:
            self.window.statusBar().showMessage(
                self.tr("Could not check for others' changes: {error}").format(error=err), 8000
            )
