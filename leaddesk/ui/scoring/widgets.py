"""Widgets of the scoring-rules editor: the cell editors and the backtest panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.leads import LEAD_FIELDS
from leaddesk.core.scoring.engine import ACTIVITY_LABELS, Activity
from leaddesk.core.scoring.loop import Backtest
from leaddesk.core.scoring.match import OPERATOR_LABELS, Operator
from leaddesk.ui.scoring.model import OPERATOR, TARGET, Index, RulesModel, target_label, tr


class RulesDelegate(QStyledItemDelegate):
    """Lists to pick from: fields and activities (typing allowed), operators."""

    def __init__(self, model: RulesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == OPERATOR:
            combo = QComboBox(parent)
            for op in Operator:
                combo.addItem(tr(OPERATOR_LABELS[op]), op.value)
            return combo
        if index.column() == TARGET:
            combo = QComboBox(parent)
            combo.setEditable(True)
            names = list(LEAD_FIELDS) + [f"custom.{c}" for c in self._model.custom_fields]
            for name in names:
                combo.addItem(target_label(name), name)
            for activity in Activity:
                combo.addItem(tr(ACTIVITY_LABELS[activity]), activity.value)
            return combo
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            # Check as the user types, not only when the cell is left.
            editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(value)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = editor.currentText()
            data = editor.currentData()
            chosen = (
                data
                if data is not None and editor.itemText(editor.currentIndex()) == text
                else text
            )
            model.setData(index, chosen, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class BacktestPanel(QGroupBox):
    """ROC AUC and conversion by score decile of the rules as edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Backtest on past outcomes"), parent)
        layout = QVBoxLayout(self)
        self.auc_label = QLabel(self)
        self.auc_label.setWordWrap(True)
        layout.addWidget(self.auc_label)
        self.deciles = QTableWidget(0, 4, self)
        self.deciles.setHorizontalHeaderLabels(
            [tr("Decile"), tr("Scores"), tr("Leads"), tr("Converted")]
        )
        self.deciles.verticalHeader().setVisible(False)
        self.deciles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deciles.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.deciles)

    def show_backtest(self, tested: Backtest) -> None:
        if tested.auc is None:
            self.auc_label.setText(
                tr(
                    "Backtesting needs leads that converted (SQL, Customer) and leads that "
                    "were disqualified; {n} decided so far."
                ).format(n=tested.decided)
            )
        else:
            self.auc_label.setText(
                tr(
                    "ROC AUC {auc:.2f} over {n} decided leads ({rate:.0%} converted). "
                    "0.5 is a coin toss, 1.0 a perfect ranking."
                ).format(auc=tested.auc, n=tested.decided, rate=tested.base_rate)
            )
        self.deciles.setRowCount(len(tested.deciles))
        for row, decile in enumerate(tested.deciles):
            cells = (
                f"D{decile.number}",
                f"{decile.low} … {decile.high}",
                str(decile.leads),
                f"{decile.rate:.0%}",
            )
            for col, text in enumerate(cells):
                self.deciles.setItem(row, col, QTableWidgetItem(text))
