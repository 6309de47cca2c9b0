"""Scoring work the window starts: saving rules (undoable) and the daily decay rescore."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from leaddesk.core.changes import Changes
from leaddesk.core.progress import Progress
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.i18n import translate_error
from leaddesk.ui.tasks import start_task

if TYPE_CHECKING:  # the window schedules the decay check at start-up: keep scoring unloaded
    from leaddesk.core.scoring.engine import RuleSet
    from leaddesk.core.scoring.service import ScoringService

#: First look a while after the window opens, so that opening stays quick; then hourly.
DECAY_FIRST_CHECK_MS = 20_000
DECAY_CHECK_EVERY_MS = 3_600_000


def schedule_decay_rescore(window: Any, first_ms: int = DECAY_FIRST_CHECK_MS) -> QTimer | None:
    """Rescore every lead in the background once a day, so that old activity fades.

    One timer per window: another database opened in the window restarts it; closing the
    window stops it (its database may be closed already).
    """
    timer = window.findChild(QTimer, "decayRescoreTimer")
    if timer is not None:
        timer.start(first_ms)
        return timer
    timer = QTimer(window)
    timer.setObjectName("decayRescoreTimer")
    timer.setSingleShot(True)

    def check() -> None:
        timer.start(DECAY_CHECK_EVERY_MS)
        scoring = window.workspace.scoring
        if scoring is None or not scoring.decay_due():
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("RulesCommands", "Updating scores as old activity fades…"),
            5000,
        )
        start_task(
            scoring.rescore_all,
            on_done=window.apply_changes,
            on_error=lambda err, details: window.statusBar().showMessage(
                translate_error(err), 8000
            ),
        )

    timer.timeout.connect(check)
    timer.start(first_ms)
    return timer


class SaveRulesCommand(QUndoCommand):
    """Save a rule set (one transaction) and rescore in the background; undo restores."""

    def __init__(
        self, editor_window: Any, before: RuleSet, after: RuleSet, custom_fields: list[str]
    ) -> None:
        super().__init__(QCoreApplication.translate("RulesCommands", "Change scoring rules"))
        self.custom_fields = custom_fields
        self._window = editor_window
        self._service: ScoringService = editor_window.workspace.scoring
        self.before, self.after = before, after
        self.rescores = 0  # finished background rescores, for whoever waits on them

    def redo(self) -> None:
        self._apply(self.after, previous=self.before)

    def undo(self) -> None:
        self._apply(self.before, previous=self.after)

    def _apply(self, rules: RuleSet, previous: RuleSet) -> None:
        window = self._window
        window.apply_changes(self._service.save_rules(rules, self.custom_fields))

        def done(changes: Changes) -> None:
            self.rescores += 1
            window.apply_changes(changes)

        def work(progress: Progress) -> Changes:
            # Rescoring may move many leads: keep the state before.
            window.workspace.backups.backup_now("rules", progress)
            return self._service.rescore_all(progress, previous=previous)

        start_task(
            work,
            on_done=done,
            on_error=lambda err, details: show_error(window, err, details),
            parent=window,
            label=QCoreApplication.translate("RulesCommands", "Rescoring leads…"),
        )
