"""Set follow-up…: a day, what to do, and optionally the content to send (undoable)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from leaddesk.core.agenda.values import next_working_day
from leaddesk.core.errors import LeadDeskError
from leaddesk.ui.agenda.commands import SetFollowUpCommand
from leaddesk.ui.commands import push_checked
from leaddesk.ui.formatting import date_edit_format, format_date
from leaddesk.ui.i18n import translate_error


class FollowUpDialog(QDialog):
    """Asks for the follow-up of one lead; Enter sets it, Escape leaves it."""

    def __init__(self, window: Any, lead_id: int, name: str, today: date) -> None:
        super().__init__(window)
        self.setObjectName("followUpDialog")
        self.window_ = window
        self.lead_id = lead_id
        self.setWindowTitle(self.tr("Follow-up — {name}").format(name=name))
        form = QFormLayout(self)
        self.due = QDateEdit(QDate(next_working_day(today)), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_edit_format())
        self.what = QLineEdit(self)
        self.what.setPlaceholderText(self.tr("e.g. send the price list, ask who else decides"))
        self.content = QLineEdit(self)
        self.content.setPlaceholderText(self.tr("optional: the content to send"))
        for text, widget in (
            (self.tr("&Day"), self.due),
            (self.tr("&What to do"), self.what),
            (self.tr("&Content"), self.content),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c0392b")
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.what.setFocus()

    def accept(self) -> None:
        """Set it through the undo stack; a refusal keeps the dialog open with the reason."""
        command = SetFollowUpCommand(
            self.window_.workspace.agenda,
            self.window_.apply_changes,
            self.lead_id,
            self.due.date().toPython(),
            self.what.text(),
            self.content.text(),
        )
        try:
            push_checked(self.window_.undo_stack, command)
        except LeadDeskError as err:
            self.message.setText(translate_error(err))
            return
        self.window_.statusBar().showMessage(
            self.tr("Follow-up set for {date}").format(date=format_date(command.item.due_on)), 5000
        )
        super().accept()


def open_follow_up_dialog(window: Any, lead_id: int) -> FollowUpDialog | None:
    """The follow-up dialog of ``lead_id`` (opened, not run: the window stays live)."""
    lead = window.run_guarded(lambda: window.workspace.leads.lead(lead_id))
    if lead is None:
        return None
    dialog = FollowUpDialog(window, lead_id, lead.name, window.workspace.agenda.today())
    dialog.open()
    dialog.what.setFocus()
    return dialog
