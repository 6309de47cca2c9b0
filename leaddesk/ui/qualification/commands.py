"""Undoable commands for the qualification call: the recorded outcome, a call attempt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from leaddesk.core.changes import Changes
from leaddesk.core.leads import Interaction
from leaddesk.core.qualification.record import CallDecision
from leaddesk.core.qualification.service import QualificationService, RecordedCall
from leaddesk.ui.i18n import ui_tr

ApplyChanges = Callable[[Changes], None]


def tr(text: str) -> str:
    return ui_tr(text)


class RecordCallCommand(QUndoCommand):
    """Save a call's outcome; undo restores stage and fields and removes call and meeting."""

    def __init__(
        self,
        service: QualificationService,
        apply: ApplyChanges,
        lead_id: int,
        decision: CallDecision,
        name: str = "",
        expected_version: int | None = None,
    ) -> None:
        super().__init__(tr("Qualification call: {name}").format(name=name or lead_id))
        self._service = service
        self._apply = apply
        self.lead_id = lead_id
        self.decision = decision
        self._expected_version = expected_version
        self.recorded: RecordedCall | None = None

    def redo(self) -> None:
        # Only the first save checks the version the call began with; a redo follows an undo.
        expected = self._expected_version if self.recorded is None else None
        done = self._service.record_call(self.lead_id, self.decision, expected)
        self.recorded = done.value
        self._apply(done.changes)

    def undo(self) -> None:
        assert self.recorded is not None
        self._apply(self._service.undo_call(self.recorded))


class LogCallAttemptCommand(QUndoCommand):
    """'Couldn't reach them': log the attempt; undo removes it."""

    def __init__(
        self,
        service: QualificationService,
        apply: ApplyChanges,
        lead_id: int,
        note: str = "",
        duration_seconds: int = 0,
    ) -> None:
        super().__init__(tr("Call attempt"))
        self._service = service
        self._apply = apply
        self.lead_id = lead_id
        self._note = note
        self._duration = duration_seconds
        self.attempt: Interaction | None = None

    def redo(self) -> None:
        done = self._service.record_attempt(self.lead_id, self._note, self._duration)
        self.attempt = done.value
        self._apply(done.changes)

    def undo(self) -> None:
        assert self.attempt is not None
        self._apply(self._service.undo_attempt(self.attempt))
