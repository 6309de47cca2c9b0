"""The lead detail view: every field, the score breakdown, the stage history, the timeline."""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.changes import Changes
from leaddesk.core.edit_merge import EditMerge
from leaddesk.core.errors import EditConflict, FieldInvalid, LeadDeskError
from leaddesk.core.leads import InteractionKind, Lead
from leaddesk.core.stages import Stage
from leaddesk.ui.commands import EditLeadCommand, push_checked
from leaddesk.ui.detail.fields_form import FieldsForm
from leaddesk.ui.detail.panels import ScorePanel, StageHistoryTable
from leaddesk.ui.detail.timeline import LogInteractionRow, Timeline
from leaddesk.ui.i18n import stage_name, translate_error

ERROR_STYLE = "color: #c62828"
#: saves in a row that may each meet a newer save by someone else before giving up
MERGE_ATTEMPTS = 3


class LeadDetailView(QWidget):
    """One lead, read and edited; follows the window's Changes for that lead."""

    def __init__(self, window: Any, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadDetail")
        self.setMinimumWidth(360)
        # Weakly: the window owns this view; a strong reference back would keep it alive.
        self._window_ref = weakref.ref(window)
        self.lead_id = lead_id
        self.lead: Lead = self.service.lead(lead_id)
        self.dirty = False
        self._build()
        self.show_lead(self.lead)
        window.changes_applied.connect(self.apply_changes)

    @property
    def window_(self) -> Any:
        """The main window this belongs to."""
        return self._window_ref()

    @property
    def service(self) -> Any:
        return self.window_.workspace.leads

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("leadTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # a long name takes two lines, never cut
        layout.addWidget(self.title)
        # The buttons on a row of their own: the panel stays narrow beside the board.
        self.call_button = QPushButton(self.tr("Qualification call…"), self)
        self.call_button.setObjectName("qualificationCall")
        self.call_button.clicked.connect(self.qualification_call)
        head.addWidget(self.call_button)
        self.follow_up_button = QPushButton(self.tr("Follow-&up…"), self)
        self.follow_up_button.setObjectName("setFollowUp")
        self.follow_up_button.clicked.connect(self.set_follow_up)
        head.addWidget(self.follow_up_button)
        head.addStretch(1)
        layout.addLayout(head)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("leadSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.tabs = QTabWidget(self)
        self.fields = FieldsForm(self)
        self.fields.edited.connect(self._mark_dirty)
        fields_page = QWidget(self)
        fields_layout = QVBoxLayout(fields_page)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(fields_page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        fields_layout.addWidget(scroll, 1)
        self.error = QLabel(fields_page)
        self.error.setObjectName("detailError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        fields_layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Reset,
            fields_page,
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.revert_button = buttons.button(QDialogButtonBox.StandardButton.Reset)
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        fields_layout.addWidget(buttons)
        self.timeline = Timeline(self)
        self.score_panel = ScorePanel(self)
        self.history = StageHistoryTable(self)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(fields_page, self.tr("Details"))
        self.tabs.addTab(self.score_panel, self.tr("Score"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout.addWidget(self.tabs, 1)
        self.log_row = LogInteractionRow(self)
        self.log_row.logged.connect(self.log_interaction)
        layout.addWidget(self.log_row)

    # -- showing -------------------------------------------------------------------------
    def show_lead(self, lead: Lead, *, keep_edits: bool = False) -> None:
        """Show ``lead``; ``keep_edits`` leaves what the user is typing alone.

        While editing, ``self.lead`` stays the version the edits started from, so that a
        save over a newer version is refused instead of silently overwriting it.
        """
        if not keep_edits:
            self.lead = lead
        self.title.setText(lead.name or self.tr("(no name)"))
        self.subtitle.setText(
            " · ".join(
                p
                for p in (
                    stage_name(lead.stage),
                    self.tr("score {score} · {grade}").format(
                        score=lead.score, grade=lead.fit_grade
                    ),
                    lead.company,
                    lead.job_title,
                    self.tr("archived") if lead.archived else "",
                )
                if p
            )
        )
        self.call_button.setVisible(lead.stage is Stage.SAL)
        if not keep_edits:
            self.fields.show_lead(lead)
            self._set_dirty(False)
        history = self.service.stage_history(lead.id)
        self.timeline.show_history(self.service.interactions(lead.id), history)
        self.history.show_history(history)
        self.score_panel.show_score(lead, self.window_.workspace.scoring)

    def apply_changes(self, changes: Changes) -> None:
        """Reload when this lead changed; unsaved edits stay (their save may conflict)."""
        if not (changes.everything or self.lead_id in changes.touched_leads):
            return
        try:
            lead = self.service.lead(self.lead_id)
        except LeadDeskError:
            self.error.setText(self.tr("This lead no longer exists."))
            return
        self.show_lead(lead, keep_edits=self.dirty)

    # -- editing -------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if not dirty:
            self.error.clear()

    def revert(self) -> None:
        """Drop the edits and show the lead as it is stored now."""
        try:
            self.lead = self.service.lead(self.lead_id)
        except LeadDeskError as err:
            self.error.setText(str(err))
            return
        self.show_lead(self.lead)

    def save(self) -> bool:
        """Save what changed, undoably; refused on invalid values.

        If someone else saved the lead meanwhile, the two edits merge field by field; only
        fields both changed are asked about (see :meth:`_save_over_theirs`).
        """
        try:
            fields = self.fields.changed_fields(self.lead)
        except FieldInvalid as err:
            self.error.setText(translate_error(err))
            return False
        if not fields:
            self._set_dirty(False)
            return True
        command = EditLeadCommand(self.service, self.window_.apply_changes, self.lead, fields)
        try:
            push_checked(self.window_.undo_stack, command)
        except EditConflict as err:
            return self._save_over_theirs(err, self.lead, fields)
        except LeadDeskError as err:
            self.error.setText(str(err))
            return False
        assert command.after is not None
        self._saved(command.after, self.tr("Saved {name}."))
        return True

    def _saved(self, lead: Lead, message: str) -> None:
        self.show_lead(lead)
        self.window_.statusBar().showMessage(message.format(name=lead.name), 5000)

    def _save_over_theirs(self, err: EditConflict, base: Lead, mine: dict[str, Any]) -> bool:
        """Merge my edits (begun on ``base``) with the stored lead and save the result.

        Fields only one side changed keep that side's value without asking; a field both
        changed goes to the conflict dialog. A further save meanwhile merges again.
        """
        merged = self.tr("Saved {name}, merged with changes someone else made meanwhile.")
        for _attempt in range(MERGE_ATTEMPTS):
            try:
                merge = self.service.merge_with_saved(base, mine)
            except LeadDeskError as failure:
                self.error.setText(str(failure))
                return False
            reapply: list[str] = []
            if merge.clashes:
                answer = self._ask_whose_values(err, merge)
                if answer is None:
                    return False
                reapply = answer
            fields = merge.fields(reapply)
            if not fields:  # nothing of mine is left to write: show what is stored
                self._saved(merge.theirs, merged)
                return True
            command = EditLeadCommand(
                self.service, self.window_.apply_changes, merge.theirs, fields
            )
            try:
                push_checked(self.window_.undo_stack, command)
            except EditConflict as again:  # yet another save: merge with that one too
                err, base, mine = again, merge.theirs, fields
                continue
            except LeadDeskError as failure:
                self.error.setText(str(failure))
                return False
            assert command.after is not None
            self._saved(command.after, merged)
            return True
        self._refused(err)
        return False

    def _refused(self, err: EditConflict) -> None:
        message = self.tr(
            "Not saved: this lead was changed elsewhere since you opened it. Your edits are "
            "still here; Revert shows the current values."
        )
        self.error.setText(message)
        self.window_.statusBar().showMessage(message, 10000)

    def _ask_whose_values(self, err: EditConflict, merge: EditMerge) -> list[str] | None:
        """The clashing fields to save with my value; None: save nothing (edits stay)."""
        self._refused(err)
        from leaddesk.ui.team import conflict_dialog

        choice, reapply = conflict_dialog.resolve_conflict(self, merge)
        return None if choice == conflict_dialog.CANCEL else list(reapply)

    def log_interaction(self, kind: InteractionKind, note: str) -> None:
        try:
            done = self.service.log_interaction(self.lead_id, kind, note)
        except LeadDeskError as err:
            self.error.setText(str(err))
            return
        self.window_.apply_changes(done.changes)

    def set_follow_up(self) -> None:
        from leaddesk.ui.agenda.follow_up import open_follow_up_dialog

        open_follow_up_dialog(self.window_, self.lead_id)

    def qualification_call(self) -> None:
        from leaddesk.ui.qualification import form

        form.open_qualification_form(self.window_, self.lead_id)


def show_lead(window: Any, lead_id: int) -> LeadDetailView:
    """Show the lead beside the board, in the window's detail dock."""
    dock = window.detail_dock
    current = dock.widget()
    if isinstance(current, LeadDetailView):
        if current.lead_id == lead_id:
            dock.show()
            dock.raise_()
            return current
        if current.dirty:  # never throw away unsaved edits: this one opens on its own
            window.statusBar().showMessage(
                window.tr("Unsaved edits kept beside the board; the lead opens in its own window."),
                8000,
            )
            return open_lead_window(window, lead_id)
    view = LeadDetailView(window, lead_id, dock)
    dock.setWidget(view)
    if current is not None:
        current.deleteLater()
    dock.setWindowTitle(view.lead.name or window.tr("Lead"))
    dock.show()
    dock.raise_()
    return view


def open_lead_window(window: Any, lead_id: int) -> LeadDetailView:
    """Show the lead in its own window (a double-click on a card)."""
    view = LeadDetailView(window, lead_id, window)
    view.setWindowFlag(Qt.WindowType.Window, True)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    view.setWindowTitle(window.tr("Lead — {name}").format(name=view.lead.name))
    view.resize(560, 720)
    view.show()
    return view
