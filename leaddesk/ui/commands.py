"""User actions as QUndoCommands over the services (Qt 6: QUndoCommand lives in QtGui)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from leaddesk.core.changes import Changes
from leaddesk.core.errors import LeadDeskError
from leaddesk.core.leads import LEAD_FIELDS, Lead, NewInteraction, StageChange
from leaddesk.core.services import LeadService
from leaddesk.core.stages import MoveVia, Stage
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.i18n import ui_tr

ApplyChanges = Callable[[Changes], None]


def tr(text: str) -> str:
    return ui_tr(text)


class MoveLeadCommand(QUndoCommand):
    """Move a lead to another stage; undo puts it back and removes the history record."""

    def __init__(
        self,
        service: LeadService,
        apply: ApplyChanges,
        lead_id: int,
        target: Stage,
        *,
        reason: str = "",
        override: bool = False,
        via: MoveVia = MoveVia.MANUAL,
        interaction: NewInteraction | None = None,
        expected_version: int | None = None,
        expected_stage: Stage | None = None,
    ) -> None:
        """``expected_stage``: the column the card was in on screen; if someone else moved
        the lead meanwhile, the move is refused naming where it is now."""
        super().__init__(tr("Move to {stage}").format(stage=tr(target.label)))
        self._service = service
        self._apply = apply
        self._args = dict(
            reason=reason,
            override=override,
            via=via,
            interaction=interaction,
            expected_version=expected_version,
            expected_stage=expected_stage,
        )
        self.lead_id = lead_id
        self.target = target
        self.change: StageChange | None = None

    def redo(self) -> None:
        # The first redo may raise (a refused move): the caller pushes only after it succeeded.
        if self.change is None:
            done = self._service.move_lead(self.lead_id, self.target, **self._args)
        else:
            args = dict(self._args, expected_version=None)
            done = self._service.move_lead(self.lead_id, self.target, **args)
        self.change = done.value
        self._apply(done.changes)

    def undo(self) -> None:
        assert self.change is not None
        done = self._service.undo_move(self.change)
        self._apply(done.changes)


class EditLeadCommand(QUndoCommand):
    """Save edited fields; undo writes the previous values back."""

    def __init__(
        self, service: LeadService, apply: ApplyChanges, before: Lead, fields: Mapping[str, Any]
    ) -> None:
        super().__init__(tr("Edit {name}").format(name=before.name))
        self._service = service
        self._apply = apply
        self._before = before
        self._fields = dict(fields)
        self._old = {
            k: (dict(before.custom) if k == "custom" else getattr(before, k))
            for k in fields
            if k in LEAD_FIELDS or k == "custom"
        }
        self.after: Lead | None = None

    def redo(self) -> None:
        expected = self._before.version if self.after is None else None
        done = self._service.edit_lead(self._before.id, self._fields, expected)
        self.after = done.value
        self._apply(done.changes)

    def undo(self) -> None:
        done = self._service.edit_lead(self._before.id, self._old, None)
        self._apply(done.changes)


def push_checked(stack: Any, command: QUndoCommand) -> None:
    """Run ``command`` once (it may raise a refusal); only a success goes on the stack.

    QUndoStack.push() calls redo() itself, and cannot report a failure: so we run it first,
    then push a command that skips its first redo.
    """
    command.redo()
    stack.push(_AlreadyDone(command))


class _AlreadyDone(QUndoCommand):
    def __init__(self, inner: QUndoCommand) -> None:
        super().__init__(inner.text())
        self._inner = inner
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self._inner.redo)

    def undo(self) -> None:
        self._guarded(self._inner.undo)

    def _guarded(self, step: Callable[[], None]) -> None:
        """A refused undo or redo (someone changed the lead meanwhile) is said, not raised:
        the command leaves the stack and the lead stays as it now is."""
        try:
            step()
        except LeadDeskError as err:
            self.setObsolete(True)
            show_error(QApplication.activeWindow(), err)
