"""Moving and archiving leads from the board, by drag or key, through undoable commands."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.changes import Changes
from leaddesk.core.errors import LeadDeskError, StageMoveRefused
from leaddesk.core.leads import Lead
from leaddesk.core.services import LeadService
from leaddesk.core.stages import CALL_MOVES, Stage, check_move
from leaddesk.ui.commands import MoveLeadCommand, push_checked
from leaddesk.ui.i18n import stage_name


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files a module-level tr() under the empty context: look it up there.
    return QCoreApplication.translate("", text, disambiguation, n)


class ArchiveLeadCommand(QUndoCommand):
    """Archive a lead (never a hard delete); undo brings it back."""

    def __init__(self, service: LeadService, apply: Callable[[Changes], None], lead: Lead) -> None:
        super().__init__(tr("Archive {name}").format(name=lead.name))
        self._service = service
        self._apply = apply
        self.lead_id = lead.id

    def redo(self) -> None:
        self._apply(self._service.archive_lead(self.lead_id, True).changes)

    def undo(self) -> None:
        self._apply(self._service.archive_lead(self.lead_id, False).changes)


class ReasonDialog(QDialog):
    """Asks why leads are disqualified; OK only once something is written."""

    def __init__(self, parent: QWidget, count: int) -> None:
        super().__init__(parent)
        self.setObjectName("disqualifyReasonDialog")
        self.setWindowTitle(self.tr("Disqualify"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why are these %n lead(s) disqualified?", "", count), self))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. a student, a competitor, only wanted the download, bad data")
        )
        layout.addWidget(self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason().strip()))
        )

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class BoardMoves:
    """The board's moves: the service decides; refusals go to the status bar."""

    def __init__(self, window: Any) -> None:
        # Weakly: the window owns this view; a strong reference back would keep it alive.
        self._window_ref = weakref.ref(window)
        #: where the board shows a lead; a move starts from there, so a lead someone else
        #: moved meanwhile is refused (saying where it is now), never moved from elsewhere
        self.seen_stage: Callable[[int], Stage | None] = lambda _lead_id: None

    @property
    def window(self) -> Any:
        """The main window this belongs to."""
        return self._window_ref()

    @property
    def service(self) -> LeadService:
        return self.window.workspace.leads

    def say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    def request(self, ids: Sequence[int], target: Stage) -> bool:
        """Move ``ids`` to ``target`` as a rep asked (drag or keys); True when done at once."""
        try:
            leads = [self.service.lead(i) for i in ids]
        except LeadDeskError as err:
            self.say(str(err))
            return False
        stale = [lead for lead in leads if self.seen_stage(lead.id) not in (None, lead.stage)]
        if stale:
            lead = stale[0]
            self.say(
                tr("{name} was moved meanwhile by someone else; it is now in {stage}.").format(
                    name=lead.name, stage=stage_name(lead.stage)
                )
            )
            seen = {self.seen_stage(lead.id) for lead in stale} - {None}
            self.window.apply_changes(
                Changes(
                    leads=frozenset(lead.id for lead in stale),
                    stages=frozenset(seen | {lead.stage for lead in stale}),
                )
            )
            return False
        leads = [lead for lead in leads if lead.stage is not target]
        if not leads:
            return False
        if target in CALL_MOVES and any(lead.stage is Stage.SAL for lead in leads):
            return self._qualification_call(leads, target)
        if target is Stage.DISQUALIFIED:
            self._ask_reason(leads, target)
            return False
        return self.move(leads, target)

    def move(self, leads: Sequence[Lead], target: Stage, reason: str = "") -> bool:
        """Push one undoable command per allowed move (one undo step for all of them)."""
        allowed: list[Lead] = []
        refusals: list[str] = []
        for lead in leads:
            try:
                check_move(lead.stage, target, reason=reason)
            except StageMoveRefused as err:
                refusals.append(str(err))
            else:
                allowed.append(lead)
        moved = self._push_moves(allowed, target, reason, refusals)
        message = ""
        if moved:
            message = tr("Moved %n lead(s) to {stage}.", "", moved).format(stage=stage_name(target))
        if refusals:
            extra = len(refusals) - 1
            refusal = refusals[0] + (" " + tr("(and %n more refused)", "", extra) if extra else "")
            message = f"{message} {refusal}".strip()
        self.say(message)
        return moved > 0

    def _push_moves(
        self, leads: Sequence[Lead], target: Stage, reason: str, refusals: list[str]
    ) -> int:
        stack = self.window.undo_stack
        if len(leads) > 1:
            stack.beginMacro(
                tr("Move %n lead(s) to {stage}", "", len(leads)).format(stage=stage_name(target))
            )
        moved = 0
        try:
            for lead in leads:
                command = MoveLeadCommand(
                    self.service,
                    self.window.apply_changes,
                    lead.id,
                    target,
                    reason=reason,
                    expected_version=lead.version,
                    expected_stage=self.seen_stage(lead.id),
                )
                try:
                    push_checked(stack, command)
                except LeadDeskError as err:  # refused by the service, or changed meanwhile
                    refusals.append(str(err))
                else:
                    moved += 1
        finally:
            if len(leads) > 1:
                stack.endMacro()
        return moved

    def _ask_reason(self, leads: Sequence[Lead], target: Stage) -> None:
        dialog = ReasonDialog(self.window, len(leads))
        dialog.accepted.connect(lambda: self.move(leads, target, dialog.reason()))
        dialog.rejected.connect(lambda: self.say(tr("Nothing was moved.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _qualification_call(self, leads: Sequence[Lead], target: Stage) -> bool:
        if len(leads) > 1:
            self.say(
                tr(
                    "A lead leaves SAL for {stage} through a qualification call: drop one "
                    "card at a time."
                ).format(stage=stage_name(target))
            )
            return False
        from leaddesk.ui.qualification import form

        form.open_qualification_form(self.window, leads[0].id, target)
        return False

    # -- archiving -----------------------------------------------------------------------
    def confirm_archive(self, ids: Sequence[int]) -> QMessageBox | None:
        """Ask first; archive only on Yes. Returns the open question (or None)."""
        if not ids:
            return None
        box = QMessageBox(self.window)
        box.setObjectName("archiveQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Archive leads"))
        box.setText(
            tr(
                "Archive %n lead(s)? They leave the board; Edit → Undo brings them back.",
                "",
                len(ids),
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.archive(ids)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def archive(self, ids: Sequence[int]) -> int:
        stack = self.window.undo_stack
        stack.beginMacro(tr("Archive %n lead(s)", "", len(ids)))
        done = 0
        try:
            for lead_id in ids:
                try:
                    lead = self.service.lead(lead_id)
                    push_checked(
                        stack, ArchiveLeadCommand(self.service, self.window.apply_changes, lead)
                    )
                    done += 1
                except LeadDeskError as err:
                    self.say(str(err))
        finally:
            stack.endMacro()
        if done:
            self.say(tr("Archived %n lead(s).", "", done))
        return done
