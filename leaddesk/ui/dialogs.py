"""Small dialogs shared by the screens: errors in plain words, a new lead."""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from leaddesk.core.errors import LeadDeskError
from leaddesk.core.leads import FIELD_LABELS
from leaddesk.ui.i18n import core_tr, translate_error
from leaddesk.ui.theme import LABEL_GAP


def show_error(parent: QWidget | None, err: BaseException, details: str = "") -> None:
    """A user error as a sentence; anything unexpected with a 'Copy details' button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("dialogs", "LeadDesk"))
    if isinstance(err, LeadDeskError):
        box.setText(translate_error(err))
    else:
        box.setText(
            QApplication.translate(
                "dialogs",
                "Something went wrong that LeadDesk did not expect. Nothing was half-written; "
                "you can keep working. The details are in the log.",
            )
        )
        # The whole traceback, even from a caller that passed none: the exception has it.
        text = details or "".join(traceback.format_exception(err))
        box.setDetailedText(text)
        copy = box.addButton(
            QApplication.translate("dialogs", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()


NEW_LEAD_WIDTH = 440


class NewLeadDialog(QDialog):
    """The few fields a lead needs to exist; the detail view edits the rest."""

    FIELDS = ("first_name", "last_name", "email", "phone", "company", "job_title")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New lead"))
        self.setMinimumWidth(NEW_LEAD_WIDTH)  # room for an email address or a company
        form = QFormLayout(self)
        form.setHorizontalSpacing(LABEL_GAP)
        self.edits: dict[str, QLineEdit] = {}
        for name in self.FIELDS:
            edit = QLineEdit(self)
            edit.setAccessibleName(core_tr(FIELD_LABELS[name]))
            form.addRow(QLabel(core_tr(FIELD_LABELS[name]), self), edit)
            self.edits[name] = edit
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> dict[str, Any]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}


def open_new_lead(window: Any) -> NewLeadDialog:
    """File → New lead: once created, the lead is on the board, selected, in the side panel."""
    dialog = NewLeadDialog(window)

    def create() -> None:
        try:
            done = window.workspace.leads.create_lead(dialog.values())
        except LeadDeskError as err:
            # Refused, or the server was away: the dialog comes back with what was typed.
            dialog.error.setWordWrap(True)
            dialog.error.setText(translate_error(err))
            dialog.open()
            return
        window.apply_changes(done.changes)
        window.show_board()
        show_new = getattr(window.board, "show_new_lead", None)
        if show_new is not None:
            show_new(done.value.id)

    dialog.accepted.connect(create)
    dialog.open()
    return dialog
