"""Undoable commands on follow-ups: set one, mark it done, move it to another day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

from leaddesk.core.agenda.service import AgendaService
from leaddesk.core.agenda.values import FollowUp
from leaddesk.core.changes import Changes
from leaddesk.ui.i18n import ui_tr

ApplyChanges = Callable[[Changes], None]


def tr(text: str) -> str:
    return ui_tr(text)


class SetFollowUpCommand(QUndoCommand):
    """A follow-up set by hand; undo removes it and its timeline entry."""

    def __init__(
        self,
        service: AgendaService,
        apply: ApplyChanges,
        lead_id: int,
        due_on: date,
        what: str,
        content: str = "",
    ) -> None:
        super().__init__(tr("Follow-up: {what}").format(what=what))
        self._service, self._apply = service, apply
        self._args = (lead_id, due_on, what, content)
        self.item: FollowUp | None = None

    def redo(self) -> None:
        done = self._service.set_follow_up(*self._args)
        self.item = done.value
        self._apply(done.changes)

    def undo(self) -> None:
        assert self.item is not None
        self._apply(self._service.remove(self.item))


class FinishFollowUpCommand(QUndoCommand):
    """Done, for everyone; undo opens it again."""

    def __init__(self, service: AgendaService, apply: ApplyChanges, item: FollowUp) -> None:
        super().__init__(tr("Follow-up done: {what}").format(what=item.what))
        self._service, self._apply, self.item = service, apply, item

    def redo(self) -> None:
        self._apply(self._service.complete(self.item.id).changes)

    def undo(self) -> None:
        self._apply(self._service.reopen(self.item.id).changes)


class RescheduleFollowUpCommand(QUndoCommand):
    """Moved ``days`` later (from today, or from its day if later); undo puts its day back."""

    def __init__(
        self, service: AgendaService, apply: ApplyChanges, item: FollowUp, days: int
    ) -> None:
        super().__init__(tr("Follow-up rescheduled: {what}").format(what=item.what))
        self._service, self._apply, self.item, self._days = service, apply, item, days
        self.moved: FollowUp | None = None

    def redo(self) -> None:
        done = self._service.postpone(self.item.id, self._days)
        self.moved = done.value
        self._apply(done.changes)

    def undo(self) -> None:
        self._apply(self._service.reschedule(self.item.id, self.item.due_on).changes)
