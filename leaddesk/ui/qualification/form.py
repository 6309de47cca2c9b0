"""The guided qualification call: answers → live proposal → an outcome that moves the lead.

Built for a rep who makes twenty calls a day: every input is reachable with Tab or an
Alt+letter, choices answer to their first letter, Ctrl+Enter saves. The answers are kept as a
draft (per lead, in the database settings) until the call is saved.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.errors import LeadDeskError
from leaddesk.core.leads import Offer
from leaddesk.core.qualification.outcomes import STAGE_OUTCOME, DisqualifyReason, Outcome
from leaddesk.core.qualification.record import CallDecision
from leaddesk.core.qualification.service import CallContext, QualificationService, RecordedCall
from leaddesk.core.stages import Stage
from leaddesk.ui.commands import push_checked
from leaddesk.ui.i18n import translate_error, translate_message
from leaddesk.ui.qualification.commands import LogCallAttemptCommand, RecordCallCommand
from leaddesk.ui.qualification.outcome import OutcomePanel
from leaddesk.ui.qualification.widgets import AnswerPanel, CallerHeader, tr
from leaddesk.ui.theme import LABEL_GAP

DRAFT_DELAY_MS = 400
#: The call form is as wide for every lead (its labels wrap rather than widen it).
CALL_FORM_WIDTH = 900


class QualificationForm(QDialog):
    """One call with one lead. ``recorded`` is set once the outcome is saved."""

    def __init__(
        self,
        window: Any,
        service: QualificationService,
        context: CallContext,
        *,
        target: Stage | None = None,
        reasons: Sequence[tuple[str, int]] = (),
    ) -> None:
        super().__init__(window)
        self.setObjectName("qualificationForm")
        self.window_ = window
        self.service = service
        self.context = context
        self.lead_id = context.lead.id
        self.recorded: RecordedCall | None = None
        self.dirty = False
        self._loading = True
        self._started = time.monotonic()
        self._elapsed_before = 0
        self.close_box: QMessageBox | None = None
        self.setWindowTitle(tr("Qualification call — {name}").format(name=context.lead.name))
        self._build(reasons)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self._fill(target)
        self._loading = False
        self._wire()

    # -- building --------------------------------------------------------------------------
    def _build(self, reasons: Sequence[tuple[str, int]]) -> None:
        layout = QVBoxLayout(self)
        self.header = CallerHeader(self.context, reasons, self)
        layout.addWidget(self.header)
        layout.addWidget(self._override_box())
        self.restored = QLabel(self)
        self.restored.setObjectName("restoredDraft")
        self.restored.hide()
        layout.addWidget(self.restored)
        self.answer_panel = AnswerPanel(self)
        layout.addWidget(self.answer_panel)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.outcome_panel = OutcomePanel(self)
        layout.addWidget(self.outcome_panel)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #c0392b")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        self._tab_order()

    def _override_box(self) -> QWidget:
        self.override_frame = QFrame(self)
        self.override_frame.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(self.override_frame)
        form.setHorizontalSpacing(LABEL_GAP)
        stage = self.context.lead.stage
        warning = QLabel(
            tr(
                "This lead is in {stage}. A qualification call decides for leads in SAL; "
                "to record this call anyway, confirm an override with a reason."
            ).format(stage=tr(stage.label)),
            self.override_frame,
        )
        warning.setWordWrap(True)
        form.addRow(warning)
        self.override_reason = QLineEdit(self.override_frame)
        self.override_reason.setPlaceholderText(tr("why this lead is qualified outside SAL"))
        label = QLabel(tr("O&verride reason"), self.override_frame)
        label.setBuddy(self.override_reason)
        form.addRow(label, self.override_reason)
        self.override_frame.setVisible(self.context.needs_override)
        return self.override_frame

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.reach_button = QPushButton(tr("&Couldn't reach them"), self)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.save_button = QPushButton(tr("&Save (Ctrl+Enter)"), self)
        for button in (self.reach_button, self.cancel_button, self.save_button):
            # Enter in a text field must not save a half-done call: only Ctrl+Enter does.
            button.setAutoDefault(False)
            button.setDefault(False)
        row.addWidget(self.reach_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def _tab_order(self) -> None:
        chain: list[QWidget] = []
        if self.context.needs_override:
            chain.append(self.override_reason)
        chain += self.answer_panel.order
        chain += self.outcome_panel.focus_widgets()
        chain += [self.save_button, self.reach_button, self.cancel_button]
        chain += [self.header.phone, self.header.copy_phone]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.first_input = chain[0]

    def _wire(self) -> None:
        self.answer_panel.changed.connect(self._answers_changed)
        self.outcome_panel.changed.connect(self._edited)
        self.override_reason.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.reach_button.clicked.connect(self.couldnt_reach)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

    def _fill(self, target: Stage | None) -> None:
        self.answer_panel.set_answers(self.context.answers)
        content = self.outcome_panel.content
        content.setCurrentIndex(max(0, content.findData(self.context.content.value)))
        self.outcome_panel.show_proposal(self.service.propose(self.answer_panel.answers()))
        draft = self.service.load_draft(self.lead_id)
        if draft is not None:
            self._restore(draft)
        if target is not None and target in STAGE_OUTCOME:
            self.outcome_panel.set_outcome(STAGE_OUTCOME[target], by_user=True)
        self.first_input.setFocus()

    # -- live behaviour --------------------------------------------------------------------
    def _answers_changed(self) -> None:
        self.outcome_panel.show_proposal(self.service.propose(self.answer_panel.answers()))
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.message.clear()
        self._draft_timer.start()

    # -- the draft -------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        """Everything typed so far, as JSON: restored when the form opens again."""
        panel = self.outcome_panel
        chosen = panel.outcome() if panel.touched else None
        return {
            "inputs": self.answer_panel.raw(),
            "outcome": chosen.value if chosen else None,
            "choice_reason": panel.choice_reason.text(),
            "meeting_at": panel.meeting.dateTime().toString(Qt.DateFormat.ISODate),
            "follow_up_on": panel.follow_up.date().toString(Qt.DateFormat.ISODate),
            "content": panel.content.currentData(),
            "content_note": panel.content_note.text(),
            "reason": panel.reason.currentData(),
            "reason_note": panel.reason_note.text(),
            "override_reason": self.override_reason.text(),
            "elapsed": self.elapsed_seconds(),
            "saved_at": datetime.now(UTC).isoformat(),
        }

    def write_draft(self) -> None:
        if self.dirty and self.recorded is None:
            self.service.save_draft(self.lead_id, self.draft())

    def _restore(self, draft: dict[str, Any]) -> None:
        panel = self.outcome_panel
        self.answer_panel.set_raw(dict(draft.get("inputs") or {}))
        panel.show_proposal(self.service.propose(self.answer_panel.answers()))
        if draft.get("outcome") in {o.value for o in Outcome}:
            panel.set_outcome(Outcome(draft["outcome"]), by_user=True)
        panel.choice_reason.setText(str(draft.get("choice_reason") or ""))
        meeting = QDateTime.fromString(str(draft.get("meeting_at") or ""), Qt.DateFormat.ISODate)
        if meeting.isValid():
            panel.meeting.setDateTime(meeting)
        follow = QDate.fromString(str(draft.get("follow_up_on") or ""), Qt.DateFormat.ISODate)
        if follow.isValid():
            panel.follow_up.setDate(follow)
        for combo, key in ((panel.content, "content"), (panel.reason, "reason")):
            index = combo.findData(draft.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        panel.content_note.setText(str(draft.get("content_note") or ""))
        panel.reason_note.setText(str(draft.get("reason_note") or ""))
        self.override_reason.setText(str(draft.get("override_reason") or ""))
        self._elapsed_before = int(draft.get("elapsed") or 0)
        self.dirty = True  # restored answers are still unsaved
        self.restored.setText(tr("Your unsaved answers from the last time were restored."))
        self.restored.show()

    def elapsed_seconds(self) -> int:
        return self._elapsed_before + int(time.monotonic() - self._started)

    # -- saving ----------------------------------------------------------------------------
    def decision(self) -> CallDecision:
        """The call as it stands; raises FieldInvalid for an amount that is not a number."""
        panel = self.outcome_panel
        outcome = panel.outcome() or Outcome.NURTURE
        return CallDecision(
            answers=self.answer_panel.checked_answers(),
            outcome=outcome,
            choice_reason=panel.choice_reason.text() if panel.against_proposal() else "",
            meeting_at=panel.meeting_at() if outcome is Outcome.READY else None,
            follow_up_on=panel.follow_up_on() if outcome is Outcome.NURTURE else None,
            follow_up_offer=Offer(panel.content.currentData())
            if outcome is Outcome.NURTURE
            else None,
            follow_up_note=panel.content_note.text() if outcome is Outcome.NURTURE else "",
            disqualify_reason=DisqualifyReason(panel.reason.currentData())
            if outcome is Outcome.SUSPECT
            else None,
            disqualify_note=panel.reason_note.text() if outcome is Outcome.SUSPECT else "",
            override_reason=self.override_reason.text() if self.context.needs_override else "",
            duration_seconds=self.elapsed_seconds(),
        )

    def save(self) -> bool:
        """Record the call through the undo stack; a refusal keeps the form and the draft."""
        self.dirty = True
        self.write_draft()  # a refused save (or a crash) never loses the answers
        try:
            command = RecordCallCommand(
                self.service,
                self.window_.apply_changes,
                self.lead_id,
                self.decision(),
                self.context.lead.name,
                expected_version=self.context.lead.version,
            )
            push_checked(self.window_.undo_stack, command)
        except LeadDeskError as err:
            self.message.setText(translate_error(err))
            return False
        self.recorded = command.recorded
        self._finish(keep_draft=False)
        self.window_.statusBar().showMessage(
            tr("Call saved: {name} → {stage}").format(
                name=self.context.lead.name, stage=tr(command.decision.outcome.stage.label)
            ),
            5000,
        )
        self.accept()
        return True

    def couldnt_reach(self) -> None:
        """Log a call attempt; the lead stays in its stage and typed answers stay a draft."""
        note = self.answer_panel.inputs["notes"].text()  # type: ignore[attr-defined]
        command = LogCallAttemptCommand(
            self.service, self.window_.apply_changes, self.lead_id, note, self.elapsed_seconds()
        )
        try:
            push_checked(self.window_.undo_stack, command)
        except LeadDeskError as err:
            self.message.setText(translate_error(err))
            return
        self._finish(keep_draft=self.dirty)
        self.accept()

    def _finish(self, *, keep_draft: bool) -> None:
        self._draft_timer.stop()
        if keep_draft:
            self.write_draft()
        else:
            self.service.discard_draft(self.lead_id)
        self.dirty = False

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Cancel or the close button: with unsaved answers, ask first."""
        if not self.dirty:
            super().reject()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Unsaved call"))
        box.setText(tr("The answers of this call are not saved. Keep them as a draft?"))
        self.keep_button = box.addButton(tr("&Keep draft"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = box.addButton(
            tr("&Discard answers"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(self.keep_button)
        box.buttonClicked.connect(self._close_answered)
        self.close_box = box
        box.open()

    def _close_answered(self, button: QPushButton) -> None:
        if button is self.keep_button:
            self._finish(keep_draft=True)
        elif button is self.discard_button:
            self._finish(keep_draft=False)
        else:
            return
        super().reject()


def score_reasons(workspace: Any, lead_id: int, top: int = 3) -> list[tuple[str, int]]:
    """The rules that weigh most in the lead's score."""
    try:
        items = list(workspace.scoring.explain(lead_id).items)
    except LeadDeskError:
        return []
    ranked = sorted(items, key=lambda item: abs(item.points), reverse=True)[:top]
    return [(translate_message(str(item.rule_name)), round(item.points)) for item in ranked]


def open_qualification_form(
    window: Any, lead_id: int, target: Stage | None = None
) -> QualificationForm | None:
    """Open the call form for a lead; ``target`` (from a board drop) preselects the outcome."""
    service = window.workspace.qualification
    for form in window.findChildren(QualificationForm):
        if not form.isVisible():
            form.deleteLater()  # a form closed earlier: its answers are saved or drafted
        elif form.lead_id == lead_id:
            form.raise_()
            form.activateWindow()
            return form
    context = window.run_guarded(lambda: service.context(lead_id))
    if context is None:
        return None
    form = QualificationForm(
        window,
        service,
        context,
        target=target,
        reasons=score_reasons(window.workspace, lead_id),
    )
    form.resize(max(CALL_FORM_WIDTH, form.minimumSizeHint().width()), form.sizeHint().height())
    form.open()
    form.first_input.setFocus()
    return form
