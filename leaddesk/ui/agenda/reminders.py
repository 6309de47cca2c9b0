"""What is due, said at start and again each morning: in the status bar, and as a tray
notification where the desktop has a tray."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from leaddesk.core.agenda.service import Reminder
from leaddesk.core.errors import LeadDeskError
from leaddesk.ui.i18n import ui_tr

logger = logging.getLogger(__name__)
CHECK_MS = 10 * 60 * 1000  # a new day is noticed within ten minutes


def tr(text: str, disambiguation: None = None, n: int = -1) -> str:
    return ui_tr(text, n)


def reminder_text(reminder: Reminder) -> str:
    """'3 follow-ups due today, 2 overdue; 5 calls to make' (and today's meetings)."""
    parts = [
        tr("%n follow-up(s) due today, {overdue} overdue", None, reminder.due_today).format(
            overdue=reminder.overdue
        ),
        tr("%n call(s) to make", None, reminder.calls),
    ]
    if reminder.meetings_today:
        parts.append(tr("%n meeting(s) today", None, reminder.meetings_today))
    return "; ".join(parts)


class Reminders(QObject):
    """Tells the window's user what their day holds, once a day."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.shown_on: date | None = None
        self.text = ""
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Say it if it has not been said today."""
        workspace = self.window.workspace
        if workspace is None:
            return
        agenda = workspace.agenda
        today = agenda.today()
        if self.shown_on == today:
            return
        try:
            reminder = agenda.reminder(workspace.actor)
        except LeadDeskError:
            return  # the server is away: the banner says so; try at the next check
        except Exception:  # a courtesy, never a crash (e.g. the database was just closed)
            logger.exception("could not read the day's reminder")
            return
        self.shown_on = today
        if not reminder:
            return
        self.text = reminder_text(reminder)
        self.window.statusBar().showMessage(self.text, 30_000)
        self._notify(self.text)

    def _notify(self, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.activated.connect(lambda _r: self.window.show_my_day())
            self.tray.messageClicked.connect(self.window.show_my_day)
            self.tray.show()
        self.tray.showMessage(tr("LeadDesk — My day"), text)
