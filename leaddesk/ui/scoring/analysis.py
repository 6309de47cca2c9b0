"""The scoring-rules editor's work on the leads: what the edited rules would do (preview,
evidence per rule, backtest) and rules suggested from past outcomes, off the GUI thread."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel, QPushButton

from leaddesk.core.progress import Progress
from leaddesk.core.scoring.engine import RuleSet
from leaddesk.core.scoring.loop import Backtest
from leaddesk.core.scoring.service import Preview, ScoringService, Snapshot, preview
from leaddesk.core.scoring.suggestion import Suggestion, backtest_rules, evidence
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.scoring.model import RulesModel
from leaddesk.ui.scoring.suggest_dialog import SuggestDialog, open_suggest_dialog
from leaddesk.ui.scoring.widgets import BacktestPanel
from leaddesk.ui.tasks import start_task


class RulesAnalysis:
    """The editor's analysis of the leads; ``RulesEditor`` mixes it in and owns the state
    (``snapshot``, ``model``, the labels and panels) that these methods read and show."""

    service: ScoringService
    model: RulesModel
    buttons: dict[str, QPushButton]
    preview_label: QLabel
    suggest_label: QLabel
    backtest_panel: BacktestPanel
    snapshot: Snapshot | None
    saved: RuleSet
    last_preview: Preview | None
    last_backtest: Backtest | None
    _analysis_running: bool
    _analysis_dirty: bool
    suggest_dialog: SuggestDialog | None = None

    def _read_leads(self) -> None:
        def loaded(snapshot: Snapshot) -> None:
            if not self._alive():
                return
            self.snapshot = snapshot
            names = sorted(set(snapshot.batch.custom_field_names()) | set(self.model.custom_fields))
            if names != self.model.custom_fields:
                self.model.set_custom_fields(names)
            self.buttons["suggest"].setEnabled(bool(snapshot.outcomes))
            self._analyse()

        start_task(self.service.snapshot, on_done=loaded, on_error=self._failed)

    def _alive(self) -> bool:
        """Background work may finish after the editor is gone."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.preview_label)

    def _failed(self, err: BaseException, details: str) -> None:
        self._analysis_running = False
        if self._alive():
            show_error(self, err, details)

    def _analyse(self) -> None:
        """Preview, evidence and backtest of the edited rules, off the GUI thread."""
        rules = self.edited_rules()
        if self.snapshot is None or rules is None:
            return
        if self._analysis_running:
            self._analysis_dirty = True
            return
        self._analysis_running = True
        snapshot, saved = self.snapshot, self.saved

        def work(_progress: Progress) -> tuple[Preview, list, Backtest]:
            return (
                preview(snapshot, rules, saved),
                evidence(snapshot, rules),
                backtest_rules(snapshot, rules),
            )

        start_task(work, on_done=self._show_analysis, on_error=self._failed)

    def _show_analysis(self, result: tuple[Preview, list, Backtest]) -> None:
        self._analysis_running = False
        if not self._alive():
            return
        if self._analysis_dirty:
            self._analysis_dirty = False
            self._analyse()
            return
        shown, per_rule, tested = result
        self.last_preview, self.last_backtest = shown, tested
        if self.edited_rules() == self.saved:  # nothing changed: nothing to announce
            text = self.tr(
                "{total} leads, scored under these rules. Edit a rule to see what the change "
                "would do."
            ).format(total=shown.leads)
        else:
            text = self.tr(
                "This change rescores {n} of {total} leads: {into} move into MQL, {out} out."
            ).format(n=shown.rescored, total=shown.leads, into=shown.into_mql, out=shown.out_of_mql)
        self.preview_label.setText(text)
        self.model.set_evidence(per_rule)
        self.backtest_panel.show_backtest(tested)

    def suggest_rules(self) -> None:
        """Learn rules from 70 % of the decided leads and propose them beside the current
        ones; Apply puts them in the table (then Save), Cancel leaves the table as it is."""
        rules = self.edited_rules() or self.saved
        snapshot = self.snapshot
        if snapshot is None:
            return

        def applied(result: Suggestion) -> None:
            self.load_rules(result.rules)
            auc = result.holdout.auc
            self.suggest_label.setText(
                self.tr(
                    "Suggested {n} rules from {learn} decided leads; on the other {hold} "
                    "they reach ROC AUC {auc}. Review them, then Save."
                ).format(
                    n=len(result.rules.rules),
                    learn=result.learnt_from,
                    hold=result.holdout.decided,
                    auc="—" if auc is None else f"{auc:.2f}",
                )
            )

        self.suggest_dialog = open_suggest_dialog(self, snapshot, rules, applied)
