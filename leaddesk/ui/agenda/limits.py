"""The hand-over limits in Preferences: hours an MQL may wait, and a SAL lead for its call.

They are the team's agreement, so they live in the database (every copy reads the same).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox

from leaddesk.core.agenda.values import Limits


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class LimitFields:
    """Two spin boxes added to the Preferences form; saved when the dialog is accepted."""

    def __init__(self, dialog: QDialog, window: Any) -> None:
        self.window = window
        form = dialog.layout()
        assert isinstance(form, QFormLayout)
        limits = window.workspace.agenda.limits()
        self.mql_to_sal = self._spin(dialog, limits.mql_to_sal_hours, "mqlToSalHours")
        self.sal_to_call = self._spin(dialog, limits.sal_to_call_hours, "salToCallHours")
        at = form.rowCount() - 1  # above the buttons
        heading = QLabel("<b>" + tr("Hand-over limits (marketing → sales)") + "</b>", dialog)
        form.insertRow(at, heading)
        for offset, (text, spin) in enumerate(
            (
                (tr("MQL → &accepted, hours:"), self.mql_to_sal),
                (tr("Accepted → &called, hours:"), self.sal_to_call),
            ),
            start=1,
        ):
            label = QLabel(text, dialog)
            label.setBuddy(spin)
            spin.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.insertRow(at + offset, label, spin)
        dialog.accepted.connect(self.save)

    @staticmethod
    def _spin(dialog: QDialog, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(dialog)
        spin.setObjectName(name)
        spin.setRange(1, 24 * 90)
        spin.setValue(value)
        return spin

    def save(self) -> None:
        limits = Limits(self.mql_to_sal.value(), self.sal_to_call.value())
        agenda = self.window.workspace.agenda
        if limits == agenda.limits():
            return
        changes = agenda.set_limits(limits)
        for stage, column in getattr(self.window.board, "columns", {}).items():
            column.model.set_late_after(limits.limit_for(stage))  # the late marks at once
        self.window.apply_changes(changes)


def add_limit_fields(dialog: QDialog, window: Any) -> LimitFields | None:
    """The limits on an open database's Preferences (none while it is still opening)."""
    if getattr(window, "workspace", None) is None:
        return None
    fields = LimitFields(dialog, window)
    dialog.limit_fields = fields  # type: ignore[attr-defined]  # kept alive with the dialog
    return fields
