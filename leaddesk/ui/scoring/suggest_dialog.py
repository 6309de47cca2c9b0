"""Suggest proposes, the user decides: the learnt table beside the current rules, both
judged on the decided leads the suggestion did not learn from, with the MQL threshold's
trade-off and the fields to learn from; Apply puts the suggestion in the editor."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.scoring.candidates import candidate_fields, field_label
from leaddesk.core.scoring.engine import Rule, RuleSet
from leaddesk.core.scoring.leaks import FlaggedField
from leaddesk.core.scoring.loop import RuleEvidence
from leaddesk.core.scoring.service import Snapshot
from leaddesk.core.scoring.suggestion import Suggestion, evidence, suggest
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.i18n import translate_message
from leaddesk.ui.tasks import start_task


def rule_key(rule: Rule) -> tuple:
    """What a rule tests (not its name or points): the same key is the same rule."""
    return (rule.part, rule.field, rule.operator, (rule.value or "").casefold(), rule.activity,
            rule.offer)  # fmt: skip


class SuggestDialog(QDialog):
    """The suggested rules beside the current ones; ``result`` is what Apply accepts."""

    def __init__(self, snapshot: Snapshot, current: RuleSet, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest rules from outcomes"))
        self.snapshot = snapshot
        self.current = current
        self.result: Suggestion | None = None
        self.flagged: dict[str, str] = {}  # field → why it looks like an outcome
        self.kept: set[str] = set()  # flagged fields the last learning was asked to keep

        self.fields = QListWidget(self)
        self.fields.setWordWrap(True)  # a flagged field's label is long
        for name in candidate_fields(snapshot.batch):
            item = QListWidgetItem(field_label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.fields.addItem(item)
        self.flag_notes = QLabel(self)
        self.flag_notes.setWordWrap(True)
        self.flag_notes.setVisible(False)
        self.learn_button = QPushButton(self.tr("Learn again"), self)
        self.learn_button.clicked.connect(self.learn)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b45309;")
        self.evidence: dict[tuple, RuleEvidence] = {}  # by rule_key, over all decided leads
        #: the current rules' evidence: they do not change while the dialog is open
        self._current_evidence: dict[tuple, RuleEvidence] | None = None
        self.compare = QTableWidget(0, 7, self)
        self.compare.setHorizontalHeaderLabels(
            [
                self.tr("Rule"),
                self.tr("Current"),
                self.tr("Suggested"),
                self.tr("Change"),
                self.tr("Leads"),
                self.tr("Conv."),
                self.tr("Lift"),
            ]
        )
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.thresholds = QTableWidget(0, 3, self)
        self.thresholds.setHorizontalHeaderLabels(
            [self.tr("MQL threshold"), self.tr("Leads that become MQL"), self.tr("Won they hold")]
        )
        self.thresholds.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for table in (self.compare, self.thresholds):
            _compact(table)
        self.compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Learn from these fields:"), self))
        side.addWidget(self.fields)
        side.addWidget(self.flag_notes)
        side.addWidget(self.learn_button)
        main = QVBoxLayout()
        main.addWidget(self.summary)
        main.addWidget(self.warning)
        main.addWidget(self.compare, 3)
        main.addWidget(self.thresholds, 1)
        body = QHBoxLayout()
        body.addLayout(side, 2)
        body.addLayout(main, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)

    # -- learning --------------------------------------------------------------------------
    def choices(self) -> tuple[list[str], list[str]]:
        """(fields to exclude, flagged fields to keep) from the field list."""
        exclude, keep = [], []
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            checked = item.checkState() == Qt.CheckState.Checked
            if not checked:
                exclude.append(name)
            elif name in self.flagged:
                keep.append(name)
        return exclude, keep

    def learn(self) -> None:
        exclude, keep = self.choices()
        self.kept = set(keep)
        snapshot, current, known_current = self.snapshot, self.current, self._current_evidence
        self.learn_button.setEnabled(False)
        self.apply_button.setEnabled(False)

        def by_rule(rules: RuleSet) -> dict[tuple, RuleEvidence]:
            return dict(zip(map(rule_key, rules.rules), evidence(snapshot, rules), strict=True))

        def learnt(_progress: object) -> tuple[Suggestion, dict[tuple, RuleEvidence], dict]:
            result = suggest(snapshot, current, exclude=exclude, keep=keep)
            of_current = by_rule(current) if known_current is None else known_current
            return result, {**of_current, **by_rule(result.rules)}, of_current

        def done(found: tuple[Suggestion, dict[tuple, RuleEvidence], dict]) -> None:
            self.learn_button.setEnabled(True)
            self.evidence, self._current_evidence = found[1], found[2]
            self.show_result(found[0])

        def failed(err: BaseException, details: str) -> None:
            self.learn_button.setEnabled(True)
            show_error(self, err, details)

        start_task(
            learnt,
            on_done=done,
            on_error=failed,
            parent=self,
            label=self.tr("Learning rules from past outcomes…"),
        )

    # -- showing ---------------------------------------------------------------------------
    def show_result(self, result: Suggestion) -> None:
        self.result = result
        for flag in result.flagged:
            self.flagged[flag.field] = self._reason(flag)
        self._show_fields(result)
        self.summary.setText(
            self.tr(
                "Learnt from {learn} decided leads. On the other {hold}, which it did not "
                "learn from, ROC AUC: current rules {current}, suggested rules {suggested}."
            ).format(
                learn=result.learnt_from,
                hold=result.holdout.decided,
                current=_auc(result.current.auc, result.current_band),
                suggested=_auc(result.holdout.auc, result.band),
            )
        )
        self.warning.setText(
            self.tr(
                "Only {n} decided leads: too few to trust these figures; the suggestion is "
                "kept small."
            ).format(n=result.learnt_from + result.holdout.decided)
            if result.too_few
            else ""
        )
        self.warning.setVisible(result.too_few)
        self._show_comparison(result.rules)
        self._show_thresholds(result)
        self.apply_button.setEnabled(True)

    def _reason(self, flag: FlaggedField) -> str:
        reasons = []
        if flag.auc is not None:
            reasons.append(
                self.tr("alone separates won from lost almost perfectly (ROC AUC {auc})").format(
                    auc=f"{flag.auc:.2f}"
                )
            )
        if flag.filled_after is not None:
            reasons.append(
                self.tr(
                    "filled after the outcome: on {share} of the decided leads that have it, "
                    "its history shows it was set after their last stage change"
                ).format(share=f"{flag.filled_after:.0%}")
            )
        return "; ".join(reasons)

    def _show_fields(self, result: Suggestion) -> None:
        flagged = {f.field for f in result.flagged}
        notes = [f"{field_label(f.field)}: {self.flagged[f.field]}" for f in result.flagged]
        self.flag_notes.setText(
            self.tr("Fields that look like outcomes, left out unless ticked:")
            + "\n"
            + "\n".join(notes)
        )
        self.flag_notes.setVisible(bool(notes))
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            if name in self.flagged:
                item.setText(
                    self.tr("{field} — looks like an outcome").format(field=field_label(name))
                )
                item.setToolTip(self.flagged[name])
            if name in flagged and name not in self.kept:
                item.setCheckState(Qt.CheckState.Unchecked)

    def _show_comparison(self, suggested: RuleSet) -> None:
        old = {rule_key(r): r for r in self.current.rules}
        new = {rule_key(r): r for r in suggested.rules}
        rows: list[tuple[str, ...]] = []
        for key, rule in new.items():
            before, name = old.get(key), translate_message(rule.name)
            if before is None:
                row = (name, "", _points(rule), self.tr("Added"))
            elif before.points != rule.points:
                row = (name, _points(before), _points(rule), self.tr("Changed"))
            else:
                row = (name, _points(before), _points(rule), self.tr("Same"))
            rows.append(row + _evidence(self.evidence.get(key)))
        for key, rule in old.items():
            if key not in new:
                row = (translate_message(rule.name), _points(rule), "", self.tr("Removed"))
                rows.append(row + _evidence(self.evidence.get(key)))
        _fill(self.compare, rows, numbers={1, 2, 4, 5, 6})

    def _show_thresholds(self, result: Suggestion) -> None:
        rows = []
        options = list(result.options)
        if result.threshold is not None:
            options = [o for o in options if o.threshold != result.threshold.threshold]
            options.append(result.threshold)
        for option in sorted(options, key=lambda o: -o.threshold):
            suggested = result.threshold is not None and option is result.threshold
            text = str(option.threshold)
            if suggested:
                text = self.tr("{points} (suggested)").format(points=option.threshold)
            rows.append((text, f"{option.mql_share:.0%}", f"{option.won_share:.0%}"))
        _fill(self.thresholds, rows, numbers={1, 2})
        rows_high = self.thresholds.verticalHeader().defaultSectionSize() * len(rows)
        header = self.thresholds.horizontalHeader().sizeHint().height()
        self.thresholds.setFixedHeight(rows_high + header + 2 * self.thresholds.frameWidth())


def _points(rule: Rule) -> str:
    return f"{rule.points:g}"


def _evidence(found: RuleEvidence | None) -> tuple[str, str, str]:
    """Leads, conversion and lift of a rule's leads (blank when not known)."""
    if found is None:
        return ("", "", "")
    lift = f"{found.lift:.2f}" if found.matched else "—"
    return (f"{found.matched:,}", f"{found.rate:.0%}" if found.matched else "—", lift)


def _auc(value: float | None, band: tuple[float, float] | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" + ("" if band is None else f" ({band[0]:.2f}–{band[1]:.2f})")


def _compact(table: QTableWidget) -> None:
    """Rows one line high, no row numbers; columns as wide as their contents."""
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(False)


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], numbers: Collection[int] = ()) -> None:
    """Fill ``table``; the columns in ``numbers`` align right, every cell tells its text."""
    table.setRowCount(len(rows))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c in numbers:
                item.setTextAlignment(right)
            table.setItem(r, c, item)


def open_suggest_dialog(
    parent: QWidget, snapshot: Snapshot, current: RuleSet, apply: Callable[[Suggestion], None]
) -> SuggestDialog:
    """Open the dialog (non-modal) and start learning; ``apply`` gets the accepted result."""
    dialog = SuggestDialog(snapshot, current, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        if dialog.result is not None:
            apply(dialog.result)

    dialog.accepted.connect(accepted)
    dialog.show()
    dialog.learn()
    return dialog
