"""Tools → Scoring rules…: edit the rules and thresholds, see what a change would do
(live preview, evidence per rule, backtest), let the data suggest rules, save undoably."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.changes import Changes
from leaddesk.core.errors import LeadDeskError
from leaddesk.core.scoring.engine import GradeBoundaries, RulePart, RuleSet
from leaddesk.core.scoring.loop import Backtest
from leaddesk.core.scoring.service import Preview, ScoringService, Snapshot
from leaddesk.ui.commands import push_checked
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.scoring.analysis import RulesAnalysis
from leaddesk.ui.scoring.commands import SaveRulesCommand
from leaddesk.ui.scoring.model import HEADERS, NAME, VALUE, RuleDraft, RulesModel
from leaddesk.ui.scoring.widgets import BacktestPanel, RulesDelegate
from leaddesk.ui.theme import LABEL_GAP

__all__ = ["RulesEditor", "open_rules_editor"]


def open_rules_editor(window: Any) -> RulesEditor:
    """Show the editor (one per window), reading the leads in the background."""
    editor = window.findChild(RulesEditor)
    if editor is None:
        editor = RulesEditor(window)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


class RulesEditor(RulesAnalysis, QDialog):
    """The scoring-rules editor."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("rulesEditor")
        self.setWindowTitle(self.tr("Scoring rules"))
        self.window_ = window
        self.service: ScoringService = window.workspace.scoring
        self.saved = self.service.rules()
        self.snapshot: Snapshot | None = None
        self.last_command: SaveRulesCommand | None = None
        self.last_preview: Preview | None = None
        self.last_backtest: Backtest | None = None
        self._analysis_running = False
        self._analysis_dirty = False

        # Until the leads are read, trust the custom fields the saved rules name.
        self.model = RulesModel(_custom_fields_named(self.saved), self)
        self.table = self._make_table()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.preview_label = QLabel(self.tr("Reading leads…"), self)
        self.preview_label.setObjectName("previewLabel")
        self.suggest_label = QLabel(self)
        self.suggest_label.setWordWrap(True)
        self.backtest_panel = BacktestPanel(self)
        self.auc_label, self.deciles = self.backtest_panel.auc_label, self.backtest_panel.deciles
        self._build_layout()
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._analyse)
        self.model.dataChanged.connect(self._changed)
        self.model.rowsInserted.connect(self._changed)
        self.model.rowsRemoved.connect(self._changed)
        self.model.rowsMoved.connect(self._changed)
        self.model.modelReset.connect(self._changed)
        self.load_rules(self.saved)
        self.resize(1280, 760)
        window.changes_applied.connect(self._changes_applied)
        self._read_leads()

    def _changes_applied(self, changes: Changes) -> None:
        """Rules saved or undone, leads rescored: follow the database."""
        if not (changes.rules or changes.everything):
            return
        stored = self.service.rules()
        if stored != self.saved:
            untouched = self.edited_rules() == self.saved
            self.saved = stored
            if untouched:
                self.load_rules(stored)
        self._read_leads()

    # -- layout ----------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Scoring rules"))
        table.setModel(self.model)
        table.setItemDelegate(RulesDelegate(self.model, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name takes what is left; the value is as wide as its title or 150 px (a long
        # one is elided, whole in its tooltip).
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        title = str(self.model.headerData(VALUE, Qt.Orientation.Horizontal))
        bold = QFont(header.font())
        bold.setBold(True)  # the title of the current cell's column is bold
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        width = QFontMetrics(bold).horizontalAdvance(title) + 4 * margin
        table.setColumnWidth(VALUE, max(150, width))
        table.setWordWrap(False)
        return table

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        add_menu = QMenu(self)
        add_menu.addAction(self.tr("Fit rule (a field)"), lambda: self.add_rule(RulePart.FIT))
        add_menu.addAction(
            self.tr("Engagement rule (an activity)"), lambda: self.add_rule(RulePart.ENGAGEMENT)
        )
        for key, text, slot in (
            ("add", self.tr("&Add"), None),
            ("duplicate", self.tr("D&uplicate"), self.duplicate_rule),
            ("delete", self.tr("&Delete"), self.delete_rule),
            ("up", self.tr("Move u&p"), lambda: self.move_rule(-1)),
            ("down", self.tr("Move do&wn"), lambda: self.move_rule(1)),
            ("suggest", self.tr("Su&ggest from outcomes"), self.suggest_rules),
            ("reset", self.tr("&Reset to default"), self.reset_to_default),
        ):
            button = QPushButton(text, self)
            if slot is not None:
                button.clicked.connect(slot)
            self.buttons[key] = button
            buttons.addWidget(button)
        self.buttons["add"].setMenu(add_menu)
        self.buttons["suggest"].setEnabled(False)
        buttons.addStretch()

        # Thresholds and the backtest below the rules, not beside them: every column of
        # the rules (up to Lift and Suggest) is in sight on a 1366-pixel laptop screen.
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self._thresholds_box(), 0, Qt.AlignmentFlag.AlignTop)
        below.addWidget(self.backtest_panel, 1)
        below_widget = QWidget(self)
        below_widget.setLayout(below)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(below_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        bottom = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom.addWidget(self.preview_label, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.suggest_label)
        layout.addLayout(bottom)

    def _spin(self, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.valueChanged.connect(self._changed)
        return spin

    def _thresholds_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thresholds and grades"), self)
        form = QFormLayout(box)
        form.setHorizontalSpacing(LABEL_GAP)
        self.threshold = self._spin(-1000, 10000)
        self.margin = self._spin(0, 1000)
        self.recycle = QCheckBox(self.tr("Recycle MQLs to Nurture"), self)
        self.recycle.setToolTip(
            self.tr(
                "An MQL whose score falls below the threshold minus the margin goes back to Nurture"
            )
        )
        self.recycle.toggled.connect(self._changed)
        self.grade_spins = {g: self._spin(-1000, 10000) for g in "ABC"}
        form.addRow(self.tr("MQL threshold"), self.threshold)
        form.addRow(self.tr("Margin (against flapping)"), self.margin)
        form.addRow(self.recycle)
        for grade, spin in self.grade_spins.items():
            form.addRow(self.tr("Grade {grade} from fit").format(grade=grade), spin)
        return box

    # -- the rule set in the form ----------------------------------------------------------
    def load_rules(self, rules: RuleSet) -> None:
        """Show ``rules`` in the table and the threshold fields (not saved)."""
        for spin, value in (
            (self.threshold, rules.mql_threshold),
            (self.margin, rules.margin),
            (self.grade_spins["A"], rules.grades.a),
            (self.grade_spins["B"], rules.grades.b),
            (self.grade_spins["C"], rules.grades.c),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.recycle.blockSignals(True)
        self.recycle.setChecked(rules.recycle)
        self.recycle.blockSignals(False)
        self.model.set_rules(rules.rules)

    def edited_rules(self) -> RuleSet | None:
        """The rule set as edited, or None while anything has a problem."""
        rules = self.model.rules()
        if rules is None or self._grade_problem():
            return None
        return RuleSet(
            rules=tuple(rules),
            mql_threshold=self.threshold.value(),
            margin=self.margin.value(),
            recycle=self.recycle.isChecked(),
            grades=self._grades(),
        )

    def _grades(self) -> GradeBoundaries:
        a, b, c = (self.grade_spins[g].value() for g in "ABC")
        return GradeBoundaries(a=a, b=b, c=c)

    def _grade_problem(self) -> str:
        g = self._grades()
        return "" if g.a >= g.b >= g.c else self.tr("Grade boundaries must fall from A to C.")

    def _changed(self, *_args: object) -> None:
        problems = self.model.problems()
        messages = [
            self.tr("Rule {row}, {column}: {message}").format(
                row=row + 1, column=self.tr(HEADERS[col]), message=msg
            )
            for row, col, msg in problems[:3]
        ]
        if self._grade_problem():
            messages.append(self._grade_problem())
        self.error_label.setText("\n".join(messages))
        rules = self.edited_rules()
        self.save_button.setEnabled(rules is not None and rules != self.saved)
        if rules is not None:
            self._timer.start()

    # -- rows ------------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add_rule(self, part: RulePart) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else len(self.model.drafts)
        if part is RulePart.FIT:
            draft = RuleDraft(
                name=self.tr("New fit rule"), target="job_title", value="", points="5"
            )
            draft.operator = draft.operator.CONTAINS
        else:
            draft = RuleDraft(name=self.tr("New engagement rule"), target="visit", points="2")
        self.model.insert_draft(row, draft)
        self.table.selectRow(row)
        self.table.edit(self.model.index(row, NAME))

    def duplicate_rule(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.duplicate(row)
            self.table.selectRow(row + 1)

    def delete_rule(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_draft(row)
            if self.model.drafts:
                self.table.selectRow(min(row, len(self.model.drafts) - 1))

    def move_rule(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0 and self.model.move(row, delta):
            self.table.selectRow(row + delta)

    def reset_to_default(self) -> None:
        self.load_rules(self.service.reset_to_default())

    # -- saving ----------------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        rules = self.edited_rules()
        return rules is None or rules != self.saved

    def reject(self) -> None:
        """Close (Escape, the Close button, the title bar): unsaved edits are asked about."""
        if self.has_unsaved_edits() and not self._settle_unsaved_edits():
            return  # Cancel: the editor stays as it is
        super().reject()

    def _settle_unsaved_edits(self) -> bool:
        """Save, Discard or Cancel; True when the editor may close."""
        savable = self.edited_rules() is not None
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if savable:
            buttons |= QMessageBox.StandardButton.Save
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Scoring rules"),
            self.tr("Save your changes to the scoring rules?")
            if savable
            else self.tr("Your changes to the scoring rules have problems and cannot be saved."),
            buttons,
            self,
        )
        box.setObjectName("unsavedRules")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return not self.has_unsaved_edits()
        if answer == QMessageBox.StandardButton.Discard:
            self.load_rules(self.saved)  # opened again, the editor shows what is saved
            return True
        return False

    def save(self) -> None:
        rules = self.edited_rules()
        if rules is None:
            return
        command = SaveRulesCommand(self.window_, self.saved, rules, self.model.custom_fields)
        try:
            push_checked(self.window_.undo_stack, command)  # a refused save is not stacked
        except LeadDeskError as err:
            show_error(self, err)
            return
        self.last_command = command
        self.saved = rules
        self.save_button.setEnabled(False)
        self._changed()


def _custom_fields_named(rules: RuleSet) -> list[str]:
    return sorted({r.field[7:] for r in rules.rules if r.field.startswith("custom.")})
