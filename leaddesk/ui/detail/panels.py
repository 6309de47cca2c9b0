"""The score breakdown and the stage history of one lead."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.leads import Lead, StageChange
from leaddesk.ui.detail.timeline import local_time
from leaddesk.ui.i18n import stage_name, translate_message, translate_stored


def fit_columns(tree: QTreeWidget, stretch: int) -> None:
    """Every column as wide as its contents, ``stretch`` taking the rest: nothing is cut
    while there is room beside it."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ScorePanel(QWidget):
    """Fit and engagement apart, each matched rule with its points; an empty state before
    any scoring exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("scoreSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rules = QTreeWidget(self)
        self.rules.setObjectName("scoreRules")
        self.rules.setHeaderLabels([self.tr("Rule"), self.tr("Points")])
        fit_columns(self.rules, stretch=0)
        layout.addWidget(self.rules, 1)
        self.empty = QLabel(self.tr("No scoring rules yet."), self)
        self.empty.setObjectName("scoreEmpty")
        layout.addWidget(self.empty)

    def show_score(self, lead: Lead, scoring: Any | None) -> None:
        self.rules.clear()
        explanation = scoring.explain(lead.id) if scoring is not None else None
        if explanation is None:
            self.summary.setText(
                self.tr("Score {score} · grade {grade}").format(
                    score=lead.score, grade=lead.fit_grade
                )
            )
            self.rules.hide()
            self.empty.show()
            return
        self.summary.setText(
            self.tr("Total {total} · grade {grade} (fit {fit}, engagement {engagement})").format(
                total=explanation.total,
                grade=explanation.grade,
                fit=explanation.fit,
                engagement=explanation.engagement,
            )
        )
        items = list(explanation.items)
        self.empty.setVisible(not items)
        self.rules.setVisible(bool(items))
        for part, title in (("fit", self.tr("Fit")), ("engagement", self.tr("Engagement"))):
            mine = [i for i in items if i.part == part]
            total = sum(i.points for i in mine)
            group = QTreeWidgetItem(self.rules, [title, f"{total:+d}"])
            group.setExpanded(True)
            for item in mine:
                name = translate_message(item.rule_name)
                row = QTreeWidgetItem(group, [name, f"{item.points:+d}"])
                row.setToolTip(0, name)


class StageHistoryTable(QTreeWidget):
    """From → to, when (local time), why, by whom or automatic; oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageHistory")
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHeaderLabels([self.tr("From → to"), self.tr("When"), self.tr("Why"), self.tr("By")])
        fit_columns(self, stretch=2)
        self.setWordWrap(True)  # a long reason takes more lines, not "…"

    def show_history(self, changes: list[StageChange]) -> None:
        self.clear()
        for change in changes:
            start = stage_name(change.from_stage) if change.from_stage else self.tr("new")
            who = self.tr("automatic") if change.automatic else change.actor
            why = translate_stored(change.reason)
            why += f" ({self.tr('override')})" if change.override else ""
            texts = [f"{start} → {stage_name(change.to_stage)}", local_time(change.at), why, who]
            row = QTreeWidgetItem(self, texts)
            for column, text in enumerate(texts):
                row.setToolTip(column, text)
